/**
 * What the engine's modules share about answers: the lowest score that is still an answer, and the entries a
 * lookup shows.
 */
import type { Lookup } from './engine.js';
import { normalize } from './normalize.js';
import type { Question } from './question.js';
import type { ContentEntry } from './schema.js';
import type { SearchHit } from './search.js';

/** The lowest search score we still call an answer (below it, "no match" is more honest). */
export const MIN_SCORE = 6;
/** The entries a lookup shows. */
export function entriesOf(lookup: Lookup): ContentEntry[] {
  if (lookup.kind === 'municipal' || lookup.kind === 'entries') return lookup.entries;
  if (lookup.kind === 'out-of-region' && lookup.entry !== undefined) return [lookup.entry];
  return [];
}

/** `entries` with `first` in front (by id: an index hit and the knowledge's own entry are the same entry). */
export function inFront(first: ContentEntry, entries: readonly ContentEntry[]): ContentEntry[] {
  return [first, ...entries.filter((entry) => entry.id !== first.id)];
}

/** The normalised words of an entry's Dutch and English title, in order. */
export function titleWords(entry: { title: { nl: string; en: string } }): string[] {
  return normalize(`${entry.title.nl} ${entry.title.en}`).split(' ');
}

/** The normalised text of an entry's summary and body, Dutch and English, as one string (words separated by spaces). */
export function entryText(entry: ContentEntry): string {
  return normalize([entry.summary.nl, entry.summary.en, entry.body?.nl ?? '', entry.body?.en ?? ''].join(' '));
}

/** The question names the entry: a word of six letters or more of its Dutch or English title. */
export function namesEntry(question: Question, entry: ContentEntry): boolean {
  const words = new Set(question.words);
  return titleWords(entry).some((word) => word.length >= 6 && words.has(word));
}

export function asContent(hit: SearchHit): ContentEntry {
  return hit.entry as ContentEntry;
}
