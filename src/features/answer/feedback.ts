/**
 * 👍/👎 on an answer, stored with the entry id for the knowledge editors. No user id and no text: only
 * which entry, which vote, which language and when.
 */
import { randomUUID } from 'node:crypto';
import type { Language } from '../../i18n/language.js';
import type { DocumentStore } from '../../storage/index.js';

export const FEEDBACK_PARTITION = 'feedback';
/** Feedback is kept two years, long enough for two review rounds of every entry. */
export const FEEDBACK_TTL_MS = 2 * 365 * 24 * 60 * 60 * 1000;

export interface Feedback {
  entryId: string;
  vote: 'up' | 'down';
  language: Language;
  at: string;
}

export async function recordFeedback(
  store: DocumentStore,
  feedback: Omit<Feedback, 'at'>,
  now: Date = new Date(),
): Promise<void> {
  const data: Feedback = { ...feedback, at: now.toISOString() };
  await store.put(FEEDBACK_PARTITION, `${feedback.entryId}:${now.toISOString()}:${randomUUID().slice(0, 8)}`, data, {
    expiresAt: new Date(now.getTime() + FEEDBACK_TTL_MS),
  });
}
