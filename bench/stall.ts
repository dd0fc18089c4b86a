/**
 * `npm run bench:stall`: how long hostile chat texts keep Wegwijs busy. In this process: the personal-data
 * guard and the gap recorder's scrub on each text of `bench/hostile-texts.ts` at every size of `--sizes`
 * (default the 2,520 … 20,160). Over HTTP (`--http`): Wegwijs as `npm start` runs it (SQLite),
 * each text posted as a personal message while `/healthz` is asked every 10 ms; prints the turn's time
 * and the slowest `/healthz` answer meanwhile. `--only NAME` limits it to one text.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readOptions } from '../scripts/cli-args.js';
import { scrubQuestion } from '../src/features/gaps/index.js';
import { loadKnowledge } from '../src/kb/load.js';
import { placeNames } from '../src/kb/place-names.js';
import { detectPersonalData } from '../src/pii/index.js';
import { HOSTILE_TEXTS } from './hostile-texts.js';
import { activity, startBot, startSink, stopBot } from './http.js';

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

async function inProcess(texts: Array<[string, (n: number) => string]>, sizes: number[]): Promise<void> {
  const loaded = await loadKnowledge(path.resolve('knowledge'));
  const allowed = loaded.ok ? placeNames(loaded.kb) : [];
  process.stdout.write('text | N | guard | gap scrub\n--- | ---: | ---: | ---:\n');
  for (const [name, make] of texts) {
    for (const size of sizes) {
      const text = make(size);
      const guard = time(() => detectPersonalData(text, { allowed }));
      const scrub = time(() => scrubQuestion(text, allowed));
      process.stdout.write(`${name} | ${text.length} | ${ms(guard)} | ${ms(scrub)}\n`);
    }
  }
}

async function overHttp(texts: Array<[string, (n: number) => string]>, sizes: number[]): Promise<void> {
  const sink = await startSink();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wegwijs-stall-'));
  const { child, url } = await startBot({
    name: 'Wegwijs',
    script: path.resolve('dist/src/main.js'),
    env: { DATA_DIR: dataDir, USER_RATE_LIMIT: '0', SCHEDULER: 'off', LOG_LEVEL: 'warn' },
  });
  process.stdout.write('\ntext | N | turn | slowest /healthz meanwhile\n--- | ---: | ---: | ---:\n');
  try {
    for (const [name, make] of texts) {
      for (const size of sizes) {
        // One string in an activity is at most 64 KiB (the activity guard's limit).
        const text = make(Math.min(size, 64 * 1024 - 16));
        let done = false;
        let slowest = 0;
        const probe = (async () => {
          while (!done) {
            const started = performance.now();
            // A probe the stalled bot never answers counts for as long as it waited.
            await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(120_000) })
              .then((response) => response.arrayBuffer())
              .catch(() => {});
            slowest = Math.max(slowest, performance.now() - started);
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        })();
        const started = performance.now();
        const response = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: activity(text, sink.url, 1),
        });
        await response.arrayBuffer();
        const turn = performance.now() - started;
        done = true;
        await probe;
        process.stdout.write(`${name} | ${text.length} | ${ms(turn)} (${response.status}) | ${ms(slowest)}\n`);
      }
    }
  } finally {
    await stopBot(child);
    sink.server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = readOptions('bench:stall', {
    sizes: { type: 'string' },
    only: { type: 'string' },
    http: { type: 'boolean' },
    'http-only': { type: 'boolean' },
  });
  const sizes = (options.sizes ?? '2520,5040,10080,20160').split(',').map(Number);
  const only = options.only;
  const texts = Object.entries(HOSTILE_TEXTS).filter(([name]) => only === undefined || name === only);
  if (options['http-only'] !== true) await inProcess(texts, sizes);
  if (options.http === true || options['http-only'] === true) await overHttp(texts, sizes);
}

main().catch((error: unknown) => {
  process.stderr.write(`stall: failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
