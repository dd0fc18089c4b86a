/**
 * In-memory document store for unit tests. Same semantics as the real backends, nothing persisted.
 */
import { randomUUID } from 'node:crypto';
import {
  assertKey,
  type CreateResult,
  type DeleteResult,
  type DocumentStore,
  isLive,
  type ListOptions,
  type Page,
  type PutOptions,
  type PutResult,
  pageSize,
  type StoredDocument,
  type WriteOptions,
} from './document-store.js';

type Row = Omit<StoredDocument, 'partition' | 'key'> & { json: string };

export class MemoryDocumentStore implements DocumentStore {
  readonly kind = 'memory';
  private readonly partitions = new Map<string, Map<string, Row>>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async init(): Promise<void> {}

  async get<T>(partition: string, key: string): Promise<StoredDocument<T> | undefined> {
    const row = this.live(partition, key);
    return row === undefined ? undefined : toDocument<T>(partition, key, row);
  }

  async put<T>(partition: string, key: string, data: T, options: PutOptions = {}): Promise<PutResult> {
    assertKey('partition', partition);
    assertKey('key', key);
    if (options.ifMatch !== undefined && this.row(partition, key)?.etag !== options.ifMatch)
      return { kind: 'conflict' };
    return { kind: 'ok', etag: this.write(partition, key, data, options) };
  }

  async create<T>(partition: string, key: string, data: T, options: WriteOptions = {}): Promise<CreateResult> {
    assertKey('partition', partition);
    assertKey('key', key);
    if (this.live(partition, key) !== undefined) return { kind: 'exists' };
    return { kind: 'created', etag: this.write(partition, key, data, options) };
  }

  async delete(partition: string, key: string, options: { ifMatch?: string } = {}): Promise<DeleteResult> {
    const row = this.row(partition, key);
    if (row === undefined) return 'not-found';
    if (options.ifMatch !== undefined && row.etag !== options.ifMatch) return 'conflict';
    this.partitions.get(partition)?.delete(key);
    return 'deleted';
  }

  async list<T>(partition: string, options: ListOptions = {}): Promise<Page<T>> {
    const rows = this.partitions.get(partition) ?? new Map<string, Row>();
    const prefix = options.prefix ?? '';
    const keys = [...rows.keys()]
      .filter((key) => key.startsWith(prefix) && (options.cursor === undefined || key > options.cursor))
      .sort();
    return this.page(
      keys.map((key) => [partition, key] as const),
      options.limit,
      ([, key]) => key,
    );
  }

  async scan(options: Omit<ListOptions, 'prefix'> = {}): Promise<Page<unknown>> {
    const all = [...this.partitions.entries()]
      .flatMap(([partition, rows]) => [...rows.keys()].map((key) => [partition, key] as const))
      .filter((pair) => options.cursor === undefined || JSON.stringify(pair) > options.cursor)
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    return this.page(all, options.limit, (pair) => JSON.stringify(pair));
  }

  async deleteExpired(now: Date = this.now()): Promise<number> {
    let deleted = 0;
    for (const rows of this.partitions.values()) {
      for (const [key, row] of rows) {
        if (!isLive(row.expiresAt, now)) {
          rows.delete(key);
          deleted += 1;
        }
      }
    }
    return deleted;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}

  private page<T>(
    pairs: ReadonlyArray<readonly [string, string]>,
    limit: number | undefined,
    cursorOf: (pair: readonly [string, string]) => string,
  ): Page<T> {
    const size = pageSize(limit);
    const now = this.now();
    const items: StoredDocument<T>[] = [];
    let last: readonly [string, string] | undefined;
    for (const pair of pairs) {
      if (items.length === size) return { items, cursor: cursorOf(last as readonly [string, string]) };
      last = pair;
      const row = this.partitions.get(pair[0])?.get(pair[1]);
      if (row !== undefined && isLive(row.expiresAt, now)) items.push(toDocument<T>(pair[0], pair[1], row));
    }
    return { items };
  }

  private row(partition: string, key: string): Row | undefined {
    return this.partitions.get(partition)?.get(key);
  }

  private live(partition: string, key: string): Row | undefined {
    assertKey('partition', partition);
    assertKey('key', key);
    const row = this.row(partition, key);
    return row !== undefined && isLive(row.expiresAt, this.now()) ? row : undefined;
  }

  private write(partition: string, key: string, data: unknown, options: WriteOptions): string {
    let rows = this.partitions.get(partition);
    if (rows === undefined) {
      rows = new Map();
      this.partitions.set(partition, rows);
    }
    const etag = randomUUID();
    rows.set(key, {
      // Stored as JSON, as the real backends do: a caller's later mutation must not change what is stored.
      json: JSON.stringify(data),
      data: undefined,
      etag,
      schemaVersion: options.schemaVersion ?? 1,
      expiresAt: options.expiresAt,
      updatedAt: this.now(),
    });
    return etag;
  }
}

function toDocument<T>(partition: string, key: string, row: Row): StoredDocument<T> {
  return {
    partition,
    key,
    data: JSON.parse(row.json) as T,
    etag: row.etag,
    schemaVersion: row.schemaVersion,
    expiresAt: row.expiresAt,
    updatedAt: row.updatedAt,
  };
}
