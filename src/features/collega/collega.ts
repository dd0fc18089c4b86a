/**
 * "Vraag een collega": a question the knowledge base could not (fully) answer goes — checked for personal
 * data — to the experts' channel an admin designated; an expert answers in the card; the answer reaches the
 * asker in their own chat; the card shows open or answered and who answered. An expert can mark the
 * question for the knowledge editors (it then heads `npm run report:gaps`).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Language } from '../../i18n/language.js';
import type { KnowledgeEngine } from '../../kb/engine.js';
import { describeFindings, detectPersonalData, redact } from '../../pii/index.js';
import { type DocumentStore, defineCollection } from '../../storage/index.js';
import { commands } from '../commands.js';
import { type DesignatedChat, designateChat, designatedChat } from '../designated-chats.js';
import { recordGap } from '../gaps/index.js';
import { type ConversationRef, conversationRefSchema } from '../messenger.js';

export type { ConversationRef };

export const COLLEGA_PARTITION = 'collega';
/** Questions and answers are kept 90 days. */
export const QUESTION_TTL_MS = 90 * 24 * 60 * 60 * 1000;
export const MAX_QUESTION_LENGTH = 1000;

export type ExpertsChannel = DesignatedChat;

export interface ColleagueQuestion {
  id: string;
  question: string;
  askerName: string;
  asker: ConversationRef;
  language: Language;
  status: 'open' | 'answered';
  createdAt: string;
  answer?: string;
  answeredBy?: string;
  answeredAt?: string;
  markedBy?: string;
  /** The card in the experts' channel, to update it for everyone. */
  post?: { conversationId: string; activityId: string };
}

const postSchema = z.object({ conversationId: z.string(), activityId: z.string() }).passthrough();

/** One document per question, keyed by its id. */
export const COLLEAGUE_QUESTIONS = defineCollection<ColleagueQuestion>({
  partition: COLLEGA_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      id: z.string(),
      question: z.string(),
      askerName: z.string(),
      asker: conversationRefSchema,
      language: z.enum(['nl', 'en']),
      status: z.enum(['open', 'answered']),
      createdAt: z.string(),
      answer: z.string().optional(),
      answeredBy: z.string().optional(),
      answeredAt: z.string().optional(),
      markedBy: z.string().optional(),
      post: postSchema.optional(),
    })
    .passthrough(),
});

/** An admin's command, typed in a channel, that makes it the experts' channel. */
export const expertsChannelCommand = commands({
  expertkanaal: ['set', 'nl'],
  'stel expertkanaal in': ['set', 'nl'],
  'experts hier': ['set', 'nl'],
  'experts channel': ['set', 'en'],
  'set experts channel': ['set', 'en'],
});

export async function setExpertsChannel(store: DocumentStore, channel: ExpertsChannel): Promise<void> {
  await designateChat(store, 'experts-channel', channel);
}

export async function getExpertsChannel(
  store: DocumentStore,
  tenantId: string | undefined,
): Promise<ExpertsChannel | undefined> {
  return designatedChat(store, 'experts-channel', tenantId);
}

export type PersonalDataCheck =
  | { kind: 'ok'; text: string }
  | { kind: 'personal-data'; kinds: string; redacted: string }
  | { kind: 'empty' };

/** Trims, limits and checks a text for personal data before anything is stored or sent. */
export function checkText(text: unknown, engine: KnowledgeEngine, language: Language): PersonalDataCheck {
  if (typeof text !== 'string' || text.trim() === '') return { kind: 'empty' };
  const trimmed = text.trim().slice(0, MAX_QUESTION_LENGTH);
  const findings = detectPersonalData(trimmed, { allowed: engine.placeNames });
  if (findings.length === 0) return { kind: 'ok', text: trimmed };
  return {
    kind: 'personal-data',
    kinds: describeFindings(findings, language),
    redacted: redact(trimmed, findings, language),
  };
}

export async function createQuestion(
  store: DocumentStore,
  input: { question: string; askerName: string; asker: ConversationRef; language: Language },
  now: Date,
): Promise<ColleagueQuestion> {
  const record: ColleagueQuestion = {
    id: randomUUID(),
    question: input.question,
    askerName: input.askerName,
    asker: input.asker,
    language: input.language,
    status: 'open',
    createdAt: now.toISOString(),
  };
  await COLLEAGUE_QUESTIONS.in(store).create(record.id, record, {
    expiresAt: new Date(now.getTime() + QUESTION_TTL_MS),
  });
  return record;
}

export async function getQuestion(store: DocumentStore, id: unknown): Promise<ColleagueQuestion | undefined> {
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return (await COLLEAGUE_QUESTIONS.in(store).get(id))?.data;
}

/** Applies `change` to a stored question with optimistic concurrency; undefined when it does not exist. */
export async function updateQuestion(
  store: DocumentStore,
  id: string,
  change: (record: ColleagueQuestion) => ColleagueQuestion | undefined,
): Promise<ColleagueQuestion | undefined> {
  return (await COLLEAGUE_QUESTIONS.in(store).update(id, change))?.data;
}

/** Records the first answer; a question already answered keeps its answer (two experts at once: first wins). */
export function withAnswer(answer: string, expert: string, now: Date) {
  return (record: ColleagueQuestion): ColleagueQuestion | undefined =>
    record.status === 'answered'
      ? undefined
      : { ...record, status: 'answered', answer, answeredBy: expert, answeredAt: now.toISOString() };
}

/** Marks the question for the editors: it heads the gap report (scrubbed, as every gap). */
export async function markForEditors(
  store: DocumentStore,
  engine: KnowledgeEngine,
  id: string,
  expert: string,
  now: Date,
): Promise<ColleagueQuestion | undefined> {
  const record = await updateQuestion(store, id, (current) =>
    current.markedBy !== undefined ? undefined : { ...current, markedBy: expert },
  );
  if (record !== undefined) await recordGap(store, record.question, engine.placeNames, { now, markedByExpert: true });
  return record;
}
