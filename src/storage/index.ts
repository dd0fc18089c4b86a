import path from 'node:path';
import { type Clock, SYSTEM_CLOCK } from '../clock.js';
import type { Config } from '../config.js';
import type { DocumentStore } from './document-store.js';
import { lazyDocumentStore } from './lazy-document-store.js';
import { MemoryDocumentStore } from './memory-document-store.js';
import { SqliteDocumentStore } from './sqlite-document-store.js';

export type { ImportReport } from './backup.js';
export { exportDocuments, importDocuments } from './backup.js';
export type {
  Collection,
  CollectionDefinition,
  CollectionOptions,
  CollectionSpec,
  InvalidDocument,
  OnInvalid,
} from './collection.js';
export { defineCollection, logInvalidDocument, reportInvalidDocuments } from './collection.js';
export type {
  CreateResult,
  DeleteResult,
  DocumentStore,
  ListOptions,
  Page,
  PutOptions,
  PutResult,
  StoredDocument,
  WriteOptions,
} from './document-store.js';
export { StorageError } from './document-store.js';
export type { StorageProbe, StorageProbeOptions } from './probe.js';
export { createStorageProbe, PROBE_PARTITION } from './probe.js';
export type { RetentionSweep } from './retention.js';
export { startRetentionSweep } from './retention.js';

/** The SQLite file under `DATA_DIR`. */
export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'wegwijs.db');
}

export interface DocumentStoreOptions {
  /**
   * Partitions read on every turn whose documents a store that serves one instance (SQLite) may read back
   * from memory as it last wrote them; ignored by the others.
   */
  remembered?: readonly string[];
}

/** The backend `STORAGE` names, reading time from `clock`; call `init()` on it before use. */
export function createDocumentStore(
  config: Config,
  clock: Clock = SYSTEM_CLOCK,
  options: DocumentStoreOptions = {},
): DocumentStore {
  const now = () => clock.now();
  switch (config.storage) {
    case 'memory':
      return new MemoryDocumentStore(now);
    case 'azure-tables':
      // Imported only here: the SDK is ~3 MiB of heap that a bot on SQLite would carry for nothing.
      return lazyDocumentStore(
        'azure-tables',
        async () =>
          new (await import('./azure-table-document-store.js')).AzureTableDocumentStore({
            connectionString: config.azureStorageConnectionString ?? '',
            tableName: `${config.azureTablePrefix}documents`,
            now,
            maxRetries: config.azureStorageMaxRetries,
          }),
      );
    case 'sqlite':
      return new SqliteDocumentStore({ file: sqliteFile(config.dataDir), now, remembered: options.remembered });
  }
}
