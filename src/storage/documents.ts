/**
 * Two patterns every feature needs on top of the port: read a whole partition page by page, and change
 * one document with optimistic concurrency (re-read and retry when someone else wrote in between).
 */
import type { DocumentStore } from './document-store.js';

/** Every live document's data in `partition` (optionally only keys starting with `prefix`), in key order. */
export async function listAll<T>(store: DocumentStore, partition: string, prefix?: string): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list<T>(partition, {
      limit: 1000,
      ...(prefix === undefined ? {} : { prefix }),
      ...(cursor === undefined ? {} : { cursor }),
    });
    all.push(...page.items.map((item) => item.data));
    cursor = page.cursor;
  } while (cursor !== undefined);
  return all;
}

/**
 * Applies `change` to the stored document, only over the version it read; `change` returns undefined to
 * leave it as it is. The expiry stays. Undefined when the document does not exist; `changed: false` with
 * the latest version when `change` declined or every attempt lost a race.
 */
export async function updateDocument<T>(
  store: DocumentStore,
  partition: string,
  key: string,
  change: (current: T) => T | undefined,
  attempts = 5,
): Promise<{ data: T; changed: boolean } | undefined> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const stored = await store.get<T>(partition, key);
    if (stored === undefined) return undefined;
    const next = change(stored.data);
    if (next === undefined) return { data: stored.data, changed: false };
    const result = await store.put(partition, key, next, {
      ifMatch: stored.etag,
      ...(stored.expiresAt === undefined ? {} : { expiresAt: stored.expiresAt }),
    });
    if (result.kind === 'ok') return { data: next, changed: true };
  }
  const latest = await store.get<T>(partition, key);
  return latest === undefined ? undefined : { data: latest.data, changed: false };
}
