/**
 * `npm run bench`: measures and writes `bench/results.md` with the machine's details.
 * `--quick` skips the 100k synthetic knowledge base.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchFanout, formatFanout } from './fanout.js';
import { benchSearch, formatTimings } from './search.js';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  process.stderr.write(`bench: ${machine}\n`);
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
