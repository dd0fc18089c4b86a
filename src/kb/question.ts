/**
 * A message read once: its words as typed (for short forms in capitals), normalised, and with short forms
 * and informal spellings replaced by what they stand for ("VT bellen?" → "veilig thuis bellen"). Every
 * step of understanding reads this instead of re-reading the raw text its own way.
 */
import { normalize } from './normalize.js';
import type { Abbreviation, SeparableVerb } from './schema.js';
import { splitInfinitives, wholeVerbs } from './search.js';

/** The longest short form, in words ("m n", "ib er"). */
const MAX_WORDS = 3;

export interface Question {
  /** The message as typed. */
  text: string;
  /** Normalised words, as typed (danger cues are read from these: "af" stays "af"). */
  tokens: readonly string[];
  /** Normalised words with short forms expanded: what topics, places and search read. */
  words: readonly string[];
  /**
   * `words` joined by spaces, and the whole of each separable verb the message splits ("hoe meld ik hem
   * aan?" also says "aanmelden"), so that the search finds the entries that write it whole.
   */
  expanded: string;
}

/** How far after the verb its particle may stand: "hoe vraag ik voor mijn cliënt bijzondere bijstand aan?". */
const PARTICLE_WINDOW = 8;
const NO_VERBS: ReadonlyMap<string, readonly SeparableVerb[]> = new Map();

export function readQuestion(
  text: string,
  abbreviations: ReadonlyMap<string, Abbreviation>,
  separableVerbs: ReadonlyMap<string, readonly SeparableVerb[]> = NO_VERBS,
): Question {
  const typed = typedWords(text);
  const tokens = normalize(text)
    .split(' ')
    .filter((token) => token !== '');
  // Normalising per word and per text can differ only for exotic letters; then skip the case-sensitive forms.
  const aligned = typed.length === tokens.length;
  const words: string[] = [];
  for (let start = 0; start < tokens.length; ) {
    let consumed = 0;
    for (let length = Math.min(MAX_WORDS, tokens.length - start); length >= 1 && consumed === 0; length -= 1) {
      const key = tokens.slice(start, start + length).join(' ');
      const exact = aligned ? typed.slice(start, start + length).join(' ') : undefined;
      const found =
        (exact === undefined ? undefined : abbreviations.get(exact)) ?? notCaseSensitive(abbreviations.get(key));
      if (found !== undefined && (!found.caseSensitive || exact !== undefined)) {
        words.push(...found.expansion.split(' '));
        consumed = length;
      }
    }
    if (consumed === 0) {
      words.push(tokens[start] as string);
      consumed = 1;
    }
    start += consumed;
  }
  const whole = joinedVerbs(words, separableVerbs);
  return { text, tokens, words, expanded: [...words, ...whole].join(' ') };
}

/**
 * The separable verbs the words split: a form of the verb with its particle a few words on ("hoe meld ik hem
 * aan?"), or the particle, "te" and the verb ("wat is er bij te houden?", as the index reads entries). Linear.
 */
function joinedVerbs(
  words: readonly string[],
  separableVerbs: ReadonlyMap<string, readonly SeparableVerb[]>,
): string[] {
  if (separableVerbs.size === 0) return [];
  const apart = wholeVerbs(words, splitInfinitives(separableVerbs));
  const found = new Set<string>(apart.filter((verb) => !words.includes(verb)));
  words.forEach((word, index) => {
    for (const { verb, particle } of separableVerbs.get(word) ?? []) {
      const after = words.slice(index + 1, index + 1 + PARTICLE_WINDOW);
      if (after.includes(particle) && !words.includes(verb)) found.add(verb);
    }
  });
  return [...found];
}

function notCaseSensitive(abbreviation: Abbreviation | undefined): Abbreviation | undefined {
  return abbreviation?.caseSensitive === true ? undefined : abbreviation;
}

/** The words as typed: like `normalize`, but keeping capitals. */
function typedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
}
