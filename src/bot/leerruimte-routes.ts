/**
 * Leerruimte in Teams: installation and removal, the settings card, channel commands and the admins'
 * status. Delivery itself runs outside turns (scheduler or dispatch endpoint).
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { commands } from '../features/commands.js';
import type { Subscription } from '../features/leerruimte/index.js';
import {
  buildSettingsCard,
  buildStatusCard,
  getSubscription,
  installTeam,
  isoWeek,
  isValidSlot,
  LEERRUIMTE_VERBS,
  listDeliveries,
  listSubscriptions,
  mayManageTeam,
  type RosterRole,
  rosterRole,
  updateSubscription,
} from '../features/leerruimte/index.js';
import type { ConversationRef } from '../features/messenger.js';
import type { RouteDeps } from './routes.js';
import { languageOf } from './routes.js';
import { sendReplies } from './send.js';
import { tenantIdOf } from './tenant.js';
import { markRoute } from './turn-info.js';

const TEXT = {
  paused: {
    nl: 'Leerruimte is gepauzeerd voor dit team. Typ "leerruimte hervatten" om verder te gaan.',
    en: 'Learning space is paused for this team. Type "leerruimte hervatten" to resume.',
  },
  resumed: {
    nl: 'Leerruimte loopt weer: de volgende vraag komt op het ingestelde moment.',
    en: 'Learning space is running again: the next question comes at the set time.',
  },
  saved: {
    nl: 'Opgeslagen. De volgende vraag komt op het nieuwe moment.',
    en: 'Saved. The next question comes at the new time.',
  },
  invalid: {
    nl: 'Die instellingen kon ik niet opslaan; kies een kanaal, dag, tijd en minstens één thema.',
    en: 'I could not save those settings; choose a channel, day, time and at least one theme.',
  },
  notInTeam: {
    nl: 'Leerruimte werkt in een team: voeg Wegwijs toe aan een team en typ dit in een kanaal.',
    en: 'Learning space works in a team: add Wegwijs to a team and type this in a channel.',
  },
  notInstalled: {
    nl: 'Wegwijs is nog niet als leerruimte in dit team ingesteld; verwijder en voeg Wegwijs opnieuw toe.',
    en: 'Learning space is not set up in this team yet; remove and add Wegwijs again.',
  },
  adminsOnly: {
    nl: 'Alleen een beheerder van Wegwijs kan de bezorgstatus zien.',
    en: 'Only a Wegwijs admin can see the delivery status.',
  },
  notOwner: {
    nl: 'Alleen eigenaren van dit team (of een beheerder van Wegwijs) kunnen de leerruimte instellen, pauzeren of hervatten.',
    en: 'Only owners of this team (or a Wegwijs admin) can set up, pause or resume the learning space.',
  },
} as const;

const leerruimteCommand = commands({
  'leerruimte instellen': ['settings', 'nl'],
  'leerruimte pauzeren': ['pause', 'nl'],
  'leerruimte hervatten': ['resume', 'nl'],
  'leerruimte status': ['status', 'nl'],
  'learning space settings': ['settings', 'en'],
  'learning space pause': ['pause', 'en'],
  'learning space resume': ['resume', 'en'],
  'learning space status': ['status', 'en'],
} as const);

export function isLeerruimteVerb(verb: unknown): boolean {
  return typeof verb === 'string' && (Object.values(LEERRUIMTE_VERBS) as string[]).includes(verb);
}

function teamOf(context: TurnContext): { teamId: string; channel: ConversationRef } | undefined {
  const activity = context.activity;
  const channelData = (activity.channelData ?? {}) as { team?: { id?: string } };
  const teamId = channelData.team?.id;
  if (typeof teamId !== 'string') return undefined;
  const tenantId = tenantIdOf(context);
  return {
    teamId,
    // The General channel's id equals the team id: the default place for the weekly prompt.
    channel: {
      channelId: activity.channelId,
      serviceUrl: activity.serviceUrl,
      conversationId: teamId,
      botId: activity.recipient.id,
      channel: true,
      ...(tenantId === undefined ? {} : { tenantId }),
    },
  };
}

/** The team's channels, asked of Teams with the real team id (teams-ai's helper loses it in a thread). */
async function channelsOf(
  _app: Application<TurnState>,
  context: TurnContext,
): Promise<Array<{ id: string; name: string }>> {
  const teamId = teamOf(context)?.teamId;
  if (teamId === undefined) return [];
  try {
    const channels = await TeamsInfo.getTeamChannels(context, teamId);
    return channels
      .filter((channel) => typeof channel.id === 'string')
      .map((channel) => ({ id: channel.id as string, name: channel.name ?? 'General' }));
  } catch {
    return [];
  }
}

/** On installation in a team: subscribe with the defaults and post the settings card. */
export async function welcomeTeam(
  app: Application<TurnState>,
  context: TurnContext,
  deps: RouteDeps,
): Promise<boolean> {
  const team = teamOf(context);
  if (team === undefined) return false;
  const { subscription, welcome } = await installTeam(
    deps.store,
    { ...team, language: languageOf(context) },
    new Date(),
  );
  markRoute(context, 'leerruimte.installed');
  if (!welcome) return true;
  const card = buildSettingsCard(
    subscription,
    deps.knowledge.engine.kb,
    await channelsOf(app, context),
    subscription.language,
  );
  await sendReplies(context, [{ kind: 'card', card }]);
  return true;
}

/** On removal: the team gets no more prompts. */
export async function retireTeam(context: TurnContext, deps: RouteDeps): Promise<void> {
  const team = teamOf(context);
  if (team === undefined) return;
  markRoute(context, 'leerruimte.removed');
  await updateSubscription(deps.store, team.teamId, (current) => ({
    ...current,
    status: 'retired',
    retiredReason: 'removed',
    updatedAt: new Date().toISOString(),
  }));
}

export function registerLeerruimteRoutes(app: Application<TurnState>, deps: RouteDeps): void {
  app.activity('installationUpdate', async (context) => {
    const action = context.activity.action;
    if (action === 'add' || action === 'add-upgrade') await welcomeTeam(app, context, deps);
    else if (action === 'remove' || action === 'remove-upgrade') await retireTeam(context, deps);
  });
  app.conversationUpdate('membersRemoved', async (context) => {
    const botId = context.activity.recipient.id;
    if ((context.activity.membersRemoved ?? []).some((member) => member.id === botId)) await retireTeam(context, deps);
  });
  app.message(
    async (context) => leerruimteCommand(context.activity.text) !== undefined,
    async (context) => {
      const match = leerruimteCommand(context.activity.text);
      if (match === undefined) return;
      const { command, language } = match;
      const team = teamOf(context);
      markRoute(context, `leerruimte.${command}`);
      if (command === 'status') {
        const aad = context.activity.from.aadObjectId;
        if (aad === undefined || !deps.adminAadIds.has(aad)) {
          await sendReplies(context, [{ kind: 'text', text: TEXT.adminsOnly[language] }]);
          return;
        }
        // Last week's delivery, as the issue asks: a Monday check shows how the weekend went.
        const week = isoWeek(new Date(Date.now() - 7 * 86_400_000));
        const card = buildStatusCard(
          week,
          await listSubscriptions(deps.store),
          await listDeliveries(deps.store, week),
          language,
        );
        await sendReplies(context, [{ kind: 'card', card }]);
        return;
      }
      if (team === undefined) {
        await sendReplies(context, [{ kind: 'text', text: TEXT.notInTeam[language] }]);
        return;
      }
      await applyCommand(
        app,
        context,
        deps,
        team.teamId,
        command === 'settings' ? 'settings' : command === 'pause' ? 'pause' : 'resume',
      );
    },
  );
}

async function applyCommand(
  app: Application<TurnState>,
  context: TurnContext,
  deps: RouteDeps,
  teamId: string,
  command: 'settings' | 'pause' | 'resume',
) {
  const language = languageOf(context);
  const stored = await getSubscription(deps.store, teamId);
  if (stored === undefined) {
    await sendReplies(context, [{ kind: 'text', text: TEXT.notInstalled[language] }]);
    return;
  }
  if (!(await mayManage(context, deps, stored.data))) return;
  if (command === 'settings') {
    const card = buildSettingsCard(stored.data, deps.knowledge.engine.kb, await channelsOf(app, context), language);
    await sendReplies(context, [{ kind: 'card', card }]);
    return;
  }
  const status: Subscription['status'] = command === 'pause' ? 'paused' : 'active';
  await updateSubscription(deps.store, teamId, (current) => ({
    ...current,
    status,
    updatedAt: new Date().toISOString(),
  }));
  await sendReplies(context, [
    { kind: 'text', text: command === 'pause' ? TEXT.paused[language] : TEXT.resumed[language] },
  ]);
}

/**
 * Whether the person may change this team's leerruimte (see `mayManageTeam`); says why not when they may
 * not. Their role comes from Teams' roster of the team, never from what they sent.
 */
async function mayManage(context: TurnContext, deps: RouteDeps, subscription: Subscription): Promise<boolean> {
  const from = context.activity.from;
  let role: RosterRole;
  try {
    role = rosterRole((await TeamsInfo.getTeamMember(context, subscription.teamId, from.id)).userRole);
  } catch {
    role = undefined; // not on the roster, or Teams out of reach: only an admin may go on
  }
  const decision = mayManageTeam({
    actorTenantId: tenantIdOf(context),
    teamTenantId: subscription.channel.tenantId,
    role,
    isAdmin: from.aadObjectId !== undefined && deps.adminAadIds.has(from.aadObjectId),
  });
  if (decision === 'allowed') return true;
  markRoute(context, `leerruimte.refused.${decision}`);
  await sendReplies(context, [{ kind: 'text', text: TEXT.notOwner[languageOf(context)] }]);
  return false;
}

/** The settings card's buttons; every value is checked before it is stored. */
export async function handleLeerruimteSubmit(
  app: Application<TurnState>,
  context: TurnContext,
  deps: RouteDeps,
  data: Record<string, unknown>,
) {
  const language = languageOf(context);
  const team = teamOf(context);
  markRoute(context, String(data.verb));
  if (team === undefined) {
    await sendReplies(context, [{ kind: 'text', text: TEXT.notInTeam[language] }]);
    return;
  }
  if (data.verb === LEERRUIMTE_VERBS.pause || data.verb === LEERRUIMTE_VERBS.resume) {
    await applyCommand(app, context, deps, team.teamId, data.verb === LEERRUIMTE_VERBS.pause ? 'pause' : 'resume');
    return;
  }
  const stored = await getSubscription(deps.store, team.teamId);
  if (stored === undefined) {
    await sendReplies(context, [{ kind: 'text', text: TEXT.notInstalled[language] }]);
    return;
  }
  if (!(await mayManage(context, deps, stored.data))) return;
  const kb = deps.knowledge.engine.kb;
  const day = Number(data.dag);
  const time = data.tijd;
  const tracks = typeof data.tracks === 'string' ? data.tracks.split(',').filter((track) => kb.tracks.has(track)) : [];
  const channelId = data.kanaal;
  const newLanguage = data.taal === 'en' ? 'en' : data.taal === 'nl' ? 'nl' : undefined;
  const channels = await channelsOf(app, context);
  const knownChannel =
    typeof channelId === 'string' &&
    (channelId === team.teamId || channels.some((channel) => channel.id === channelId));
  if (!isValidSlot({ day, time }) || tracks.length === 0 || !knownChannel || newLanguage === undefined) {
    await sendReplies(context, [{ kind: 'text', text: TEXT.invalid[language] }]);
    return;
  }
  const channelName = channels.find((channel) => channel.id === channelId)?.name;
  await updateSubscription(deps.store, team.teamId, (current) => ({
    ...current,
    day,
    time: time as string,
    tracks,
    language: newLanguage,
    channel: { ...current.channel, conversationId: channelId as string },
    ...(channelName === undefined ? {} : { channelName }),
    updatedAt: new Date().toISOString(),
  }));
  await sendReplies(context, [{ kind: 'text', text: TEXT.saved[newLanguage] }]);
}
