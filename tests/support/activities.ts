/**
 * Builders for Teams-shaped activities, as Teams sends them to a bot. Synthetic ids only. What every activity
 * carries comes from scripts/teams-activities.ts, which the benchmark and the reply snapshot share.
 */
import {
  type Activity,
  buildActivity,
  personalConversation,
  syntheticUser,
  type TeamsUser,
} from '../../scripts/teams-activities.js';

export type { Activity };

export const TENANT_ID = '00000000-0000-4000-8000-00000000000a';
export const BOT_ID = '28:00000000-0000-4000-8000-0000000000b0';
export const TEAM_ID = '19:synthetic-team-general@thread.tacv2';
export const CHANNEL_ID = '19:synthetic-team-general@thread.tacv2';

export interface UserOptions {
  /** Teams user id (29:…). */
  id?: string;
  aadObjectId?: string;
  name?: string;
}

export interface BaseOptions {
  serviceUrl: string;
  locale?: string;
  tenantId?: string;
  user?: UserOptions;
}

const DEFAULT_USER = syntheticUser('synthetic', 1, 'Test Gebruiker');

function user(options: UserOptions = {}): TeamsUser {
  return {
    id: options.id ?? DEFAULT_USER.id,
    aadObjectId: options.aadObjectId ?? DEFAULT_USER.aadObjectId,
    name: options.name ?? DEFAULT_USER.name,
  };
}

function base(
  options: BaseOptions,
  conversation: Record<string, unknown>,
  channelData: Record<string, unknown>,
): Activity {
  return {
    ...buildActivity({
      serviceUrl: options.serviceUrl,
      locale: options.locale,
      from: user(options.user),
      botId: BOT_ID,
      tenantId: options.tenantId ?? TENANT_ID,
      conversation,
      channelData,
    }),
    localTimestamp: new Date().toISOString(),
  };
}

function personal(options: BaseOptions): [Record<string, unknown>, Record<string, unknown>] {
  return [personalConversation(options.user?.id ?? DEFAULT_USER.id), {}];
}

function channel(options: BaseOptions & { teamId?: string; channelId?: string }) {
  const teamId = options.teamId ?? TEAM_ID;
  const channelId = options.channelId ?? teamId;
  return [
    { id: `${channelId};messageid=${Date.now()}`, conversationType: 'channel', isGroup: true },
    { team: { id: teamId, name: 'Synthetisch team' }, channel: { id: channelId } },
  ] as const;
}

/** A message in the personal chat with the bot. */
export function personalMessage(text: string, options: BaseOptions): Activity {
  return { ...base(options, ...personal(options)), type: 'message', text, textFormat: 'plain' };
}

/** A message in a channel that @mentions the bot, as Teams sends it (the mention stays in the text). */
export function channelMention(text: string, options: BaseOptions & { teamId?: string; channelId?: string }): Activity {
  const [conversation, channelData] = channel(options);
  const mention = '<at>Wegwijs</at>';
  return {
    ...base(options, { ...conversation }, { ...channelData }),
    type: 'message',
    text: `${mention} ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: 'Wegwijs' } }],
  };
}

/** The bot was added to a team (or, with `personal`, installed by a user). */
export function botAddedToTeam(options: BaseOptions & { teamId?: string }): Activity {
  const [conversation, channelData] = channel(options);
  return {
    ...base(
      options,
      { ...conversation, id: options.teamId ?? TEAM_ID },
      { ...channelData, eventType: 'teamMemberAdded' },
    ),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT_ID }],
  };
}

export function botInstalledPersonally(options: BaseOptions): Activity {
  return { ...base(options, ...personal(options)), type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }] };
}

/** A person (not the bot) joined the team. */
export function userAddedToTeam(options: BaseOptions & { teamId?: string }): Activity {
  const [conversation, channelData] = channel(options);
  return {
    ...base(options, { ...conversation }, { ...channelData, eventType: 'teamMemberAdded' }),
    type: 'conversationUpdate',
    membersAdded: [{ id: '29:synthetic-new-member' }],
  };
}

export function installationUpdate(action: 'add' | 'remove', options: BaseOptions & { teamId?: string }): Activity {
  const [conversation, channelData] = channel(options);
  return { ...base(options, { ...conversation }, { ...channelData }), type: 'installationUpdate', action };
}

/** An Action.Submit from a card: Teams sends it as a message without text, the data in `value`. */
export function cardSubmit(value: Record<string, unknown>, options: BaseOptions): Activity {
  return { ...base(options, ...personal(options)), type: 'message', value };
}

/** An Action.Execute from a card: an `adaptiveCard/action` invoke. */
export function actionExecute(verb: string, data: Record<string, unknown>, options: BaseOptions): Activity {
  return {
    ...base(options, ...personal(options)),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** An Action.Execute from a card in a channel thread (the experts' channel, the review channel). */
export function channelActionExecute(
  verb: string,
  data: Record<string, unknown>,
  options: BaseOptions & { teamId?: string; channelId?: string },
): Activity {
  const [conversation, channelData] = channel(options);
  return {
    ...base(options, { ...conversation }, { ...channelData }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function invoke(name: string, value: unknown, options: BaseOptions): Activity {
  return { ...base(options, ...personal(options)), type: 'invoke', name, value };
}
