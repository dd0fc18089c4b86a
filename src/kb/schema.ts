/**
 * The shape of the knowledge base: plain data, loaded from `knowledge/` and validated by `validate-entry.ts`.
 */
import type { Language, Localized } from '../i18n/language.js';
import type { KnowledgeEntry } from './entry-schema.js';

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

export interface KnowledgeBase {
  entries: readonly KnowledgeEntry[];
  byId: ReadonlyMap<string, KnowledgeEntry>;
  topics: readonly Topic[];
  municipalities: readonly Municipality[];
  /** Municipality names that are also ordinary words ("Best", "Echt"): recognised only after "in", "gemeente", … */
  commonWordNames: ReadonlySet<string>;
  /** Everyday names of municipalities outside the regions ("Den Bosch") → their CBS name. */
  placeAliases: ReadonlyMap<string, string>;
  /** Phrases that name one entry outright ("moet ik melden" → the afwegingskader), normalised. */
  leads: ReadonlyMap<string, string>;
  /** Leerruimte tracks and intervision methods, by id. */
  tracks: ReadonlyMap<string, Localized>;
  methods: ReadonlyMap<string, Localized>;
}
