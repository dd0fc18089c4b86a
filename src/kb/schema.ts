/**
 * The shape of the knowledge base: plain data, loaded from `knowledge/` and validated by `validate-entry.ts`.
 */
import type { Language, Localized } from '../i18n/language.js';
import type { LoadedDangerModel } from './danger-model.js';
import type { KnowledgeEntry } from './entry-schema.js';
import type { Wording } from './wording.js';

// Entries are defined once, as zod schemas that give both the types and the check: see entry-schema.ts.
export type {
  Asks,
  Contact,
  ContentEntry,
  EntryKind,
  KnowledgeEntry,
  PlaceEntry,
  PromptEntry,
  Source,
} from './entry-schema.js';
export { ENTRY_KINDS } from './entry-schema.js';
export type { Language, Localized };

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

/** A separable verb ("aanmelden") and the particle that splits off ("aan"). */
export interface SeparableVerb {
  verb: string;
  particle: string;
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
  /**
   * A calm frame that stages the words (a role play, a quiz, a film, "stel dat"): "now" and "at the door" are
   * then part of the story, so it calms a rule even beside a strong group.
   */
  staged: boolean;
  /**
   * Says outright that it is real ("dit is geen oefening", "not a drill", "for real"): a staged frame beside it
   * stages nothing, and calm frames other than those of time (`tense`) calm nothing. Not strong by itself.
   */
  real: boolean;
  /**
   * Puts a staging behind ("na de film", "after the role play"): with a disclosure after it (`tells`), what is told
   * happened for real ("na de documentaire vertelde een leerling dat …"). Its words are then read first and not read
   * again, so the film they name frames nothing; a habit, the past or a staging elsewhere in the message still calms.
   */
  after: boolean;
  /**
   * Tells what someone disclosed ("vertelde een leerling dat …", "told me"): a staging put behind (`after`) before
   * it frames nothing; on its own it is read as nothing.
   */
  tells: boolean;
  /**
   * An act that is said (a threat to kill, a wish to die): when it is told ("vanavond vertelde ze dat ze dood wil",
   * "tonight he said he would kill her"), the telling is the act, so a time before the telling dates the act (see
   * `datesTelling` in `danger.ts`).
   */
  said: boolean;
  /** A calm frame of time (the past, later): words that say it is real do not undo it, unlike other calm frames. */
  tense: boolean;
  /**
   * A calm frame of what used to happen ("vaak", "soms"): like a frame of time (`tense`), a story told before what
   * happens now (see `afterStory` in `danger.ts`).
   */
  habit: boolean;
  /**
   * A weapon, or one held or carried: after a story, beside a time of its own, as grave as a `grave` group (see
   * `afterStory` in `danger.ts`).
   */
  weapon: boolean;
  /** What is made up (a dream, a novel, a game): never now, however it is told (see `afterStory` in `danger.ts`). */
  imagined: boolean;
  /**
   * A time of its own ("gisteravond", "vandaag", "last night"): a clause that holds it, with no calm frame in it or
   * after it, is acute on a whole rule with a `grave` group though a calm frame before it calms the message ("als kind
   * misbruikt, gisteravond heeft hij haar gewurgd"; see `clauseAlone` in `danger.ts`).
   */
  time: boolean;
  /**
   * A grave act (strangling, rape, a stabbing, unconsciousness, suicide): a clause with a time of its own after a calm
   * frame is acute on a rule with such a group only (see `clauseAlone` in `danger.ts`).
   */
  grave: boolean;
  /**
   * A report said with its "now" ("belt me nu"): read alone after a calm frame, such a clause is read with the next one,
   * and a firm rule that names a time makes it acute when the act is in the present tense (`ongoing`; see `clauseAlone`
   * in `danger.ts`).
   */
  report: boolean;
  /** An act of harm in the present tense ("slaat", "bloedt", "is hitting"): see `report`. */
  ongoing: boolean;
  /**
   * Words by which a short clause with a time dates the act in the clause before (`back`: "…, dat was vannacht") or
   * after it (`on`: "gisteravond ging het mis, …"): read alone after a calm frame, the two are read as one (see
   * `clauseAlone` in `danger.ts`).
   */
  link?: 'back' | 'on';
  /**
   * A strong group that names a place ("voor de deur", "at the school gate"), not a time: beside a frame of time
   * it may be where it happened then ("vorig jaar stond hij met een mes voor de deur"), so a rule it keeps acute
   * there needs the second reader's confirmation, as a weak sign alone does.
   */
  place: boolean;
  /**
   * Alone, a weak sign ("klappen", "killing"): a rule of this group only is acute when the second reader does
   * not rule an emergency out (see `CONFIRM` in `danger.ts`); otherwise it is a worry.
   */
  confirm: boolean;
  /**
   * A sign of its kind only beside another group of the same kind: everyday places, objects and medicines ("flat",
   * "trein", "medicijnen") or ordinary words of intent ("springen", "nooit meer") alone say nothing of harm; together
   * they do. Rules that name the group are read as they are; the second reader sees the group only as a sign.
   */
  paired: boolean;
}

/** The danger lexicon: cue groups, the rules that combine them, figurative phrases and worry cues. */
export interface SafetyLexicon {
  groups: ReadonlyMap<string, CueGroup>;
  /** Each rule is a list of group names that must all be present. */
  acute: readonly (readonly string[])[];
  figurative: readonly string[];
  worry: readonly string[];
  /** Real words that no knowledge text holds and that are never read as a typo of a cue ("opgelopen"). */
  words: readonly string[];
  /** Abbreviations written in capitals that are names, not shouting ("LEC EGG", "GGZ"); normalised. */
  names: readonly string[];
  /**
   * Words that make the cue right after them a noun for an act told of ("aangifte van de verkrachting", "about the
   * assault"): a clause read alone after a calm frame (see `clauseAlone` in `danger.ts`) needs an act not so named.
   */
  naming: readonly string[];
  /** The second reader's weights (`knowledge/danger-model.json`, see `danger-model.ts`), when present. */
  model?: LoadedDangerModel;
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
  /** Names of a municipality's own organisations and programmes ("schuldenlab070"), normalised → its CBS code. */
  localNames: ReadonlyMap<string, string>;
  safety: SafetyLexicon;
  /** Short forms and informal spellings → what they stand for, normalised ("vt" → "veilig thuis"). */
  abbreviations: ReadonlyMap<string, Abbreviation>;
  /** Phrases that ask about the last answer, by kind (contact, english, dutch, more). */
  followUps: ReadonlyMap<string, readonly string[]>;
  /** Dutch separable verbs by the forms people type: "meld" → aanmelden when "aan" follows ("hoe meld ik hem aan?"). */
  separableVerbs?: ReadonlyMap<string, readonly SeparableVerb[]>;
  /** The readers' wording: words that point back, go on, ask who, where or for a detail (see `wording.ts`). */
  wording: Wording;
  /** Leerruimte tracks and intervision methods, by id. */
  tracks: ReadonlyMap<string, Localized>;
  methods: ReadonlyMap<string, Localized>;
}
