/**
 * Proactive messages for the features (the `Messenger` port): post or update a card in another
 * conversation, through the adapter's continueConversation.
 */
import { type Activity, CardFactory, type ConversationReference, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import type { ConversationRef, Messenger } from '../features/collega/index.js';
import type { WegwijsAdapter } from './adapter.js';

export function createMessenger(adapter: WegwijsAdapter, botAppId: string): Messenger {
  return {
    async send(ref, card) {
      let id: string | undefined;
      await adapter.continueConversationAsync(botAppId, referenceOf(ref), async (context) => {
        const sent = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        id = sent?.id;
      });
      return id;
    },
    async update(ref, activityId, card) {
      await adapter.continueConversationAsync(botAppId, referenceOf(ref), async (context) => {
        await context.updateActivity({ ...cardActivity(card), id: activityId });
      });
    },
  };
}

function cardActivity(card: AdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}

function referenceOf(ref: ConversationRef): ConversationReference {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    bot: { id: ref.botId, name: 'Wegwijs' },
    conversation: {
      id: ref.conversationId,
      isGroup: false,
      conversationType: '',
      name: '',
      ...(ref.tenantId === undefined ? {} : { tenantId: ref.tenantId }),
    },
  };
}
