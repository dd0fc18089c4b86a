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

/** A lookup for `table` (typed text → what it does and its language), matched on normalised text. */
export function commands<T>(
  table: Readonly<Record<string, readonly [T, Language]>>,
): (text: string | undefined) => CommandMatch<T> | undefined {
  const byText = new Map(
    Object.entries(table).map(([text, [command, language]]) => [normalize(text), { command, language }]),
  );
  return (text) => (text === undefined ? undefined : byText.get(normalize(text)));
}
