/**
 * The wording the readers of a question understand: words that point back, that go on from the last answer,
 * that ask who, where, what or for a detail. The lists live in `knowledge/vocabulary.yaml` (its sections
 * `pointing`, `followUpWording` and `asking`); this module names them, and matches phrases on normalised words.
 * Pure: no I/O.
 */

/**
 * Every list the readers use, by section and key: `words` are single normalised words, matched one word at a
 * time; `phrases` are normalised words or runs of words, matched as whole words in the normalised text; `pairs`
 * are phrases of exactly two words, matched as a word and the word after it.
 */
export const WORDING_SPEC = {
  pointing: {
    back: 'words',
    toShown: 'words',
    existential: 'pairs',
    that: 'words',
    clauseStart: 'words',
    demonstratives: 'words',
    demonstrativeAfter: 'words',
    thingPointers: 'words',
    thingAfter: 'words',
    placeWords: 'words',
    namesPlace: 'words',
    thatPlacePointers: 'words',
    thatPlaceNouns: 'words',
    nearbyPlace: 'words',
    aroundHere: 'phrases',
    persons: 'words',
  },
  followUpWording: {
    firstWords: 'words',
    anyOrganisation: 'words',
    anyVerb: 'words',
    asksForIt: 'words',
    requests: 'words',
    opens: 'phrases',
    thenWords: 'words',
    factOpeners: 'words',
    caseWords: 'words',
    translateVerbs: 'words',
    localAsks: 'phrases',
    sameAgain: 'phrases',
    moves: 'phrases',
    placeTold: 'phrases',
    asksADetail: 'words',
    aboutThatAsks: 'phrases',
    aboutThatPoints: 'phrases',
    aboutShown: 'phrases',
    asksHowLong: 'phrases',
    lengthsOfTime: 'words',
    counts: 'words',
    notLengthAfter: 'words',
    asksHowMuch: 'phrases',
    amountMarks: 'words',
    forChildren: 'phrases',
    someoneWho: 'phrases',
    urgentNumber: 'phrases',
    children: 'words',
    ageAfter: 'words',
    ageBefore: 'words',
    notAges: 'words',
    callsSelf: 'phrases',
    childTalks: 'phrases',
    childhoodTold: 'phrases',
    writerCalls: 'phrases',
    adults: 'phrases',
    anyService: 'words',
    phone: 'words',
    email: 'words',
    url: 'words',
    walkIn: 'words',
    hours: 'words',
    weekdays: 'words',
    appliesTo: 'phrases',
  },
  asking: {
    whoOrWhere: 'phrases',
    namesRoute: 'phrases',
    mindAfter: 'words',
    mindModals: 'words',
    mindPersons: 'words',
    mindWhat: 'phrases',
    defines: 'phrases',
    nationally: 'phrases',
    whatToDo: 'phrases',
    questionOpeners: 'words',
    notSentenceEnds: 'words',
    requests: 'phrases',
    asksSteps: 'phrases',
    aboutStaff: 'phrases',
    weakMoney: 'phrases',
    family: 'words',
    generic: 'words',
    theMunicipality: 'phrases',
    termBefore: 'phrases',
    termAfter: 'phrases',
  },
  placeWording: {
    cues: 'words',
    municipalityWords: 'words',
    residents: 'words',
    destinations: 'words',
    origins: 'words',
    writers: 'words',
    notPlaces: 'words',
  },
} as const;

type Spec = typeof WORDING_SPEC;
export type WordingKind = 'words' | 'phrases' | 'pairs';

/** The lists, loaded: a set of words or a list of phrases, by section and key. */
export type Wording = {
  readonly [S in keyof Spec]: {
    readonly [K in keyof Spec[S]]: Spec[S][K] extends 'words' ? ReadonlySet<string> : readonly string[];
  };
};

/** Every list empty: what a vocabulary without these sections gives. */
export function emptyWording(): Wording {
  const wording: Record<string, Record<string, ReadonlySet<string> | readonly string[]>> = {};
  for (const [section, keys] of Object.entries(WORDING_SPEC)) {
    wording[section] = {};
    for (const [key, kind] of Object.entries(keys))
      (wording[section] as Record<string, unknown>)[key] = kind === 'words' ? new Set<string>() : [];
  }
  return wording as unknown as Wording;
}

const patterns = new WeakMap<readonly string[], RegExp>();
const anchored = new WeakMap<readonly string[], RegExp>();

/** A regular expression source that matches `text` literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One of `phrases`, as whole words anywhere in `text` (normalised). */
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  let pattern = patterns.get(phrases);
  if (pattern === undefined) {
    pattern = phrases.length === 0 ? /(?!)/ : new RegExp(`\\b(${phrases.map(escapeRegExp).join('|')})\\b`);
    patterns.set(phrases, pattern);
  }
  return pattern.test(text);
}

/** One of `phrases`, as whole words at the start of `text` (normalised). */
export function startsWithPhrase(text: string, phrases: readonly string[]): boolean {
  let pattern = anchored.get(phrases);
  if (pattern === undefined) {
    pattern = phrases.length === 0 ? /(?!)/ : new RegExp(`^(${phrases.map(escapeRegExp).join('|')})\\b`);
    anchored.set(phrases, pattern);
  }
  return pattern.test(text);
}

/** Whether a question's words hold one of `phrases` as whole words ("welk nummer bij spoed?" holds "bij spoed"). */
export function saysPhrase(words: readonly string[], phrases: readonly string[]): boolean {
  return hasPhrase(words.join(' '), phrases);
}

/** The normalised `text` without any of `phrases` (as whole words), each gone where it stood. */
export function withoutPhrases(text: string, phrases: readonly string[]): string {
  return phrases
    .reduce((left, phrase) => left.replaceAll(` ${phrase} `, ' '), ` ${text} `)
    .trim()
    .replace(/ {2,}/g, ' ');
}

/** The kinds of contact detail, each with its words in the vocabulary's `followUpWording`. */
export const CONTACT_DETAILS = ['phone', 'email', 'walkIn', 'hours', 'url'] as const;

/** The kinds of contact detail whose words the question holds ("wie kan ze bellen?": the phone). */
export function contactDetailsAsked(
  wording: Wording,
  words: readonly string[],
): Array<(typeof CONTACT_DETAILS)[number]> {
  return CONTACT_DETAILS.filter((detail) => words.some((word) => wording.followUpWording[detail].has(word)));
}

/** Whether a message asks for the country as a whole ("is er een landelijk nummer?", "landelijk fonds?"). */
export function asksNationally(asking: Wording['asking'], normalized: string): boolean {
  return hasPhrase(normalized, asking.nationally);
}

/** "waar moet ik … op letten": what to mind may come up to this many words after the person. */
const MAX_WORDS_BEFORE_MIND = 3;

const whoOrWhere = new WeakMap<Wording['asking'], RegExp>();

/**
 * Asks who or where (`asking.whoOrWhere`), not what to mind: "waar moet ik rekening mee houden?" (a word of
 * `mindAfter`, a modal, a person and what to mind) asks no place. With a municipal topic and no place, we ask
 * which municipality.
 */
export function asksWhoOrWhere(asking: Wording['asking'], normalized: string): boolean {
  let pattern = whoOrWhere.get(asking);
  if (pattern === undefined) {
    const any = (words: Iterable<string>) => [...words].map(escapeRegExp).join('|');
    const mind = `(?! (${any(asking.mindModals)}) (${any(asking.mindPersons)}) (\\w+ ){0,${MAX_WORDS_BEFORE_MIND}}(${any(asking.mindWhat)})\\b)`;
    const phrases = asking.whoOrWhere.map(
      (phrase) => escapeRegExp(phrase) + (asking.mindAfter.has(phrase) ? mind : ''),
    );
    pattern = phrases.length === 0 ? /(?!)/ : new RegExp(`\\b(${phrases.join('|')})\\b`);
    whoOrWhere.set(asking, pattern);
  }
  return pattern.test(normalized);
}
