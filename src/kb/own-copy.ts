/**
 * Strings that hold their own characters. V8 keeps a substring of 13 characters or more as a slice of the string it
 * was cut from, so one id or word cut from a knowledge file (or from an entry's whole text, when the index splits
 * it into words) kept the whole of that text in memory: 3.9 MiB of the loaded knowledge's heap were file texts and
 * index texts held only by such slices (heap snapshot after `loadKnowledge` and the engine, 5 December).
 */

/** V8's shortest slice: a shorter substring is copied anyway. */
const SHORTEST_SLICE = 13;

/** `text` with characters of its own, so that it keeps no longer string alive. */
export function ownCopy(text: string): string {
  // JSON.parse builds a new flat string; a concatenation or `slice` could give another slice.
  return text.length < SHORTEST_SLICE ? text : (JSON.parse(JSON.stringify(text)) as string);
}
