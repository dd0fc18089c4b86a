/**
 * `npm run knowledge:check`: checks every knowledge file — schema (unknown keys included), duplicate ids,
 * references, sources and their dates, and entries past their review interval — and prints each problem
 * as `file:line: message`. Exit code 1 when anything is wrong. `--today YYYY-MM-DD` checks as of another
 * date; `--require-source-dates` makes a source without `pageDate` or `read` an error instead of a warning
 * (the default follows REQUIRE_SOURCE_DATES in src/kb/validate-entry.ts).
 */
import path from 'node:path';
import { loadKnowledge } from '../src/kb/load.js';
import { REQUIRE_SOURCE_DATES } from '../src/kb/validate-entry.js';
import { readOptions } from './cli-args.js';

async function main(): Promise<void> {
  const options = readOptions('knowledge:check', {
    dir: { type: 'string' },
    today: { type: 'string' },
    'require-source-dates': { type: 'boolean' },
  });
  const dir = path.resolve(options.dir ?? 'knowledge');
  const today = options.today;
  const requireDates = REQUIRE_SOURCE_DATES || options['require-source-dates'] === true;
  const result = await loadKnowledge(dir, {
    strictReview: true,
    sourceDates: requireDates ? 'require' : 'warn',
    ...(today === undefined ? {} : { today }),
  });
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`${error}\n`);
    process.stderr.write(`knowledge:check: ${result.errors.length} problem(s)\n`);
    process.exit(1);
  }
  for (const warning of result.warnings) process.stderr.write(`${warning} (warning)\n`);
  const count = (kind: string) => result.kb.entries.filter((entry) => entry.kind === kind).length;
  const kinds = ['place', 'service', 'contact', 'meldcode', 'info', 'tip', 'prompt'].map((k) => `${count(k)} ${k}`);
  const unverified = result.kb.entries.filter((entry) => entry.verify !== undefined).length;
  const warned =
    result.warnings.length === 0 ? '' : `; ${result.warnings.length} warning(s) about the dates of sources`;
  process.stdout.write(
    `knowledge:check: ok — ${result.kb.entries.length} entries (${kinds.join(', ')}), ${result.kb.topics.length} topics, ${result.kb.municipalities.length} municipalities; ${unverified} entries have facts still to verify${warned}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`knowledge:check: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
