/**
 * The reply language. Dutch first; English when the user's Teams client says so.
 */
export type Language = 'nl' | 'en';

/** A text in both languages. */
export type Localized<T = string> = Readonly<Record<Language, T>>;

/**
 * Picks the reply language from Teams' `locale` (e.g. `nl-NL`, `en-US`, `en-GB`): English for any
 * `en*` locale, Dutch otherwise — Wegwijs serves Dutch professionals, so Dutch is the safe default.
 */
export function languageFromLocale(locale: string | undefined): Language {
  return typeof locale === 'string' && /^en\b/i.test(locale.trim()) ? 'en' : 'nl';
}
