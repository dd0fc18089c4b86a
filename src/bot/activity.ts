/**
 * Everything the shell reads from or writes to an activity: the one tenant truth, the reply language,
 * where a conversation can be reached later, the plain {@link TurnRequest} the features get, and the
 * activities an {@link Outcome}'s replies become.
 */

import { type Activity, CardFactory, type Mention, TeamsInfo, type TurnContext } from 'botbuilder';
import { languageOfAction } from '../cards/adaptive-card.js';
import type { Reply } from '../cards/reply.js';
import type { ConversationRef, Outcome, Scope, TeamsLookup, TurnRequest } from '../features/index.js';
import { decideTenant } from '../http/tenant.js';
import { type Language, languageFromLocale } from '../i18n/language.js';

/**
 * The tenant of the turn's activity. The bot refuses a conflicting activity before any route runs, so a
 * conflict here is a bug, not input.
 */
export function tenantIdOf(context: TurnContext): string | undefined {
  const decision = decideTenant(context.activity);
  if (decision.kind === 'conflict') throw new Error('tenant: a turn with conflicting tenant fields reached a route');
  return decision.tenantId;
}

/**
 * The reply language: a button press is answered in the language of its card; anything else follows the
 * client's locale (the answer engine refines that from the question's own words).
 */
export function languageOf(context: TurnContext): Language {
  return languageOfAction(context.activity.value) ?? languageFromLocale(context.activity.locale);
}

/** A card's data: Action.Submit's `value`, or Action.Execute's `value.action.data`. */
export function cardData(context: TurnContext): Record<string, unknown> {
  const value: unknown = context.activity.value;
  const record = (item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
  const data = context.activity.type === 'invoke' ? record(record(record(value)?.action)?.data) : record(value);
  return data ?? {};
}

/** The request the features get: read once from the activity, never from card data. */
export function requestOf(context: TurnContext): TurnRequest {
  const activity = context.activity;
  const tenantId = tenantIdOf(context);
  const ref: ConversationRef = {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    botId: activity.recipient.id,
    ...(tenantId === undefined ? {} : { tenantId }),
  };
  const channelData = activity.channelData as { channel?: { id?: string }; team?: { id?: unknown } } | undefined;
  const channelId = channelData?.channel?.id ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  const teamId = channelData?.team?.id;
  return {
    text: typeof activity.text === 'string' ? activity.text.trim() : '',
    data: cardData(context),
    language: languageOf(context),
    from: { id: activity.from.id, aadObjectId: activity.from.aadObjectId, name: activity.from.name ?? '' },
    tenantId,
    scope: scopeOf(activity.conversation.conversationType),
    conversationId: activity.conversation.id,
    ref,
    channelRef: { ...ref, conversationId: channelId, channel: true },
    // The General channel's id equals the team id: the default place for the weekly prompt.
    team:
      typeof teamId === 'string' ? { teamId, channel: { ...ref, conversationId: teamId, channel: true } } : undefined,
    botId: activity.recipient.id,
    teams: teamsLookup(context),
  };
}

function scopeOf(conversationType: string | undefined): Scope {
  return conversationType === 'channel' ? 'channel' : conversationType === 'groupChat' ? 'groupChat' : 'personal';
}

/** Teams' roster, channels and mentions; Teams out of reach reads as "unknown", never as an error. */
function teamsLookup(context: TurnContext): TeamsLookup {
  return {
    async channels(teamId) {
      const channels = await TeamsInfo.getTeamChannels(context, teamId).catch(() => []);
      return channels
        .filter((channel) => typeof channel.id === 'string')
        .map((channel) => ({ id: channel.id as string, name: channel.name }));
    },
    memberRole: (teamId) =>
      TeamsInfo.getTeamMember(context, teamId, context.activity.from.id).then(
        (member) => member.userRole,
        () => undefined,
      ),
    mentionedPerson: () => mentionedPerson(context),
  };
}

/** The first person @mentioned besides the bot: from the mention when Teams put the AAD id there, else the roster. */
async function mentionedPerson(context: TurnContext): Promise<{ aadObjectId: string; name: string } | undefined> {
  const botId = context.activity.recipient.id;
  const mention = (context.activity.entities ?? [])
    .filter((entity): entity is Mention & { type: string } => entity.type === 'mention')
    .find((entity) => typeof entity.mentioned?.id === 'string' && entity.mentioned.id !== botId);
  if (mention === undefined) return undefined;
  const mentioned = mention.mentioned as { id: string; name?: string; aadObjectId?: string };
  const name = mentioned.name ?? '';
  if (typeof mentioned.aadObjectId === 'string') return { aadObjectId: mentioned.aadObjectId, name };
  const member = await TeamsInfo.getMember(context, mentioned.id).catch(() => undefined);
  return typeof member?.aadObjectId === 'string'
    ? { aadObjectId: member.aadObjectId, name: member.name ?? name }
    : undefined;
}

export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.kind === 'text') return { type: 'message', text: reply.text };
  return {
    type: 'message',
    attachments: [CardFactory.adaptiveCard(reply.card)],
    // Shown in notifications and chat lists instead of "sent a card".
    summary: reply.card.fallbackText.slice(0, 200),
  };
}

/** Posts an outcome's replies in the turn's conversation. */
export async function sendReplies(context: TurnContext, outcome: Pick<Outcome, 'replies'>): Promise<void> {
  if (outcome.replies.length === 0) return;
  await context.sendActivities(outcome.replies.map(toActivity));
}

/** What an Action.Execute answers: the replacing card, else the first text (a notice; the card stays). */
export function invokeResult(outcome: Outcome) {
  if (outcome.replace !== undefined) return outcome.replace;
  const notice = outcome.replies.find((reply) => reply.kind === 'text');
  return notice?.kind === 'text' ? notice.text : '';
}
