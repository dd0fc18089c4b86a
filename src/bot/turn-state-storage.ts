/**
 * botbuilder's `Storage` over the document-store port, for teams-ai turn state: conversation state
 * survives a restart (SQLite) and is shared between instances (Azure Tables).
 */
import { createHash } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { WegwijsError } from '../errors.js';
import type { DocumentStore } from '../storage/index.js';

export const TURN_STATE_PARTITION = 'turn-state';
/** Conversation state is kept for 30 days after its last change, then swept. */
export const TURN_STATE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export class DocumentTurnStateStorage implements Storage {
  constructor(
    private readonly store: DocumentStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const doc = await this.store.get<Record<string, unknown>>(TURN_STATE_PARTITION, storageKey(key));
        if (doc !== undefined) items[key] = { ...doc.data, eTag: doc.etag };
      }),
    );
    return items;
  }

  /**
   * Writes each item. As in botbuilder's own storages, an item carrying the `eTag` it was read with is
   * written only over that version (a concurrent turn changed it: throws `storage_conflict`); no eTag
   * or `*` writes unconditionally.
   */
  async write(changes: StoreItems): Promise<void> {
    const expiresAt = new Date(this.now().getTime() + TURN_STATE_TTL_MS);
    await Promise.all(
      Object.entries(changes).map(async ([key, value]) => {
        const { eTag, ...data } = (value ?? {}) as Record<string, unknown>;
        const ifMatch = typeof eTag === 'string' && eTag !== '*' ? eTag : undefined;
        const result = await this.store.put(TURN_STATE_PARTITION, storageKey(key), data, {
          expiresAt,
          ...(ifMatch === undefined ? {} : { ifMatch }),
        });
        if (result.kind === 'conflict') {
          throw new WegwijsError('storage_conflict', 'turn state: changed by another turn since it was read');
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.store.delete(TURN_STATE_PARTITION, storageKey(key))));
  }
}

/**
 * botbuilder keys hold channel, bot, conversation and user ids and can be longer than a table key may be;
 * a hash fits every backend and keeps those ids out of backups.
 */
function storageKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('base64url');
}
