/**
 * Understanding before ranking. A message is read once into a `Question` (short forms expanded), then
 * danger, language, place and topics are read from it; "schulden Naaldwijk" becomes a structured lookup
 * (debt help, Westland), a worry about a child reaches Veilig Thuis and the meldcode, a follow-up is read
 * against the conversation's last answer, and only what is left goes to full-text search.
 */
import type { Language } from '../i18n/language.js';
import { type Clause, clausesOf, type DangerAssessment, DangerDetector, isExclaimed } from './danger.js';
import { LinearModel } from './danger-model.js';
import { inFront } from './engine-entries.js';
import { type LookupWithAlso, lookupHere, onlyTopic, searchEntries } from './engine-lookup.js';
import { municipalityAsked, needAsked } from './engine-municipal.js';
import { keepAlert, withSafety } from './engine-safety.js';
import { askedLanguage, type ConversationContext, readFollowUp } from './follow-up.js';
import { withoutSteps } from './follow-up-more.js';
import { continues, municipalThere, opensOrPointsBack } from './follow-up-place.js';
import {
  lastAnswer,
  MAX_WORDS,
  namesCase,
  nationalDetail,
  placeOnCard,
  readAboutThat,
  readInShown,
  readSubQuestion,
  shownThing,
  statesFact,
} from './follow-up-shown.js';
import { themeHere } from './follow-up-theme.js';
import { knownWords } from './known-words.js';
import { detectLanguage } from './language.js';
import {
  appliesTo,
  familyOfForm,
  formOfViolence,
  localFirst,
  preferNearby,
  readNearby,
  sameForm,
  shownEntries,
  strongerNearby,
} from './nearby.js';
import { normalize } from './normalize.js';
import { placeNames } from './place-names.js';
import { type PlaceMatch, PlaceResolver } from './places.js';
import { namesPerson, pointsBack } from './pointing.js';
import { type Question, readQuestion } from './question.js';
import { asksAnyService, asksOnlyWhere } from './saying.js';
import type { ContentEntry, KnowledgeBase, KnowledgeEntry } from './schema.js';
import { KnowledgeIndex, type SearchHit } from './search.js';
import { HELP_LINES_TOPIC, HOW_OR_WHO_TOPICS, MUNICIPAL_TOPICS, SAFETY_TOPICS } from './topic-sets.js';
import { TopicMatcher } from './topics.js';
import { saysPhrase, type Wording } from './wording.js';

export { entriesOf } from './engine-entries.js';
export {
  HELP_LINES_TOPIC,
  LOCAL_TOPICS,
  MAX_THEMES,
  MONEY_TOPICS,
  MUNICIPAL_TOPICS,
  ROUTE_TOPICS,
  themesOf,
  VEILIG_THUIS_ENTRY,
} from './topic-sets.js';
export type { ConversationContext };

export interface Understanding {
  question: Question;
  language: Language;
  danger: DangerAssessment;
  place: PlaceMatch;
  topics: readonly string[];
  /**
   * A long message that tells the case before it asks: the topics (of `topics`) its asking sentences name, when
   * they name any. Undefined for other messages.
   */
  asked?: readonly string[];
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

/** A keyword written as an acronym: capitals and digits, maybe with "+" or "&" ("MDA++", "NVVK", "LEC EGG"). */
const ACRONYM = /^[A-Z0-9][A-Z0-9+&]+( [A-Z0-9+&]+)*$/;

/** "Wijkteam Den Haag Escamp: …": a prefix of at most this many words before a colon says who writes. */
const MAX_PREFIX_WORDS = 5;
/** From this many words on a message may tell the case before it asks (see `withAsked`). */
const LONG_MESSAGE_WORDS = 30;
/** "kan ik ze ook chatten?": the first sentence of a contact question with a reason after it, at most this long. */
const MAX_CONTACT_WORDS = 8;
/**
 * How much more the card just shown counts in the searches of a question asked anew in the conversation (the lookup of
 * `lookupHere`, not the follow-up readers before it). Over every set's turns: 1.3 won one opened turn, 1.5 four and
 * lost none, 1.7 won five and lost one, 2 won six and lost three (sak-067, sal-068, p2-sar-028). Favouring it in
 * every search of the turn, the follow-up readers' too, won 18 and lost 11 at 1.5.
 */
const SHOWN_FAVOUR = 1.5;

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
  /** Normalised acronym keyword ("mda", "nvvk") → the national and regional entries that have it. */
  private readonly keywordOwners = new Map<string, string[]>();
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
    this.index = new KnowledgeIndex(kb.entries, kb.topics, kb.separableVerbs);
    const model = kb.safety.model;
    const models =
      model === undefined
        ? undefined
        : {
            acute: new LinearModel(model.acute),
            concern: new LinearModel(model.concern),
            ...(model.net === undefined ? {} : { net: new LinearModel(model.net) }),
          };
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
      for (const keyword of entry.keywords) {
        // Only names written as acronyms ("MDA++", "NVVK", "OTS"): an ordinary word ("kind", "bijstand") or a
        // name an entry about one side of it holds ("Veilig Thuis" in the elder-abuse entry) names no one entry.
        if (!ACRONYM.test(keyword)) continue;
        const key = normalize(keyword);
        const owners = this.keywordOwners.get(key) ?? [];
        if (!owners.includes(entry.id)) this.keywordOwners.set(key, [...owners, entry.id]);
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
    return this.danger.assess(this.read(text).tokens, this.exclaimed(text), this.clauses(text));
  }

  /** The clauses of `text`, read only when asked (see `DangerDetector.assess`). */
  private clauses(text: string): () => Clause[] {
    return () => clausesOf(this.sentencesOf(text), (part) => this.read(part).tokens);
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
      language:
        askedLanguage(this.kb, question.words) ??
        detectLanguage(question.expanded, fallback, place.kind === 'none' ? 0 : 1),
      danger: this.danger.assess(question.tokens, this.exclaimed(text), this.clauses(text)),
      place,
      ...this.topicsOf(text, question),
    };
  }

  /**
   * "jeugdteam dordrecht: … wanneer kan de raad voor de kinderbescherming erbij?": a short prefix before a colon says
   * who writes, not what is asked. Its money or social topics ("jeugdteam", "sociaal team") count only when the
   * rest names no topic; its other topics (a profession) follow the rest's.
   */
  private topicsOf(text: string, question: Question): Pick<Understanding, 'topics' | 'asked'> {
    const all = withoutCountedStep(this.topics, question.expanded, this.topics.match(question.expanded));
    const prefix = /^\s*([^:?!.\n]{1,50}):\s*(\S[\s\S]*)$/.exec(text);
    if (prefix === null || (prefix[1] as string).trim().split(/\s+/).length > MAX_PREFIX_WORDS)
      return this.withAsked(text, question, all);
    const own = this.topics.match(this.read(prefix[2] as string).expanded);
    if (own.length === 0) return { topics: all };
    const writer = all.filter((topic) => !own.includes(topic) && !MUNICIPAL_TOPICS.has(topic));
    return { topics: [...own, ...writer] };
  }

  /**
   * A long message that tells the case before it asks ("… hij durft de enveloppen niet meer open te maken. Bij wie
   * kan hij terecht voor hulp met zijn geldzaken?"): the topics of its sentences that ask are its `asked` topics
   * (not a contact word or a profession: how or who asks).
   */
  private withAsked(text: string, question: Question, topics: string[]): Pick<Understanding, 'topics' | 'asked'> {
    const asking = topics.length < 2 ? undefined : this.askingPart(text, question);
    if (asking === undefined) return { topics };
    const asked = this.topics.match(asking).filter((topic) => topics.includes(topic) && !HOW_OR_WHO_TOPICS.has(topic));
    return asked.length === 0 ? { topics } : { topics, asked };
  }

  /**
   * The sentences of a long message that ask (expanded), when it also has sentences that only tell. A sentence asks
   * when it ends in "?", opens with a word of `asking.questionOpeners` or holds a phrase of `asking.requests`.
   */
  private askingPart(text: string, question: Question): string | undefined {
    if (question.words.length < LONG_MESSAGE_WORDS) return undefined;
    const asking: string[] = [];
    let told = false;
    for (const sentence of this.sentencesOf(text)) {
      const read = this.read(sentence);
      if (this.asks(read)) asking.push(read.expanded);
      else told ||= read.words.length > 0;
    }
    return told && asking.length > 0 ? asking.join(' ') : undefined;
  }

  /**
   * A new worry told, not asked: no sub-question of the last answer. "ze vertelt ook dat hij leningen en abonnementen
   * op haar naam afsluit" after a midwife's meldcode is answered by its own search (economic violence); a fact told
   * without a worry ("hij woont in rijswijk", "ze heeft geen digid") stays with the answer just given.
   */
  private toldWorry(own: Understanding): boolean {
    return (own.danger.worry || own.danger.cues.size > 0) && !this.asks(own.question);
  }

  /** The text asks: it holds a "?", opens with a word of `asking.questionOpeners` or holds a request. */
  private asks(question: Question): boolean {
    const { questionOpeners, requests } = this.kb.wording.asking;
    const { text, words } = question;
    return text.includes('?') || questionOpeners.has(words[0] ?? '') || saysPhrase(words, requests);
  }

  /**
   * "wat is SOS in dordrecht? hoor het steeds in de wandelgangen": a message that asks first and then only tells
   * (an aside) asks what its first sentences ask. Those sentences, when a later one tells without asking.
   */
  askedBeforeTold(text: string): string | undefined {
    const read = this.sentencesOf(text).map((sentence) => this.read(sentence));
    // A greeting or a word of address before the question ("Hoi!", "Vraagje:") tells nothing.
    const opening = read.findIndex((sentence) => this.asks(sentence) || sentence.words.length > GREETING_WORDS);
    const sentences = opening < 0 ? read : read.slice(opening);
    const told = sentences.findIndex((sentence) => !this.asks(sentence) && sentence.words.length > 0);
    if (told < 1 || sentences.slice(told).some((sentence) => this.asks(sentence))) return undefined;
    return sentences
      .slice(0, told)
      .map((sentence) => sentence.text)
      .join(' ');
  }

  /** The sentences of `text`: a dot after a word of `asking.notSentenceEnds` ("Mevr.") or a single letter ends none. */
  sentencesOf(text: string): string[] {
    const { notSentenceEnds } = this.kb.wording.asking;
    const sentences: string[] = [];
    let open = '';
    for (const part of text.match(/[^?!.;\n]+[?!.;\n]*/g) ?? []) {
      open += part;
      // Not "auto's.": the "s" after an apostrophe is a plural, not a one-letter abbreviation.
      const last = /(?<!['’])\b([\p{L}]+)\.\s*$/u.exec(part)?.[1]?.toLowerCase();
      if (last !== undefined && (last.length === 1 || notSentenceEnds.has(last))) continue;
      sentences.push(open);
      open = '';
    }
    if (open !== '') sentences.push(open);
    return sentences;
  }

  /**
   * Answers `text`. `locale` is the language of the Teams client; a conversation's last answer, when given,
   * resolves follow-ups ("en in Delft?", "wat is hun nummer?") and sets the language of neutral text.
   */
  ask(text: string, locale: Language, given?: ConversationContext): EngineResult {
    const own = this.understand(text, given?.language ?? locale);
    const { understanding, context } =
      given === undefined ? { understanding: own, context: given } : this.readAgainst(own, given);
    const safe = (result: EngineResult) => this.safe(own, context, result);
    if (context !== undefined) {
      const theme = themeHere(this, understanding, context);
      if (theme !== undefined)
        return safe({ understanding: keepAlert(understanding, context), lookup: theme, followUp: 'place' });
      const aboutCase = this.aboutCase(understanding, context);
      if (aboutCase !== undefined) return safe(aboutCase);
      const followUp = readFollowUp(this, understanding, context) ?? this.contactWithReason(understanding, context);
      if (followUp !== undefined) return safe(followedUp(followUp, context));
    }
    const municipality = context === undefined ? undefined : municipalityAsked(this, understanding, context);
    if (municipality !== undefined) return safe({ understanding, ...municipality, followUp: 'place' });
    // "kan de ouder zichzelf aanmelden?": a short question without a topic or place of its own, that the
    // last answer's main entry is among the best answers to within its topic, is about that entry. The
    // same search answers a question that finds nothing else.
    // "hoe lang duurt dat?": about the entries just shown, the one that matches best first.
    const shown = context === undefined ? undefined : readAboutThat(this, understanding, context);
    if (shown !== undefined) return safe({ understanding, lookup: shown, followUp: 'detail' });
    // The sub-question is a whole search: read it only where it can decide the answer — here, for a
    // question without a topic or place, or below, when the question alone finds nothing.
    const ownless = understanding.topics.length === 0 && understanding.place.kind === 'none';
    const detail = context !== undefined && ownless ? readSubQuestion(this, understanding, context) : undefined;
    const sub =
      context === undefined || detail === undefined ? undefined : this.subAnswer(understanding, own, context, detail);
    if (sub !== undefined) return safe(sub);
    const family = context === undefined ? undefined : familyOfForm(this, understanding, context);
    if (family !== undefined) return safe({ understanding, lookup: family, followUp: 'nearby' });
    const inShown = context === undefined ? {} : readInShown(this, understanding, context);
    if (inShown.now !== undefined) return safe({ understanding, lookup: inShown.now, followUp: 'detail' });
    // "hoe meldt hij zich daar aan?" points back: the conversation's neighbourhood first.
    const { words } = understanding.question;
    const pointed =
      context !== undefined && pointsBack(this.kb.wording.pointing, words)
        ? readNearby(this, understanding, context, false)
        : undefined;
    if (pointed !== undefined) return safe({ understanding, lookup: pointed, followUp: 'nearby' });
    if (inShown.lastResort !== undefined)
      return safe({ understanding, lookup: inShown.lastResort, followUp: 'detail' });
    // A question asked anew in the conversation leans towards the card just shown (`SHOWN_FAVOUR`): "ik heb de
    // signalen vastgelegd, wat is de volgende stap?" after the meldcode's steps is about those steps, not only the
    // entry on recording signals, which its words fit as well.
    const main = context?.entryIds[0];
    const lookAgain = () => lookupHere(this, own, understanding, context);
    const { lookup, also } = main === undefined ? lookAgain() : this.index.favouring(main, SHOWN_FAVOUR, lookAgain);
    // "wie kan haar helpen met invullen?" right after a food bank needs no second "which municipality?".
    const unanswered = context === undefined ? undefined : this.unansweredHere(understanding, context, lookup);
    if (unanswered !== undefined) return safe({ understanding, ...unanswered });
    const near = context === undefined ? undefined : this.nearer(understanding, context, lookup, also);
    if (near !== undefined) return safe({ understanding, ...near });
    const about =
      context === undefined ? undefined : this.aboutLast(understanding, context, lookup, ownless ? detail : undefined);
    // The last answer for a question that found nothing keeps the conversation's alert as the no-answer would.
    const kept = lookup.kind === 'no-match' ? this.alertHeld(understanding, context) : understanding;
    if (about !== undefined) return safe({ understanding: kept, lookup: about, followUp: 'detail' });
    const held = lookup.kind === 'no-match' ? this.alertHeld(own, context) : own;
    return safe({ understanding: held, lookup, ...(also === undefined ? {} : { also }) });
  }

  /**
   * The answer of a short question's sub-question (see `readSubQuestion`): a national entry of the card's service that
   * holds more of what is asked (`nationalDetail`), else the card shown when the sub-question finds it among its first —
   * another entry just shown that it finds first before it ("moet ik het haar dan wel vertellen?" after "mag ik zonder
   * toestemming melden?" is about telling the client, shown beside it).
   */
  private subAnswer(
    understanding: Understanding,
    own: Understanding,
    context: ConversationContext,
    detail: Lookup,
  ): EngineResult | undefined {
    if (detail.kind !== 'entries' || this.toldWorry(own)) return undefined;
    const main = detail.entries.slice(0, 3).find((entry) => entry.id === context.entryIds[0]);
    const national = nationalDetail(this, understanding, context, detail.entries, main !== undefined);
    if (national !== undefined) return { understanding, lookup: national, followUp: 'detail' };
    if (main === undefined) return undefined;
    const [top] = detail.entries;
    const shownFirst = top !== undefined && context.entryIds.includes(top.id) ? top : undefined;
    return {
      understanding,
      lookup: { kind: 'entries', entries: inFront(shownFirst ?? main, detail.entries) },
      followUp: 'detail',
    };
  }

  /**
   * The readers that come before the follow-ups on the cards shown, keeping the conversation's alert: a need asked of
   * the conversation's municipality (`needAsked`; not with a language asked for) and whether what was shown also
   * applies to someone (`appliesTo`).
   */
  private aboutCase(understanding: Understanding, context: ConversationContext): EngineResult | undefined {
    const kept = keepAlert(understanding, context);
    const asksLanguage = askedLanguage(this.kb, understanding.question.words) !== undefined;
    const need = asksLanguage ? undefined : needAsked(this, understanding, context);
    if (need !== undefined) return { understanding: kept, ...need, followUp: 'place' };
    const applies = appliesTo(this, understanding, context);
    return applies === undefined ? undefined : { understanding: kept, lookup: applies, followUp: 'detail' };
  }

  /**
   * The result with its safety cards and 112 kept in front of a short question about an emergency (`acuteKept`). An
   * answer read in the conversation (a plain lookup, a detail or the neighbourhood; not a contact, a place swap or a
   * language switch) also puts the place's own card before a national entry of the same service (`localFirst`); a
   * detail follow-up that an entry nearby answers far better than the card it kept leads with that entry
   * (`strongerNearby`).
   */
  private safe(own: Understanding, context: ConversationContext | undefined, result: EngineResult): EngineResult {
    // A question nothing answers keeps the alert only when it is about the case's people (`alertHeld`).
    if (context === undefined || result.lookup.kind === 'no-match') return withSafety(this, result);
    const { lookup, followUp } = result;
    const read = followUp === undefined || followUp === 'detail' || followUp === 'nearby';
    const stronger =
      followUp === 'detail' && lookup.kind === 'entries'
        ? strongerNearby(this, result.understanding, context, lookup.entries)
        : undefined;
    const entries = stronger ?? (lookup.kind === 'entries' ? lookup.entries : undefined);
    const local = read && entries !== undefined ? localFirst(this, result.understanding, context, entries) : undefined;
    const reordered = local ?? (stronger === undefined ? undefined : { kind: 'entries' as const, entries: stronger });
    return withSafety(this, {
      ...result,
      ...(reordered === undefined ? {} : { lookup: reordered }),
      understanding: acuteKept(this.kb.wording, own, result.understanding, context),
    });
  }

  /**
   * "what can I do myself if I notice she is upset after a weekend?" in a conversation about a worry or an
   * emergency, which nothing answers: a question about the case's people (`namesCase`) keeps the
   * conversation's alert, so it reaches Veilig Thuis or the meldcode instead of "no answer". Not a question
   * about something else ("wie won het WK?"), nor one that names a place of its own ("het weer in Delft").
   */
  private alertHeld(own: Understanding, context: ConversationContext | undefined): Understanding {
    const { danger, place, question } = own;
    if (context?.alert === undefined || danger.acute || danger.worry || place.kind !== 'none') return own;
    return namesCase(this.kb.wording, question.words) ? keepAlert(own, context) : own;
  }

  /**
   * "kan ik ze ook chatten? bellen met klanten in de zaak is lastig": a contact question in its first sentence, with
   * a reason after it that names no place and no topic of its own (the words that ask a contact name help lines).
   * Read as the first sentence, when it is short and names no topic or place of its own either; the danger is the
   * whole message's.
   */
  private contactWithReason(understanding: Understanding, context: ConversationContext) {
    const { text } = understanding.question;
    const split = /^([^?!.]+[?!.]+)\s+(\S[\s\S]*)$/.exec(text);
    if (split === null || understanding.question.words.length <= MAX_WORDS) return undefined;
    // The cheap check first: most longer questions do not open with a short sentence.
    if (this.read(split[1] as string).words.length > MAX_CONTACT_WORDS) return undefined;
    const ownless = (part: Understanding) =>
      part.place.kind === 'none' && part.topics.every((topic) => topic === HELP_LINES_TOPIC);
    const first = this.understand(split[1] as string, understanding.language);
    if (!ownless(first) || !ownless(this.understand(split[2] as string, understanding.language))) return undefined;
    const followUp = readFollowUp(this, first, context);
    if (followUp?.followUp !== 'contact') return undefined;
    return { ...followUp, understanding: { ...followUp.understanding, danger: understanding.danger } };
  }

  /**
   * A question read against the last answer. "moet die man in De Lier dat elk jaar aanvragen?" right after Westland
   * names the conversation's own place: it says no more than "moet hij dat elk jaar aanvragen?". "hoeveel staat er
   * op zo'n pas?" right after the Dordtpas names that card: the one the question is about (it leads the context),
   * and "pas" is no need of the question's own.
   */
  private readAgainst(
    own: Understanding,
    given: ConversationContext,
  ): { understanding: Understanding; context: ConversationContext } {
    const samePlace =
      own.place.kind === 'regional' && (own.place.code === given.place || placeOnCard(this, own, given));
    const placed: Understanding = samePlace ? { ...own, place: { kind: 'none' } } : own;
    const thing = shownThing(this, own, given);
    if (thing === undefined) return { understanding: placed, context: given };
    // The separable verbs `expanded` adds after the words ("meld … aan": "aanmelden") still count.
    const verbs = own.question.expanded.slice(own.question.words.join(' ').length);
    const rest = this.topics.match(`${thing.rest.join(' ')}${verbs}`);
    return {
      understanding: { ...placed, topics: placed.topics.filter((topic) => rest.includes(topic)) },
      context: { ...given, entryIds: [thing.entry.id, ...given.entryIds.filter((id) => id !== thing.entry.id)] },
    };
  }

  /**
   * The conversation as a prior over the lookup's answer: the entry about the form of violence just shown for a
   * question about the family (see `formOfViolence`), or an entry near the conversation that answers nearly as well
   * (see `preferNearby`).
   */
  private nearer(
    understanding: Understanding,
    context: ConversationContext,
    lookup: Lookup,
    also: ContentEntry | undefined,
  ): Pick<EngineResult, 'lookup' | 'also' | 'followUp'> | undefined {
    if (lookup.kind !== 'entries') return undefined;
    const form =
      formOfViolence(this, understanding, context, lookup.entries) ??
      sameForm(this, understanding, context, lookup.entries);
    if (form !== undefined) return { lookup: form, followUp: 'nearby', ...(also === undefined ? {} : { also }) };
    const prior = also === undefined ? preferNearby(this, understanding, context, lookup.entries) : undefined;
    return prior === undefined ? undefined : { lookup: prior, followUp: 'nearby' };
  }

  /**
   * The municipal services of `code` for `topics`, the best first: by topic, and among entries of the same
   * topic by how well they match `question` ("een laptop voor school" puts the computer scheme before Leergeld).
   */
  municipal(
    code: string,
    topics: readonly string[],
    question?: string,
    leading: readonly string[] = [],
  ): ContentEntry[] {
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
    // A long message's asking sentences (`leading`) come before the topics its story names.
    const asked = (entry: ContentEntry) =>
      leading.some((topic) => entry.topics.includes(topic)) ? -1 : rank(entry) < wanted.length ? 0 : rank(entry);
    return [...(this.municipalities.get(code) ?? [])].sort(
      (a, b) => asked(a) - asked(b) || (asked(a) <= 0 ? score(b) - score(a) || rank(a) - rank(b) : 0),
    );
  }

  /**
   * A question that finds nothing, or only the place question, in a conversation: "waar halen ze het pakket op?"
   * right after a food bank is answered by the conversation's neighbourhood; "als blijkt dat ze echt schulden
   * heeft, waar moet ze dan heen?" after Delft's debt help by Delft's route. "wie doet schuldhulp?", the topic
   * alone, asks anew: it gets the place question — unless it says it goes on ("en voor schoolspullen?") or is
   * about someone of the case ("wie helpt haar met het formulier?").
   */
  private unansweredHere(
    understanding: Understanding,
    context: ConversationContext,
    lookup: Lookup,
  ): Pick<EngineResult, 'lookup' | 'also' | 'followUp'> | undefined {
    if (lookup.kind !== 'no-match' && lookup.kind !== 'ask-place') return undefined;
    const { words } = understanding.question;
    // "en voor schoolspullen?" says it goes on with the conversation's place, though it names nothing but a topic;
    // so does "wie helpt haar met het formulier?", about the person just discussed (`pointing.persons`).
    const saysItGoesOn = opensOrPointsBack(this.kb.wording, words) || namesPerson(this.kb.wording.pointing, words);
    if (lookup.kind === 'ask-place' && !saysItGoesOn && onlyTopic(this, understanding.question.expanded))
      return undefined;
    const goesOn = continues(this.kb.wording, words) || lookup.kind === 'no-match';
    const nearby = readNearby(this, understanding, context, goesOn);
    if (nearby !== undefined) return { lookup: nearby, followUp: 'nearby' };
    const here = lookup.kind === 'ask-place' ? this.conversationPlace(understanding, context) : undefined;
    return here === undefined ? undefined : { ...here, followUp: 'place' };
  }

  /** The municipal answer to a question for the conversation's place, if it has one. */
  private conversationPlace(understanding: Understanding, context: ConversationContext): LookupWithAlso | undefined {
    const name = context.place === undefined ? undefined : this.places.nameOf(context.place);
    return name === undefined ? undefined : municipalThere(this, understanding, name);
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
    const { question } = understanding;
    // "bij wie kan ze terecht?", "waar kan ik terecht?", "where can she go?" right after an answer find the recovery
    // office's "waar kan een gedupeerde ouder terecht?" on "terecht" alone: a question of who or where in words any
    // service says names no entry; the card just shown answers it.
    const where = ownless && lookup.kind === 'entries' && asksOnlyWhere(this.kb.wording, question);
    const main = where ? shownEntries(this, context)[0] : undefined;
    if (main !== undefined) return { kind: 'entries', entries: [main] };
    // "hij is 19" right after the youth fund finds the pharmacists' "Masker 19" on its one word: a fact for the
    // answer just given (see statesFact), not a question of its own; nor is a question in words any service says.
    const chance =
      ownless &&
      lookup.kind === 'entries' &&
      ((pointsBack(this.kb.wording.pointing, question.words) && this.byChance(understanding)) ||
        (statesFact(this.kb.wording, understanding) && (this.bestHit(question)?.matched ?? 0) < 2) ||
        asksAnyService(this.kb.wording, question.words));
    return chance ? lastAnswer(this, understanding, context) : undefined;
  }

  /**
   * The best match of the whole index for a question, searched once per question: the follow-up readers, the
   * neighbourhood and the chance check of one turn all ask it.
   */
  bestHit(question: Question): SearchHit | undefined {
    // A search that favours the card just shown neither reads nor fills the cache: the whole index's own best is kept.
    if (this.index.favours) return this.index.search(question.expanded, { limit: 1 })[0];
    if (this.bestHits.has(question)) return this.bestHits.get(question);
    const [best] = this.index.search(question.expanded, { limit: 1 });
    this.bestHits.set(question, best);
    return best;
  }

  /** The entry a lead phrase in the question names outright (`leads` in the vocabulary), if any. */
  lead(normalized: string): ContentEntry | undefined {
    const id = phraseIn(this.kb.leads, normalized) ?? this.termAsked(normalized);
    return id === undefined ? undefined : this.content(id);
  }

  /**
   * "iemand noemde MDA++, wat is dat?", "what does NVVK stand for?": the entry whose own keyword is the one or two
   * words right before a phrase of `asking.termBefore` or right after one of `asking.termAfter`; of several national
   * or regional entries with that keyword, the one the whole question finds first.
   */
  private termAsked(normalized: string): string | undefined {
    const { termBefore, termAfter } = this.kb.wording.asking;
    const words = normalized.split(' ');
    const owner = (from: number, to: number) => {
      const ids = from < 0 || to > words.length ? undefined : this.keywordOwners.get(words.slice(from, to).join(' '));
      if (ids === undefined || ids.length < 2) return ids?.[0];
      return (
        this.index.search(normalized, { filter: (entry) => ids.includes(entry.id), limit: 1 })[0]?.entry.id ?? ids[0]
      );
    };
    for (const phrase of termBefore) {
      for (const at of phraseStarts(words, phrase)) {
        const id = owner(at - 1, at) ?? owner(at - 2, at);
        if (id !== undefined) return id;
      }
    }
    for (const phrase of termAfter) {
      for (const at of phraseStarts(words, phrase)) {
        const end = at + phrase.split(' ').length;
        const id = owner(end, end + 1) ?? owner(end, end + 2);
        if (id !== undefined) return id;
      }
    }
    return undefined;
  }

  /** The municipality (CBS code) whose own organisation or programme the question names (`localNames`), if any. */
  localName(normalized: string): string | undefined {
    return phraseIn(this.kb.localNames, normalized);
  }

  /** Whether the best answer found shares only one word or some of the words with the question, none of them its name. */
  private byChance(understanding: Understanding): boolean {
    const best = this.bestHit(understanding.question);
    return best === undefined || (!best.named && (best.coverage < 1 || best.matched < 2));
  }

  /** Search, with a lead phrase's entry first; only answers that share the question's topic or most words. */
  search(understanding: Understanding, code: string | undefined, topics = understanding.topics): ContentEntry[] {
    return searchEntries(this, understanding, code, topics);
  }
}

export type { KnowledgeEntry };

/**
 * A numbered step names the meldcode only when nothing else the question says is about money or a social service:
 * "aangemeld voor schuldhulp bij de SDD, wat is de eerste stap?" asks the debt route's first step, not the
 * meldcode's; "zorgen over een leerling, wat is de eerste stap?" keeps it.
 */
function withoutCountedStep(topics: TopicMatcher, expanded: string, found: string[]): string[] {
  if (!found.includes('meldcode') || !found.some((topic) => MUNICIPAL_TOPICS.has(topic))) return found;
  if (topics.match(withoutSteps(expanded.split(' ')).join(' ')).includes('meldcode')) return found;
  return found.filter((topic) => topic !== 'meldcode');
}

/** A sentence of at most this many words before a question is a greeting or an address ("Hoi!", "Goedemorgen,"). */
const GREETING_WORDS = 2;

/** A question this long that follows an emergency sets out something of its own. */
const MAX_KEPT_WORDS = 12;

/**
 * "wat kan de gemeente doen?", "wie kan ik bellen?" right after "kind zegt dat vader haar vanavond gaat slaan": in a
 * conversation whose alert is acute, a short question without a place or a topic of its own (other than the route
 * for danger and the help lines) that points back, asks for a call, what to do or the municipality is about the
 * emergency, and 112 stays in front of its answer. A question about something else ("wat is de beslagvrije voet?")
 * is answered on its own.
 */
function acuteKept(
  wording: Wording,
  own: Understanding,
  understanding: Understanding,
  context: ConversationContext,
): Understanding {
  if (context.alert?.acute !== true || understanding.danger.acute) return understanding;
  const { words } = own.question;
  if (own.place.kind !== 'none' || words.length > MAX_KEPT_WORDS) return understanding;
  if (own.topics.some((topic) => !SAFETY_TOPICS.has(topic) && topic !== HELP_LINES_TOPIC)) return understanding;
  // About the case: what was said ("daar", "dat"), a call to make, what to do, the municipality asked. Not the words
  // for people ("kind", "moeder"): "hoeveel kinderbijslag krijgt een gezin?" asks something else.
  const { pointing, followUpWording, asking } = wording;
  // Or where she can go, in words any service says ("bij wie kan ze terecht?").
  const aboutCase =
    words.some((word) => pointing.back.has(word) || followUpWording.phone.has(word)) ||
    saysPhrase(words, asking.whatToDo) ||
    saysPhrase(words, asking.theMunicipality) ||
    asksOnlyWhere(wording, own.question);
  return aboutCase ? keepAlert(understanding, context) : understanding;
}

/** Where the words of `phrase` start in `words`, as whole words. */
function phraseStarts(words: readonly string[], phrase: string): number[] {
  const parts = phrase.split(' ');
  const starts: number[] = [];
  for (let at = 0; at + parts.length <= words.length; at++) {
    if (parts.every((part, offset) => words[at + offset] === part)) starts.push(at);
  }
  return starts;
}

/** The value of the first phrase of `phrases` that the normalised text holds as whole words. */
function phraseIn<T>(phrases: ReadonlyMap<string, T>, normalized: string): T | undefined {
  const padded = ` ${normalized} `;
  for (const [phrase, value] of phrases) if (padded.includes(` ${phrase} `)) return value;
  return undefined;
}

/**
 * A follow-up's result with the conversation's alert kept. Asking for the last answer in another language says
 * nothing of the case: only a cue or a worry phrase of its own, or the conversation's alert, makes it a worry. (A
 * place swap or a contact question keeps the second reader's worry: it may tell a reason, "ze verhuist naar haar zus
 * want haar man houdt haar binnen", that only the second reader hears.)
 */
function followedUp(
  followUp: NonNullable<ReturnType<typeof readFollowUp>>,
  context: ConversationContext,
): EngineResult {
  const { language: _language, ...result } = followUp;
  const read = result.followUp === 'language' ? withoutModelWorry(result.understanding) : result.understanding;
  return { ...result, understanding: keepAlert(read, context) };
}

/** The understanding without a worry that rests on the second reader alone (see `DangerAssessment.byModel`). */
function withoutModelWorry(understanding: Understanding): Understanding {
  const { danger } = understanding;
  if (!danger.worry || danger.byModel !== true) return understanding;
  return { ...understanding, danger: { acute: false, kinds: danger.kinds, worry: false, cues: danger.cues } };
}
