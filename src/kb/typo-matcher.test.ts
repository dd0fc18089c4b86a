import { describe, expect, it } from 'vitest';
import { TypoMatcher } from './typo-matcher.js';

describe('TypoMatcher', () => {
  const matcher = new TypoMatcher(['zoetermeer', 'zwijndrecht', 'dordrecht', 'delft', 'den haag']);

  it('finds a one- or two-edit typo with the same first letter, and nothing else', () => {
    expect(matcher.find('zoetermer')).toBe('zoetermeer');
    expect(matcher.find('dordrect')).toBe('dordrecht');
    expect(matcher.find('schuldhulp')).toBeUndefined();
    expect(matcher.find('oetermeer')).toBeUndefined();
  });

  it('answers the same when asked again (remembered hits and misses)', () => {
    for (let round = 0; round < 3; round++) {
      expect(matcher.find('zwijndrect')).toBe('zwijndrecht');
      expect(matcher.find('delfshaven')).toBeUndefined();
    }
  });

  it('keeps answering correctly after far more distinct words than it remembers', () => {
    for (let i = 0; i < 25_000; i++) matcher.find(`woord${i}`);
    expect(matcher.find('zoetermer')).toBe('zoetermeer');
    expect(matcher.find('woord1')).toBeUndefined();
  });
});
