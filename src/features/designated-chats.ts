/**
 * Chats an admin designates per organisation (tenant) for a purpose: the experts' channel of "vraag een
 * collega", the ambassadors' review chat of shared cases. One settings document per purpose and tenant.
 */
import { z } from 'zod';
import type { Language } from '../i18n/language.js';
import { type DocumentStore, defineCollection } from '../storage/index.js';
import { type ConversationRef, conversationRefSchema } from './messenger.js';

export const SETTINGS_PARTITION = 'settings';

export type ChatPurpose = 'experts-channel' | 'ambassadors-channel';

export interface DesignatedChat {
  ref: ConversationRef;
  /** The language the admin typed the command in: cards posted there use it. */
  language: Language;
  /** Display name of the admin who set it, where the feature shows it. */
  setBy?: string;
  setAt: string;
}

/** One document per purpose and tenant (`experts-channel:<tenant>`). */
export const DESIGNATED_CHATS = defineCollection<DesignatedChat>({
  partition: SETTINGS_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      ref: conversationRefSchema,
      language: z.enum(['nl', 'en']),
      setBy: z.string().optional(),
      setAt: z.string(),
    })
    .passthrough(),
});

const keyOf = (purpose: ChatPurpose, tenantId: string | undefined) => `${purpose}:${tenantId ?? 'default'}`;

export async function designateChat(store: DocumentStore, purpose: ChatPurpose, chat: DesignatedChat): Promise<void> {
  await DESIGNATED_CHATS.in(store).put(keyOf(purpose, chat.ref.tenantId), chat);
}

export async function designatedChat(
  store: DocumentStore,
  purpose: ChatPurpose,
  tenantId: string | undefined,
): Promise<DesignatedChat | undefined> {
  return (await DESIGNATED_CHATS.in(store).get(keyOf(purpose, tenantId)))?.data;
}
