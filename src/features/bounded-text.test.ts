import { describe, expect, it } from 'vitest';
import { boundedText } from './bounded-text.js';

describe('boundedText', () => {
  it.each([
    ['short text stays whole', 'wie doet schuldhulp?', 100, 'wie doet schuldhulp?'],
    ['cut after the last whitespace in the window', 'BSN 111222333 is bekend', 8, 'BSN'],
    ['one long word is cut where the window ends', 'a'.repeat(20), 5, 'aaaaa'],
    ['never half a surrogate pair', `${'a'.repeat(4)}😀`, 5, 'aaaa'],
  ])('%s', (_name, text, max, expected) => {
    expect(boundedText(text, max)).toBe(expected);
  });
});
