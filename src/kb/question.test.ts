import { describe, expect, it } from 'vitest';
import { readQuestion } from './question.js';
import type { SeparableVerb } from './schema.js';

describe('readQuestion', () => {
  const verbs = new Map<string, SeparableVerb[]>([
    ['meld', [{ verb: 'aanmelden', particle: 'aan' }]],
    ['vraag', [{ verb: 'aanvragen', particle: 'aan' }]],
    ['houden', [{ verb: 'bijhouden', particle: 'bij' }]],
  ]);

  it('expands short forms and adds the whole of a separable verb the message splits', () => {
    const question = readQuestion(
      'Hoe meld ik hem bij VT aan?',
      new Map([['vt', { expansion: 'veilig thuis', caseSensitive: false }]]),
      verbs,
    );
    expect(question.words).toEqual(['hoe', 'meld', 'ik', 'hem', 'bij', 'veilig', 'thuis', 'aan']);
    expect(question.expanded).toBe('hoe meld ik hem bij veilig thuis aan aanmelden');
  });

  it('adds nothing when the particle is missing, too far on, or the whole verb is already there', () => {
    expect(readQuestion('ik meld het morgen', new Map(), verbs).expanded).toBe('ik meld het morgen');
    const far = 'vraag een b c d e f g h i aan';
    expect(readQuestion(far, new Map(), verbs).expanded).toBe(far);
    expect(readQuestion('vraag het aan of aanvragen', new Map(), verbs).expanded).toBe('vraag het aan of aanvragen');
  });

  it('adds the whole verb when the message writes it apart around "te", as the index reads entries', () => {
    expect(readQuestion('wat is er bij te houden?', new Map(), verbs).expanded).toBe(
      'wat is er bij te houden bijhouden',
    );
    // "te" with another particle before it, or no particle, joins nothing.
    expect(readQuestion('niets aan te houden', new Map(), verbs).expanded).toBe('niets aan te houden');
    expect(readQuestion('te houden', new Map(), verbs).expanded).toBe('te houden');
  });
});

describe('readQuestion over the real short forms', async () => {
  const { realKnowledge } = await import('./test-kb.js');
  const { abbreviations } = await realKnowledge();

  it('reads "mc" in lower case as the meldcode only beside its steps, not a medium-care ward or a hospital', () => {
    expect(readQuestion('mc stappen?', abbreviations).words).toContain('meldcode');
    expect(readQuestion('baby ligt nog op de mc', abbreviations).words).not.toContain('meldcode');
    expect(readQuestion('ze ligt in het Haaglanden mc', abbreviations).words).not.toContain('meldcode');
  });
});
