import { describe, expect, it } from 'vitest';
import { type Answer, isMelden, relevantAnswers, stepFor } from './flow.js';

describe('afwegingskader flow', () => {
  it('starts with the question about the vermoeden', () => {
    expect(stepFor([])).toEqual({ kind: 'question', index: 0 });
  });

  it.each<[Answer[], string]>([
    [['nee'], 'geen-vermoeden'],
    [['ja', 'ja'], 'melden-onveilig'],
    [['ja', 'nee', 'nee'], 'melden-geen-hulp'],
    [['ja', 'nee', 'ja', 'nee'], 'melden-niet-aanvaard'],
    [['ja', 'nee', 'ja', 'ja', 'nee'], 'melden-resultaat'],
    [['ja', 'nee', 'ja', 'ja', 'ja'], 'hulp'],
  ])('%j ends at %s', (answers, outcome) => {
    expect(stepFor(answers)).toEqual({ kind: 'outcome', outcome });
  });

  it.each<[Answer[], number]>([
    [['ja'], 1],
    [['ja', 'nee'], 2],
    [['ja', 'nee', 'ja'], 3],
    [['ja', 'nee', 'ja', 'ja'], 4],
  ])('%j asks question %i next', (answers, index) => {
    expect(stepFor(answers)).toEqual({ kind: 'question', index });
  });

  it('reports whenever unsafety, no help, refused help or no result', () => {
    expect(isMelden('melden-onveilig')).toBe(true);
    expect(isMelden('melden-resultaat')).toBe(true);
    expect(isMelden('hulp')).toBe(false);
    expect(isMelden('geen-vermoeden')).toBe(false);
  });

  it('ignores answers after an outcome', () => {
    expect(relevantAnswers(['ja', 'ja', 'nee', 'nee'])).toEqual(['ja', 'ja']);
  });
});
