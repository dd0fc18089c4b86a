/**
 * The index's own scorer (search-scorer.ts) against MiniSearch's `search`, which it replaces: the same hits,
 * scores to the last bit, in the same order, over the real knowledge base and a synthetic one large enough to
 * leave common words out. It reads MiniSearch's internals, so this is what fails when an upgrade changes them.
 */
import path from 'node:path';
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthetic } from '../../bench/search.js';
import { loadQuestions } from '../../scripts/eval-lib.js';
import { KnowledgeEngine } from './engine.js';
import { loadKnowledge } from './load.js';
import { normalize } from './normalize.js';
import type { KnowledgeBase, KnowledgeEntry } from './schema.js';
import {
  baseForms,
  KnowledgeIndex,
  processTerm,
  type SearchHit,
  type SearchOptions,
  splitInfinitives,
  withWholeVerbs,
} from './search.js';

/** The search as it was before the scorer: MiniSearch's `search`, twice when a word needs expanding. */
function reference(index: KnowledgeIndex, text: string, options: SearchOptions = {}): SearchHit[] {
  const inner = index as unknown as { index: MiniSearch; documentFrequency: Map<string, number> };
  const mini = inner.index;
  const entries = new Map<string, KnowledgeEntry>();
  for (const entry of (index as unknown as { byDoc: KnowledgeEntry[] }).byDoc) entries.set(entry.id, entry);
  let query = text;
  const terms = new Set(
    normalize(query)
      .split(' ')
      .map(processTerm)
      .filter((term): term is string => term !== null),
  );
  const common =
    mini.documentCount < 1_000
      ? []
      : [...terms].filter((term) => (inner.documentFrequency.get(term) ?? 0) > mini.documentCount / 5);
  if (common.length > 0 && common.length < terms.size) {
    for (const term of common) terms.delete(term);
    query = [...terms].join(' ');
  }
  const fields = common.length > 0 && common.length === terms.size ? { fields: ['title', 'keywords'] } : {};
  let results: SearchResult[] = mini.search(query, { ...fields, fuzzy: false, prefix: false });
  const found = new Set(results.flatMap((result) => result.queryTerms));
  const missing = new Set([...terms].filter((term) => !found.has(term) && term.length >= 5));
  if (missing.size > 0) {
    results = mini.search(query, {
      ...fields,
      prefix: (term) => missing.has(term) && term.length >= 5,
      fuzzy: (term) => (missing.has(term) && term.length >= 7 ? 0.2 : false),
      maxFuzzy: 1,
    });
  }
  // A word no form of which matched, in place of its first base form the index knows ("gesprekken" → gesprek).
  const matched = new Set(results.flatMap((result) => result.queryTerms));
  const based = new Map<string, string>();
  for (const term of missing) {
    if (matched.has(term)) continue;
    const form = baseForms(term).find(
      (candidate) => mini.search(candidate, { ...fields, prefix: false, fuzzy: false }).length > 0,
    );
    if (form !== undefined) based.set(term, form);
  }
  if (based.size > 0) {
    const words = normalize(query)
      .split(' ')
      .map((word) => based.get(word) ?? word);
    results = mini.search(words.join(' '), {
      ...fields,
      prefix: (term) => missing.has(term) && term.length >= 5,
      fuzzy: (term) => (missing.has(term) && term.length >= 7 ? 0.2 : false),
      maxFuzzy: 1,
    });
  }
  const topicList = options.topics ?? [];
  const hits: SearchHit[] = [];
  for (const result of results) {
    const entry = entries.get(String(result.id));
    if (entry === undefined || (options.filter !== undefined && !options.filter(entry))) continue;
    const coverage = Math.min(1, terms.size === 0 ? 0 : new Set(result.queryTerms).size / terms.size);
    const topicBoost = topicList.reduce(
      (sum, topic, i) => sum + (entry.topics.includes(topic) ? (i === 0 ? 1 : 0.4) : 0),
      1,
    );
    const named = Object.values(result.match).some(
      (where) => where.includes('title') || where.includes('keywords') || where.includes('asks'),
    );
    hits.push({
      entry,
      score: result.score * topicBoost * (0.5 + coverage),
      coverage,
      matched: new Set(result.queryTerms).size,
      named,
    });
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, options.limit ?? 5);
}

const flat = (hits: readonly SearchHit[]) =>
  hits.map((hit) => [hit.entry.id, hit.score, hit.coverage, hit.matched, hit.named]);

let kb: KnowledgeBase;
let questions: string[];

beforeAll(async () => {
  const loaded = await loadKnowledge(path.resolve('knowledge'), { today: '2026-12-01' });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  kb = loaded.kb;
  const asked = await loadQuestions(path.resolve('tests/eval/questions.yaml'));
  questions = [
    ...asked.flatMap((question) => (question.q === undefined ? [] : [question.q])),
    // Repeated words, typos, prefixes, digits, nothing but stopwords, nothing at all.
    'schulden schulden schuld',
    'schuldhulpverleningg in Delft',
    'kwijtschel',
    'meldcod stap',
    '3312 3312',
    'de het een',
    '',
    'wat vind jij van de politiek',
    // Inflected words the index knows only in another form.
    'gesprekken over geldzorgen met vaders',
    'stress-sensitieve brieven',
  ];
});

function compare(index: KnowledgeIndex, topics: readonly string[]): void {
  const variants: SearchOptions[] = [
    {},
    { limit: 1 },
    { limit: 3, topics },
    { limit: 20, topics: [...topics].reverse() },
    { limit: 200 },
    { limit: 0 },
    { topics, filter: (entry) => entry.id.length % 3 !== 0, limit: 8 },
  ];
  for (const question of questions) {
    for (const options of variants) {
      expect(flat(index.search(question, options)), question).toEqual(flat(reference(index, question, options)));
    }
  }
}

describe('the knowledge index', () => {
  it('ranks the real knowledge base as MiniSearch does, to the last bit of every score', () => {
    const index = new KnowledgeIndex(kb.entries, kb.topics);
    compare(
      index,
      kb.topics.slice(0, 3).map((topic) => topic.id),
    );
  });

  it('does so at 2,000 synthetic entries too, where common words are left out', () => {
    const index = new KnowledgeIndex(synthetic(kb, 2_000), kb.topics);
    compare(
      index,
      kb.topics.slice(0, 3).map((topic) => topic.id),
    );
  });
});

describe('favouring the card just shown', () => {
  it("multiplies that entry's score while the callback runs, and only then", () => {
    const index = new KnowledgeIndex(kb.entries, kb.topics);
    const question = 'wat is de volgende stap na het vastleggen van signalen?';
    const plain = index.search(question, { limit: 10 });
    const second = plain[1];
    if (second === undefined) throw new Error('no second hit');
    const favoured = index.favouring(second.entry.id, 10, () => index.search(question, { limit: 10 }));
    expect(favoured[0]?.entry.id).toBe(second.entry.id);
    expect(favoured[0]?.score).toBeCloseTo(second.score * 10, 9);
    expect(flat(index.search(question, { limit: 10 }))).toEqual(flat(plain));
  });

  it('restores an outer favour after a nested one, and after a callback that throws', () => {
    const index = new KnowledgeIndex(kb.entries, kb.topics);
    const question = 'wat is de volgende stap na het vastleggen van signalen?';
    const [first, second, third] = index.search(question, { limit: 3 });
    if (first === undefined || second === undefined || third === undefined) throw new Error('too few hits');
    const top = () => index.search(question, { limit: 1 })[0]?.entry.id;
    index.favouring(second.entry.id, 100, () => {
      expect(index.favouring(third.entry.id, 1000, top)).toBe(third.entry.id);
      expect(top()).toBe(second.entry.id);
      expect(() =>
        index.favouring(third.entry.id, 1000, () => {
          throw new Error('inside');
        }),
      ).toThrow('inside');
      expect(top()).toBe(second.entry.id);
    });
    expect(index.favours).toBe(false);
    expect(top()).toBe(first.entry.id);
  });

  it("keeps the engine's cached best hit of a question the whole index's own", () => {
    const engine = new KnowledgeEngine(kb);
    const { question } = engine.understand('wat is de volgende stap na het vastleggen van signalen?', 'nl');
    const [first, second] = engine.index.search(question.expanded, { limit: 2 });
    if (first === undefined || second === undefined) throw new Error('too few hits');
    expect(engine.index.favouring(second.entry.id, 100, () => engine.bestHit(question))?.entry.id).toBe(
      second.entry.id,
    );
    expect(engine.bestHit(question)?.entry.id).toBe(first.entry.id);
    expect(engine.index.favouring(second.entry.id, 100, () => engine.bestHit(question))?.entry.id).toBe(
      second.entry.id,
    );
  });
});

describe('separable verbs written apart around "te"', () => {
  const split = splitInfinitives(
    new Map([
      ['houd', [{ verb: 'bijhouden', particle: 'bij' }]],
      ['melden', [{ verb: 'aanmelden', particle: 'aan' }]],
    ]),
  );

  it('adds the whole verb after the tokens, once per place it is written apart', () => {
    expect(withWholeVerbs(['een', 'dagboek', 'bij', 'te', 'houden'], split)).toEqual([
      'een',
      'dagboek',
      'bij',
      'te',
      'houden',
      'bijhouden',
    ]);
    expect(withWholeVerbs(['aan', 'te', 'melden', 'en', 'bij', 'te', 'houden'], split).slice(7)).toEqual([
      'aanmelden',
      'bijhouden',
    ]);
  });

  it('joins only a known particle and verb: "om te melden", "bij te dragen" and "te" at an edge add nothing', () => {
    for (const tokens of [
      ['om', 'te', 'melden'],
      ['bij', 'te', 'dragen'],
      ['te', 'houden'],
      ['bij', 'te'],
    ])
      expect(withWholeVerbs(tokens, split)).toEqual(tokens);
  });

  it('finds an entry that writes the verb apart by the whole verb', () => {
    const index = new KnowledgeIndex(kb.entries, kb.topics, kb.separableVerbs);
    const [hit] = index.search('stalking bijhouden', { limit: 1 });
    expect(hit?.entry.id).toBe('stalking');
    // Both words: its text says "een stalkingdagboek bij te houden".
    expect(hit?.matched).toBe(2);
    const plain = new KnowledgeIndex(kb.entries, kb.topics);
    expect(
      plain.search('stalking bijhouden', { limit: 5 }).find((found) => found.entry.id === 'stalking')?.matched,
    ).toBe(1);
  });
});

describe('base forms of an inflected Dutch word', () => {
  it('strips plural and adjective endings, undoubles, lengthens an open vowel and unvoices v and z', () => {
    expect(baseForms('gesprekken')).toContain('gesprek');
    expect(baseForms('vragen')).toContain('vraag');
    expect(baseForms('kinderen')).toContain('kind');
    expect(baseForms('sensitieve')).toContain('sensitief');
    expect(baseForms('financiele')).toContain('financieel');
    expect(baseForms('brieven')).toContain('brief');
    expect(baseForms('leerkrachten')[0]).toBe('leerkracht');
    expect(baseForms('huis')).toEqual([]);
  });
});
