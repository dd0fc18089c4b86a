/**
 * `npm run report:gaps`: the questions Wegwijs could not answer, scrubbed of personal data, the most asked
 * first (questions experts marked for the editors on top). For the knowledge editors.
 */
import { listGaps } from '../src/features/gaps/index.js';
import { openConfiguredStore } from './cli.js';

async function main(): Promise<void> {
  const store = await openConfiguredStore('report:gaps');
  const gaps = await listGaps(store);
  await store.close();
  if (gaps.length === 0) {
    process.stdout.write('report:gaps: no unanswered questions recorded\n');
    return;
  }
  process.stdout.write('count  last seen   question\n');
  for (const gap of gaps) {
    const mark = gap.markedByExpert === true ? ' [marked by an expert]' : '';
    process.stdout.write(`${String(gap.count).padStart(5)}  ${gap.lastSeen.slice(0, 10)}  ${gap.question}${mark}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`report:gaps: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
