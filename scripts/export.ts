/**
 * `npm run export -- [--out FILE]`: every live document of the configured store as JSON Lines (a backup).
 * Without --out it writes to standard output (use `npm run --silent export > FILE`).
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { exportDocuments } from '../src/storage/index.js';
import { openConfiguredStore, readOptions } from './cli.js';

async function main(): Promise<void> {
  const out = readOptions('export', { out: { type: 'string' } }).out;
  const store = await openConfiguredStore('export');
  const sink: Writable = out === undefined ? process.stdout : createWriteStream(out);
  const count = await exportDocuments(store, async (line) => {
    if (!sink.write(line)) await once(sink, 'drain');
  });
  if (out !== undefined) {
    sink.end();
    await once(sink, 'finish');
  }
  await store.close();
  process.stderr.write(`export: ${count} documents from ${store.kind}${out === undefined ? '' : ` to ${out}`}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`export: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
