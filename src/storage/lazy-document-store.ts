/**
 * A store whose backend module is loaded on first use. The Azure Tables SDK is ~3 MiB of heap once
 * imported; a bot on SQLite (the default) should not carry it.
 */
import type { DocumentStore } from './document-store.js';

/** A {@link DocumentStore} that imports and builds its backend (`load`) on the first call, `init` or any other. */
export function lazyDocumentStore(kind: string, load: () => Promise<DocumentStore>): DocumentStore {
  let loading: Promise<DocumentStore> | undefined;
  const store = () => {
    loading ??= load();
    return loading;
  };
  return {
    kind,
    init: async () => (await store()).init(),
    get: async (partition, key) => (await store()).get(partition, key),
    put: async (partition, key, data, options) => (await store()).put(partition, key, data, options),
    create: async (partition, key, data, options) => (await store()).create(partition, key, data, options),
    delete: async (partition, key, options) => (await store()).delete(partition, key, options),
    list: async (partition, options) => (await store()).list(partition, options),
    scan: async (options) => (await store()).scan(options),
    deleteExpired: async (now) => (await store()).deleteExpired(now),
    ping: async () => (await store()).ping(),
    // Nothing to close when nothing was loaded.
    close: async () => (loading === undefined ? undefined : (await loading).close()),
  };
}
