/**
 * Teams-shaped activities, as Teams posts them to a bot's /api/messages: the one builder behind the tests'
 * fakes (tests/support/activities.ts), the benchmark's clients (bench/http.ts) and the reply snapshot
 * (scripts/reply-snapshot.ts). Synthetic ids only. It imports nothing from the tests, so the build compiles it
 * with the scripts and the benchmark.
 */
import { randomUUID } from 'node:crypto';

export type Activity = Record<string, unknown>;

/** A Teams user as an activity names it in `from`. */
export interface TeamsUser {
  /** Teams user id (29:…). */
  id: string;
  aadObjectId: string;
  name: string;
}

/**
 * Synthetic user number `n`: `29:<label>-user-<n>`, with an AAD object id that ends in `n`.
 * @example syntheticUser('bench', 7, 'Bench') // { id: '29:bench-user-7', aadObjectId: '…-000000000007', … }
 */
export function syntheticUser(label: string, n: number, name: string): TeamsUser {
  return { id: `29:${label}-user-${n}`, aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name };
}

export interface ActivityOptions {
  serviceUrl: string;
  from: TeamsUser;
  /** The bot's id in `recipient` (28:…). */
  botId: string;
  tenantId: string;
  /** The conversation's own fields (id, conversationType, …); its `tenantId` is added. */
  conversation: Record<string, unknown>;
  /** `channelData` beside `tenant` (team, channel, eventType). */
  channelData?: Record<string, unknown>;
  /** Default: a random UUID. */
  id?: string;
  /** Default: now. */
  timestamp?: string;
  /** Default: nl-NL. */
  locale?: string;
}

/** What every activity from Teams carries (ids, sender, bot, conversation, tenant); the caller adds `type` and the rest. */
export function buildActivity(options: ActivityOptions): Activity {
  const { tenantId } = options;
  return {
    id: options.id ?? randomUUID(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: options.timestamp ?? new Date().toISOString(),
    locale: options.locale ?? 'nl-NL',
    from: { ...options.from },
    recipient: { id: options.botId, name: 'Wegwijs' },
    conversation: { ...options.conversation, tenantId },
    channelData: { tenant: { id: tenantId }, ...options.channelData },
  };
}

/** A user's one-to-one chat with the bot, named after `key` (usually the user's id). */
export function personalConversation(key: string): Record<string, unknown> {
  return { id: `a:personal-${key}`, conversationType: 'personal' };
}

/** A plain-text message in a personal chat; the conversation is named after `conversationKey`, by default the user's id. */
export function buildPersonalMessage(
  text: string,
  options: Omit<ActivityOptions, 'conversation' | 'channelData'> & { conversationKey?: string },
): Activity {
  const conversation = personalConversation(options.conversationKey ?? options.from.id);
  return { type: 'message', ...buildActivity({ ...options, conversation }), text, textFormat: 'plain' };
}
