/**
 * What a conversation remembers of its last answer, for follow-ups ("en in Delft?", "wat is hun nummer?"):
 * entry ids, place, topic and language for 30 minutes — never the text. Keyed by a hash of conversation and
 * user, so that colleagues in one channel thread do not answer each other's follow-ups.
 */
import { createHash } from 'node:crypto';
import type { Language } from '../../i18n/language.js';
import type { ConversationContext } from '../../kb/engine.js';
import type { DocumentStore } from '../../storage/index.js';

export const CONVERSATION_PARTITION = 'conversation';
/** How long a follow-up can refer to the last answer. */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;

export interface ConversationOwner {
  conversationId: string;
  userId: string;
}

/** The last answer's context, if it is younger than 30 minutes and well-formed. */
export async function loadConversation(
  store: DocumentStore,
  owner: ConversationOwner,
): Promise<ConversationContext | undefined> {
  const stored = await store.get<unknown>(CONVERSATION_PARTITION, keyOf(owner));
  return stored === undefined ? undefined : parseContext(stored.data);
}

export async function saveConversation(
  store: DocumentStore,
  owner: ConversationOwner,
  context: ConversationContext,
  now: Date,
): Promise<void> {
  await store.put(CONVERSATION_PARTITION, keyOf(owner), context, {
    expiresAt: new Date(now.getTime() + CONVERSATION_TTL_MS),
  });
}

/** Validates what was read back: a stored document is data from outside like any other. */
export function parseContext(data: unknown): ConversationContext | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const ids = record.entryIds;
  const language = record.language;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string') || ids.length > 8) return undefined;
  if (language !== 'nl' && language !== 'en') return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value.length <= 64 ? value : undefined);
  const place = text(record.place);
  const topic = text(record.topic);
  return {
    entryIds: ids as string[],
    language: language as Language,
    ...(place === undefined ? {} : { place }),
    ...(topic === undefined ? {} : { topic }),
  };
}

function keyOf(owner: ConversationOwner): string {
  return createHash('sha256').update(`${owner.conversationId}\u0000${owner.userId}`).digest('base64url');
}
