/**
 * `npm run soak`: ten minutes (`--seconds N` to change) of mixed load on Wegwijs as `npm start` runs it —
 * real questions (and searches of the shared cases), card button presses (feedback, follow-ups, the
 * afwegingskader, cases) and hostile requests (broken JSON, wrong types, deep nesting, unknown verbs) from
 * 10 clients — sampling the bot's RSS every 5 s. Fails (exit 1) on any 5xx or when memory grows. RSS saws up and down by ~100 MiB with garbage
 * collection, so the floor is compared: the lowest RSS of the last third of the run may exceed the lowest
 * of the first third (after a one-minute warm-up, or a sixth of a shorter run) by at most 10% or 16 MiB.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readOptions } from '../scripts/cli-args.js';
import { activity, rssMiB, startBot, startSink, stopBot } from './http.js';

type Kind = 'question' | 'button' | 'hostile';

function buttonPress(serviceUrl: string, user: number, n: number): string {
  const base = JSON.parse(activity('', serviceUrl, user)) as Record<string, unknown>;
  delete base.text;
  const values = [
    { verb: 'wegwijs.feedback', id: 'zoetermeer-schuldhulp', vote: 'up', lang: 'nl' },
    { verb: 'wegwijs.entry', id: 'wgs-termijnen', lang: 'nl' },
    { verb: 'wegwijs.feedback', id: 'no-such-entry', vote: 'down', lang: 'en' },
    { verb: 'afweging.start', lang: 'nl' },
    { verb: 'unknown.verb', junk: 'x'.repeat(2_000) },
    // Shared cases: a case that does not exist, and a submission by someone who is not an ambassador.
    { verb: 'casus.tonen', id: randomUUID(), lang: 'nl' },
    { verb: 'casus.indienen', title: 'Een titel', situation: 'Een situatie', lang: 'nl' },
  ];
  return JSON.stringify({ ...base, value: values[n % values.length] });
}

function hostile(serviceUrl: string, user: number, n: number): { body: string; type: string } {
  const json = 'application/json';
  const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
  const cases = [
    { body: activity('hallo', serviceUrl, user).slice(0, 80), type: json },
    { body: JSON.stringify({ type: 42, id: randomUUID() }), type: json },
    { body: deep, type: json },
    { body: `{"__proto__":{"polluted":1},${activity('x', serviceUrl, user).slice(1)}`, type: json },
    { body: 'hallo', type: 'text/plain' },
    {
      body: JSON.stringify({ ...JSON.parse(activity('x', serviceUrl, user)), type: 'invoke', name: 'no/such' }),
      type: json,
    },
  ];
  return cases[n % cases.length] as { body: string; type: string };
}

const CASE_SEARCHES = ['casussen over geldstress', 'casus tandem Dordrecht', 'cases about debt', 'casussen'];

/** The stretch of the run whose RSS floor is printed as it happens. */
const WINDOW_SECONDS = 600;

const floor = (values: number[]) => (values.length === 0 ? 0 : Math.min(...values));

interface Tally {
  counts: Record<Kind, number>;
  statuses: Map<number, number>;
  /** Requests sent so far (also the index of the next). */
  n: number;
}

type Sample = { at: number; rss: number };

/** RSS every 5 s; every ten minutes, that stretch's floor as it happens: an hour-long run shows its shape early. */
function sampleRss(pid: number, started: number, samples: Sample[], tally: Tally): NodeJS.Timeout {
  let reported = 0;
  return setInterval(() => {
    rssMiB(pid)
      .then((rss) => {
        samples.push({ at: (performance.now() - started) / 1000, rss });
        const window = Math.floor(samples.at(-1)?.at ?? 0) / WINDOW_SECONDS;
        if (window >= reported + 1) {
          reported = Math.floor(window);
          const from = (reported - 1) * WINDOW_SECONDS;
          const stretch = samples.filter((sample) => sample.at >= from && sample.at < from + WINDOW_SECONDS);
          process.stdout.write(
            `soak: minutes ${from / 60}–${(from + WINDOW_SECONDS) / 60}: RSS floor ${floor(stretch.map((sample) => sample.rss)).toFixed(0)} MiB, peak ${Math.max(...stretch.map((sample) => sample.rss)).toFixed(0)} MiB, ${tally.n} requests so far\n`,
          );
        }
      })
      .catch(() => {});
  }, 5_000);
}

/** Ten clients until the deadline: 7 in 10 questions, 2 button presses, 1 hostile request. */
async function load(url: string, sinkUrl: string, questions: string[], deadline: number, tally: Tally) {
  await Promise.all(
    Array.from({ length: 10 }, async (_, user) => {
      while (performance.now() < deadline) {
        const i = tally.n++;
        const kind: Kind = i % 10 < 7 ? 'question' : i % 10 < 9 ? 'button' : 'hostile';
        // One question in 25 searches the shared cases.
        const question = i % 25 === 0 ? CASE_SEARCHES[i % CASE_SEARCHES.length] : questions[i % questions.length];
        const request =
          kind === 'question'
            ? { body: activity(question ?? 'hallo', sinkUrl, user), type: 'application/json' }
            : kind === 'button'
              ? { body: buttonPress(sinkUrl, user, i), type: 'application/json' }
              : hostile(sinkUrl, user, i);
        const response = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': request.type },
          body: request.body,
        });
        await response.arrayBuffer();
        tally.counts[kind] += 1;
        tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
}

/** Prints the outcome; ok when no 5xx, the RSS floor did not grow, and the last question was answered. */
function verdict(seconds: number, samples: Sample[], tally: Tally, answered: boolean): boolean {
  const { counts, statuses } = tally;
  const warmUp = Math.min(60, seconds / 6);
  const steady = samples.filter((sample) => sample.at >= warmUp);
  const third = Math.max(1, Math.floor(steady.length / 3));
  const first = floor(steady.slice(0, third).map((sample) => sample.rss));
  const lastThird = floor(steady.slice(-third).map((sample) => sample.rss));
  const allowed = Math.max(first * 0.1, 16);
  const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
  const total = counts.question + counts.button + counts.hostile;
  const ok = serverErrors === 0 && lastThird - first <= allowed && answered;
  process.stdout.write(
    [
      `soak: ${seconds} s, ${total} requests (${counts.question} questions, ${counts.button} button presses, ${counts.hostile} hostile), ${(total / seconds).toFixed(0)}/s`,
      `soak: statuses ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(', ')}`,
      `soak: RSS floor first third ${first.toFixed(0)} MiB, last third ${lastThird.toFixed(0)} MiB (allowed growth ${allowed.toFixed(0)} MiB); samples ${samples.map((sample) => sample.rss.toFixed(0)).join(' ')}`,
      `soak: a normal question afterwards was ${answered ? 'answered' : 'NOT answered'}`,
      `soak: ${ok ? 'ok' : 'FAILED'}`,
      '',
    ].join('\n'),
  );
  return ok;
}

async function main(): Promise<void> {
  const seconds = Number(readOptions('soak', { seconds: { type: 'string' } }).seconds ?? 600);
  const questions = (
    parse(await readFile(path.resolve('tests/eval/questions.yaml'), 'utf8')) as Array<{ q: string }>
  ).map((item) => item.q);
  const sink = await startSink();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wegwijs-soak-'));
  const { child, url } = await startBot({
    name: 'Wegwijs',
    script: path.resolve('dist/src/main.js'),
    env: { DATA_DIR: dataDir, USER_RATE_LIMIT: '0', SCHEDULER: 'off', LOG_LEVEL: 'info' },
  });
  const tally: Tally = { counts: { question: 0, button: 0, hostile: 0 }, statuses: new Map(), n: 0 };
  const samples: Sample[] = [];
  const started = performance.now();
  const sampler = sampleRss(child.pid ?? 0, started, samples, tally);
  try {
    await load(url, sink.url, questions, started + seconds * 1000, tally);
    // Afterwards, a normal question must still get its answer.
    const before = sink.replies();
    const last = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: activity('wie doet schuldhulp in Zoetermeer?', sink.url, 99),
    });
    const answered = last.status === 200 && sink.replies() > before;
    clearInterval(sampler);
    process.exitCode = verdict(seconds, samples, tally, answered) ? 0 : 1;
  } finally {
    clearInterval(sampler);
    await stopBot(child);
    sink.server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`soak: failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
