import { describe, expect, it } from 'vitest';
import { isAdminAuthorized } from './admin-auth.js';

const TOKEN = 'synthetic-admin-token-0123456789';

describe('isAdminAuthorized', () => {
  it.each([
    [`Bearer ${TOKEN}`, TOKEN, true],
    [`Bearer ${TOKEN}x`, TOKEN, false],
    [`Bearer ${TOKEN.slice(1)}`, TOKEN, false],
    [TOKEN, TOKEN, false],
    [`bearer ${TOKEN}`, TOKEN, false],
    ['Bearer ', TOKEN, false],
    [undefined, TOKEN, false],
    [`Bearer ${TOKEN}`, undefined, false],
    ['Bearer ', '', false],
  ])('%s against %s → %s', (header, expected, result) => {
    expect(isAdminAuthorized(header, expected)).toBe(result);
  });
});
