import { describe, expect, it } from 'vitest';
import { contactDetailsAsked, emptyWording, type Wording, withoutPhrases } from './wording.js';

describe('withoutPhrases', () => {
  it('takes out each phrase as whole words, wherever it stands, and leaves single spaces', () => {
    expect(withoutPhrases('kan de gemeente daar ook bij helpen', ['kan de gemeente', 'bij de gemeente'])).toBe(
      'daar ook bij helpen',
    );
    expect(withoutPhrases('weinig geld en weinig geld voor sport', ['weinig geld'])).toBe('en voor sport');
    // Part of a word is not the phrase.
    expect(withoutPhrases('gemeentehuis', ['gemeente'])).toBe('gemeentehuis');
    expect(withoutPhrases('de gemeente', ['de gemeente'])).toBe('');
  });
});

describe('contactDetailsAsked', () => {
  const base = emptyWording();
  const wording = {
    ...base,
    followUpWording: {
      ...base.followUpWording,
      phone: new Set(['bellen', 'nummer']),
      hours: new Set(['nachts']),
      url: new Set(['chat']),
    },
  } as Wording;

  it('names every kind of detail whose words the question holds', () => {
    expect(contactDetailsAsked(wording, ['wie', 'kan', 'ze', 'bellen'])).toEqual(['phone']);
    expect(contactDetailsAsked(wording, ['kan', 'ik', 'ze', 'nachts', 'bellen'])).toEqual(['phone', 'hours']);
    expect(contactDetailsAsked(wording, ['geldt', 'dat', 'ook', 'voor', 'stagiairs'])).toEqual([]);
  });
});
