import { describe, expect, it } from 'vitest';
import { decideTenant, tenantAllowed } from './tenant.js';

describe('decideTenant', () => {
  it.each([
    ['both fields the same', { tenantId: 'A' }, { tenant: { id: 'A' } }, { kind: 'tenant', tenantId: 'A' }],
    ['only the conversation', { tenantId: 'A' }, {}, { kind: 'tenant', tenantId: 'A' }],
    ['only channelData', {}, { tenant: { id: 'A' } }, { kind: 'tenant', tenantId: 'A' }],
    ['neither', {}, undefined, { kind: 'tenant', tenantId: undefined }],
    ['two different tenants', { tenantId: 'B' }, { tenant: { id: 'A' } }, { kind: 'conflict' }],
    ['an empty one against a named one', { tenantId: '' }, { tenant: { id: 'A' } }, { kind: 'conflict' }],
  ])('%s', (_name, conversation, channelData, expected) => {
    expect(decideTenant({ conversation: { id: 'c', ...conversation } as never, channelData })).toEqual(expected);
  });

  it('lets every tenant in without an allow-list, and only listed ones with', () => {
    expect(tenantAllowed(new Set(), undefined)).toBe(true);
    expect(tenantAllowed(new Set(['A']), 'A')).toBe(true);
    expect(tenantAllowed(new Set(['A']), 'B')).toBe(false);
    expect(tenantAllowed(new Set(['A']), undefined)).toBe(false);
  });
});
