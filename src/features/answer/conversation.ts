/**
 * What a conversation remembers of its last answer (and the place of an earlier one), for follow-ups ("en in Delft?", "wat is hun nummer?"):
 * entry ids, place, topic, themes, language and whether it was about danger or a worry, for 30 minutes — never the text. Keyed by a hash of conversation and
 * user, so that colleagues in one channel thread do not answer each other's follow-ups.
 */
import { hash } from 'node:crypto';
import { z } from 'zod';
import { type ConversationContext, MAX_THEMES } from '../../kb/engine.js';
import { DANGER_KINDS, type DangerKind } from '../../kb/schema.js';
import { type DocumentStore, defineCollection } from '../../storage/index.js';

export const CONVERSATION_PARTITION = 'conversation';
/** How long a follow-up can refer to the last answer. */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;

export interface ConversationOwner {
  conversationId: string;
  userId: string;
}

/** A theme is a topic id of the vocabulary, at most 64 characters: never words a user typed. */
const TOPIC_ID = /^[a-z0-9-]{1,64}$/;

/** A place or topic longer than this, or not a string, is left out rather than trusted. */
const shortText = z.string().max(64).optional().catch(undefined);

/**
 * One document per conversation and user. Only what a follow-up needs is read back (anything else stored
 * is dropped); a place or topic that is not a short string is left out, other problems void the context.
 */
export const CONVERSATION_SCHEMA = z
  .object({
    entryIds: z.array(z.string()).max(8),
    earlier: z.array(z.string()).max(4).optional().catch(undefined),
    language: z.enum(['nl', 'en']),
    place: shortText,
    topic: shortText,
    themes: z.array(z.string().regex(TOPIC_ID)).max(MAX_THEMES).optional().catch(undefined),
    alert: z
      .object({ acute: z.boolean(), kinds: z.array(z.enum(DANGER_KINDS as [DangerKind, ...DangerKind[]])).max(4) })
      .optional()
      .catch(undefined),
  })
  .transform(({ entryIds, earlier, language, place, topic, themes, alert }) => ({
    entryIds,
    ...(earlier === undefined ? {} : { earlier }),
    language,
    ...(place === undefined ? {} : { place }),
    ...(topic === undefined ? {} : { topic }),
    ...(themes === undefined ? {} : { themes }),
    ...(alert === undefined ? {} : { alert }),
  }));

const KINDS: ReadonlySet<unknown> = new Set(DANGER_KINDS);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const shortOrNothing = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 64 ? value : undefined;

/**
 * {@link CONVERSATION_SCHEMA} for a well-formed document, without zod (which cost more than the SQLite read
 * it checks, on every turn); undefined for anything else, which the schema then reads and reports.
 */
export function quickConversation(data: unknown): ConversationContext | undefined {
  if (!isRecord(data)) return undefined;
  const { entryIds, earlier, language, place, topic, themes, alert } = data;
  if (!Array.isArray(entryIds) || entryIds.length > 8 || (language !== 'nl' && language !== 'en')) return undefined;
  for (const id of entryIds) if (typeof id !== 'string') return undefined;
  // A malformed `earlier` is left to the schema, which drops it.
  if (
    earlier !== undefined &&
    (!Array.isArray(earlier) || earlier.length > 4 || !earlier.every((id) => typeof id === 'string'))
  )
    return undefined;
  // So is a malformed `themes`.
  if (
    themes !== undefined &&
    (!Array.isArray(themes) ||
      themes.length > MAX_THEMES ||
      !themes.every((theme) => typeof theme === 'string' && TOPIC_ID.test(theme)))
  )
    return undefined;
  let kept: ConversationContext['alert'];
  if (alert !== undefined) {
    // The schema leaves out a malformed alert; anything but a plain object is left to it.
    if (typeof alert !== 'object' || alert === null || (!isRecord(alert) && !Array.isArray(alert))) return undefined;
    const { acute, kinds } = alert as Record<string, unknown>;
    if (
      !Array.isArray(alert) &&
      typeof acute === 'boolean' &&
      Array.isArray(kinds) &&
      kinds.length <= 4 &&
      kinds.every((kind) => KINDS.has(kind))
    ) {
      kept = { acute, kinds: [...kinds] as DangerKind[] };
    }
  }
  const keptPlace = shortOrNothing(place);
  const keptTopic = shortOrNothing(topic);
  return {
    entryIds: [...(entryIds as string[])],
    ...(earlier === undefined ? {} : { earlier: [...(earlier as string[])] }),
    language,
    ...(keptPlace === undefined ? {} : { place: keptPlace }),
    ...(keptTopic === undefined ? {} : { topic: keptTopic }),
    ...(themes === undefined ? {} : { themes: [...(themes as string[])] }),
    ...(kept === undefined ? {} : { alert: kept }),
  };
}

export const CONVERSATIONS = defineCollection<ConversationContext>({
  partition: CONVERSATION_PARTITION,
  schemaVersion: 1,
  schema: CONVERSATION_SCHEMA,
  quickParse: quickConversation,
});

/** The last answer's context, if it is younger than 30 minutes and well-formed. */
export async function loadConversation(store: DocumentStore, key: string): Promise<ConversationContext | undefined> {
  return (await CONVERSATIONS.in(store).get(key))?.data;
}

export async function saveConversation(
  store: DocumentStore,
  key: string,
  context: ConversationContext,
  now: Date,
): Promise<void> {
  await CONVERSATIONS.in(store).put(key, context, {
    expiresAt: new Date(now.getTime() + CONVERSATION_TTL_MS),
  });
}

/**
 * The document key of a conversation's context: a hash, worked out once for a turn's read and write. The
 * one-shot `hash` gives the same digest as `createHash(…).update(…).digest(…)` without a Hash object per
 * turn (~1 µs against ~3 µs in a loop; ~25 µs inside a turn under load, measured around the call).
 */
export function conversationKey(owner: ConversationOwner): string {
  return hash('sha256', `${owner.conversationId}\u0000${owner.userId}`, 'base64url');
}
