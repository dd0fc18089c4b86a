/**
 * `npm run knowledge:check`: checks every knowledge file — schema, duplicate ids, references, sources,
 * and entries past their review interval — and prints each problem as `file:line: message`.
 * Exit code 1 when anything is wrong. `--today YYYY-MM-DD` checks as of another date.
 */
import path from 'node:path';
import { loadKnowledge } from '../src/kb/load.js';
import { flag } from './cli-args.js';

async function main(): Promise<void> {
  const dir = path.resolve(flag(process.argv, 'dir') ?? 'knowledge');
  const today = flag(process.argv, 'today');
  const result = await loadKnowledge(dir, { strictReview: true, ...(today === undefined ? {} : { today }) });
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`${error}\n`);
    process.stderr.write(`knowledge:check: ${result.errors.length} problem(s)\n`);
    process.exit(1);
  }
  const count = (kind: string) => result.kb.entries.filter((entry) => entry.kind === kind).length;
  const kinds = ['place', 'service', 'contact', 'meldcode', 'info', 'tip', 'prompt'].map((k) => `${count(k)} ${k}`);
  const unverified = result.kb.entries.filter((entry) => entry.verify !== undefined).length;
  process.stdout.write(
    `knowledge:check: ok — ${result.kb.entries.length} entries (${kinds.join(', ')}), ${result.kb.topics.length} topics, ${result.kb.municipalities.length} municipalities; ${unverified} entries have facts still to verify\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`knowledge:check: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
