/**
 * `npm run bench`: measures and writes `bench/results.md` with the machine's details.
 * `--quick` skips the 100k synthetic knowledge base, shortens the HTTP runs and speeds up the fan-out.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { readOptions } from '../scripts/cli-args.js';
import { benchFanout, formatFanout } from './fanout.js';
import { benchHttp, formatHttp } from './http.js';
import { benchSearch, formatTimings } from './search.js';

async function main(): Promise<void> {
  const quick = readOptions('bench', { quick: { type: 'boolean' } }).quick === true;
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  process.stderr.write(`bench: ${machine}\n`);
  // First, while this process is small: the bots run in their own processes, but share the CPU with it.
  const http = await benchHttp(
    quick
      ? { seconds: 3, rssSeconds: 12, rssRuns: 1, rounds: 1 }
      : { seconds: 10, rssSeconds: 60, rssRuns: 3, rounds: 3 },
  );
  const search = await benchSearch(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
  // 10,000 teams at Teams' 50 posts/s take 200 s; --quick raises the limit tenfold (same shape, 20 s).
  const fanout = await benchFanout(10_000, quick ? 500 : 50);
  const goals = [
    `- Goal: p99 ≤ 1 ms at the real size — ${search[0] !== undefined && search[0].p99 <= 1 ? 'met' : 'NOT met'} (whole engine p99 ${search[0]?.p99.toFixed(3)} ms).`,
    `- Goal: p99 ≤ 5 ms at 10k — ${(search.find((t) => t.entries === 10_000)?.p99 ?? Number.POSITIVE_INFINITY) <= 5 ? 'met' : 'NOT met'} (p99 ${search.find((t) => t.entries === 10_000)?.p99.toFixed(3)} ms).`,
  ];
  const report = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${machine}. One process, questions from tests/eval/questions.yaml repeated.`,
    '',
    '## Turns over HTTP: Wegwijs against a minimal teams-ai echo bot',
    '',
    `Each bot in its own process on 127.0.0.1, Teams-shaped messages (the eval questions in turn) from 1, 10 and 50 concurrent clients for ${quick ? 3 : 10} s each after a 2 s warm-up, ${quick ? 'one round' : 'three rounds alternating the bots (the median counts)'}; replies go to a fake Bot Connector in the benchmark process. Wegwijs runs as \`npm start\` does (SQLite, info logging), with \`USER_RATE_LIMIT=0\` and the scheduler off. ${http.pinned ? 'Each bot runs on its own core (taskset), the load generator and fake connector on the others.' : 'The load generator shares the cores with the bot under test (no taskset or one core).'}`,
    '',
    formatHttp(http),
    '',
    '## Knowledge search',
    '',
    formatTimings(search),
    '',
    ...goals,
    '',
    '## Leerruimte fan-out',
    '',
    'One delivery cycle, 10,000 teams, a fake connector that answers 429 (Retry-After: 1) beyond its limit.',
    '',
    formatFanout(fanout),
    '',
  ].join('\n');
  await writeFile('bench/results.md', report);
  process.stdout.write(`${report}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
