/**
 * Chats an admin designates per organisation (tenant) for a purpose: the experts' channel of "vraag een
 * collega", the ambassadors' review chat of shared cases. One settings document per purpose and tenant.
 */
import type { Language } from '../i18n/language.js';
import type { DocumentStore } from '../storage/index.js';
import type { ConversationRef } from './messenger.js';

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

const keyOf = (purpose: ChatPurpose, tenantId: string | undefined) => `${purpose}:${tenantId ?? 'default'}`;

export async function designateChat(store: DocumentStore, purpose: ChatPurpose, chat: DesignatedChat): Promise<void> {
  await store.put(SETTINGS_PARTITION, keyOf(purpose, chat.ref.tenantId), chat);
}

export async function designatedChat(
  store: DocumentStore,
  purpose: ChatPurpose,
  tenantId: string | undefined,
): Promise<DesignatedChat | undefined> {
  return (await store.get<DesignatedChat>(SETTINGS_PARTITION, keyOf(purpose, tenantId)))?.data;
}
