/**
 * Understanding before ranking: safety cues, language, place and topics are read from the question
 * first; "schulden Naaldwijk" becomes a structured lookup (debt help, Westland), and only what is left
 * goes to full-text search.
 */
import type { Language } from '../i18n/language.js';
import { detectLanguage } from './language.js';
import { normalize } from './normalize.js';
import { placeNames } from './place-names.js';
import { type PlaceMatch, PlaceResolver } from './places.js';
import { assessDanger, type DangerAssessment } from './safety.js';
import type { ContentEntry, KnowledgeBase, KnowledgeEntry } from './schema.js';
import { KnowledgeIndex, processTerm, type SearchHit } from './search.js';
import { TopicMatcher } from './topics.js';

/** Topics whose answer depends on the municipality. */
export const MUNICIPAL_TOPICS: ReadonlySet<string> = new Set([
  'schulden',
  'sociaal-team',
  'vrijwilligers',
  'vroegsignalering',
]);

/** Words that ask who or where: with a municipal topic and no place, we ask which municipality. */
const ASKS_WHO_OR_WHERE =
  /\b(wie|waar|welke|waarheen|bij wie|contact|nummer|telefoon|telefoonnummer|aanmelden|bellen|who|where|which|contact|number|phone|call)\b/;
/** Questions that ask what something is: answered from the national entries, not per municipality. */
const DEFINES = /\b(wat is|wat zijn|wat betekent|hoe werkt|uitleg|what is|what are|how does|explain)\b/;

export interface Understanding {
  language: Language;
  danger: DangerAssessment;
  place: PlaceMatch;
  topics: readonly string[];
}

export type Lookup =
  /** The municipality's own services, the best first. */
  | { kind: 'municipal'; code: string; name: string; entries: ContentEntry[] }
  /** A municipal question without a place: ask which municipality. */
  | { kind: 'ask-place'; topic: string }
  /** A municipal question about a place outside the two regions: the national route. */
  | { kind: 'out-of-region'; placeName: string; entry: ContentEntry | undefined }
  | { kind: 'entries'; entries: ContentEntry[] }
  | { kind: 'no-match' };

export interface EngineResult {
  understanding: Understanding;
  lookup: Lookup;
}

/** The lowest search score we still call an answer (below it, "no match" is more honest). */
const MIN_SCORE = 6;
/** The share of the question's search terms an entry must match when no topic was recognised. */
const MIN_COVERAGE = 0.5;

export class KnowledgeEngine {
  readonly places: PlaceResolver;
  readonly topics: TopicMatcher;
  readonly index: KnowledgeIndex;

  /** Every place name, so that the personal-data guard does not take places for people. */
  readonly placeNames: readonly string[];

  constructor(readonly kb: KnowledgeBase) {
    this.placeNames = placeNames(kb);
    this.places = new PlaceResolver(kb);
    this.topics = new TopicMatcher(kb.topics);
    this.index = new KnowledgeIndex(kb.entries, kb.topics);
  }

  understand(text: string, locale: Language): Understanding {
    return {
      language: detectLanguage(text, locale),
      danger: assessDanger(text),
      place: this.places.resolve(text),
      topics: this.topics.match(text),
    };
  }

  ask(text: string, locale: Language): EngineResult {
    const understanding = this.understand(text, locale);
    return { understanding, lookup: this.lookup(text, understanding) };
  }

  /** The municipal services of `code` for `topic`, the best first. */
  municipal(code: string, topics: readonly string[]): ContentEntry[] {
    const wanted = topics.length > 0 ? topics : ['schulden'];
    const own = this.kb.entries.filter(
      (entry): entry is ContentEntry =>
        entry.kind !== 'place' && entry.kind !== 'prompt' && entry.municipality === code,
    );
    const rank = (entry: ContentEntry) => {
      const first = wanted.findIndex((topic) => entry.topics.includes(topic));
      return first < 0 ? wanted.length : first;
    };
    return own
      .filter((entry) => entry.topics.some((topic) => MUNICIPAL_TOPICS.has(topic)))
      .sort((a, b) => rank(a) - rank(b));
  }

  private lookup(text: string, understanding: Understanding): Lookup {
    const { place, topics } = understanding;
    const primary = topics[0];
    const municipalTopic = primary === undefined || MUNICIPAL_TOPICS.has(primary);
    if (place.kind === 'regional' && municipalTopic) {
      const entries = this.municipal(place.code, topics);
      if (entries.length > 0) return { kind: 'municipal', code: place.code, name: place.name, entries };
    }
    // Out of region only for a municipal question: a place name alone says nothing about what is asked.
    if (place.kind === 'national' && primary !== undefined && MUNICIPAL_TOPICS.has(primary)) {
      return { kind: 'out-of-region', placeName: place.name, entry: this.content('geldfit') };
    }
    const normalized = normalize(text);
    if (place.kind === 'none' && primary !== undefined && MUNICIPAL_TOPICS.has(primary) && !DEFINES.test(normalized)) {
      // "schuldhulp" or "wie doet schuldhulp?": only the topic, or a who/where question — ask the place.
      const onlyTopic = this.topics.leftover(text).every((word) => processTerm(word) === null);
      if (onlyTopic || ASKS_WHO_OR_WHERE.test(normalized)) return { kind: 'ask-place', topic: primary };
    }
    const code = place.kind === 'regional' ? place.code : undefined;
    const lead = this.lead(normalized);
    const hits = this.index.search(text, {
      topics,
      // Never another municipality's numbers: only national entries, and the named municipality's own.
      filter: (entry) => entry.municipality === undefined || entry.municipality === code,
      limit: 3,
    });
    // An answer needs the question's topic, or most of its words: one shared word ("zin", "log") is chance.
    const best = hits.filter(
      (hit) =>
        topics.some((topic) => hit.entry.topics.includes(topic)) ||
        (hit.score >= MIN_SCORE &&
          // One word is enough only when it names the entry ("tandem"), not when it occurs in its text ("laat").
          ((hit.coverage === 1 && (hit.matched >= 2 || hit.named)) ||
            (hit.coverage >= MIN_COVERAGE && hit.matched >= 2))),
    );
    const entries = best.map(asContent).filter((entry) => entry.id !== lead?.id);
    if (lead !== undefined) entries.unshift(lead);
    if (entries.length === 0) return { kind: 'no-match' };
    return { kind: 'entries', entries };
  }

  /** The entry a lead phrase in the question names outright, if any. */
  private lead(normalized: string): ContentEntry | undefined {
    const padded = ` ${normalized} `;
    for (const [phrase, id] of this.kb.leads) if (padded.includes(` ${phrase} `)) return this.content(id);
    return undefined;
  }

  private content(id: string): ContentEntry | undefined {
    const entry = this.kb.byId.get(id);
    return entry === undefined || entry.kind === 'place' || entry.kind === 'prompt' ? undefined : entry;
  }
}

function asContent(hit: SearchHit): ContentEntry {
  return hit.entry as ContentEntry;
}

export type { KnowledgeEntry };
