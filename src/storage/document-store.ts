/**
 * The document-store port: everything Wegwijs remembers goes through it, so that one machine needs only a
 * file (SQLite) and many instances can share Azure Table Storage. Expected outcomes — a conflict, a
 * document that already exists — are values; only infrastructure failures throw ({@link StorageError}).
 */
import { WegwijsError } from '../errors.js';

export interface StoredDocument<T = unknown> {
  partition: string;
  key: string;
  data: T;
  /** Opaque version tag; pass it as `ifMatch` to write only if nobody else wrote in between. */
  etag: string;
  /** The shape version of `data`, so that readers can migrate old documents. */
  schemaVersion: number;
  /** When the document stops existing (the retention sweep deletes it; reads ignore it from then on). */
  expiresAt: Date | undefined;
  updatedAt: Date;
}

export interface WriteOptions {
  /** Default 1. */
  schemaVersion?: number;
  expiresAt?: Date;
}

export interface PutOptions extends WriteOptions {
  /** Write only if the stored document still has this etag. */
  ifMatch?: string;
}

export type PutResult = { kind: 'ok'; etag: string } | { kind: 'conflict' };
export type CreateResult = { kind: 'created'; etag: string } | { kind: 'exists' };
export type DeleteResult = 'deleted' | 'not-found' | 'conflict';

export interface ListOptions {
  /** Most documents per page; default 100, at most 1000. */
  limit?: number;
  /** From the previous page's `cursor`. */
  cursor?: string;
  /** Only keys that start with this. */
  prefix?: string;
}

export interface Page<T> {
  items: StoredDocument<T>[];
  /** Present when there may be more. */
  cursor?: string;
}

export interface DocumentStore {
  /** Which backend, for logs and the readiness report. */
  readonly kind: string;
  /** Creates tables or files as needed; call once before use. */
  init(): Promise<void>;
  get<T>(partition: string, key: string): Promise<StoredDocument<T> | undefined>;
  /** Writes the document; with `ifMatch`, only over that exact version (`conflict` otherwise, also when gone). */
  put<T>(partition: string, key: string, data: T, options?: PutOptions): Promise<PutResult>;
  /** The atomic claim: writes only if no live document has this key. Exactly one of racing callers gets `created`. */
  create<T>(partition: string, key: string, data: T, options?: WriteOptions): Promise<CreateResult>;
  delete(partition: string, key: string, options?: { ifMatch?: string }): Promise<DeleteResult>;
  /** Live documents of one partition in key order, a page at a time. */
  list<T>(partition: string, options?: ListOptions): Promise<Page<T>>;
  /** Every live document in every partition, a page at a time (for export). */
  scan(options?: Omit<ListOptions, 'prefix'>): Promise<Page<unknown>>;
  /** Deletes documents whose expiry has passed; returns how many. */
  deleteExpired(now?: Date): Promise<number>;
  /** True when the backend answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Longest partition or key; Azure Table Storage allows 1 KiB after our encoding. */
export const MAX_KEY_LENGTH = 255;
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export class StorageError extends WegwijsError {
  constructor(
    code: 'storage_unavailable' | 'storage_invalid_key' | 'storage_invalid_document',
    message: string,
    cause?: unknown,
  ) {
    super(code, message, cause === undefined ? undefined : { cause });
    this.name = 'StorageError';
  }
}

/** Throws on a key no backend can hold: a bug in the caller, not an expected outcome. */
export function assertKey(what: 'partition' | 'key', value: string): void {
  if (typeof value !== 'string' || value === '' || value.length > MAX_KEY_LENGTH) {
    throw new StorageError('storage_invalid_key', `storage: ${what} must be 1 to ${MAX_KEY_LENGTH} characters`);
  }
}

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  return Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(limit)));
}

export function isLive(expiresAt: Date | undefined, now: Date): boolean {
  return expiresAt === undefined || expiresAt.getTime() > now.getTime();
}
