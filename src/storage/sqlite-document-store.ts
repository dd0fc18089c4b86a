/**
 * The embedded default: one SQLite file (better-sqlite3, WAL). Several processes may share the file;
 * every write is one statement, so SQLite's own locking makes claims and conditional writes atomic.
 *
 * Plain puts (no `ifMatch`) issued within one turn of the event loop are written in one transaction:
 * under load several turns each write their conversation context at once, and one transaction per put
 * cost its locks and its WAL frames every time. A put still resolves only once its document is written,
 * every other operation first writes what is waiting, and a get waits for a waiting put of its own key,
 * so every caller sees the order it asked for.
 *
 * Documents of the partitions named in `remembered` (the conversation contexts, read and written on every
 * turn) are also kept in memory as last written here, so that reading one back costs no SQLite read. That
 * holds because SQLite serves one instance (docs/operations.md): nothing else writes them while it runs.
 */
import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  assertKey,
  type CreateResult,
  type DeleteResult,
  type DocumentStore,
  type ListOptions,
  type Page,
  type PutOptions,
  type PutResult,
  pageSize,
  StorageError,
  type StoredDocument,
  type WriteOptions,
} from './document-store.js';

interface Row {
  partition: string;
  key: string;
  data: string;
  etag: string;
  schema_version: number;
  expires_at: number | null;
  updated_at: number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS documents (
    partition TEXT NOT NULL,
    key TEXT NOT NULL,
    data TEXT NOT NULL,
    etag TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    expires_at INTEGER,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (partition, key)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS documents_expiry ON documents (expires_at) WHERE expires_at IS NOT NULL;
`;

const COLUMNS = 'partition, key, data, etag, schema_version, expires_at, updated_at';
const LIVE = '(expires_at IS NULL OR expires_at > @now)';

export interface SqliteDocumentStoreOptions {
  /** The database file, or `:memory:`. */
  file: string;
  now?: () => Date;
  /**
   * Partitions whose documents are read back from memory as this store last wrote them; none by default.
   * Only for partitions no other process writes while this one runs (never the readiness probe's, which
   * must read the file).
   */
  remembered?: readonly string[];
  /** The most documents remembered; the longest unwritten is forgotten first. Default 10,000. */
  rememberedLimit?: number;
}

interface WaitingPut {
  values: ReturnType<SqliteDocumentStore['values']>;
  done: (error?: unknown) => void;
}

export class SqliteDocumentStore implements DocumentStore {
  readonly kind = 'sqlite';
  private db: Database.Database | undefined;
  private statements: ReturnType<typeof prepare> | undefined;
  /**
   * Writes a batch of puts in one transaction. Made once: better-sqlite3's `transaction` builds four wrapper
   * functions and their properties on every call, which showed in the profile of every flush.
   */
  private writeAll: ((batch: readonly WaitingPut[]) => void) | undefined;
  private readonly now: () => Date;
  /** Plain puts waiting for the end of this turn of the event loop, in the order they were made. */
  private waiting: WaitingPut[] = [];
  private readonly memory: RememberedRows;

  constructor(private readonly options: SqliteDocumentStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.memory = new RememberedRows(options.remembered ?? [], options.rememberedLimit ?? 10_000);
  }

  async init(): Promise<void> {
    if (this.db !== undefined) return;
    try {
      if (this.options.file !== ':memory:') ensureDirectory(path.dirname(this.options.file));
      const db = new Database(this.options.file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Another process may hold the write lock for a moment; wait instead of failing.
      db.pragma('busy_timeout = 5000');
      db.exec(SCHEMA);
      this.db = db;
      this.statements = prepare(db);
      this.writeAll = db.transaction((batch: readonly WaitingPut[]) => {
        for (const item of batch) this.run((s) => s.upsert.run(item.values));
      });
    } catch (error) {
      throw new StorageError('storage_unavailable', `storage: cannot open SQLite database ${this.options.file}`, error);
    }
  }

  async get<T>(partition: string, key: string): Promise<StoredDocument<T> | undefined> {
    assertKey('partition', partition);
    assertKey('key', key);
    if (this.waiting.some(({ values }) => values.partition === partition && values.key === key)) this.flush();
    const now = this.nowMs();
    const remembered = this.memory.get(partition, key);
    if (remembered !== undefined) return isLive(remembered, now) ? toDocument<T>(remembered) : undefined;
    const row = this.run((s) => s.get.get({ partition, key, now })) as Row | undefined;
    return row === undefined ? undefined : toDocument<T>(row);
  }

  async put<T>(partition: string, key: string, data: T, options: PutOptions = {}): Promise<PutResult> {
    const values = this.values(partition, key, data, options);
    if (options.ifMatch === undefined) {
      if (this.statements === undefined) this.run(() => undefined);
      await new Promise<void>((resolve, reject) => {
        if (this.waiting.length === 0) setImmediate(() => this.flush());
        this.waiting.push({ values, done: (error) => (error === undefined ? resolve() : reject(error)) });
      });
      return { kind: 'ok', etag: values.etag };
    }
    this.flush();
    this.memory.forget(partition, key);
    const changed = this.run((s) => s.replace.run({ ...values, ifMatch: options.ifMatch }).changes);
    if (changed === 1) this.memory.remember(values);
    return changed === 1 ? { kind: 'ok', etag: values.etag } : { kind: 'conflict' };
  }

  async create<T>(partition: string, key: string, data: T, options: WriteOptions = {}): Promise<CreateResult> {
    const values = this.values(partition, key, data, options);
    this.flush();
    this.memory.forget(partition, key);
    // One statement: insert, or take over only a row whose expiry has passed. SQLite serialises writers.
    const changed = this.run((s) => s.claim.run({ ...values, now: this.nowMs() }).changes);
    if (changed === 1) this.memory.remember(values);
    return changed === 1 ? { kind: 'created', etag: values.etag } : { kind: 'exists' };
  }

  async delete(partition: string, key: string, options: { ifMatch?: string } = {}): Promise<DeleteResult> {
    this.flush();
    this.memory.forget(partition, key);
    if (options.ifMatch === undefined) {
      return this.run((s) => s.delete.run({ partition, key }).changes) === 1 ? 'deleted' : 'not-found';
    }
    const changed = this.run((s) => s.deleteIfMatch.run({ partition, key, ifMatch: options.ifMatch }).changes);
    if (changed === 1) return 'deleted';
    return this.run((s) => s.exists.get({ partition, key })) === undefined ? 'not-found' : 'conflict';
  }

  async list<T>(partition: string, options: ListOptions = {}): Promise<Page<T>> {
    this.flush();
    const size = pageSize(options.limit);
    const prefix = options.prefix ?? '';
    const rows = this.run((s) =>
      s.list.all({
        partition,
        after: options.cursor ?? '',
        prefix,
        prefixLength: prefix.length,
        now: this.nowMs(),
        limit: size + 1,
      }),
    ) as Row[];
    const items = rows.slice(0, size).map((row) => toDocument<T>(row));
    const last = items.at(-1);
    return rows.length > size && last !== undefined ? { items, cursor: last.key } : { items };
  }

  async scan(options: Omit<ListOptions, 'prefix'> = {}): Promise<Page<unknown>> {
    this.flush();
    const size = pageSize(options.limit);
    const [afterPartition, afterKey] = decodeScanCursor(options.cursor);
    const rows = this.run((s) => s.scan.all({ afterPartition, afterKey, now: this.nowMs(), limit: size + 1 })) as Row[];
    const items = rows.slice(0, size).map((row) => toDocument<unknown>(row));
    const last = items.at(-1);
    return rows.length > size && last !== undefined
      ? { items, cursor: JSON.stringify([last.partition, last.key]) }
      : { items };
  }

  async deleteExpired(now: Date = this.now()): Promise<number> {
    this.flush();
    this.memory.forgetExpired(now.getTime());
    return this.run((s) => s.deleteExpired.run({ now: now.getTime() }).changes);
  }

  async ping(): Promise<boolean> {
    try {
      return this.run((s) => s.ping.get()) !== undefined;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.flush();
    this.db?.close();
    this.db = undefined;
    this.statements = undefined;
    this.writeAll = undefined;
    this.memory.clear();
  }

  private nowMs(): number {
    return this.now().getTime();
  }

  /** Writes the waiting puts: together in one transaction, or, when that fails, each on its own. */
  private flush(): void {
    if (this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    for (const { values } of batch) this.memory.forget(values.partition, values.key);
    const one = (item: WaitingPut): void => {
      try {
        this.run((s) => s.upsert.run(item.values));
      } catch (error) {
        item.done(error);
        return;
      }
      this.memory.remember(item.values);
      item.done();
    };
    const writeAll = this.writeAll;
    if (batch.length === 1 || writeAll === undefined) {
      for (const item of batch) one(item);
      return;
    }
    try {
      writeAll(batch);
    } catch {
      // Rolled back: each put gets its own outcome.
      for (const item of batch) one(item);
      return;
    }
    for (const item of batch) {
      this.memory.remember(item.values);
      item.done();
    }
  }

  private values(partition: string, key: string, data: unknown, options: WriteOptions) {
    assertKey('partition', partition);
    assertKey('key', key);
    const json = JSON.stringify(data);
    if (json === undefined) throw new StorageError('storage_invalid_document', 'storage: data must be JSON');
    return {
      partition,
      key,
      data: json,
      etag: randomUUID(),
      schemaVersion: options.schemaVersion ?? 1,
      expiresAt: options.expiresAt?.getTime() ?? null,
      updatedAt: this.nowMs(),
    };
  }

  private run<R>(operation: (statements: ReturnType<typeof prepare>) => R): R {
    if (this.statements === undefined) {
      throw new StorageError('storage_unavailable', 'storage: SQLite store used before init() or after close()');
    }
    try {
      return operation(this.statements);
    } catch (error) {
      throw new StorageError('storage_unavailable', 'storage: SQLite operation failed', error);
    }
  }
}

function prepare(db: Database.Database) {
  const insert = `INSERT INTO documents (${COLUMNS})
    VALUES (@partition, @key, @data, @etag, @schemaVersion, @expiresAt, @updatedAt)`;
  const replaceAll = `data = excluded.data, etag = excluded.etag, schema_version = excluded.schema_version,
    expires_at = excluded.expires_at, updated_at = excluded.updated_at`;
  return {
    get: db.prepare(`SELECT ${COLUMNS} FROM documents WHERE partition = @partition AND key = @key AND ${LIVE}`),
    exists: db.prepare('SELECT 1 FROM documents WHERE partition = @partition AND key = @key'),
    upsert: db.prepare(`${insert} ON CONFLICT (partition, key) DO UPDATE SET ${replaceAll}`),
    replace: db.prepare(`UPDATE documents SET data = @data, etag = @etag, schema_version = @schemaVersion,
      expires_at = @expiresAt, updated_at = @updatedAt
      WHERE partition = @partition AND key = @key AND etag = @ifMatch`),
    claim: db.prepare(`${insert} ON CONFLICT (partition, key) DO UPDATE SET ${replaceAll}
      WHERE documents.expires_at IS NOT NULL AND documents.expires_at <= @now`),
    delete: db.prepare('DELETE FROM documents WHERE partition = @partition AND key = @key'),
    deleteIfMatch: db.prepare('DELETE FROM documents WHERE partition = @partition AND key = @key AND etag = @ifMatch'),
    list: db.prepare(`SELECT ${COLUMNS} FROM documents
      WHERE partition = @partition AND key > @after AND substr(key, 1, @prefixLength) = @prefix AND ${LIVE}
      ORDER BY key LIMIT @limit`),
    scan: db.prepare(`SELECT ${COLUMNS} FROM documents
      WHERE (partition > @afterPartition OR (partition = @afterPartition AND key > @afterKey)) AND ${LIVE}
      ORDER BY partition, key LIMIT @limit`),
    deleteExpired: db.prepare('DELETE FROM documents WHERE expires_at IS NOT NULL AND expires_at <= @now'),
    ping: db.prepare('SELECT 1 AS ok'),
  };
}

function decodeScanCursor(cursor: string | undefined): [string, string] {
  if (cursor === undefined) return ['', ''];
  try {
    const parsed: unknown = JSON.parse(cursor);
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through
  }
  throw new StorageError('storage_invalid_key', 'storage: invalid scan cursor');
}

function isLive(row: Row, now: number): boolean {
  return row.expires_at === null || row.expires_at > now;
}

/** The rows of some partitions as this store last wrote them, the longest unwritten first (see `remembered`). */
class RememberedRows {
  private readonly rows = new Map<string, Row>();
  private readonly partitions: ReadonlySet<string>;

  constructor(
    partitions: readonly string[],
    private readonly limit: number,
  ) {
    this.partitions = new Set(partitions);
  }

  get(partition: string, key: string): Row | undefined {
    return this.partitions.has(partition) ? this.rows.get(`${partition}\u0000${key}`) : undefined;
  }

  remember(values: ReturnType<SqliteDocumentStore['values']>): void {
    if (!this.partitions.has(values.partition)) return;
    const id = `${values.partition}\u0000${values.key}`;
    this.rows.delete(id);
    if (this.rows.size >= this.limit) {
      const longest = this.rows.keys().next();
      if (longest.done !== true) this.rows.delete(longest.value);
    }
    this.rows.set(id, {
      partition: values.partition,
      key: values.key,
      data: values.data,
      etag: values.etag,
      schema_version: values.schemaVersion,
      expires_at: values.expiresAt,
      updated_at: values.updatedAt,
    });
  }

  forget(partition: string, key: string): void {
    if (this.partitions.has(partition)) this.rows.delete(`${partition}\u0000${key}`);
  }

  /** What `deleteExpired(now)` removes from the file (it may be given another time than the clock's). */
  forgetExpired(now: number): void {
    for (const [id, row] of this.rows) if (!isLive(row, now)) this.rows.delete(id);
  }

  clear(): void {
    this.rows.clear();
  }
}

function toDocument<T>(row: Row): StoredDocument<T> {
  return {
    partition: row.partition,
    key: row.key,
    data: JSON.parse(row.data) as T,
    etag: row.etag,
    schemaVersion: row.schema_version,
    expiresAt: row.expires_at === null ? undefined : new Date(row.expires_at),
    updatedAt: new Date(row.updated_at),
  };
}

/**
 * Makes `dir` if needed, after checking that its nearest existing ancestor is a directory we may write in.
 * Node's recursive mkdir never returned for `DATA_DIR=/proc/self/rt` (100% CPU); now that is one line.
 */
function ensureDirectory(dir: string): void {
  let existing = dir;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const usable = (() => {
    try {
      accessSync(existing, constants.W_OK | constants.X_OK);
      return statSync(existing).isDirectory();
    } catch {
      return false;
    }
  })();
  if (!usable) throw new Error(`${existing} is not a directory Wegwijs can write in`);
  if (existing !== dir) mkdirSync(dir, { recursive: true });
}
