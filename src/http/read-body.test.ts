import { describe, expect, it } from 'vitest';
import { isJsonContentType } from './read-body.js';

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON; Charset="UTF-8"', true],
    ['application/json; charset=iso-8859-1', false],
    ['text/plain', false],
    ['application/jsonp', false],
    ['multipart/form-data; boundary=x', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});
