import { describe, expect, it } from 'vitest';
import { editDistance, isTypoOf } from './edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['rijswjik', 'rijswijk', 1],
    ['zoetermer', 'zoetermeer', 1],
    ['dordrect', 'dordrecht', 1],
    ['hoogste', 'hoogeveen', 4],
    ['nooit', 'nootdorp', 5],
    ['kitten', 'sitting', 3],
  ])('%s ↔ %s = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it.each([
    ['westlnd', 'westland', true],
    ['alblaserdam', 'alblasserdam', true],
    ['schuldhulpverlning', 'schuldhulpverlening', true],
    ['hoogste', 'hoogeveen', false],
    ['politiek', 'politie', true],
    ['ede', 'epe', true],
    ['amsterdam', 'rotterdam', false],
    ['zoetermeer', 'zoetermeer', true],
  ])('%s is a typo of %s: %s', (word, name, expected) => {
    expect(isTypoOf(word, name)).toBe(expected);
  });
});
