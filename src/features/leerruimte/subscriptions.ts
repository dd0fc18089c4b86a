/**
 * Teams that installed Wegwijs, with their leerruimte settings, and the weekly delivery records.
 */
import { z } from 'zod';
import type { Language } from '../../i18n/language.js';
import { type DocumentStore, defineCollection } from '../../storage/index.js';
import { type ConversationRef, conversationRefSchema } from '../messenger.js';

export const SUBSCRIPTIONS_PARTITION = 'leerruimte';
export const DELIVERIES_PARTITION = 'leerruimte-delivery';
/** Delivery records are kept for a year, for the status overview and audits. */
export const DELIVERY_TTL_MS = 365 * 24 * 60 * 60 * 1000;

export interface Subscription {
  teamId: string;
  /** Where to post: the team's channel of choice (the General channel's id equals the team id). */
  channel: ConversationRef;
  channelName?: string;
  day: number;
  time: string;
  tracks: string[];
  language: Language;
  status: 'active' | 'paused' | 'retired';
  retiredReason?: string;
  /** Prompt ids sent, in order; cleared when every prompt of the team's tracks has been sent. */
  sent: string[];
  installedAt: string;
  updatedAt: string;
}

export interface Delivery {
  teamId: string;
  week: string;
  status: 'claimed' | 'sent' | 'failed' | 'retired';
  promptId?: string;
  reason?: string;
  claimedAt: string;
  finishedAt?: string;
  attempts: number;
}

export const DEFAULT_SETTINGS = { day: 1, time: '09:00', tracks: ['stress-sensitief'] } as const;

/**
 * One document per team, keyed by team id. Checked on every read; fields this version does not know are
 * kept (passthrough), so that an older instance rewriting a document does not drop a newer one's settings.
 */
export const SUBSCRIPTIONS = defineCollection<Subscription>({
  partition: SUBSCRIPTIONS_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      teamId: z.string(),
      channel: conversationRefSchema,
      channelName: z.string().optional(),
      day: z.number().int(),
      time: z.string(),
      tracks: z.array(z.string()),
      language: z.enum(['nl', 'en']),
      status: z.enum(['active', 'paused', 'retired']),
      retiredReason: z.string().optional(),
      sent: z.array(z.string()),
      installedAt: z.string(),
      updatedAt: z.string(),
    })
    .passthrough(),
});

export async function getSubscription(store: DocumentStore, teamId: string) {
  return SUBSCRIPTIONS.in(store).get(teamId);
}

/** Creates the subscription on installation; an existing one is reactivated, keeping its settings. */
export async function installTeam(
  store: DocumentStore,
  input: { teamId: string; channel: ConversationRef; language: Language },
  now: Date,
): Promise<{ subscription: Subscription; welcome: boolean }> {
  const fresh: Subscription = {
    teamId: input.teamId,
    channel: input.channel,
    ...DEFAULT_SETTINGS,
    tracks: [...DEFAULT_SETTINGS.tracks],
    language: input.language,
    status: 'active',
    sent: [],
    installedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  // Teams announces an installation twice (installationUpdate and conversationUpdate): welcome only once.
  if ((await SUBSCRIPTIONS.in(store).create(input.teamId, fresh)).kind === 'created')
    return { subscription: fresh, welcome: true };
  let reactivated = false;
  const updated = await updateSubscription(store, input.teamId, (current) => {
    if (current.status !== 'retired') return undefined;
    reactivated = true;
    return {
      ...current,
      status: 'active',
      retiredReason: undefined,
      channel: input.channel,
      updatedAt: now.toISOString(),
    } as Subscription;
  });
  return { subscription: updated ?? fresh, welcome: reactivated };
}

/** Applies `change` with optimistic concurrency; `undefined` from `change` leaves it as it is. */
export async function updateSubscription(
  store: DocumentStore,
  teamId: string,
  change: (current: Subscription) => Subscription | undefined,
): Promise<Subscription | undefined> {
  return (await SUBSCRIPTIONS.in(store).update(teamId, change))?.data;
}

export async function listSubscriptions(store: DocumentStore): Promise<Subscription[]> {
  return SUBSCRIPTIONS.in(store).list();
}

/** One document per team and week (`2026-W10:team-1`): the claim, then what became of it. */
export const DELIVERIES = defineCollection<Delivery>({
  partition: DELIVERIES_PARTITION,
  schemaVersion: 1,
  schema: z
    .object({
      teamId: z.string(),
      week: z.string(),
      status: z.enum(['claimed', 'sent', 'failed', 'retired']),
      promptId: z.string().optional(),
      reason: z.string().optional(),
      claimedAt: z.string(),
      finishedAt: z.string().optional(),
      attempts: z.number().int(),
    })
    .passthrough(),
});

export async function listDeliveries(store: DocumentStore, week: string): Promise<Delivery[]> {
  return DELIVERIES.in(store).list(`${week}:`);
}
