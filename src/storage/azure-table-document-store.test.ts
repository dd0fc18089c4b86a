import { afterAll, beforeAll } from 'vitest';
import { type Azurite, startAzurite } from '../../tests/support/azurite.js';
import { AzureTableDocumentStore } from './azure-table-document-store.js';
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
