/**
 * The port through which features send and update cards in other conversations (proactive messages).
 * `src/bot/messenger.ts` implements it with the Bot Framework adapter.
 */
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/adaptive-card.js';

/** Where to send a message later: plain data, turned into a botbuilder reference by `src/bot/`. */
export interface ConversationRef {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  botId: string;
  /** A Teams channel: `send` starts a new thread in it (instead of posting into a conversation). */
  channel?: boolean;
}

/** A stored {@link ConversationRef}, checked on read; fields a newer version added are kept. */
export const conversationRefSchema = z
  .object({
    channelId: z.string(),
    serviceUrl: z.string(),
    conversationId: z.string(),
    tenantId: z.string().optional(),
    botId: z.string(),
    channel: z.boolean().optional(),
  })
  .passthrough();

/** Where a sent card landed: the conversation (for a new channel thread: the thread) and the activity. */
export interface Sent {
  conversationId: string;
  activityId: string | undefined;
}

export interface Messenger {
  /** Posts a card (in a channel: a new thread). Throws `DeliveryError`. */
  send(ref: ConversationRef, card: AdaptiveCard): Promise<Sent>;
  /** Replaces an earlier card for everyone. Throws `DeliveryError`. */
  update(ref: ConversationRef, activityId: string, card: AdaptiveCard): Promise<void>;
}

/** A send the channel refused: the HTTP status and, on 429, how long to wait. */
export class DeliveryError extends Error {
  readonly code = 'delivery_failed';

  constructor(
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(`delivery failed${status === undefined ? '' : ` with HTTP ${status}`}`, options);
    this.name = 'DeliveryError';
  }
}
