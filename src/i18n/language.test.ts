import { describe, expect, it } from 'vitest';
import { languageFromLocale } from './language.js';

describe('languageFromLocale', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['de-DE', 'nl'],
    ['eng', 'nl'],
    [undefined, 'nl'],
  ])('%s → %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });
});
