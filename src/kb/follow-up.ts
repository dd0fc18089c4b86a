/**
 * Follow-ups: a short message read against the conversation's last answer. "en in Delft?" asks the same
 * topic for another place; "wat is hun nummer?" the contact of the entry just shown; "in English please"
 * the same answer in the other language; "meer" the next step; "en hoe lang?" a detail of the same topic.
 * The conversation keeps only entry ids, place, topic and language — never the text. This module reads which
 * follow-up a message makes; the readers are `follow-up-place.ts` (another place), `follow-up-contact.ts` (a
 * contact detail), `follow-up-more.ts` (more, the next step) and `follow-up-shown.ts` (a detail of what was shown).
 */
import type { Language } from '../i18n/language.js';
import type { EngineResult, KnowledgeEngine, Understanding } from './engine.js';
import { inFront, titleWords } from './engine-entries.js';
import { contactOf, namedContact, namedEntry, namedNearby } from './follow-up-contact.js';
import { holdsStepNamed, moreOf, namesStep, onlyStep, stepListFor } from './follow-up-more.js';
import { goesOnOrTellsWhere, opensOn, placeFollowUp, pointsToPlace, tellsMove, tellsWhere } from './follow-up-place.js';
import { MAX_WORDS } from './follow-up-shown.js';
import { linkedFrom, shownEntries } from './nearby.js';
import { normalize } from './normalize.js';
import { type PhraseHit, PhraseMatcher } from './phrase-matcher.js';
import { pointsBack } from './pointing.js';
import type { Question } from './question.js';
import type { ContentEntry, DangerKind, KnowledgeBase } from './schema.js';
import { processTerm } from './search.js';
import { EMERGENCY_ENTRY, LOCAL_TOPICS, MUNICIPAL_TOPICS, VEILIG_THUIS_ENTRY } from './topic-sets.js';
import { saysPhrase, type Wording, withoutPhrases } from './wording.js';

/** What a conversation remembers of its last answer. */
export interface ConversationContext {
  /** The entries shown, the main one first. */
  entryIds: readonly string[];
  /** The main entries of the answer before, which a contact question may still name ("dat expertisecentrum"). */
  earlier?: readonly string[];
  /** CBS code of the municipality the answer was about. */
  place?: string;
  /** The topic the answer was about. */
  topic?: string;
  /**
   * What the case is about beyond money (a form of violence, stress, the meldcode): the last question's own such
   * topics, or those kept from before it. "is daar in Zoetermeer ook iets lokaals voor?" after an older woman's bank
   * card kept by her son asks for the local alliance against elder financial abuse, not more of the food bank.
   */
  themes?: readonly string[];
  language: Language;
  /** The answer led with the emergency card (and which), or carried Veilig Thuis' advice for a worry. */
  alert?: { acute: boolean; kinds: readonly DangerKind[] };
}

/** "kun je het in engels geven?", "can you translate that please?": a single language word with a request. */
const MAX_WORDS_ASKED = 8;

/** No positions set aside: the whole message is read for a request verb. */
const NONE: ReadonlySet<number> = new Set();

/**
 * "kun je het ook in het Nederlands zetten, voor het dossier": asked outright with a verb of its own (outside
 * the language phrase, whose positions are `asked`), the reason names no question; "is er uitleg over de
 * meldcode in het Engels?" is one.
 */
function requestsLanguage(wording: Wording, words: readonly string[], asked: ReadonlySet<number> = NONE): boolean {
  return words.some((word, index) => !asked.has(index) && wording.followUpWording.requests.has(word));
}

/** A request around a language word: "kun je het in engels geven?" (`asksForIt` in the vocabulary). */
function asksForIt(wording: Wording, words: readonly string[]): boolean {
  return words.some((word) => wording.followUpWording.asksForIt.has(word));
}

/** Whether `said` is one of the vocabulary's phrases for `label` word for word, not a near match. */
function exactPhrase(kb: KnowledgeBase, label: string, said: string): boolean {
  return (kb.followUps.get(label) ?? []).some((phrase) => normalize(phrase) === said);
}

/** "kun je dat ook in het Engels geven? het is voor een expat-leerkracht" may say why it asks. */
const MAX_WORDS_LANGUAGE = 20;
/** "meer?", "en verder?", "volgende": one word that asks for more, in a message this short. */
const MAX_WORDS_MORE = 3;

export type FollowUpResult = Omit<EngineResult, 'understanding'> & { language?: Language };

const matchers = new WeakMap<KnowledgeBase, PhraseMatcher<string>>();

function matcherOf(kb: KnowledgeBase): PhraseMatcher<string> {
  let matcher = matchers.get(kb);
  if (matcher === undefined) {
    const terms: Array<[string, string]> = [];
    for (const [kind, phrases] of kb.followUps) for (const phrase of phrases) terms.push([kind, phrase]);
    matcher = new PhraseMatcher(terms);
    matchers.set(kb, matcher);
  }
  return matcher;
}

/**
 * The follow-up phrases a message holds. "meer", "volgende", "Dutch" alone ask for more or another language only
 * in a message of a few words, or one that asks for it ("can you translate that please?"): "en als hij volgend
 * jaar naar de brugklas gaat?" and "she struggles with Dutch forms" are questions of their own. A language is
 * named exactly: "in Nederland" is no "in het Nederlands".
 */
function followUpHits(kb: KnowledgeBase, words: readonly string[]): PhraseHit<string>[] {
  return matcherOf(kb)
    .find(words)
    .filter((hit) => {
      const said = words.slice(hit.start, hit.end).join(' ');
      if ((hit.label === 'english' || hit.label === 'dutch') && !exactPhrase(kb, hit.label, said)) return false;
      return (
        hit.label === 'contact' ||
        hit.end - hit.start > 1 ||
        words.length <= MAX_WORDS_MORE ||
        (hit.label !== 'more' && words.length <= MAX_WORDS_ASKED && asksForIt(kb.wording, words)) ||
        // "can you summarize both for my english speaking colleague?": a verb that asks for it outright.
        (hit.label !== 'more' && words.length <= MAX_WORDS_LANGUAGE && requestsLanguage(kb.wording, words))
      );
    });
}

/** The word positions the phrases found cover. */
function positionsOf(hits: readonly PhraseHit<string>[]): Set<number> {
  return new Set(hits.flatMap((hit) => Array.from({ length: hit.end - hit.start }, (_, i) => hit.start + i)));
}

/**
 * The language a message asks its answer in, outright: a language phrase of more than one word ("in het engels",
 * "in Dutch") with a verb that asks for it outside the phrase ("kun je in het engels uitleggen wat Veilig Thuis
 * doet?"). "ze spreekt alleen engels" and "is er uitleg over de meldcode in het Engels?" ask for no language.
 */
export function askedLanguage(kb: KnowledgeBase, words: readonly string[]): Language | undefined {
  const hits = matcherOf(kb)
    .find(words)
    .filter(
      (hit) =>
        (hit.label === 'english' || hit.label === 'dutch') &&
        hit.end - hit.start > 1 &&
        exactPhrase(kb, hit.label, words.slice(hit.start, hit.end).join(' ')),
    );
  const [hit] = hits;
  if (hit === undefined || hits.some((other) => other.label !== hit.label)) return undefined;
  if (!requestsLanguage(kb.wording, words, positionsOf([hit]))) return undefined;
  return hit.label === 'english' ? 'en' : 'nl';
}

/**
 * Whether a longer message that goes on names a need other than the conversation's topic ("and her kids want to
 * join the swimming club, any help for that?" after a town's debt help): it may ask the conversation's place for
 * that need. On the same topic it is a question of its own ("en als de schuldeisers niet akkoord gaan, wat is dan
 * de volgende stap?").
 */
function newNeed(topics: readonly string[], context: ConversationContext): boolean {
  return context.topic !== undefined && topics.length > 0 && !topics.includes(context.topic);
}

/**
 * Whether a longer message that goes on is a follow-up: it names a new need (see {@link newNeed}), or it opens
 * with "en" (or tells of a move) and names a place and no topic ("en haar buurvrouw woont net over de grens in rijswijk, kan die hem
 * ook krijgen?"): the same topic there. Either way only the place readers read it — it asks no contact detail and
 * no more of the last answer.
 */
function longFollowUp(
  engine: KnowledgeEngine,
  understanding: Understanding,
  topics: readonly string[],
  context: ConversationContext,
): boolean {
  const { wording } = engine.kb;
  const { question, place } = understanding;
  // "ze vertelt nu dat ze volgende maand naar haar moeder in gorinchem verhuist": a move says it goes on too.
  const swapsPlace =
    place.kind !== 'none' &&
    topics.length === 0 &&
    (opensOn(wording, question.words) ||
      tellsMove(wording, question.words) ||
      tellsWhere(wording, { ...understanding, topics }));
  return swapsPlace || newNeed(topics, context);
}

/**
 * The language a switch asks for. With both named, the last one asked in a phrase ("graag in het nederlands, hij
 * spreekt geen engels"; "nee, niet in het engels maar in het nederlands") over a bare language word, and a language
 * word over a verb that only asks for a translation ("vertaal naar engels aub").
 */
function languageOf(wording: Wording, hits: readonly PhraseHit<string>[], words: readonly string[]): Language {
  const { translateVerbs } = wording.followUpWording;
  const named = hits.filter((hit) => hit.label === 'english' || hit.label === 'dutch');
  const languages = named.filter((hit) => !(hit.end - hit.start === 1 && translateVerbs.has(words[hit.start] ?? '')));
  const phrases = languages.filter((hit) => hit.end - hit.start > 1);
  const asked = phrases.at(-1) ?? languages[0] ?? named[0];
  return asked?.label === 'english' ? 'en' : 'nl';
}

/** The follow-up this message makes to the last answer, or undefined when it is a question of its own. */
export function readFollowUp(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): (FollowUpResult & { understanding: Understanding }) | undefined {
  return readFollowUpOf(engine, forChildren(engine, understanding, context), context);
}

/**
 * "en voor de kinderen?" after a town's debt help names no topic of its own, but asks the same money help for the
 * children (`forChildren` in the vocabulary): read as asking for their schemes (Leergeld), which the place
 * readers then ask for the conversation's place.
 */
function forChildren(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Understanding {
  const { question, topics, danger } = understanding;
  const money = context.topic !== undefined && MUNICIPAL_TOPICS.has(context.topic) && context.topic !== CHILDREN_TOPIC;
  // "and kids sports, the coach touches them" is a worry of its own, not the children's schemes.
  if (!money || danger.acute || danger.worry || danger.cues.size > 0) return understanding;
  const phrases = engine.kb.wording.followUpWording.forChildren;
  if (!saysPhrase(question.words, phrases)) return understanding;
  // "en voor sport van de kinderen?": the phrase's own words (sport, a sector of the meldcode elsewhere) name no
  // topic; the rest of the message must name none either.
  if (
    topics.length > 0 &&
    engine.topics.match(engine.read(withoutPhrases(question.words.join(' '), phrases)).expanded).length > 0
  )
    return understanding;
  return {
    ...understanding,
    topics: [CHILDREN_TOPIC],
    question: { ...question, expanded: `${question.expanded} ${CHILDREN_TOPIC}` },
  };
}

/** Words of its own a language request must match an entry by to be about that entry rather than the last answer. */
const NAMED_APART_WORDS = 3;

/**
 * "kun je de vijf stappen van de meldcode in het nederlands zetten voor onze IB'er?": a language asked for with a
 * subject of its own — a national or regional entry named (title, keyword or asks line) by at least three of the
 * words besides the request — is that subject in that language, the last answer behind it. Not when the request says
 * what it is about is what was just said (a word of `pointing.that`, `toShown` or `thingPointers`: "can you put
 * that in English for my client who has debts with the tax office"), nor for two words ("could you explain that for my client" names a stress tip by two),
 * nor a town's entry (the request names no town).
 */
function namedApart(engine: KnowledgeEngine, question: Question, rest: string): ContentEntry | undefined {
  const { pointing } = engine.kb.wording;
  const saidBefore = (word: string) =>
    pointing.that.has(word) || pointing.toShown.has(word) || pointing.thingPointers.has(word);
  if (pointsBack(pointing, question.words) || rest.split(' ').some(saidBefore)) return undefined;
  const [hit] = engine.index.search(rest, { filter: (entry) => entry.municipality === undefined, limit: 1 });
  if (hit === undefined || !hit.named || hit.matched < NAMED_APART_WORDS) return undefined;
  return engine.content(hit.entry.id);
}

/** The topic of the children's schemes. */
const CHILDREN_TOPIC = 'leergeld';

function readFollowUpOf(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): (FollowUpResult & { understanding: Understanding }) | undefined {
  const { question, place } = understanding;
  if (question.words.length > MAX_WORDS_LANGUAGE) return undefined;
  const hits = followUpHits(engine.kb, question.words);
  const kinds = new Set(hits.map((hit) => hit.label));
  const switchesLanguage = kinds.has('english') || kinds.has('dutch');
  // "… bij die gemeente?" may take more words: it says outright that it follows up.
  const name = context.place === undefined ? undefined : engine.places.nameOf(context.place);
  const here = place.kind === 'none' && name !== undefined && pointsToPlace(engine.kb.wording.pointing, question.words);
  // A longer message must go on ("and …", a word pointing back) and ask for a place (see longFollowUp).
  const long = question.words.length > MAX_WORDS && !switchesLanguage && !here;
  if (long && !goesOnOrTellsWhere(engine.kb.wording, understanding)) return undefined;
  // "wat is het telefoonnummer?": a word that asks for a contact names no topic of its own here.
  const asked = positionsOf(hits);
  const rest = question.words.filter((_, index) => !asked.has(index)).join(' ');
  const topics = kinds.size > 0 ? engine.topics.match(rest) : understanding.topics;
  const last = shownEntries(engine, context);
  const main = last[0];
  const result = (found: FollowUpResult) => ({
    ...found,
    understanding: found.language === undefined ? understanding : { ...understanding, language: found.language },
  });
  if (long && !longFollowUp(engine, understanding, topics, context)) return undefined;
  const swapped = placeFollowUp(engine, understanding, context, { topics, here, name, shown: last });
  if (swapped !== undefined) return result(swapped);
  if (long) return undefined;
  // "and what is step 3?" after the childcare code, which names steps 4 and 5 only in passing: the list that holds
  // the step, not a detail of the code shown. ("en afweging 2?" goes on below: its list is found by its topic.)
  const { words } = question;
  const step = main !== undefined && onlyStep(words) && namesStep(words) && !words.includes('afweging');
  const list = step && !holdsStepNamed(words, main) ? stepListFor(engine, last, question) : undefined;
  if (list !== undefined) return result({ lookup: { kind: 'entries', entries: [list] }, followUp: 'detail' });
  // Who it is for ("for a pupil", "voor een leerkracht") names a profession, and a topic the last answer is
  // about ("signalen staan in het dossier, en daarna?") is no new question either.
  const ownTopics = topics.filter(
    (topic) => !(switchesLanguage && topic === 'beroep') && !(main?.topics.includes(topic) ?? false),
  );
  const language = languageOf(engine.kb.wording, hits, question.words);
  // "in English please" after "which municipality?": the same question in the other language.
  if (switchesLanguage && main === undefined && ownTopics.length === 0 && context.topic !== undefined) {
    if (context.entryIds.length === 0 && LOCAL_TOPICS.has(context.topic))
      return result({ lookup: { kind: 'ask-place', topic: context.topic }, followUp: 'language', language });
  }
  const asksLanguage = switchesLanguage && requestsLanguage(engine.kb.wording, question.words, asked);
  if (main === undefined || (ownTopics.length > 0 && !asksLanguage)) return undefined;
  if (switchesLanguage) {
    const own = namedApart(engine, question, rest);
    const entries = own === undefined ? last : inFront(own, last);
    return result({ lookup: { kind: 'entries', entries }, followUp: 'language', language });
  }
  // "debt help in Rijswijk, phone number?": a message that names its own place asks about that place; "tel
  // sdd?" asks for the contact of the organisation it names.
  if (place.kind !== 'none') return undefined;
  if (kinds.has('contact')) {
    const named = contactNamed(engine, question, context, last, rest);
    return result(contactOf(engine, named === undefined ? last : [named], question, rest));
  }
  if (kinds.has('more')) return result(moreOf(engine, understanding, context, main, rest));
  const report = kinds.has('report') ? reportTo(engine, question, context, last) : undefined;
  return report === undefined ? undefined : result(report);
}

/**
 * The entry a contact question names, if any other than the last answer's: the emergency number, a contact of the
 * entries shown that it names, the children's line, an entry it names by its words, or one near the conversation.
 */
function contactNamed(
  engine: KnowledgeEngine,
  question: Understanding['question'],
  context: ConversationContext,
  last: readonly ContentEntry[],
  rest: string,
): ContentEntry | undefined {
  const before = (context.earlier ?? []).map((id) => engine.content(id)).filter((entry) => entry !== undefined);
  // An entry elsewhere is named only when nothing the conversation showed or linked fits the words nearly as
  // well: "dat landelijk expertisecentrum" is the LEC EGG linked from the answer before, not the LKHA.
  const near = [...last, ...before, ...linkedFrom(engine, last)];
  const shownContact = urgentNumber(engine, question) ?? namedContact(engine, last, question, rest);
  if (shownContact !== undefined) return shownContact;
  const named = namedEntry(engine, rest, last, context.place, near)?.entry as ContentEntry | undefined;
  // The children's line for a child who would call, unless the message names where ("kan hij zelf veilig thuis
  // bellen?": two words of the title of an entry it names, or of one the conversation showed or linked).
  const child = childLine(engine, question);
  const where =
    child !== undefined &&
    [...(named === undefined ? [] : [named]), ...near].some((entry) => namesTitle(entry, question.words));
  return (where ? undefined : child) ?? named ?? namedNearby(engine, last, rest, before);
}

/** Words of a title that name its entry in a message: two of them ("veilig thuis"). */
const TITLE_WORDS = 2;

/** Whether `words` hold at least two of the words of `entry`'s title that say something. */
function namesTitle(entry: ContentEntry, words: readonly string[]): boolean {
  const said = new Set(words);
  const title = titleWords(entry).filter((word) => processTerm(word) !== null);
  return new Set(title.filter((word) => said.has(word))).size >= TITLE_WORDS;
}

/**
 * "welk nummer bij spoed?", "and in an emergency?": the number for an emergency is 112, whatever the entry shown
 * lists (the police's 0900 line after a report, Veilig Thuis after a worry).
 */
function urgentNumber(engine: KnowledgeEngine, question: Understanding['question']): ContentEntry | undefined {
  return saysPhrase(question.words, engine.kb.wording.followUpWording.urgentNumber)
    ? engine.content(EMERGENCY_ENTRY)
    : undefined;
}

/** The children's own help line, for a child who would call themselves (see `childLine`). */
const CHILD_LINE_ENTRY = 'kindertelefoon';
/** The ages the Kindertelefoon is for. */
const CHILD_AGES = { from: 8, to: 17 };

/**
 * "zijn dochtertje (12) merkt veel, kan zij ergens bellen?", "she's 9, is there a number she can call herself?": a
 * contact question about a child who would call themselves asks for the children's help line, whatever the last
 * answer showed (the Luisterlijn, Veilig Thuis). A child is named by a word (`children`) or an age of 8 to 17 (see
 * `ageAt`); `callsSelf` says the child calls. Not an adult's past (`childhoodTold`), the writer calling
 * (`writerCalls`), an adult named beside the child (`adults`, `asking.family`), or an age of 18 or more.
 */
function childLine(engine: KnowledgeEngine, question: Understanding['question']): ContentEntry | undefined {
  const wording = engine.kb.wording.followUpWording;
  const { words } = question;
  if (!saysPhrase(words, wording.callsSelf)) return undefined;
  // "haar zoon is 17, kan hij daar zelf ook bellen?" asks for the service just shown.
  if (pointsBack(engine.kb.wording.pointing, words)) return undefined;
  return childCalling(engine, words);
}

/**
 * "gastouder in klaaswaal: meisje 11 vraagt of ze ergens anoniem kan praten over ruzie thuis": a question of its own
 * about a child who wants to talk or call (`childTalks`) asks for the children's help line first, as a follow-up that
 * says the child calls does (see `childLine`).
 */
export function childWantsToTalk(
  engine: KnowledgeEngine,
  question: Understanding['question'],
): ContentEntry | undefined {
  const { words } = question;
  if (!saysPhrase(words, engine.kb.wording.followUpWording.childTalks)) return undefined;
  return childCalling(engine, words);
}

/** The children's help line when `words` name a child of 8 to 17 and no adult beside it (see `childLine`). */
function childCalling(engine: KnowledgeEngine, words: readonly string[]): ContentEntry | undefined {
  const wording = engine.kb.wording.followUpWording;
  const ages = words.map((_, at) => ageAt(wording, words, at));
  const child = words.some((word) => wording.children.has(word)) || ages.some((age) => age !== undefined);
  const outside = ages.some((age) => age !== undefined && (age < CHILD_AGES.from || age > CHILD_AGES.to));
  if (!child || outside) return undefined;
  const adult =
    saysPhrase(words, wording.childhoodTold) ||
    saysPhrase(words, wording.writerCalls) ||
    saysPhrase(words, wording.adults) ||
    words.some((word) => engine.kb.wording.asking.family.has(word));
  return adult ? undefined : engine.content(CHILD_LINE_ENTRY);
}

/**
 * The age the number at `at` gives, if it gives one: before a word of `ageAfter` ("12 jaar") or after one of
 * `ageBefore` ("van 10", "is 13"), and not before a word of `notAges` ("van 15 duizend", "12 jaar getrouwd").
 */
function ageAt(wording: Wording['followUpWording'], words: readonly string[], at: number): number | undefined {
  const word = words[at] ?? '';
  if (!/^\d{1,3}$/.test(word)) return undefined;
  const next = words[at + 1] ?? '';
  const unit = wording.ageAfter.has(next);
  if (wording.notAges.has(unit ? (words[at + 2] ?? '') : next)) return undefined;
  return unit || wording.ageBefore.has(words[at - 1] ?? '') ? Number(word) : undefined;
}

/**
 * "waar meld ik het?" after an answer that carried Veilig Thuis' advice for a worry: Veilig Thuis, where a
 * professional reports it, before what was shown. "hoe meld ik hem aan?" signs someone up: no report.
 */
function reportTo(
  engine: KnowledgeEngine,
  question: Understanding['question'],
  context: ConversationContext,
  last: readonly ContentEntry[],
): FollowUpResult | undefined {
  if (context.alert === undefined || question.expanded.split(' ').includes('aanmelden')) return undefined;
  const veiligThuis = engine.content(VEILIG_THUIS_ENTRY);
  return veiligThuis === undefined
    ? undefined
    : { lookup: { kind: 'entries', entries: inFront(veiligThuis, last) }, followUp: 'report' };
}
