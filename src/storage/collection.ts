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
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import type { CreateResult, DeleteResult, DocumentStore, PutResult, StoredDocument } from './document-store.js';

export interface CollectionSpec<T> {
  partition: string;
  /** The shape version written now; documents of other versions go through `migrate` or read as invalid. */
  schemaVersion: number;
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
  /** Brings the data of an older version up to `schemaVersion`; without it only the current version reads. */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  /**
   * A cheaper check for a collection read on every turn: the data `schema` would give, for the common
   * well-formed document, or undefined to let `schema` decide (and report what is wrong). It must never
   * accept what `schema` would reject, nor give other data than `schema` would.
   */
  quickParse?: (data: unknown) => T | undefined;
}

/** Why a stored document was not used: its key, its version and the schema's problems. */
export interface InvalidDocument {
  partition: string;
  key: string;
  schemaVersion: number;
  /** Where the schema objected (`fields.title`, `answers.2`); empty for a version it cannot read. */
  paths: string[];
  /** The first problem in words. Zod may quote the stored value here: for tests, never for a log line. */
  problem: string;
}

export type OnInvalid = (invalid: InvalidDocument) => void;

export interface CollectionOptions {
  /** Called for every document that reads as invalid; the store's reporter ({@link reportInvalidDocuments}) by default. */
  onInvalid?: OnInvalid;
}

const reporters = new WeakMap<DocumentStore, OnInvalid>();

/**
 * Sets who hears of invalid documents read from `store` through any collection (the composition root
 * passes {@link logInvalidDocument}), so that features keep calling `X.in(store)` without passing a logger.
 */
export function reportInvalidDocuments(store: DocumentStore, onInvalid: OnInvalid): void {
  reporters.set(store, onInvalid);
}

/**
 * A warn line per invalid document: the partition, a hash of the key (keys can hold tenant and user ids),
 * the version and the paths the schema objected to — never the document, which may hold what a user typed.
 */
export function logInvalidDocument(logger: Pick<Logger, 'warn'>): OnInvalid {
  return ({ partition, key, schemaVersion, paths }) =>
    logger.warn(
      {
        code: 'storage_invalid_document',
        partition,
        keyHash: createHash('sha256').update(key).digest('base64url').slice(0, 12),
        schemaVersion,
        paths,
      },
      'stored document does not match its schema; read as absent',
    );
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
  parse(data: unknown, schemaVersion: number): Parsed<T>;
}

type Parsed<T> = { ok: true; data: T } | { ok: false; problem: string; paths: string[] };

export function defineCollection<T>(spec: CollectionSpec<T>): CollectionDefinition<T> {
  const parse = (data: unknown, version: number): Parsed<T> => {
    if (version > spec.schemaVersion) {
      return { ok: false, problem: `schema version ${version} is newer than ${spec.schemaVersion}`, paths: [] };
    }
    let current = data;
    if (version < spec.schemaVersion) {
      if (spec.migrate === undefined)
        return { ok: false, problem: `schema version ${version} has no migration`, paths: [] };
      current = spec.migrate(data, version);
    }
    const quick = spec.quickParse?.(current);
    if (quick !== undefined) return { ok: true, data: quick };
    const parsed = spec.schema.safeParse(current);
    if (parsed.success) return { ok: true, data: parsed.data };
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
    const paths = [...new Set(parsed.error.issues.map((found) => found.path.join('.')))];
    return { ok: false, problem: `${where}${issue?.message ?? 'invalid'}`, paths };
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
  const onInvalid = options.onInvalid ?? reporters.get(store);
  const valid = (stored: StoredDocument<unknown>): StoredDocument<T> | undefined => {
    // Documents written before their partition had a collection carry no version (or the port's default 1).
    const version = stored.schemaVersion ?? 1;
    const result = parse(stored.data, version);
    if (result.ok) return { ...stored, schemaVersion: version, data: result.data };
    const { problem, paths } = result;
    onInvalid?.({ partition, key: stored.key, schemaVersion: version, paths, problem });
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
