/**
 * Azure Table Storage backend, for several instances behind a load balancer (the engine Microsoft's own
 * Teams templates run on). Conditional writes use the service's ETags; the atomic claim is
 * `createEntity`, which fails with 409 for every caller but the first.
 */
import { odata, RestError, TableClient, type TableEntity, type TableEntityResult } from '@azure/data-tables';
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
  StorageError,
  type StoredDocument,
  type WriteOptions,
} from './document-store.js';

export interface AzureTableDocumentStoreOptions {
  connectionString: string;
  /** Table name: letters and digits, starting with a letter. */
  tableName: string;
  now?: () => Date;
  /** How often a failed call is retried with exponential back-off; default 3 (the SDK's own default). */
  maxRetries?: number;
}

/** A string property holds at most 64 KiB (32k UTF-16 units); long documents are split over several. */
const CHUNK_CHARS = 30_000;
/** An entity holds at most 1 MiB. */
const MAX_CHUNKS = 15;

interface DocumentEntity {
  partitionKey: string;
  rowKey: string;
  chunks: number;
  schemaVersion: number;
  expiresAt?: Date | null;
  updatedAt: Date;
  [chunk: `d${number}`]: string;
}

export class AzureTableDocumentStore implements DocumentStore {
  readonly kind = 'azure-tables';
  private readonly client: TableClient;
  private readonly now: () => Date;

  constructor(options: AzureTableDocumentStoreOptions) {
    // Azurite and other local endpoints speak plain http; the SDK refuses that unless told.
    const insecure = /TableEndpoint=http:|UseDevelopmentStorage=true/i.test(options.connectionString);
    this.client = TableClient.fromConnectionString(options.connectionString, options.tableName, {
      allowInsecureConnection: insecure,
      retryOptions: { maxRetries: options.maxRetries ?? 3 },
    });
    this.now = options.now ?? (() => new Date());
  }

  async init(): Promise<void> {
    await this.call(() => this.client.createTable());
  }

  async get<T>(partition: string, key: string): Promise<StoredDocument<T> | undefined> {
    const entity = await this.read(partition, key);
    return entity !== undefined && isLive(dateOf(entity.expiresAt), this.now()) ? toDocument<T>(entity) : undefined;
  }

  async put<T>(partition: string, key: string, data: T, options: PutOptions = {}): Promise<PutResult> {
    const entity = this.entity(partition, key, data, options);
    if (options.ifMatch === undefined) {
      const response = await this.call(() => this.client.upsertEntity(entity, 'Replace'));
      return { kind: 'ok', etag: etagOf(response) };
    }
    const ifMatch = options.ifMatch;
    if (!isServiceEtag(ifMatch)) return { kind: 'conflict' };
    try {
      const response = await this.client.updateEntity(entity, 'Replace', { etag: ifMatch });
      return { kind: 'ok', etag: etagOf(response) };
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) return { kind: 'conflict' };
      throw unavailable(error);
    }
  }

  async create<T>(partition: string, key: string, data: T, options: WriteOptions = {}): Promise<CreateResult> {
    const entity = this.entity(partition, key, data, options);
    try {
      const response = await this.client.createEntity(entity);
      return { kind: 'created', etag: etagOf(response) };
    } catch (error) {
      if (statusOf(error) !== 409) throw unavailable(error);
    }
    // Taken: only an expired document may be taken over, and only over its exact version.
    const existing = await this.read(partition, key);
    if (existing === undefined) return this.create(partition, key, data, options);
    if (isLive(dateOf(existing.expiresAt), this.now())) return { kind: 'exists' };
    try {
      const response = await this.client.updateEntity(entity, 'Replace', { etag: existing.etag });
      return { kind: 'created', etag: etagOf(response) };
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) return { kind: 'exists' };
      throw unavailable(error);
    }
  }

  async delete(partition: string, key: string, options: { ifMatch?: string } = {}): Promise<DeleteResult> {
    if (options.ifMatch !== undefined && !isServiceEtag(options.ifMatch)) {
      return (await this.read(partition, key)) === undefined ? 'not-found' : 'conflict';
    }
    try {
      await this.client.deleteEntity(encodeKey(partition), encodeKey(key), { etag: options.ifMatch ?? '*' });
      return 'deleted';
    } catch (error) {
      if (statusOf(error) === 404) return 'not-found';
      if (statusOf(error) === 412) return 'conflict';
      throw unavailable(error);
    }
  }

  async list<T>(partition: string, options: ListOptions = {}): Promise<Page<T>> {
    assertKey('partition', partition);
    const prefix = options.prefix ?? '';
    let filter = odata`PartitionKey eq ${encodeKey(partition)}`;
    if (prefix !== '') {
      const low = encodeKey(prefix);
      // Encoded keys are ASCII, so the next string after every key with this prefix is the prefix with its
      // last character raised by one.
      const high = low.slice(0, -1) + String.fromCharCode(low.charCodeAt(low.length - 1) + 1);
      filter += ` and ${odata`RowKey ge ${low} and RowKey lt ${high}`}`;
    }
    return this.page<T>(filter, options);
  }

  async scan(options: Omit<ListOptions, 'prefix'> = {}): Promise<Page<unknown>> {
    return this.page<unknown>(undefined, options);
  }

  async deleteExpired(now: Date = this.now()): Promise<number> {
    let deleted = 0;
    const filter = odata`expiresAt le ${now}`;
    const pages = this.client.listEntities<DocumentEntity>({ queryOptions: { filter } }).byPage({ maxPageSize: 500 });
    try {
      for await (const page of pages) {
        for (const entity of page) {
          // Over its exact version: a document renewed since the query is left alone.
          const result = await this.delete(decodeKey(entity.partitionKey), decodeKey(entity.rowKey), {
            ifMatch: entity.etag,
          });
          if (result === 'deleted') deleted += 1;
        }
      }
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw unavailable(error);
    }
    return deleted;
  }

  async ping(): Promise<boolean> {
    try {
      // A readiness probe must answer quickly: no retries past two seconds.
      await this.client.getEntity('ping', 'ping', { abortSignal: AbortSignal.timeout(2000) });
      return true;
    } catch (error) {
      return statusOf(error) === 404;
    }
  }

  async close(): Promise<void> {}

  private async page<T>(filter: string | undefined, options: Omit<ListOptions, 'prefix'>): Promise<Page<T>> {
    const pages = this.client
      .listEntities<DocumentEntity>(filter === undefined ? {} : { queryOptions: { filter } })
      .byPage({
        maxPageSize: pageSize(options.limit),
        ...(options.cursor ? { continuationToken: options.cursor } : {}),
      });
    try {
      const next = await pages.next();
      if (next.done === true) return { items: [] };
      const now = this.now();
      const items = next.value
        .filter((entity) => isLive(dateOf(entity.expiresAt), now))
        .map((entity) => toDocument<T>(entity));
      const cursor = next.value.continuationToken;
      return cursor === undefined ? { items } : { items, cursor };
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw unavailable(error);
    }
  }

  private async read(partition: string, key: string): Promise<TableEntityResult<DocumentEntity> | undefined> {
    assertKey('partition', partition);
    assertKey('key', key);
    try {
      return await this.client.getEntity<DocumentEntity>(encodeKey(partition), encodeKey(key));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw unavailable(error);
    }
  }

  private entity(partition: string, key: string, data: unknown, options: WriteOptions): TableEntity<DocumentEntity> {
    assertKey('partition', partition);
    assertKey('key', key);
    const json = asciiJson(data);
    if (json === undefined) throw new StorageError('storage_invalid_document', 'storage: data must be JSON');
    const chunks = Math.max(1, Math.ceil(json.length / CHUNK_CHARS));
    if (chunks > MAX_CHUNKS) {
      throw new StorageError(
        'storage_invalid_document',
        `storage: document larger than ${MAX_CHUNKS * CHUNK_CHARS} characters`,
      );
    }
    const entity: TableEntity<DocumentEntity> = {
      partitionKey: encodeKey(partition),
      rowKey: encodeKey(key),
      chunks,
      schemaVersion: options.schemaVersion ?? 1,
      expiresAt: options.expiresAt ?? null,
      updatedAt: this.now(),
    };
    for (let i = 0; i < chunks; i += 1) entity[`d${i}`] = json.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
    return entity;
  }

  private async call<R>(operation: () => Promise<R>): Promise<R> {
    try {
      return await operation();
    } catch (error) {
      throw unavailable(error);
    }
  }
}

/**
 * JSON with every character outside ASCII written as a `\uXXXX` escape. The emulator the tests run against
 * (Azurite 3.35–3.37) decodes a request body per TCP segment, so a multi-byte character split between two
 * segments came back as two U+FFFD; ASCII cannot be split. JSON.parse reads the escapes back as they were.
 */
export function asciiJson(data: unknown): string | undefined {
  return JSON.stringify(data)?.replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Table keys may not hold `/ \ # ?` or control characters (Azurite even answers a `/` with a 500), so keys
 * are percent-encoded; the encoding keeps the order of prefixes.
 */
export function encodeKey(value: string): string {
  return encodeURIComponent(value);
}

export function decodeKey(value: string): string {
  return decodeURIComponent(value);
}

function toDocument<T>(entity: TableEntityResult<DocumentEntity>): StoredDocument<T> {
  let json = '';
  for (let i = 0; i < entity.chunks; i += 1) json += entity[`d${i}`] ?? '';
  return {
    partition: decodeKey(entity.partitionKey),
    key: decodeKey(entity.rowKey),
    data: JSON.parse(json) as T,
    etag: entity.etag,
    schemaVersion: entity.schemaVersion,
    expiresAt: dateOf(entity.expiresAt),
    updatedAt: dateOf(entity.updatedAt) ?? new Date(0),
  };
}

/**
 * The service answers a malformed If-Match with 400; an etag this store never issued (from another backend,
 * or made up) can only be stale, so it is a conflict without a round trip.
 */
function isServiceEtag(etag: string): boolean {
  return /^W\/"datetime'[^']+'"$/.test(etag);
}

function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'string') return new Date(value);
  return undefined;
}

function etagOf(response: { etag?: string }): string {
  if (response.etag === undefined)
    throw new StorageError('storage_unavailable', 'storage: Azure Tables returned no ETag');
  return response.etag;
}

/** The HTTP status of a failed call. (`RestError.code` is often undefined; the status is what counts.) */
function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

function unavailable(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const status = statusOf(error);
  return new StorageError(
    'storage_unavailable',
    `storage: Azure Tables call failed${status === undefined ? '' : ` with HTTP ${status}`}`,
    error,
  );
}
