/**
 * Typed commands, each in the language it is written in. A command is answered in its own language,
 * whatever the client's locale: many Dutch professionals run Teams in English and type Dutch commands.
 */
import type { Language } from '../i18n/language.js';
import { normalize } from '../kb/normalize.js';

export interface CommandMatch<T> {
  command: T;
  language: Language;
}

/** A command lookup, with the phrases it knows (for the route table, the manifest and help tests). */
export interface CommandLookup<T> {
  (text: string | undefined): CommandMatch<T> | undefined;
  /** The phrases, normalised. */
  readonly phrases: readonly string[];
}

/** A lookup for `table` (typed text → what it does and its language), matched on normalised text. */
export function commands<T>(table: Readonly<Record<string, readonly [T, Language]>>): CommandLookup<T> {
  const byText = new Map(
    Object.entries(table).map(([text, [command, language]]) => [normalize(text), { command, language }]),
  );
  const lookup = (text: string | undefined) => (text === undefined ? undefined : byText.get(normalize(text)));
  return Object.assign(lookup, { phrases: [...byText.keys()] });
}
