/**
 * The shape of the knowledge base: plain data, loaded from `knowledge/` and validated by `validate.ts`.
 */
import type { Language, Localized } from '../i18n/language.js';

export type { Language, Localized };

export const ENTRY_KINDS = ['service', 'contact', 'meldcode', 'tip', 'info', 'prompt', 'place'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface Source {
  url: string;
  title: string;
  /** The date printed on the page (YYYY, YYYY-MM or YYYY-MM-DD), or "undated". */
  pageDate?: string;
  /** The day (YYYY-MM-DD) an editor or researcher read the page. */
  read?: string;
}

/** How professionals ask for an entry: situations and shorthand, per language. */
export interface Asks {
  nl: readonly string[];
  en: readonly string[];
}

/** A way to reach someone. Only facts seen in a source go here; unverified ones go to `verify`. */
export interface Contact {
  name: Localized;
  phone?: string;
  url?: string;
  email?: string;
  hours?: Localized;
  walkIn?: Localized;
}

interface EntryBase {
  id: string;
  kind: EntryKind;
  title: Localized;
  summary: Localized;
  /** Longer text (Markdown) shown below the summary. */
  body?: Localized;
  /** Topic ids from the vocabulary. */
  topics: readonly string[];
  /** Extra search words, both languages. */
  keywords: readonly string[];
  /** The ways professionals ask for this entry (situations, shorthand); indexed for search. */
  asks: Asks;
  contacts: readonly Contact[];
  /** CBS code (GMxxxx) of the municipality the entry is about. */
  municipality?: string;
  /** Ids of entries offered as follow-ups. */
  related: readonly string[];
  sources: readonly Source[];
  /** Date (YYYY-MM-DD) an editor last checked the entry against its sources. */
  verified: string;
  /** Days after `verified` by which the entry must be checked again. */
  reviewDays: number;
  /** What still has to be verified; the entry is shown, these facts are not. */
  verify?: string;
  /** Where the entry was defined, for messages. */
  origin: { file: string; line: number };
}

export interface ContentEntry extends EntryBase {
  kind: 'service' | 'contact' | 'meldcode' | 'tip' | 'info';
}

/** A leerruimte (intervision) prompt. */
export interface PromptEntry extends EntryBase {
  kind: 'prompt';
  track: string;
  method: string;
  minutes: number;
}

/** A municipality in the regions Wegwijs serves, with everything that names it. */
export interface PlaceEntry extends EntryBase {
  kind: 'place';
  municipality: string;
  name: string;
  region: 'Haaglanden' | 'Zuid-Holland Zuid';
  aliases: readonly string[];
  kernen: readonly string[];
  /** 4-digit postcodes, as single values or `from-to` ranges. */
  postcodes: readonly string[];
}

export type KnowledgeEntry = ContentEntry | PromptEntry | PlaceEntry;

/** A topic and the words that name it. */
export interface Topic {
  id: string;
  label: Localized;
  terms: readonly string[];
}

/** Every Dutch municipality, so that places outside the regions are recognised. */
export interface Municipality {
  code: string;
  name: string;
  province: string;
}

/** A short form: matched on normalised words, or exactly as typed when written in capitals ("AF"). */
export interface Abbreviation {
  expansion: string;
  caseSensitive: boolean;
}

export type DangerKind = 'violence' | 'suicide' | 'sexual' | 'child-alone';
export const DANGER_KINDS: readonly DangerKind[] = ['violence', 'suicide', 'sexual', 'child-alone'];

/** A group of danger cues (`knowledge/safety.yaml`). */
export interface CueGroup {
  terms: readonly string[];
  /** The kind of danger the group names, if any. */
  kind?: DangerKind;
  /** Keeps a rule acute inside a calm frame (now, someone present). */
  strong: boolean;
  /** A frame that makes cues non-acute: the past, a procedure, a habit. */
  calm: boolean;
}

/** The danger lexicon: cue groups, the rules that combine them, figurative phrases and worry cues. */
export interface SafetyLexicon {
  groups: ReadonlyMap<string, CueGroup>;
  /** Each rule is a list of group names that must all be present. */
  acute: readonly (readonly string[])[];
  figurative: readonly string[];
  worry: readonly string[];
}

/** A place where people live (CBS woonplaats) and its municipality. */
export interface Woonplaats {
  name: string;
  /** CBS code of the municipality, GMxxxx. */
  code: string;
}

export interface KnowledgeBase {
  entries: readonly KnowledgeEntry[];
  byId: ReadonlyMap<string, KnowledgeEntry>;
  topics: readonly Topic[];
  municipalities: readonly Municipality[];
  /** Every Dutch woonplaats, so that a village names its municipality ("Joure" → De Fryske Marren). */
  woonplaatsen: readonly Woonplaats[];
  /** Municipality names that are also ordinary words ("Best", "Echt"): recognised only after "in", "gemeente", … */
  commonWordNames: ReadonlySet<string>;
  /** Everyday names of municipalities outside the regions ("Den Bosch") → their CBS name. */
  placeAliases: ReadonlyMap<string, string>;
  /** Phrases that name one entry outright ("moet ik melden" → the afwegingskader), normalised. */
  leads: ReadonlyMap<string, string>;
  safety: SafetyLexicon;
  /** Short forms and informal spellings → what they stand for, normalised ("vt" → "veilig thuis"). */
  abbreviations: ReadonlyMap<string, Abbreviation>;
  /** Phrases that ask about the last answer, by kind (contact, english, dutch, more). */
  followUps: ReadonlyMap<string, readonly string[]>;
  /** Leerruimte tracks and intervision methods, by id. */
  tracks: ReadonlyMap<string, Localized>;
  methods: ReadonlyMap<string, Localized>;
}
