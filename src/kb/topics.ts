/**
 * Which topics a question is about, from the vocabulary's terms: exact phrases, word beginnings
 * ("schuldhulpverleners" → schuldhulp), for long words typos ("schuldhulpverlning"), and the lexicon's
 * patterns (`geld .. voetbal*`: "geld" with a word starting "voetbal" within the next three words).
 */
import { normalize } from './normalize.js';
import { PhraseMatcher } from './phrase-matcher.js';
import type { Topic } from './schema.js';
import { TypoMatcher } from './typo-matcher.js';

const MAX_WORDS = 4;
/** Terms at least this long also match as the beginning of a longer word. */
const PREFIX_MIN = 6;
/** Words at least this long may match a term with a typo. */
const FUZZY_MIN = 7;
/**
 * Ordinary words a letter or two away from a term, never taken for it ("politiek" is not "politie", "vermijden" not
 * "vermoeden"); "het formulier" is the form of the service just named, not "formulieren", paperwork in general.
 */
const NOT_TYPOS = new Set([
  // "welke regelingen zijn er voor kinderen?" is no typo of "rekeningen" (bills, a debt word).
  'regelingen',
  'formulier',
  'politiek',
  'politici',
  'gemelde',
  'meldingen',
  'vrijwillige',
  'vrijwillig',
  'dementie',
  'demente',
  'vermijden',
  'vermijdt',
  'vermeden',
  // "wat wordt er van mij verwacht?" asks what is expected, "verdacht van mishandeling" is suspected: no typos of
  // "verkracht"; "in verwachting" is pregnant.
  'verdacht',
  'verdachte',
  'verdachten',
  'verwacht',
  'verwachten',
  'verwachting',
  'verwachtingen',
]);

export class TopicMatcher {
  private readonly phrases = new Map<string, Set<string>>();
  /**
   * Terms that also match as a word's beginning, by their first {@link PREFIX_MIN} letters (a word can only
   * start with a term that starts like it), in vocabulary order within each group.
   */
  private readonly prefixes = new Map<string, Array<[string, Set<string>]>>();
  private readonly typos: TypoMatcher;
  /** Terms written as patterns (`a .. b`, `stem*`), read like the safety lexicon's. */
  private readonly patterns: PhraseMatcher<string>;

  constructor(topics: readonly Topic[]) {
    const patterns: Array<[string, string]> = [];
    for (const topic of topics) {
      for (const term of [...topic.terms, topic.label.nl, topic.label.en]) {
        if (isPattern(term)) {
          patterns.push([topic.id, term]);
          continue;
        }
        const key = normalize(term);
        if (key === '') continue;
        const ids = this.phrases.get(key) ?? new Set<string>();
        ids.add(topic.id);
        this.phrases.set(key, ids);
      }
    }
    for (const [key, ids] of this.phrases) {
      if (key.includes(' ') || key.length < PREFIX_MIN) continue;
      const group = this.prefixes.get(key.slice(0, PREFIX_MIN));
      if (group === undefined) this.prefixes.set(key.slice(0, PREFIX_MIN), [[key, ids]]);
      else group.push([key, ids]);
    }
    this.typos = new TypoMatcher(
      [...this.phrases.keys()].filter((key) => !key.includes(' ') && key.length >= FUZZY_MIN),
    );
    this.patterns = new PhraseMatcher(patterns);
  }

  /** Topic ids in the order the text first mentions them. */
  match(text: string): string[] {
    return this.scan(text).topics;
  }

  /** The words of `text` that name no topic. */
  leftover(text: string): string[] {
    return this.scan(text).rest;
  }

  private scan(text: string): { topics: string[]; rest: string[] } {
    const tokens = normalize(text)
      .split(' ')
      .filter((token) => token !== '');
    const found: string[] = [];
    const rest: string[] = [];
    const add = (ids: Iterable<string>) => {
      for (const id of ids) if (!found.includes(id)) found.push(id);
    };
    // Pattern hits count where they start, so that topics keep the order the text names them in.
    const patternAt = new Map<number, string[]>();
    const inPattern = new Set<number>();
    for (const hit of this.patterns.find(tokens)) {
      patternAt.set(hit.start, [...(patternAt.get(hit.start) ?? []), hit.label]);
      for (let index = hit.start; index < hit.end; index += 1) inPattern.add(index);
    }
    let start = 0;
    while (start < tokens.length) {
      add(patternAt.get(start) ?? []);
      let consumed = 0;
      for (let length = Math.min(MAX_WORDS, tokens.length - start); length >= 1; length -= 1) {
        const ids = this.phrases.get(tokens.slice(start, start + length).join(' '));
        if (ids !== undefined) {
          add(ids);
          consumed = length;
          break;
        }
      }
      if (consumed === 0) {
        const token = tokens[start] ?? '';
        const prefix = this.prefixes
          .get(token.slice(0, PREFIX_MIN))
          ?.find(([term]) => token.startsWith(term) && isWordEnding(token.slice(term.length)));
        let close = false;
        if (prefix !== undefined) add(prefix[1]);
        else if (token.length >= FUZZY_MIN && !NOT_TYPOS.has(token)) {
          const term = this.typos.find(token);
          close = term !== undefined;
          if (term !== undefined) add(this.phrases.get(term) ?? []);
        }
        if (prefix === undefined && !close && !inPattern.has(start)) rest.push(token);
        consumed = 1;
      }
      // A pattern that starts inside a phrase just read ("geen geld" of "geen geld voor de voetbalclub").
      for (let inside = start + 1; inside < start + consumed; inside += 1) add(patternAt.get(inside) ?? []);
      start += consumed;
    }
    return { topics: found, rest };
  }
}

/** A term written as a pattern: a gap (`a .. b`) or a word's beginning (`stem*`). */
function isPattern(term: string): boolean {
  return /(^|\s)\.\.(\s|$)/.test(term) || /\*(\s|$)/.test(term);
}

/** What may follow a term in a longer word: an inflection, or a second word of a compound. */
function isWordEnding(rest: string): boolean {
  return (
    rest.length === 0 ||
    rest.length >= 4 ||
    ['s', 'e', 'en', 'er', 'ers', 'je', 'jes', 'tje', 'tjes', 'ing', 'ingen'].includes(rest)
  );
}
