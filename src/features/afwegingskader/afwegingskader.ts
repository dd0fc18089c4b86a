/**
 * The guided afwegingskader: one flow per user per conversation, kept in storage so that a restart in the
 * middle does not lose anyone's place. Plain data in, a card out.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import type { Language } from '../../i18n/language.js';
import type { KnowledgeEngine } from '../../kb/engine.js';
import { type DocumentStore, defineCollection } from '../../storage/index.js';
import { commands } from '../commands.js';
import { AFWEGING_VERBS, buildOutcomeCard, buildQuestionCard, type FlowView } from './cards.js';
import { type Answer, relevantAnswers, stepFor } from './flow.js';

export const FLOW_PARTITION = 'afweging';
/** An unfinished flow is kept 30 days after its last answer. */
export const FLOW_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Commands that start the flow. */
export const afwegingskaderCommand = commands({
  afwegingskader: ['start', 'nl'],
  'afwegingskader doorlopen': ['start', 'nl'],
  'start afwegingskader': ['start', 'nl'],
  'meldcode doorlopen': ['start', 'nl'],
  'reporting code check': ['start', 'en'],
  'assessment framework': ['start', 'en'],
});

interface FlowRecord {
  flowId: string;
  answers: Answer[];
  startedAt: string;
}

/** One document per user and conversation, keyed by a hash of both. */
const FLOWS = defineCollection<FlowRecord>({
  partition: FLOW_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({ flowId: z.string(), answers: z.array(z.enum(['ja', 'nee'])), startedAt: z.string() })
    .passthrough(),
});

/** Who walks the flow: a user in a conversation. Stored under a hash, so no ids are readable in storage. */
export interface FlowOwner {
  conversationId: string;
  userId: string;
}

export interface FlowAction {
  verb: string;
  flowId?: unknown;
  step?: unknown;
  answer?: unknown;
}

export interface FlowDeps {
  store: DocumentStore;
  engine: KnowledgeEngine;
  now: () => Date;
}

export function isAfwegingVerb(verb: unknown): boolean {
  return typeof verb === 'string' && (Object.values(AFWEGING_VERBS) as string[]).includes(verb);
}

/** Starts a new flow for `owner` and returns its first question. */
export async function startFlow(deps: FlowDeps, owner: FlowOwner, language: Language): Promise<AdaptiveCard> {
  const now = deps.now();
  const record: FlowRecord = { flowId: randomUUID(), answers: [], startedAt: now.toISOString() };
  await save(deps, owner, record, undefined, now);
  return render(deps, record, language);
}

/**
 * Applies a card action (answer, back, restart) and returns the card to show. A click on an old card — or
 * a second click on the same answer — shows the flow where it stands instead of changing it.
 */
export async function handleFlowAction(
  deps: FlowDeps,
  owner: FlowOwner,
  action: FlowAction,
  language: Language,
): Promise<AdaptiveCard> {
  if (action.verb === AFWEGING_VERBS.start || action.verb === AFWEGING_VERBS.restart)
    return startFlow(deps, owner, language);
  const now = deps.now();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const stored = await FLOWS.in(deps.store).get(keyOf(owner));
    if (stored === undefined || stored.data.flowId !== action.flowId) {
      // The flow expired, or the card belongs to an older flow: begin anew rather than guess.
      return startFlow(deps, owner, language);
    }
    const record = stored.data;
    const next = apply(record, action);
    if (next === record) return render(deps, record, language);
    if ((await save(deps, owner, next, stored.etag, now)) === 'ok') return render(deps, next, language);
  }
  const latest = await FLOWS.in(deps.store).get(keyOf(owner));
  return latest === undefined ? startFlow(deps, owner, language) : render(deps, latest.data, language);
}

function apply(record: FlowRecord, action: FlowAction): FlowRecord {
  if (action.verb === AFWEGING_VERBS.back) {
    return record.answers.length === 0 ? record : { ...record, answers: record.answers.slice(0, -1) };
  }
  const step = stepFor(record.answers);
  const answer = action.answer;
  if (action.verb !== AFWEGING_VERBS.answer || (answer !== 'ja' && answer !== 'nee')) return record;
  // Only an answer to the question now open counts.
  if (step.kind !== 'question' || action.step !== step.index) return record;
  return { ...record, answers: relevantAnswers([...record.answers, answer]) };
}

function render(deps: FlowDeps, record: FlowRecord, language: Language): AdaptiveCard {
  const source = deps.engine.kb.byId.get('afwegingskader')?.sources[0];
  const view: FlowView = { flowId: record.flowId, answers: record.answers, date: record.startedAt.slice(0, 10) };
  const step = stepFor(record.answers);
  return step.kind === 'question'
    ? buildQuestionCard(view, step.index, language, source)
    : buildOutcomeCard(view, step.outcome, language, source);
}

async function save(deps: FlowDeps, owner: FlowOwner, record: FlowRecord, ifMatch: string | undefined, now: Date) {
  const result = await FLOWS.in(deps.store).put(keyOf(owner), record, {
    expiresAt: new Date(now.getTime() + FLOW_TTL_MS),
    ...(ifMatch === undefined ? {} : { ifMatch }),
  });
  return result.kind;
}

function keyOf(owner: FlowOwner): string {
  return createHash('sha256').update(`${owner.conversationId}\u0000${owner.userId}`).digest('base64url');
}
