/**
 * Finds lexicon phrases in a normalised token list, in one pass that is linear in the number of tokens.
 * A phrase is written as editors write it in `knowledge/`: `word` (words of 6+ letters also with a typo),
 * `stem*` (any word starting with the stem), `a b` (adjacent words) and `a .. b` (b within the next 3 words).
 * Pure: no SDK, no I/O.
 *
 * @example
 * const matcher = new PhraseMatcher([['harm', 'sla*'], ['now', 'op dit moment']]);
 * matcher.find(tokenize('hij slaat haar op dit moment')); // [{ label: 'harm', … }, { label: 'now', … }]
 */
import { isTypoOf } from './edit-distance.js';
import { normalize } from './normalize.js';
import { TypoMatcher } from './typo-matcher.js';

/** Words between the parts of `a .. b`. */
const MAX_GAP = 3;
/** A stem must have this many letters, so that `ge*` cannot match half the language. */
export const MIN_STEM = 3;
/** Words of at least this many letters also match with a typo. */
const TYPO_MIN = 6;
/** The longest word looked up as a typo: longer tokens are not words people mistype but noise. */
const TYPO_MAX = 24;

type Part = { word: string; prefix: boolean } | { gap: true };

interface Phrase<L> {
  label: L;
  parts: readonly Part[];
  /** The words after the last gap. */
  tail: number;
}

export interface PhraseHit<L> {
  label: L;
  /** Token offsets, end exclusive. */
  start: number;
  end: number;
  /** How many of the last tokens the phrase's own words matched, after its last gap (all of them without a gap). */
  tail: number;
}

/** A term as the words a message would hold: a gap ("a .. b") closed, a stem's "*" dropped. */
export function asWords(term: string): string {
  return term.replaceAll(' .. ', ' ').replaceAll('*', '');
}

/** Parses one lexicon term; undefined when it has no words or a stem shorter than `MIN_STEM`. */
export function parseTerm(term: string): Part[] | undefined {
  const parts: Part[] = [];
  for (const raw of term.trim().split(/\s+/)) {
    if (raw === '..') {
      if (parts.length === 0 || 'gap' in (parts[parts.length - 1] as Part)) return undefined;
      parts.push({ gap: true });
      continue;
    }
    const prefix = raw.endsWith('*');
    const word = normalize(prefix ? raw.slice(0, -1) : raw);
    if (word === '') continue;
    // A word that normalises to two ("m'n" stays one, "e-mail" becomes two) is two adjacent words.
    const words = word.split(' ');
    if (prefix && (words[words.length - 1] as string).length < MIN_STEM) return undefined;
    words.forEach((item, index) => {
      parts.push({ word: item, prefix: prefix && index === words.length - 1 });
    });
  }
  const last = parts[parts.length - 1];
  if (last === undefined || 'gap' in last) return undefined;
  return parts;
}

export class PhraseMatcher<L> {
  private readonly byFirstWord = new Map<string, Phrase<L>[]>();
  private readonly byFirstStem = new Map<string, Phrase<L>[]>();
  private readonly stemLengths: number[];
  private readonly typos: TypoMatcher;

  /**
   * @param knownWords words that are never read as a typo of another ("krijgen" is not "krijsen"), such as
   *   every word of the knowledge base's own texts.
   */
  constructor(
    terms: Iterable<readonly [L, string]>,
    private readonly knownWords: ReadonlySet<string> = new Set(),
  ) {
    const lengths = new Set<number>();
    const typoWords: string[] = [];
    for (const [label, term] of terms) {
      const parts = parseTerm(term);
      const first = parts?.[0];
      if (parts === undefined || first === undefined || 'gap' in first) continue;
      const gap = parts.findLastIndex((part) => 'gap' in part);
      const phrase = { label, parts, tail: parts.length - gap - 1 };
      const map = first.prefix ? this.byFirstStem : this.byFirstWord;
      map.set(first.word, [...(map.get(first.word) ?? []), phrase]);
      if (first.prefix) lengths.add(first.word.length);
      else if (first.word.length >= TYPO_MIN) typoWords.push(first.word);
    }
    this.stemLengths = [...lengths].sort((a, b) => a - b);
    this.typos = new TypoMatcher(typoWords);
  }

  /** Every phrase found, in token order; tokens in `skip` are never part of a hit. */
  find(tokens: readonly string[], skip?: ReadonlySet<number>): PhraseHit<L>[] {
    const hits: PhraseHit<L>[] = [];
    for (let start = 0; start < tokens.length; start += 1) {
      if (skip?.has(start)) continue;
      for (const phrase of this.candidates(tokens[start] as string)) {
        const end = matchRest(phrase.parts, tokens, start, skip, this.knownWords);
        if (end !== undefined) hits.push({ label: phrase.label, start, end, tail: phrase.tail });
      }
    }
    return hits;
  }

  private candidates(token: string): Phrase<L>[] {
    const found: Phrase<L>[] = [...(this.byFirstWord.get(token) ?? [])];
    for (const length of this.stemLengths) {
      if (length > token.length) break;
      found.push(...(this.byFirstStem.get(token.slice(0, length)) ?? []));
    }
    if (found.length === 0 && token.length >= TYPO_MIN && token.length <= TYPO_MAX && !this.knownWords.has(token)) {
      const word = this.typos.find(token);
      if (word !== undefined) found.push(...(this.byFirstWord.get(word) ?? []));
    }
    return found;
  }
}

/** Where `parts` matched from `start` on (end exclusive), or undefined. Bounded: at most MAX_GAP per gap. */
function matchRest(
  parts: readonly Part[],
  tokens: readonly string[],
  start: number,
  skip: ReadonlySet<number> | undefined,
  knownWords: ReadonlySet<string>,
): number | undefined {
  let position = start + 1;
  for (let index = 1; index < parts.length; index += 1) {
    const part = parts[index] as Part;
    if ('gap' in part) {
      const next = parts[index + 1] as { word: string; prefix: boolean };
      let found = -1;
      for (let offset = 0; offset <= MAX_GAP && position + offset < tokens.length; offset += 1) {
        if (wordMatches(next, tokens[position + offset] as string, knownWords) && !skip?.has(position + offset)) {
          found = position + offset;
          break;
        }
      }
      if (found < 0) return undefined;
      position = found + 1;
      index += 1;
      continue;
    }
    const token = tokens[position];
    if (token === undefined || skip?.has(position) || !wordMatches(part, token, knownWords)) return undefined;
    position += 1;
  }
  return position;
}

function wordMatches(part: { word: string; prefix: boolean }, token: string, knownWords: ReadonlySet<string>): boolean {
  if (part.prefix) return token.startsWith(part.word);
  if (token === part.word) return true;
  return (
    part.word.length >= TYPO_MIN && token.length <= TYPO_MAX && !knownWords.has(token) && isTypoOf(token, part.word)
  );
}
