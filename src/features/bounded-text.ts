/**
 * Bounded work per message: the passes over what a user typed that cost more than a look at each character
 * (search, fuzzy place names, the personal-data guard's many patterns) see at most a window of it.
 */

/** The longest question the answer engine reads; a question is a sentence or two, a paste is not. */
export const MAX_QUESTION_CHARS = 1_000;

/**
 * The first `max` characters of `text`, cut after the last whitespace in that stretch when there is one, so
 * that no word or number is cut in two ("BSN 1112…" would leave digits that no longer look like a BSN).
 *
 * @example
 * boundedText('wie doet schuldhulp in Zoetermeer?', 1_000) // unchanged
 */
export function boundedText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (/\s/.test(text[max] as string)) return text.slice(0, max);
  const head = text.slice(0, max);
  const lastSpace = head.search(/\s\S*$/);
  if (lastSpace >= 0) return head.slice(0, lastSpace);
  // One enormous word: cut it where the window ends, never in the middle of a surrogate pair.
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}
