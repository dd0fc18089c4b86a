/**
 * 👍/👎 on an answer, stored with the entry id for the knowledge editors. No user id and no text: only
 * which entry, which vote, which language and when.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Language } from '../../i18n/language.js';
import { describeFindings, detectPersonalData, redact } from '../../pii/index.js';
import { type DocumentStore, defineCollection } from '../../storage/index.js';
import { MAX_COMMENT_LENGTH } from './answer-card.js';

export const FEEDBACK_PARTITION = 'feedback';
/** Feedback is kept two years, long enough for two review rounds of every entry. */
export const FEEDBACK_TTL_MS = 2 * 365 * 24 * 60 * 60 * 1000;

export interface Feedback {
  entryId: string;
  vote: 'up' | 'down';
  language: Language;
  at: string;
  /** A 👎 note, stored only after the personal-data check found nothing. */
  comment?: string;
}

/** One document per vote, keyed `<entry id>:<time>:<random>`. */
export const FEEDBACK = defineCollection<Feedback>({
  partition: FEEDBACK_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      entryId: z.string(),
      vote: z.enum(['up', 'down']),
      language: z.enum(['nl', 'en']),
      at: z.string(),
      comment: z.string().optional(),
    })
    .passthrough(),
});

/** Stores one vote; returns its key, so that a 👎 note completes this record instead of adding one. */
export async function recordFeedback(store: DocumentStore, feedback: Omit<Feedback, 'at'>, now: Date): Promise<string> {
  const data: Feedback = { ...feedback, at: now.toISOString() };
  const key = `${feedback.entryId}:${now.toISOString()}:${randomUUID().slice(0, 8)}`;
  await FEEDBACK.in(store).put(key, data, { expiresAt: new Date(now.getTime() + FEEDBACK_TTL_MS) });
  return key;
}

/**
 * Adds the note to the 👎 it belongs to: that entry's vote, down, without a note yet. True when it did; a
 * key from an older card (or one that does not fit) is not used.
 */
async function completeVote(store: DocumentStore, key: string, entryId: string, comment: string): Promise<boolean> {
  if (key.length > 255 || !key.startsWith(`${entryId}:`)) return false;
  const feedback = FEEDBACK.in(store);
  const existing = await feedback.get(key);
  if (existing === undefined || existing.data.vote !== 'down' || existing.data.comment !== undefined) return false;
  const written = await feedback.put(
    key,
    { ...existing.data, comment },
    { ifMatch: existing.etag, ...(existing.expiresAt === undefined ? {} : { expiresAt: existing.expiresAt }) },
  );
  return written.kind === 'ok';
}

export type CommentOutcome =
  | { kind: 'stored' }
  | { kind: 'empty' }
  /** Personal data found: nothing stored; `kinds` names them, `redacted` has placeholders instead. */
  | { kind: 'personal-data'; kinds: string; redacted: string };

/** Stores a 👎 note after checking it for personal data; a note with personal data is not stored. */
export async function recordFeedbackComment(
  store: DocumentStore,
  input: { entryId: string; comment: string; language: Language; allowed: readonly string[]; feedbackKey?: string },
  now: Date,
): Promise<CommentOutcome> {
  const comment = input.comment.trim().slice(0, MAX_COMMENT_LENGTH);
  if (comment === '') return { kind: 'empty' };
  const findings = detectPersonalData(comment, { allowed: input.allowed });
  if (findings.length > 0) {
    return {
      kind: 'personal-data',
      kinds: describeFindings(findings, input.language),
      redacted: redact(comment, findings, input.language),
    };
  }
  if (input.feedbackKey !== undefined && (await completeVote(store, input.feedbackKey, input.entryId, comment)))
    return { kind: 'stored' };
  await recordFeedback(store, { entryId: input.entryId, vote: 'down', language: input.language, comment }, now);
  return { kind: 'stored' };
}
