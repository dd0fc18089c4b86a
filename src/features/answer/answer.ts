/**
 * The answer feature: a question in, cards out. Safety first — an acute-danger message always gets the
 * emergency card before anything else — then the structured lookup or search result from the engine.
 */
import { buildEmergencyCard } from '../../cards/emergency-card.js';
import type { Language } from '../../i18n/language.js';
import type { KnowledgeEngine, Lookup, Understanding } from '../../kb/engine.js';
import type { ContentEntry, PlaceEntry } from '../../kb/schema.js';
import type { Reply } from '../reply.js';
import { buildAnswerCard, buildAskPlaceCard, buildNoMatchCard } from './answer-card.js';
import { fill, TEXT } from './texts.js';

export interface Answer {
  replies: Reply[];
  /** For the turn's log line: what kind of answer, never what was asked. */
  route: string;
  language: Language;
}

export function answerQuestion(engine: KnowledgeEngine, text: string, locale: Language): Answer {
  const { understanding, lookup } = engine.ask(text, locale);
  const { language } = understanding;
  const replies: Reply[] = [];
  if (understanding.danger.acute) {
    replies.push({ kind: 'card', card: buildEmergencyCard(understanding.danger.kinds, language) });
  }
  replies.push(...repliesFor(engine, lookup, understanding, text));
  const route = `answer.${lookup.kind}${understanding.danger.acute ? '+safety' : ''}`;
  return { replies, route, language };
}

/** A follow-up button: one entry by id. */
export function answerEntry(engine: KnowledgeEngine, id: string, language: Language): Reply[] {
  const entry = engine.kb.byId.get(id);
  if (entry === undefined || entry.kind === 'place' || entry.kind === 'prompt')
    return [{ kind: 'text', text: TEXT.notFound[language] }];
  return [{ kind: 'card', card: buildAnswerCard(entry, language, { related: relatedOf(engine, entry, []) }) }];
}

/** The answer to the "which municipality?" card. `code` is a CBS code of the region, or "other". */
export function answerPlaceChoice(engine: KnowledgeEngine, topic: string, code: string, language: Language): Reply[] {
  if (code === 'other') return outOfRegion(engine, undefined, language);
  const name = engine.places.nameOf(code);
  const entries = engine.municipal(code, [topic]);
  if (name === undefined || entries.length === 0) return [{ kind: 'text', text: TEXT.notFound[language] }];
  return municipal(engine, entries, language, { topics: [topic] });
}

function repliesFor(engine: KnowledgeEngine, lookup: Lookup, understanding: Understanding, question: string): Reply[] {
  const { language, place, topics } = understanding;
  switch (lookup.kind) {
    case 'municipal': {
      const preface =
        place.kind === 'regional' && (place.via === 'kern' || place.via === 'postcode' || place.via === 'fuzzy')
          ? [fill(TEXT.assumed[language], { place: lookup.name, matched: place.matched })]
          : [];
      return municipal(engine, lookup.entries, language, { topics, preface, question });
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
      return outOfRegion(engine, lookup.placeName, language);
    case 'entries': {
      const [best, ...rest] = lookup.entries;
      if (best === undefined) return [{ kind: 'card', card: buildNoMatchCard(language, question) }];
      return [
        { kind: 'card', card: buildAnswerCard(best, language, { related: relatedOf(engine, best, rest), question }) },
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
  options: { topics: readonly string[]; preface?: readonly string[]; question?: string },
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
        related: relatedOf(engine, first, others),
        ...(options.question === undefined ? {} : { question: options.question }),
      }),
    },
  ];
}

function outOfRegion(engine: KnowledgeEngine, placeName: string | undefined, language: Language): Reply[] {
  const geldfit = engine.kb.byId.get('geldfit');
  const line = fill(TEXT.outOfRegion[language], { place: placeName ?? TEXT.otherPlace[language] });
  if (geldfit === undefined || geldfit.kind === 'place' || geldfit.kind === 'prompt')
    return [{ kind: 'text', text: line }];
  return [{ kind: 'card', card: buildAnswerCard(geldfit, language, { preface: [line] }) }];
}

/** Follow-ups: the other good hits first, then the entry's own related entries; never itself, at most 3. */
function relatedOf(engine: KnowledgeEngine, entry: ContentEntry, others: readonly ContentEntry[]): ContentEntry[] {
  const related: ContentEntry[] = [];
  const add = (candidate: unknown) => {
    const item = candidate as ContentEntry | undefined;
    if (item === undefined || item.kind === ('place' as string) || item.kind === ('prompt' as string)) return;
    if (item.id !== entry.id && !related.some((existing) => existing.id === item.id)) related.push(item);
  };
  for (const other of others) add(other);
  for (const id of entry.related) add(engine.kb.byId.get(id));
  return related.slice(0, 3);
}
