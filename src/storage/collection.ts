/**
 * A typed collection over the document store: one partition whose documents have one shape, checked by a
 * zod schema on every read and stamped with the collection's `schemaVersion` on every write. A stored
 * document is data from outside like any other (another version of Wegwijs, an import, a hand edit): one
 * that does not match reads as absent and is reported through `onInvalid`, never handed on half-typed.
 *
 * @example
 * const teams = defineCollection({ partition: 'teams', schemaVersion: 1, schema: z.object({ name: z.string() }) });
 * await teams.in(store).put('team-1', { name: 'Synthetisch team' });
 * (await teams.in(store).get('team-1'))?.data.name; // 'Synthetisch team'
 */
import type { z } from 'zod';
import type { CreateResult, DeleteResult, DocumentStore, PutResult, StoredDocument } from './document-store.js';

export interface CollectionSpec<T> {
  partition: string;
  /** The shape version written now; documents of other versions go through `migrate` or read as invalid. */
  schemaVersion: number;
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
  /** Brings the data of an older version up to `schemaVersion`; without it only the current version reads. */
  migrate?: (data: unknown, fromVersion: number) => unknown;
}

/** Why a stored document was not used: its key, its version and the schema's first problem. */
export interface InvalidDocument {
  partition: string;
  key: string;
  schemaVersion: number;
  problem: string;
}

export interface CollectionOptions {
  /** Called for every document that reads as invalid (a log line with the key and problem, a metric). */
  onInvalid?: (invalid: InvalidDocument) => void;
}

export interface WriteOptions {
  expiresAt?: Date;
}

export interface Collection<T> {
  readonly partition: string;
  readonly schemaVersion: number;
  /** The document when it exists, is live and matches the schema (after migration). */
  get(key: string): Promise<StoredDocument<T> | undefined>;
  put(key: string, data: T, options?: WriteOptions & { ifMatch?: string }): Promise<PutResult>;
  /** The atomic claim of the port: exactly one of racing callers gets `created`. */
  create(key: string, data: T, options?: WriteOptions): Promise<CreateResult>;
  /**
   * Applies `change` to the valid document, only over the version it read, re-reading on a lost race; the
   * expiry stays. Undefined when there is no valid document; `changed: false` when `change` declined.
   */
  update(
    key: string,
    change: (current: T) => T | undefined,
    attempts?: number,
  ): Promise<{ data: T; changed: boolean } | undefined>;
  delete(key: string, options?: { ifMatch?: string }): Promise<DeleteResult>;
  /** Every valid live document's data, in key order (only keys starting with `prefix`, when given). */
  list(prefix?: string): Promise<T[]>;
}

export interface CollectionDefinition<T> {
  readonly partition: string;
  readonly schemaVersion: number;
  /** The collection in `store`. */
  in(store: DocumentStore, options?: CollectionOptions): Collection<T>;
  /** Checks data as a read would: the typed data, or the first problem. */
  parse(data: unknown, schemaVersion: number): { ok: true; data: T } | { ok: false; problem: string };
}

export function defineCollection<T>(spec: CollectionSpec<T>): CollectionDefinition<T> {
  const parse = (data: unknown, version: number): { ok: true; data: T } | { ok: false; problem: string } => {
    if (version > spec.schemaVersion) {
      return { ok: false, problem: `schema version ${version} is newer than ${spec.schemaVersion}` };
    }
    let current = data;
    if (version < spec.schemaVersion) {
      if (spec.migrate === undefined) return { ok: false, problem: `schema version ${version} has no migration` };
      current = spec.migrate(data, version);
    }
    const parsed = spec.schema.safeParse(current);
    if (parsed.success) return { ok: true, data: parsed.data };
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
    return { ok: false, problem: `${where}${issue?.message ?? 'invalid'}` };
  };
  return {
    partition: spec.partition,
    schemaVersion: spec.schemaVersion,
    parse,
    in: (store, options = {}) => bind(store, spec, parse, options),
  };
}

function bind<T>(
  store: DocumentStore,
  spec: CollectionSpec<T>,
  parse: CollectionDefinition<T>['parse'],
  options: CollectionOptions,
): Collection<T> {
  const { partition, schemaVersion } = spec;
  const valid = (stored: StoredDocument<unknown>): StoredDocument<T> | undefined => {
    const result = parse(stored.data, stored.schemaVersion);
    if (result.ok) return { ...stored, data: result.data };
    options.onInvalid?.({ partition, key: stored.key, schemaVersion: stored.schemaVersion, problem: result.problem });
    return undefined;
  };
  const get = async (key: string) => {
    const stored = await store.get<unknown>(partition, key);
    return stored === undefined ? undefined : valid(stored);
  };
  const writeOptions = (options: WriteOptions & { ifMatch?: string } = {}) => ({ ...options, schemaVersion });
  return {
    partition,
    schemaVersion,
    get,
    put: (key, data, options) => store.put(partition, key, data, writeOptions(options)),
    create: (key, data, options) => store.create(partition, key, data, writeOptions(options)),
    delete: (key, options) => store.delete(partition, key, options),
    async update(key, change, attempts = 5) {
      for (let attempt = 0; attempt < attempts; attempt += 1) {
        const stored = await get(key);
        if (stored === undefined) return undefined;
        const next = change(stored.data);
        if (next === undefined) return { data: stored.data, changed: false };
        const result = await store.put(partition, key, next, {
          ifMatch: stored.etag,
          schemaVersion,
          ...(stored.expiresAt === undefined ? {} : { expiresAt: stored.expiresAt }),
        });
        if (result.kind === 'ok') return { data: next, changed: true };
      }
      const latest = await get(key);
      return latest === undefined ? undefined : { data: latest.data, changed: false };
    },
    async list(prefix) {
      const all: T[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.list<unknown>(partition, {
          limit: 1000,
          ...(prefix === undefined ? {} : { prefix }),
          ...(cursor === undefined ? {} : { cursor }),
        });
        for (const item of page.items) {
          const document = valid(item);
          if (document !== undefined) all.push(document.data);
        }
        cursor = page.cursor;
      } while (cursor !== undefined);
      return all;
    },
  };
}
