/**
 * Typo tolerance for short strings (place names, vocabulary terms): fuse.js scores the candidates, the edit
 * distance decides. Names are bucketed by first letter and length, so that each word is scored against a
 * handful of names of about its own length: one Fuse index over all names made understanding a question
 * cost up to ~9 ms (p99); per-letter indexes still ~1 ms.
 */
import Fuse from 'fuse.js';
import { isTypoOf } from './edit-distance.js';

/** A typo changes the length by at most two letters (see `isTypoOf`). */
const LENGTH_SLACK = 2;

/**
 * Remembered answers, per matcher. Questions reuse a small vocabulary, and every word of every question is
 * tried as a place name: the --cpu-prof run of the HTTP benchmark had Fuse at ~5% of all CPU. Bounded:
 * cleared when full, so memory stays flat whatever people type.
 */
const MEMO_LIMIT = 20_000;

export class TypoMatcher {
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly memo = new Map<string, string | undefined>();

  constructor(keys: Iterable<string>) {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      if (key === '') continue;
      const bucket = bucketOf(key[0] as string, key.length);
      const group = groups.get(bucket) ?? [];
      group.push(key);
      groups.set(bucket, group);
    }
    for (const [bucket, group] of groups) {
      this.buckets.set(bucket, new Fuse(group, { threshold: 0.3, ignoreLocation: true, includeScore: true }));
    }
  }

  /** The key `word` is a typo of (same first letter, one or two edits), or undefined. */
  find(word: string): string | undefined {
    if (this.memo.has(word)) return this.memo.get(word);
    const found = this.search(word);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, found);
    return found;
  }

  private search(word: string): string | undefined {
    const letter = word[0];
    if (letter === undefined) return undefined;
    let best: { key: string; score: number } | undefined;
    for (let length = word.length - LENGTH_SLACK; length <= word.length + LENGTH_SLACK; length += 1) {
      const fuse = this.buckets.get(bucketOf(letter, length));
      if (fuse === undefined) continue;
      for (const hit of fuse.search(word, { limit: 2 })) {
        const score = hit.score ?? 1;
        if ((best === undefined || score < best.score) && isTypoOf(word, hit.item)) best = { key: hit.item, score };
      }
    }
    return best?.key;
  }
}

function bucketOf(letter: string, length: number): string {
  return `${letter}:${length}`;
}
