/**
 * `npm run import -- [--in FILE]`: restores documents from JSON Lines (from `npm run export`) into the
 * configured store. Every line is checked first; with any bad line nothing is written and each problem
 * is printed as `file:line: message`.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { importDocuments } from '../src/storage/index.js';
import { openConfiguredStore, readOptions } from './cli.js';

async function main(): Promise<void> {
  const input = readOptions('import', { in: { type: 'string' } }).in;
  const content = input === undefined ? await text(process.stdin) : await readFile(input, 'utf8');
  const store = await openConfiguredStore('import');
  const report = await importDocuments(store, content, input ?? 'stdin');
  await store.close();
  for (const error of report.errors) process.stderr.write(`${error}\n`);
  if (report.errors.length > 0) {
    process.stderr.write(`import: ${report.errors.length} bad lines; nothing was written\n`);
    process.exit(1);
  }
  process.stderr.write(`import: ${report.imported} documents into ${store.kind}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`import: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
