/**
 * The answer feature: a question in, cards out. Safety first — an acute-danger message always gets the
 * emergency card before anything else — then the structured lookup or search result from the engine.
 */
import { buildEmergencyCard } from '../../cards/emergency-card.js';
import type { Language } from '../../i18n/language.js';
import {
  type ConversationContext,
  type EngineResult,
  entriesOf,
  HELP_LINES_TOPIC,
  type KnowledgeEngine,
  type Lookup,
  ROUTE_TOPICS,
  themesOf,
  type Understanding,
} from '../../kb/engine.js';
import type { ContentEntry, PlaceEntry } from '../../kb/schema.js';
import type { Reply } from '../reply.js';
import type { Outcome } from '../route.js';
import { buildAnswerCard, buildAskPlaceCard, buildNoMatchCard } from './answer-card.js';
import { fill, TEXT } from './texts.js';

/** The answer engine's outcome, with what the conversation keeps of it. */
export interface Answer extends Outcome {
  language: Language;
  /** Whether nothing answered the question: only then is it worth a line in the gap report. */
  gap: boolean;
  /** What the conversation remembers for a follow-up (ids, place, topic, themes, language — never the text). */
  context?: ConversationContext;
}

/**
 * A question in, cards out: 112 and Veilig Thuis first for acute danger, then the answer, then a second
 * ask or the meldcode route for a worry. `context` is the conversation's last answer, for follow-ups.
 */
export function answerQuestion(
  engine: KnowledgeEngine,
  text: string,
  locale: Language,
  context?: ConversationContext,
  today?: string,
): Answer {
  const result = engine.ask(text, locale, context);
  const { understanding, lookup, also } = result;
  const { language, danger } = understanding;
  const replies: Reply[] = [];
  if (danger.acute) replies.push({ kind: 'card', card: buildEmergencyCard(danger.kinds, language) });
  // A worry gets Veilig Thuis' advice line once: on the meldcode card when that is the second one, else first.
  const routeSecond = also?.topics.some((topic) => ROUTE_TOPICS.has(topic)) === true;
  const advice = danger.worry && !danger.acute ? [TEXT.worryAdvice[language]] : [];
  // The second card is not offered again as a button on the first.
  replies.push(...repliesFor(engine, lookup, understanding, text, routeSecond ? [] : advice, today, also?.id));
  if (also !== undefined) {
    const preface = routeSecond && advice.length > 0 ? advice : [TEXT.secondAsk[language]];
    replies.push({ kind: 'card', card: buildAnswerCard(also, language, { preface, ...dated(today) }) });
  }
  const parts = [lookup.kind, ...(result.followUp === undefined ? [] : [`follow-up-${result.followUp}`])];
  const route = `answer.${parts.join('.')}${danger.acute ? '+safety' : danger.worry ? '+worry' : ''}`;
  const remembered = contextOf(result, context);
  return {
    replies,
    route,
    language,
    gap: lookup.kind === 'no-match',
    ...(remembered === undefined ? {} : { context: remembered }),
  };
}

/**
 * What a follow-up needs of this answer; nothing when there was no answer. The conversation's place
 * outlives an answer without one: after Zoetermeer's debt help and a national question about bijzondere
 * bijstand, "en kwijtschelding, waar vraag ik dat aan?" is still about Zoetermeer.
 */
function contextOf(result: EngineResult, previous: ConversationContext | undefined): ConversationContext | undefined {
  const { lookup, understanding, also } = result;
  // The second card may repeat an entry of the first (the meldcode route of a worry): remembered once.
  const entries = [...entriesOf(lookup), ...(also === undefined ? [] : [also])].filter(
    (entry, index, all) => all.findIndex((other) => other.id === entry.id) === index,
  );
  if (entries.length === 0 && lookup.kind !== 'ask-place') return undefined;
  const place =
    lookup.kind === 'municipal'
      ? lookup.code
      : understanding.place.kind === 'regional'
        ? understanding.place.code
        : understanding.place.kind === 'national'
          ? outsidePlace(result, understanding.place.code, previous)
          : // A follow-up read nearby may lead with a national entry: the place is the first one that has one.
            (entries.find((entry) => entry.municipality !== undefined)?.municipality ?? previous?.place);
  // A follow-up ("in English please, it is for a pupil") keeps the topic of what it follows up.
  const ownWords = result.followUp === undefined || result.followUp === 'place';
  // "phone number for money help in …" is about money help: the help-lines topic is what the question is
  // about only when nothing else is.
  const [named] = [...understanding.topics.filter((topic) => topic !== HELP_LINES_TOPIC), ...understanding.topics];
  // Of the topics asked, the one the main answer is about: "na de melding … een voedselpakket" in Den Haag was
  // answered with the food bank, and "en in Westland?" asks for Westland's, not for the meldcode.
  const main = entries[0];
  const answered =
    main === undefined
      ? undefined
      : (understanding.topics.find((topic) => topic !== HELP_LINES_TOPIC && main.topics.includes(topic)) ??
        (lookup.kind === 'municipal' ? main.topics[0] : undefined));
  const topic =
    lookup.kind === 'ask-place'
      ? lookup.topic
      : ownWords
        ? (answered ?? named ?? main?.topics[0])
        : (main?.topics[0] ?? named);
  const { danger } = understanding;
  const alert = danger.acute || danger.worry ? { acute: danger.acute, kinds: [...danger.kinds] } : undefined;
  // Kept from before by a follow-up or a message without a topic of its own, not past an answer on another subject.
  const own = themesOf(understanding.topics);
  const keeps = result.followUp !== undefined || understanding.topics.length === 0;
  const themes = own.length > 0 ? own : keeps ? previous?.themes : undefined;
  return {
    entryIds: entries.slice(0, 4).map((entry) => entry.id),
    ...earlierOf(entries, previous),
    ...(place === undefined ? {} : { place }),
    ...(topic === undefined ? {} : { topic }),
    ...(themes === undefined || themes.length === 0 ? {} : { themes: [...themes] }),
    language: understanding.language,
    ...(alert === undefined ? {} : { alert }),
  };
}

/**
 * A place outside the regions as the conversation's place: the place answered for ("en in Gouda?"), or the first
 * place of the conversation ("ze heeft ook schulden, waar kan ze daar terecht?" after a worry in Schoonhoven asks the
 * national route there). Named in passing after a place of the regions ("vrouw in Delft …", then "haar ex woont in
 * Rotterdam …") it ends the conversation's place, and a local question after it gets the municipality question. A
 * postcode outside the regions has no code.
 */
function outsidePlace(
  result: EngineResult,
  code: string,
  previous: ConversationContext | undefined,
): string | undefined {
  if (code === '') return undefined;
  return result.lookup.kind === 'out-of-region' || previous?.place === undefined ? code : undefined;
}

/** How many entries of the answer before the last one a follow-up may still refer to. */
const KEPT_FROM_BEFORE = 2;

/**
 * The main entries of the answer before the last one: "wat is het nummer van dat expertisecentrum?" may
 * point past a question about stap 3 to the LEC EGG named before it.
 */
function earlierOf(
  entries: readonly { id: string }[],
  previous: ConversationContext | undefined,
): { earlier?: string[] } {
  const ids = new Set(entries.map((entry) => entry.id));
  const earlier = (previous?.entryIds ?? []).slice(0, KEPT_FROM_BEFORE).filter((id) => !ids.has(id));
  return earlier.length === 0 ? {} : { earlier };
}

/** A follow-up button: one entry by id. */
export function answerEntry(engine: KnowledgeEngine, id: string, language: Language, today?: string): Reply[] {
  const entry = engine.kb.byId.get(id);
  if (entry === undefined || entry.kind === 'place' || entry.kind === 'prompt')
    return [{ kind: 'text', text: TEXT.notFound[language] }];
  return [
    {
      kind: 'card',
      card: buildAnswerCard(entry, language, { related: relatedOf(engine, entry, []), ...dated(today) }),
    },
  ];
}

/** The answer to the "which municipality?" card. `code` is a CBS code of the region, or "other". */
export function answerPlaceChoice(
  engine: KnowledgeEngine,
  topic: string,
  code: string,
  language: Language,
  today?: string,
): Reply[] {
  if (code === 'other') return outOfRegion(engine, undefined, language, today);
  const name = engine.places.nameOf(code);
  const entries = engine.municipal(code, [topic]);
  if (name === undefined || entries.length === 0) return [{ kind: 'text', text: TEXT.notFound[language] }];
  return municipal(engine, entries, language, { topics: [topic], ...dated(today) });
}

function repliesFor(
  engine: KnowledgeEngine,
  lookup: Lookup,
  understanding: Understanding,
  question: string,
  advice: readonly string[],
  today: string | undefined,
  second?: string,
): Reply[] {
  const { language, place, topics } = understanding;
  switch (lookup.kind) {
    case 'municipal': {
      const assumed =
        place.kind === 'regional' && (place.via === 'kern' || place.via === 'postcode' || place.via === 'fuzzy')
          ? [fill(TEXT.assumed[language], { place: lookup.name, matched: place.matched })]
          : [];
      const preface = [...advice, ...assumed];
      const options = { topics, preface, question, ...(second === undefined ? {} : { second }), ...dated(today) };
      return municipal(engine, lookup.entries, language, options);
    }
    case 'ask-place': {
      const topic = engine.kb.topics.find((candidate) => candidate.id === lookup.topic);
      const places = engine.kb.entries
        .filter((entry): entry is PlaceEntry => entry.kind === 'place')
        .map((entry) => ({ code: entry.municipality, name: entry.name }));
      const label = topic?.label[language] ?? lookup.topic;
      return [{ kind: 'card', card: buildAskPlaceCard({ id: lookup.topic, label }, places, language) }];
    }
    case 'out-of-region':
      return outOfRegion(engine, lookup.placeName, language, today);
    case 'entries': {
      const [best, ...rest] = lookup.entries;
      if (best === undefined) return [{ kind: 'card', card: buildNoMatchCard(language, question) }];
      return [
        {
          kind: 'card',
          card: buildAnswerCard(best, language, {
            related: relatedOf(engine, best, rest, second),
            question,
            preface: advice,
            ...dated(today),
          }),
        },
      ];
    }
    case 'no-match':
      return [{ kind: 'card', card: buildNoMatchCard(language, question) }];
  }
}

function municipal(
  engine: KnowledgeEngine,
  entries: readonly ContentEntry[],
  language: Language,
  options: {
    topics: readonly string[];
    preface?: readonly string[];
    question?: string;
    today?: string;
    second?: string;
  },
): Reply[] {
  const [first, ...others] = entries;
  if (first === undefined) return [{ kind: 'card', card: buildNoMatchCard(language) }];
  const debt = first.topics.includes('schulden');
  return [
    {
      kind: 'card',
      card: buildAnswerCard(first, language, {
        ...(options.preface === undefined ? {} : { preface: options.preface }),
        urgentRoute: debt,
        related: relatedOf(engine, first, others, options.second),
        ...(options.question === undefined ? {} : { question: options.question }),
        ...dated(options.today),
      }),
    },
  ];
}

function outOfRegion(
  engine: KnowledgeEngine,
  placeName: string | undefined,
  language: Language,
  today: string | undefined,
): Reply[] {
  const geldfit = engine.kb.byId.get('geldfit');
  const line = fill(TEXT.outOfRegion[language], { place: placeName ?? TEXT.otherPlace[language] });
  if (geldfit === undefined || geldfit.kind === 'place' || geldfit.kind === 'prompt')
    return [{ kind: 'text', text: line }];
  return [{ kind: 'card', card: buildAnswerCard(geldfit, language, { preface: [line], ...dated(today) }) }];
}

/**
 * Follow-ups: the other good hits first, then the entry's own related entries; at most 3, never the entry itself nor
 * `second`, the card shown after it.
 */
function relatedOf(
  engine: KnowledgeEngine,
  entry: ContentEntry,
  others: readonly ContentEntry[],
  second?: string,
): ContentEntry[] {
  const related: ContentEntry[] = [];
  const add = (candidate: unknown) => {
    const item = candidate as ContentEntry | undefined;
    if (item === undefined || item.kind === ('place' as string) || item.kind === ('prompt' as string)) return;
    if (item.id === entry.id || item.id === second) return;
    if (!related.some((existing) => existing.id === item.id)) related.push(item);
  };
  for (const other of others) add(other);
  for (const id of entry.related) add(engine.kb.byId.get(id));
  return related.slice(0, 3);
}

/** The card option for the day the evidence is judged against (the turn's clock), when the caller gave one. */
function dated(today: string | undefined): { today?: string } {
  return today === undefined ? {} : { today };
}
