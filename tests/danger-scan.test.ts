import { describe, expect, it } from 'vitest';
import { scanPhrases, spread } from '../scripts/danger-scan-lib.js';
import { asWords } from '../src/kb/phrase-matcher.js';

describe('danger:scan', () => {
  // A stand-in reader: "help" is an emergency unless "calm" stands anywhere in the text.
  const isAcute = (text: string) => text.includes('help') && !text.includes('calm');

  it('counts, per phrase, the placements before and after an emergency that lost its 112', () => {
    const result = scanPhrases(isAcute, ['help now', 'help me', 'a question'], ['calm words', 'in Delft']);
    expect(result.emergencies).toBe(2);
    expect(result.phrases).toBe(2);
    expect([result.lost, result.placements]).toEqual([4, 8]);
    expect(result.losing).toEqual([{ phrase: 'calm words', lost: 4, example: 'calm words. help now' }]);
    expect(result.fragile).toEqual([
      { message: 'help now', lost: 2 },
      { message: 'help me', lost: 2 },
    ]);
  });

  it('reports nothing lost when no phrase moves a verdict', () => {
    const result = scanPhrases(isAcute, ['help now'], ['in Delft', 'mijn cliënt']);
    expect([result.losing, result.fragile, result.lost, result.placements]).toEqual([[], [], 0, 4]);
  });

  it('spreads a sample over the whole list and reads a lexicon term as words', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([1, 3, 5, 7, 9]);
    expect(spread([1, 2, 3], 10)).toEqual([1, 2, 3]);
    expect(asWords('sluit .. op')).toBe('sluit op');
    expect(asWords('stabilisatie*')).toBe('stabilisatie');
  });
});
