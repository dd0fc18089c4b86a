import { describeDocumentStoreContract } from './document-store.contract.js';
import { MemoryDocumentStore } from './memory-document-store.js';

describeDocumentStoreContract({
  name: 'memory',
  async open(now) {
    // One in-memory store seen through two references: the nearest thing to two instances.
    const store = new MemoryDocumentStore(now);
    await store.init();
    return [store, store];
  },
});
