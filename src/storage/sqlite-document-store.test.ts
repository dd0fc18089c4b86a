import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describeDocumentStoreContract } from './document-store.contract.js';
import { SqliteDocumentStore } from './sqlite-document-store.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-sqlite-'));
const opened: SqliteDocumentStore[] = [];
let files = 0;

afterAll(async () => {
  for (const store of opened) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describeDocumentStoreContract({
  name: 'sqlite',
  async open(now) {
    // Two connections to one file, as two processes would have.
    files += 1;
    const file = path.join(dir, `contract-${files}.db`);
    const stores = [new SqliteDocumentStore({ file, now }), new SqliteDocumentStore({ file, now })] as const;
    for (const store of stores) {
      await store.init();
      opened.push(store);
    }
    return [stores[0], stores[1]];
  },
});
