/**
 * Turns the features' plain `Reply` data into Bot Framework activities.
 */
import { type Activity, CardFactory, type TurnContext } from 'botbuilder';
import type { Reply } from '../features/reply.js';

export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.kind === 'text') return { type: 'message', text: reply.text };
  return {
    type: 'message',
    attachments: [CardFactory.adaptiveCard(reply.card)],
    // Shown in notifications and chat lists instead of "sent a card".
    summary: reply.card.fallbackText.slice(0, 200),
  };
}

export async function sendReplies(context: TurnContext, replies: readonly Reply[]): Promise<void> {
  if (replies.length === 0) return;
  await context.sendActivities(replies.map(toActivity));
}
