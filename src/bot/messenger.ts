/**
 * Proactive messages for the features (the `Messenger` port): post or update a card in another
 * conversation. Inside a continued conversation the connector client is used directly: `sendActivity`
 * there would reply to the continuation's made-up activity id instead of posting.
 */
import { type Activity, CardFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { type ConversationRef, DeliveryError, type Messenger, type Sent } from '../features/messenger.js';
import type { WegwijsAdapter } from './adapter.js';

export function createMessenger(adapter: WegwijsAdapter, botAppId: string): Messenger {
  const withClient = async <T>(ref: ConversationRef, use: (client: ConnectorClient) => Promise<T>): Promise<T> => {
    let result: T | undefined;
    let failure: unknown;
    await delivering(async () => {
      await adapter.continueConversationAsync(botAppId, referenceOf(ref), async (context: TurnContext) => {
        // Caught here, not thrown: a throw would reach the adapter's turn-error handler, which would post
        // an apology into the team's channel and report success.
        try {
          const client = context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
          result = await use(client);
        } catch (error) {
          failure = error;
        }
      });
      if (failure !== undefined) throw failure;
    });
    return result as T;
  };
  return {
    async send(ref, card): Promise<Sent> {
      const activity = { ...cardActivity(card), from: { id: ref.botId, name: 'Wegwijs' } } as Activity;
      if (ref.channel === true) {
        // A new thread in a Teams channel is a new conversation with the channel as its parent.
        const created = await withClient<{ id?: string; activityId?: string }>(ref, (client) =>
          client.conversations.createConversation({
            isGroup: true,
            bot: { id: ref.botId, name: 'Wegwijs' },
            channelData: {
              channel: { id: ref.conversationId },
              ...(ref.tenantId === undefined ? {} : { tenant: { id: ref.tenantId } }),
            },
            activity,
          } as never),
        );
        return { conversationId: created.id ?? ref.conversationId, activityId: created.activityId };
      }
      const sent = await withClient<{ id?: string }>(ref, (client) =>
        client.conversations.sendToConversation(ref.conversationId, activity),
      );
      return { conversationId: ref.conversationId, activityId: sent.id };
    },
    async update(ref, activityId, card) {
      await withClient(ref, (client) =>
        client.conversations.updateActivity(ref.conversationId, activityId, {
          ...cardActivity(card),
          id: activityId,
        } as Activity),
      );
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

/** Maps the connector's errors onto `DeliveryError`: the status, and Retry-After on 429. */
async function delivering(send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (error) {
    const failure = error as { statusCode?: unknown; response?: { headers?: { get?: (name: string) => unknown } } };
    const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
    const header = failure.response?.headers?.get?.('retry-after');
    const seconds = Number(header);
    throw new DeliveryError(status, Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined, {
      cause: error,
    });
  }
}
