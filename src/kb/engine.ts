/**
 * Understanding before ranking. A message is read once into a `Question` (short forms expanded), then
 * danger, language, place and topics are read from it; "schulden Naaldwijk" becomes a structured lookup
 * (debt help, Westland), a worry about a child reaches Veilig Thuis and the meldcode, a follow-up is read
 * against the conversation's last answer, and only what is left goes to full-text search.
 */
import type { Language } from '../i18n/language.js';
import { type DangerAssessment, DangerDetector, isExclaimed } from './danger.js';
import { LinearModel } from './danger-model.js';
import {
  type ConversationContext,
  continues,
  lastAnswer,
  listsSteps,
  readAboutThat,
  readFollowUp,
  readInShown,
  readSubQuestion,
} from './follow-up.js';
import { knownWords } from './known-words.js';
import { detectLanguage } from './language.js';
import { BROAD_TOPICS, preferNearby, readNearby } from './nearby.js';
import { normalize } from './normalize.js';
import { placeNames } from './place-names.js';
import { type PlaceMatch, PlaceResolver } from './places.js';
import { pointsBack } from './pointing.js';
import { type Question, readQuestion } from './question.js';
import type { ContentEntry, KnowledgeBase, KnowledgeEntry } from './schema.js';
import { KnowledgeIndex, processTerm, type SearchHit } from './search.js';
import {
  HELP_LINES_TOPIC,
  LOCAL_TOPICS,
  MUNICIPAL_TOPICS,
  ROUTE_TOPICS,
  SAFETY_TOPICS,
  VEILIG_THUIS_ENTRY,
} from './topic-sets.js';
import { TopicMatcher } from './topics.js';
import { escapeRegExp, hasPhrase, type Wording } from './wording.js';

export {
  HELP_LINES_TOPIC,
  LOCAL_TOPICS,
  MONEY_TOPICS,
  MUNICIPAL_TOPICS,
  ROUTE_TOPICS,
  VEILIG_THUIS_ENTRY,
} from './topic-sets.js';
export type { ConversationContext };

/** "waar moet ik … op letten": what to mind may come up to this many words after the person. */
const MAX_WORDS_BEFORE_MIND = 3;

const whoOrWhere = new WeakMap<Wording['asking'], RegExp>();

/**
 * Asks who or where (`asking.whoOrWhere`), not what to mind: "waar moet ik rekening mee houden?" (a word of
 * `mindAfter`, a modal, a person and what to mind) asks no place. With a municipal topic and no place, we ask
 * which municipality.
 */
function asksWhoOrWhere(asking: Wording['asking'], normalized: string): boolean {
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

/** The volunteers' topic: often who asks ("ik ben vrijwilliger bij de kerk"), not what is asked. */
const VOLUNTEERS = 'vrijwilligers';
/** The topic of the entries about one profession's meldcode. */
const PROFESSION = 'beroep';
/**
 * A follow-up of an answer about danger or a worry ("in English please", "wat is hun nummer?") keeps the
 * emergency card or Veilig Thuis' advice line, unless the follow-up itself says more.
 */
function keepAlert(understanding: Understanding, context: ConversationContext): Understanding {
  const { danger } = understanding;
  if (context.alert === undefined || danger.acute || (danger.worry && !context.alert.acute)) return understanding;
  const kept: DangerAssessment = context.alert.acute
    ? { acute: true, kinds: new Set(context.alert.kinds), worry: false }
    : { acute: false, kinds: new Set(), worry: true };
  return { ...understanding, danger: kept };
}

/** The question names the entry: a word of six letters or more of its Dutch or English title. */
function namesEntry(question: Question, entry: ContentEntry): boolean {
  const words = new Set(question.words);
  return normalize(`${entry.title.nl} ${entry.title.en}`)
    .split(' ')
    .some((word) => word.length >= 6 && words.has(word));
}

export interface Understanding {
  question: Question;
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
  /** A second ask in the same message, or the meldcode route for a worry: shown as a second card. */
  also?: ContentEntry;
  /** The message was read against the conversation's last answer. */
  followUp?: string;
}

/** How well the conversation's municipality's own service must match, against another one's, to be meant. */
const LOCAL_SHARE = 0.3;
/** The lowest search score we still call an answer (below it, "no match" is more honest). */
const MIN_SCORE = 6;
/** The share of the question's search terms an entry must match when no topic was recognised. */
const MIN_COVERAGE = 0.5;
/**
 * A question about a place that names no topic asks for one of its services when that many of its words
 * (the place among them) match the service: "leerling uit Delfgauw heeft geen laptop … minimuminkomen" finds
 * Pijnacker-Nootdorp's Leergeld; "het weer in Delft" (the place alone) or "stadhuis open in Gorinchem" (one
 * word, and other services match it nearly as well) find nothing.
 */
const INFERRED_MIN_WORDS = 3;
/** With one word beside the place, that service must match this many times better than the next one. */
const INFERRED_LEAD = 3;
/**
 * And the service must match at least this share of the whole index's best answer: "… de kinderen zijn niet
 * veilig, wie vraagt een onderzoek aan bij de raad?" in Zwijndrecht is about the Raad, not a local scheme.
 */
const INFERRED_SHARE = 0.5;

export class KnowledgeEngine {
  readonly places: PlaceResolver;
  readonly topics: TopicMatcher;
  readonly index: KnowledgeIndex;
  readonly danger: DangerDetector;
  /** The vocabulary's abbreviations and the lexicon's `names`: written in capitals, they are names, not shouting. */
  private readonly acronyms: ReadonlySet<string>;

  /** Every place name, so that the personal-data guard does not take places for people. */
  readonly placeNames: readonly string[];

  /** Contact name → the national and regional entries that list it: an organisation's own entries. */
  private readonly organisations = new Map<string, string[]>();
  /** First topic → the national and regional entries about it. */
  private readonly national = new Map<string, string[]>();
  /** Municipality code → its own entries with a money or social topic, in the knowledge base's order. */
  private readonly municipalities = new Map<string, ContentEntry[]>();
  /** `bestHit` per question, for as long as the question lives (one turn). */
  private readonly bestHits = new WeakMap<Question, SearchHit | undefined>();

  constructor(readonly kb: KnowledgeBase) {
    this.placeNames = placeNames(kb);
    const words = new Set([...knownWords(kb), ...kb.safety.words]);
    this.places = new PlaceResolver(kb);
    this.topics = new TopicMatcher(kb.topics);
    this.index = new KnowledgeIndex(kb.entries, kb.topics);
    const model = kb.safety.model;
    const models =
      model === undefined
        ? undefined
        : { acute: new LinearModel(model.acute), concern: new LinearModel(model.concern) };
    this.danger = new DangerDetector(kb.safety, words, models);
    this.acronyms = new Set([...kb.abbreviations.keys(), ...kb.safety.names]);
    for (const entry of kb.entries) {
      if (entry.kind === 'place' || entry.kind === 'prompt') continue;
      if (entry.municipality !== undefined) {
        if (entry.topics.some((topic) => MUNICIPAL_TOPICS.has(topic))) {
          this.municipalities.set(entry.municipality, [...(this.municipalities.get(entry.municipality) ?? []), entry]);
        }
        continue;
      }
      for (const contact of entry.contacts) {
        const ids = this.organisations.get(contact.name.nl) ?? [];
        this.organisations.set(contact.name.nl, [...ids, entry.id]);
      }
      const [topic] = entry.topics;
      if (topic !== undefined) this.national.set(topic, [...(this.national.get(topic) ?? []), entry.id]);
    }
  }

  /** The national and regional entries that name an organisation (by its contact name) among their contacts. */
  byContactName(name: string): readonly string[] {
    return this.organisations.get(name) ?? [];
  }

  /** The national and regional entries whose first topic is `topic`. */
  nationalAbout(topic: string): readonly string[] {
    return this.national.get(topic) ?? [];
  }

  read(text: string): Question {
    return readQuestion(text, this.kb.abbreviations, this.kb.separableVerbs);
  }

  /** Acute danger or a worry, for any text (a case search too). */
  assessDanger(text: string): DangerAssessment {
    return this.danger.assess(this.read(text).tokens, this.exclaimed(text));
  }

  /** Typed in a hurry ("!!", shouted words), the vocabulary's abbreviations in capitals not counted. */
  exclaimed(text: string): boolean {
    return isExclaimed(text, this.acronyms);
  }

  understand(text: string, fallback: Language): Understanding {
    const question = this.read(text);
    const place = this.places.resolve(question.expanded);
    return {
      question,
      language: detectLanguage(question.expanded, fallback, place.kind === 'none' ? 0 : 1),
      danger: this.danger.assess(question.tokens, this.exclaimed(text)),
      place,
      topics: this.topics.match(question.expanded),
    };
  }

  /**
   * Answers `text`. `locale` is the language of the Teams client; a conversation's last answer, when given,
   * resolves follow-ups ("en in Delft?", "wat is hun nummer?") and sets the language of neutral text.
   */
  ask(text: string, locale: Language, context?: ConversationContext): EngineResult {
    const own = this.understand(text, context?.language ?? locale);
    // "moet die man in De Lier dat elk jaar aanvragen?" right after Westland names the conversation's own
    // place: read against the last answer, it says no more than "moet hij dat elk jaar aanvragen?".
    const samePlace = own.place.kind === 'regional' && own.place.code === context?.place;
    const understanding: Understanding = samePlace ? { ...own, place: { kind: 'none' } } : own;
    if (context !== undefined) {
      const followUp = readFollowUp(this, understanding, context);
      if (followUp !== undefined) {
        const { language: _language, ...result } = followUp;
        return this.withSafety({ ...result, understanding: keepAlert(result.understanding, context) });
      }
    }
    // "kan de ouder zichzelf aanmelden?": a short question without a topic or place of its own, that the
    // last answer's main entry is among the best answers to within its topic, is about that entry. The
    // same search answers a question that finds nothing else.
    // "hoe lang duurt dat?": about the entries just shown, the one that matches best first.
    const shown = context === undefined ? undefined : readAboutThat(this, understanding, context);
    if (shown !== undefined) return this.withSafety({ understanding, lookup: shown, followUp: 'detail' });
    // The sub-question is a whole search: read it only where it can decide the answer — here, for a
    // question without a topic or place, or below, when the question alone finds nothing.
    const ownless = understanding.topics.length === 0 && understanding.place.kind === 'none';
    const detail = context !== undefined && ownless ? readSubQuestion(this, understanding, context) : undefined;
    if (detail?.kind === 'entries') {
      const main = detail.entries.slice(0, 3).find((entry) => entry.id === context?.entryIds[0]);
      if (main !== undefined) {
        const entries = [main, ...detail.entries.filter((entry) => entry !== main)];
        return this.withSafety({ understanding, lookup: { kind: 'entries', entries }, followUp: 'detail' });
      }
    }
    const inShown = context === undefined ? undefined : readInShown(this, understanding, context);
    if (inShown !== undefined) return this.withSafety({ understanding, lookup: inShown, followUp: 'detail' });
    // "hoe meldt hij zich daar aan?" points back: the conversation's neighbourhood first.
    const { words } = understanding.question;
    const pointed =
      context !== undefined && pointsBack(this.kb.wording.pointing, words)
        ? readNearby(this, understanding, context, false)
        : undefined;
    if (pointed !== undefined) return this.withSafety({ understanding, lookup: pointed, followUp: 'nearby' });
    const meant = context === undefined ? undefined : readInShown(this, understanding, context, true);
    if (meant !== undefined) return this.withSafety({ understanding, lookup: meant, followUp: 'detail' });
    const { lookup, also } = this.lookupHere(own, understanding, context);
    // "waar halen ze het pakket op?" right after a food bank finds nothing alone: the conversation's
    // neighbourhood answers it, and "wie kan haar helpen met invullen?" needs no second "which municipality?".
    // "wie doet schuldhulp?", the topic alone, asks anew: it gets the place question.
    const topicOnly = lookup.kind === 'ask-place' && this.onlyTopic(understanding.question.expanded);
    if ((lookup.kind === 'no-match' || lookup.kind === 'ask-place') && context !== undefined && !topicOnly) {
      const nearby = readNearby(
        this,
        understanding,
        context,
        continues(this.kb.wording, words) || lookup.kind === 'no-match',
      );
      if (nearby !== undefined) return this.withSafety({ understanding, lookup: nearby, followUp: 'nearby' });
    }
    const prior =
      context !== undefined && lookup.kind === 'entries' && also === undefined
        ? preferNearby(this, understanding, context, lookup.entries)
        : undefined;
    if (prior !== undefined) return this.withSafety({ understanding, lookup: prior, followUp: 'nearby' });
    const about =
      context === undefined ? undefined : this.aboutLast(understanding, context, lookup, ownless ? detail : undefined);
    if (about !== undefined) return this.withSafety({ understanding, lookup: about, followUp: 'detail' });
    return this.withSafety({ understanding: own, lookup, ...(also === undefined ? {} : { also }) });
  }

  /**
   * The municipal services of `code` for `topics`, the best first: by topic, and among entries of the same
   * topic by how well they match `question` ("een laptop voor school" puts the computer scheme before Leergeld).
   */
  municipal(code: string, topics: readonly string[], question?: string): ContentEntry[] {
    const wanted = topics.length > 0 ? topics : ['schulden'];
    const rank = (entry: ContentEntry) => {
      const first = wanted.findIndex((topic) => entry.topics.includes(topic));
      // The debt route stands in for a money topic the municipality has no entry of its own for.
      if (first < 0) return entry.topics.includes('schulden') ? wanted.length : wanted.length + 1;
      return first;
    };
    const scores = new Map<string, number>();
    if (question !== undefined)
      for (const hit of this.index.search(question, { filter: (entry) => entry.municipality === code, limit: 50 }))
        scores.set(hit.entry.id, hit.score);
    const score = (entry: ContentEntry) => scores.get(entry.id) ?? 0;
    // Entries of any asked topic come first, ordered by the words: "geen geld voor eten … een voedselpakket"
    // asks for the food bank before the minima schemes.
    const asked = (entry: ContentEntry) => (rank(entry) < wanted.length ? 0 : rank(entry));
    return [...(this.municipalities.get(code) ?? [])].sort(
      (a, b) => asked(a) - asked(b) || (asked(a) === 0 ? score(b) - score(a) || rank(a) - rank(b) : 0),
    );
  }

  /** A content entry by id, or undefined. */
  content(id: string): ContentEntry | undefined {
    const entry = this.kb.byId.get(id);
    return entry === undefined || entry.kind === 'place' || entry.kind === 'prompt' ? undefined : entry;
  }

  /** The best national entry about `topic` for this question, if any. */
  topicEntry(question: Question, topic: string, code?: string): ContentEntry | undefined {
    const hits = this.index.search(question.expanded, {
      topics: [topic],
      filter: (entry) =>
        entry.topics.includes(topic) && (entry.municipality === undefined || entry.municipality === code),
      limit: 1,
    });
    const hit = hits[0]?.entry as ContentEntry | undefined;
    if (hit !== undefined) return hit;
    const [first] = this.nationalAbout(topic);
    return first === undefined ? undefined : this.content(first);
  }

  private lookup(understanding: Understanding): { lookup: Lookup; also?: ContentEntry } {
    const { place, topics, question } = understanding;
    const normalized = question.expanded;
    // "I volunteer at a community centre, where can he get food?": who asks is no topic when another is named.
    const named = topics.filter((topic) => MUNICIPAL_TOPICS.has(topic));
    const money =
      named.length > 1 && named.includes(VOLUNTEERS)
        ? [...named.filter((topic) => topic !== VOLUNTEERS), VOLUNTEERS]
        : named;
    if (place.kind === 'regional' && topics.length === 0) {
      const inferred = this.serviceAsked(question, place.code);
      if (inferred !== undefined) money.push(inferred);
    }
    const primary = money[0];
    if (place.kind === 'regional') {
      const entries =
        primary !== undefined || this.onlyGeneric(question, place)
          ? this.municipal(place.code, money.length > 0 ? money : ['schulden'], normalized)
          : [];
      if (entries.length > 0) {
        const lookup: Lookup = { kind: 'municipal', code: place.code, name: place.name, entries };
        return { lookup, ...this.alsoFor(understanding, entries[0] as ContentEntry, place.code) };
      }
    }
    const local = money.find((topic) => LOCAL_TOPICS.has(topic));
    // Out of region only for a local question: a place name alone says nothing about what is asked.
    if (place.kind === 'national' && local !== undefined) {
      const lookup: Lookup = { kind: 'out-of-region', placeName: place.name, entry: this.content('geldfit') };
      const also = local === 'schulden' || local === 'sociaal-team' ? undefined : this.topicEntry(question, local);
      return { lookup, ...(also === undefined ? {} : { also }) };
    }
    // A national money topic beside it ("beschermingsbewind", "Wsnp") is answered nationally, not per place.
    const national = money.some((topic) => !LOCAL_TOPICS.has(topic));
    // A city pass named outright ("wie krijgt een Ooievaarspas?") is answered by its own entry, not with a place question.
    if (
      place.kind === 'none' &&
      local !== undefined &&
      topics[0] === local &&
      !national &&
      !hasPhrase(normalized, this.kb.wording.asking.defines) &&
      this.lead(normalized) === undefined
    ) {
      // "schuldhulp" or "wie doet schuldhulp?": only the topic, or a who/where question — ask the place; but
      // "vriend regelt al het geld … welke meldcode volg ik als verloskundige?" is answered by another topic.
      if (
        this.onlyTopic(normalized) ||
        (asksWhoOrWhere(this.kb.wording.asking, normalized) && this.aboutLocal(normalized, topics, local))
      )
        return { lookup: { kind: 'ask-place', topic: local } };
    }
    const code = place.kind === 'regional' ? place.code : undefined;
    const entries = this.search(understanding, code);
    if (entries.length === 0) return { lookup: { kind: 'no-match' } };
    return { lookup: { kind: 'entries', entries }, ...this.alsoFor(understanding, entries[0] as ContentEntry, code) };
  }

  /**
   * The last answer, for a question that finds nothing ("wie komt daarvoor in aanmerking?") or that points
   * back and finds an entry only by chance ("moet dat elk jaar opnieuw aangevraagd worden?": "elk jaar" occurs
   * in an unrelated entry). `detail`: the sub-question already read for a question without topic or place.
   */
  private aboutLast(
    understanding: Understanding,
    context: ConversationContext,
    lookup: Lookup,
    detail: Lookup | undefined,
  ): Lookup | undefined {
    const ownless = understanding.topics.length === 0 && understanding.place.kind === 'none';
    if (lookup.kind === 'no-match')
      return (
        (ownless ? detail : readSubQuestion(this, understanding, context)) ?? lastAnswer(this, understanding, context)
      );
    const chance =
      ownless &&
      lookup.kind === 'entries' &&
      pointsBack(this.kb.wording.pointing, understanding.question.words) &&
      this.byChance(understanding);
    return chance ? lastAnswer(this, understanding, context) : undefined;
  }

  /**
   * The best match of the whole index for a question, searched once per question: the follow-up readers, the
   * neighbourhood and the chance check of one turn all ask it.
   */
  bestHit(question: Question): SearchHit | undefined {
    if (this.bestHits.has(question)) return this.bestHits.get(question);
    const [best] = this.index.search(question.expanded, { limit: 1 });
    this.bestHits.set(question, best);
    return best;
  }

  /** Whether the best answer found shares only one word or some of the words with the question, none of them its name. */
  private byChance(understanding: Understanding): boolean {
    const best = this.bestHit(understanding.question);
    return best === undefined || (!best.named && (best.coverage < 1 || best.matched < 2));
  }

  /** The topic of the municipality's service a question without a topic word describes (`INFERRED_MIN_WORDS`). */
  private serviceAsked(question: Question, code: string): string | undefined {
    const [best, next] = this.index.search(question.expanded, {
      filter: (entry) => entry.municipality === code,
      limit: 2,
    });
    if (best === undefined || best.matched < 2) return undefined;
    const clear = best.matched >= INFERRED_MIN_WORDS || best.score >= INFERRED_LEAD * (next?.score ?? 0);
    const top = this.bestHit(question);
    if (!clear || (top !== undefined && best.score < INFERRED_SHARE * top.score)) return undefined;
    return best.entry.topics.find((topic) => MUNICIPAL_TOPICS.has(topic));
  }

  /** Whether the best answer to a question is about the local topic it names (or some municipality's service). */
  private aboutLocal(normalized: string, topics: readonly string[], local: string): boolean {
    const [best] = this.index.search(normalized, { topics, limit: 1 });
    return best === undefined || best.entry.municipality !== undefined || best.entry.topics.includes(local);
  }

  /**
   * The lookup of a question of its own. "wie doet schuldhulp?" asks anew (the place question); a question
   * that finds a national answer or none may be about the conversation's municipality.
   */
  private lookupHere(
    own: Understanding,
    understanding: Understanding,
    context: ConversationContext | undefined,
  ): { lookup: Lookup; also?: ContentEntry } {
    const asked = this.lookup(own);
    // A second ask ("also") is kept as it is: only a question with one answer is moved to the municipality.
    const open = (asked.lookup.kind === 'entries' && asked.also === undefined) || asked.lookup.kind === 'no-match';
    return (open ? this.localHere(understanding, context) : undefined) ?? asked;
  }

  /**
   * "is er voor de kinderen ook een pas met tegoed?" in a conversation about Dordrecht: a question without a
   * place whose best match is some municipality's own service is answered for the conversation's municipality.
   */
  private localHere(
    understanding: Understanding,
    context: ConversationContext | undefined,
  ): { lookup: Lookup; also?: ContentEntry } | undefined {
    const code = context?.place;
    if (code === undefined || understanding.place.kind !== 'none') return undefined;
    const name = this.places.nameOf(code);
    if (name === undefined) return undefined;
    const { topics } = understanding;
    const expanded = understanding.question.expanded;
    const [best] = this.index.search(expanded, { topics, limit: 1 });
    if (best?.entry.municipality === undefined || best.score < MIN_SCORE) return undefined;
    const [here] = this.index.search(expanded, { topics, filter: (entry) => entry.municipality === code, limit: 1 });
    if (here === undefined || here.score < LOCAL_SHARE * best.score) return undefined;
    const entry = asContent(here);
    const rest = this.municipal(code, entry.topics, expanded).filter((other) => other.id !== entry.id);
    return { lookup: { kind: 'municipal', code, name, entries: [entry, ...rest] } };
  }

  /** Search, with a lead phrase's entry first; only answers that share the question's topic or most words. */
  search(understanding: Understanding, code: string | undefined, topics = understanding.topics): ContentEntry[] {
    const normalized = understanding.question.expanded;
    const lead = this.lead(normalized);
    const hits = this.index.search(normalized, {
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
    return this.stepsBeforeProfession(entries, understanding.question);
  }

  /**
   * A profession's meldcode leads a question that asks what to do only when it names that profession.
   * "Leerling komt steeds met blauwe plekken, wat doe ik nu volgens de meldcode?" describes a situation that the
   * childcare code's asks share words with; the steps found beside it answer what to do.
   */
  private stepsBeforeProfession(entries: ContentEntry[], question: Question): ContentEntry[] {
    const [first] = entries;
    if (first === undefined || first.kind !== 'meldcode' || !first.topics.includes(PROFESSION)) return entries;
    // A colleague under suspicion has a route of its own in the profession's code (the MOA, the school's duty).
    const { whatToDo, aboutStaff } = this.kb.wording.asking;
    if (!hasPhrase(question.expanded, whatToDo) || hasPhrase(question.expanded, aboutStaff)) return entries;
    const padded = ` ${question.expanded} `;
    if (first.keywords.some((keyword) => padded.includes(` ${normalize(keyword)} `))) return entries;
    const steps = entries.find(listsSteps);
    return steps === undefined ? entries : [steps, ...entries.filter((entry) => entry !== steps)];
  }

  /** A second ask: a money topic beside a municipality's route, or another topic the first answer lacks. */
  private alsoFor(understanding: Understanding, first: ContentEntry, code?: string): { also?: ContentEntry } {
    // The narrower ask first: "where do I report labour exploitation?" beside a 'debt' is about exploitation,
    // not the meldcode in general.
    const topics = [
      ...understanding.topics.filter((topic) => !BROAD_TOPICS.has(topic)),
      ...understanding.topics.filter((topic) => BROAD_TOPICS.has(topic)),
    ];
    for (const topic of topics) {
      if (first.topics.includes(topic) || topic === 'schulden' || topic === 'sociaal-team') continue;
      if (topic === 'vrijwilligers') continue;
      const entry = this.topicEntry(understanding.question, topic, code);
      if (entry === undefined || entry.id === first.id) continue;
      // "nummer", "bellen" ask for the first answer's contact; a second help line must be named ("Kindertelefoon").
      if (topic === HELP_LINES_TOPIC && !namesEntry(understanding.question, entry)) continue;
      return { also: entry };
    }
    return {};
  }

  /** Acute danger never ends in "no answer"; a worry always reaches Veilig Thuis or the meldcode. */
  private withSafety(result: EngineResult): EngineResult {
    const { danger, question } = result.understanding;
    const { lookup } = result;
    if (!danger.acute && !danger.worry) return result;
    const shown = [...entriesOf(lookup), ...(result.also === undefined ? [] : [result.also])];
    // After 112 any answer will do (the emergency card names Veilig Thuis); a worry needs the route itself.
    const enough = danger.acute ? SAFETY_TOPICS : ROUTE_TOPICS;
    if (shown.length > 0 && (danger.acute || shown.some((entry) => entry.topics.some((topic) => enough.has(topic)))))
      return result;
    const route = danger.acute ? this.content(VEILIG_THUIS_ENTRY) : this.worryEntry(question);
    if (route === undefined) return result;
    // Two asks already: the worry gets Veilig Thuis' advice line on the first card instead of a third card.
    if (result.also !== undefined && !danger.acute) return result;
    if (lookup.kind === 'no-match' || lookup.kind === 'ask-place') {
      return { ...result, lookup: { kind: 'entries', entries: [route] } };
    }
    return { ...result, also: route };
  }

  /** The meldcode or Veilig Thuis entry that fits a worry best (signals, kindcheck, advice). */
  private worryEntry(question: Question): ContentEntry | undefined {
    // The meldcode of one profession (Halt, the GP, …) only when the message names a profession.
    const profession = this.topics.match(question.expanded).includes('beroep');
    const hits = this.index.search(question.expanded, {
      filter: (entry) =>
        entry.municipality === undefined &&
        entry.topics.some((topic) => ROUTE_TOPICS.has(topic)) &&
        (profession || !entry.topics.includes('beroep')),
      limit: 1,
    });
    const hit = hits[0];
    return hit !== undefined && hit.score >= MIN_SCORE ? asContent(hit) : this.content(VEILIG_THUIS_ENTRY);
  }

  /** A place and nothing but words that ask for help: the municipality's money route is what is meant. */
  private onlyGeneric(question: Question, place: Extract<PlaceMatch, { kind: 'regional' }>): boolean {
    const placeWords = new Set(place.matched.split(' '));
    return question.words.every(
      (word) =>
        placeWords.has(word) ||
        this.kb.wording.asking.generic.has(word) ||
        processTerm(word) === null ||
        /^\d{4}$/.test(word),
    );
  }

  /** Whether a question says nothing but its topic ("schuldhulp", "wie doet schuldhulp?"). */
  private onlyTopic(normalized: string): boolean {
    return this.topics.leftover(normalized).every((word) => processTerm(word) === null);
  }

  /** The entry a lead phrase in the question names outright, if any. */
  private lead(normalized: string): ContentEntry | undefined {
    const padded = ` ${normalized} `;
    for (const [phrase, id] of this.kb.leads) if (padded.includes(` ${phrase} `)) return this.content(id);
    return undefined;
  }
}

/** The entries a lookup shows. */
export function entriesOf(lookup: Lookup): ContentEntry[] {
  if (lookup.kind === 'municipal' || lookup.kind === 'entries') return lookup.entries;
  if (lookup.kind === 'out-of-region' && lookup.entry !== undefined) return [lookup.entry];
  return [];
}

function asContent(hit: SearchHit): ContentEntry {
  return hit.entry as ContentEntry;
}

export type { KnowledgeEntry };
