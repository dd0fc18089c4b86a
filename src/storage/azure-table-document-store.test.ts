import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Azurite, startAzurite } from '../../tests/support/azurite.js';
import { AzureTableDocumentStore, asciiJson } from './azure-table-document-store.js';
import { describeDocumentStoreContract } from './document-store.contract.js';

let azurite: Azurite;
let tables = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

describeDocumentStoreContract({
  name: 'azure-tables (Azurite)',
  async open(now) {
    tables += 1;
    const tableName = `contract${tables}`;
    const make = () => new AzureTableDocumentStore({ connectionString: azurite.connectionString, tableName, now });
    const stores = [make(), make()] as const;
    for (const store of stores) await store.init();
    return [stores[0], stores[1]];
  },
});

describe('asciiJson', () => {
  it('writes every character outside ASCII as an escape that JSON.parse reads back', () => {
    const data = { text: 'ë 😀 — Zoë', n: 1 };
    const json = asciiJson(data) ?? '';
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(json).toContain('\\u00eb');
    expect(JSON.parse(json)).toEqual(data);
    expect(asciiJson(undefined)).toBeUndefined();
  });
});
