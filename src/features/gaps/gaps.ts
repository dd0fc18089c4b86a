/**
 * Questions the knowledge base could not answer, kept for the editors' gap report — but only in a form
 * scrubbed of personal data and normalised, counted per distinct question, for one year.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normalize } from '../../kb/normalize.js';
import { detectPersonalData, redact } from '../../pii/index.js';
import { type DocumentStore, defineCollection } from '../../storage/index.js';
import { boundedText } from '../bounded-text.js';

export const GAPS_PARTITION = 'gaps';
export const GAP_TTL_MS = 365 * 24 * 60 * 60 * 1000;
const MAX_QUESTION_LENGTH = 300;

export interface Gap {
  /** The question with personal data replaced by placeholders, normalised ("[naam]" → "naam" in brackets). */
  question: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  /** Set when an expert marked it for the editors (vraag een collega). */
  markedByExpert?: boolean;
}

/** One document per distinct scrubbed question, keyed by its hash. */
export const GAPS = defineCollection<Gap>({
  partition: GAPS_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      question: z.string(),
      count: z.number().int(),
      firstSeen: z.string(),
      lastSeen: z.string(),
      markedByExpert: z.boolean().optional(),
    })
    .passthrough(),
});

/** The scrubbed, normalised form that is stored: placeholders keep their brackets so editors see them. */
export function scrubQuestion(text: string, allowed: readonly string[]): string {
  // Only what can be kept is scrubbed: the guard read all of a 60,000-character paste to keep 300 of it.
  // The window is wider than what is kept, since placeholders and normalisation change the length.
  const window = boundedText(text, MAX_QUESTION_LENGTH * 4);
  const redacted = redact(window, detectPersonalData(window, { allowed }));
  return redacted
    .split(/(\[[A-Z-]+\])/)
    .map((part) => (/^\[[A-Z-]+\]$/.test(part) ? part.toLowerCase() : normalize(part)))
    .filter((part) => part !== '')
    .join(' ')
    .slice(0, MAX_QUESTION_LENGTH);
}

/** Counts one more occurrence of the (scrubbed) question; a lost race is retried, a persistent one skipped. */
export async function recordGap(
  store: DocumentStore,
  text: string,
  allowed: readonly string[],
  options: { now: Date; markedByExpert?: boolean },
): Promise<void> {
  const question = scrubQuestion(text, allowed);
  if (question === '') return;
  const { now } = options;
  const key = createHash('sha256').update(question).digest('base64url');
  const expiresAt = new Date(now.getTime() + GAP_TTL_MS);
  const gaps = GAPS.in(store);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const existing = await gaps.get(key);
    if (existing === undefined) {
      const fresh: Gap = { question, count: 1, firstSeen: now.toISOString(), lastSeen: now.toISOString() };
      if (options.markedByExpert === true) fresh.markedByExpert = true;
      if ((await gaps.create(key, fresh, { expiresAt })).kind === 'created') return;
      continue;
    }
    const updated: Gap = {
      ...existing.data,
      count: existing.data.count + 1,
      lastSeen: now.toISOString(),
      ...(options.markedByExpert === true ? { markedByExpert: true } : {}),
    };
    if ((await gaps.put(key, updated, { ifMatch: existing.etag, expiresAt })).kind === 'ok') return;
  }
}

/** All gaps, the most asked first. */
export async function listGaps(store: DocumentStore): Promise<Gap[]> {
  const gaps = await GAPS.in(store).list();
  return gaps.sort(
    (a, b) => Number(b.markedByExpert ?? false) - Number(a.markedByExpert ?? false) || b.count - a.count,
  );
}
