/**
 * Knowledge search benchmark: the real knowledge base through the whole engine (understanding + lookup),
 * and the search index alone at 1k, 10k and 100k synthetic entries built from the real texts' words.
 */
import path from 'node:path';
import { loadQuestions } from '../scripts/eval-lib.js';
import { KnowledgeEngine } from '../src/kb/engine.js';
import { loadKnowledge } from '../src/kb/load.js';
import { normalize } from '../src/kb/normalize.js';
import type { ContentEntry, KnowledgeBase } from '../src/kb/schema.js';
import { KnowledgeIndex } from '../src/kb/search.js';

export interface Timing {
  label: string;
  entries: number;
  queries: number;
  buildMs: number;
  p50: number;
  p99: number;
  max: number;
}

/** A small deterministic generator, so that runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time(
  label: string,
  entries: number,
  buildMs: number,
  queries: readonly string[],
  run: (q: string) => void,
): Timing {
  for (const query of queries.slice(0, 200)) run(query); // warm-up
  const samples: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    run(query);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    label,
    entries,
    queries: samples.length,
    buildMs,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: samples.at(-1) ?? 0,
  };
}

export function synthetic(kb: KnowledgeBase, size: number): ContentEntry[] {
  const next = random(size);
  const words = [
    ...new Set(
      kb.entries.flatMap((entry) =>
        normalize(`${entry.title.nl} ${entry.summary.nl} ${entry.body?.nl ?? ''}`).split(' '),
      ),
    ),
  ].filter((word) => word.length > 2);
  // Words drawn Zipf-like (the k-th word with weight 1/k), as in natural text: a few words are common, most
  // are rare. Uniformly random words would make every posting list equally long, which no real text does.
  // Ranks are shuffled (seeded), so that which words are common is chance, not the order of the files.
  for (let i = words.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 0; rank < words.length; rank += 1) {
    sum += 1 / (rank + 1);
    cumulative.push(sum);
  }
  const word = () => {
    const target = next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return words[low];
  };
  const pick = (count: number) => Array.from({ length: count }, word).join(' ');
  const template = kb.entries.find((entry): entry is ContentEntry => entry.kind === 'info') as ContentEntry;
  return Array.from({ length: size }, (_, i) => ({
    ...template,
    id: `synthetic-${i}`,
    title: { nl: pick(6), en: pick(6) },
    summary: { nl: pick(40), en: pick(40) },
    body: { nl: pick(20), en: pick(20) },
    keywords: [pick(1), pick(1), pick(1)],
    asks: { nl: [pick(8), pick(8)], en: [pick(8)] },
    topics: [kb.topics[i % kb.topics.length]?.id ?? 'schulden'],
  }));
}

export async function benchSearch(sizes: readonly number[] = [1_000, 10_000, 100_000]): Promise<Timing[]> {
  const loaded = await loadKnowledge(path.resolve('knowledge'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const kb = loaded.kb;
  const questions = (await loadQuestions(path.resolve('tests/eval/questions.yaml'))).map((question) => question.q);
  const queries = Array.from({ length: 5_000 }, (_, i) => questions[i % questions.length] as string);
  const results: Timing[] = [];

  let start = performance.now();
  const engine = new KnowledgeEngine(kb);
  results.push(
    time(
      'real knowledge base, whole engine (understand + lookup)',
      kb.entries.length,
      performance.now() - start,
      queries,
      (q) => engine.ask(q, 'nl'),
    ),
  );
  results.push(
    time('real knowledge base, index search only', engine.index.size, 0, queries, (q) => engine.index.search(q)),
  );

  for (const size of sizes) {
    const entries = synthetic(kb, size);
    start = performance.now();
    const index = new KnowledgeIndex(entries, kb.topics);
    const buildMs = performance.now() - start;
    const count = size >= 100_000 ? 1_000 : 5_000;
    results.push(
      time(
        `synthetic ${size.toLocaleString('en')} entries, index search`,
        size,
        buildMs,
        queries.slice(0, count),
        (q) => index.search(q),
      ),
    );
  }
  return results;
}

export function formatTimings(timings: readonly Timing[]): string {
  const rows = timings.map(
    (t) =>
      `| ${t.label} | ${t.entries.toLocaleString('en')} | ${t.queries.toLocaleString('en')} | ${t.buildMs.toFixed(0)} | ${t.p50.toFixed(3)} | ${t.p99.toFixed(3)} | ${t.max.toFixed(2)} |`,
  );
  return [
    '| What | Entries | Queries | Build (ms) | p50 (ms) | p99 (ms) | max (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
