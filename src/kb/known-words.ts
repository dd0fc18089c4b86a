/**
 * Every word of the knowledge base's own texts: real words. A danger cue is never read as a typo of one
 * ("krijgen" is not "krijsen"), and a village named like one ("Een", "Nes") counts only after a cue.
 */
import { normalize } from './normalize.js';
import { ownCopy } from './own-copy.js';
import type { KnowledgeBase } from './schema.js';

const cache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

export function knownWords(kb: KnowledgeBase): ReadonlySet<string> {
  const cached = cache.get(kb);
  if (cached !== undefined) return cached;
  const words = new Set<string>();
  const add = (text: string) => {
    // Copies: a slice would keep the entry's whole text alive (see own-copy.ts).
    for (const word of normalize(text).split(' ')) if (word !== '' && !words.has(word)) words.add(ownCopy(word));
  };
  for (const entry of kb.entries) {
    if (entry.kind === 'place') continue;
    add(`${entry.title.nl} ${entry.title.en} ${entry.summary.nl} ${entry.summary.en}`);
    if (entry.body !== undefined) add(`${entry.body.nl} ${entry.body.en}`);
  }
  cache.set(kb, words);
  return words;
}
