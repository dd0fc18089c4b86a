/**
 * Leerruimte in the route table: installation and removal, the channel commands, the settings card's
 * buttons and the admins' status. Delivery itself runs outside turns (scheduler or dispatch endpoint).
 */
import type { Language } from '../../i18n/language.js';
import { commands } from '../commands.js';
import {
  type CommandRoute,
  type FeatureDeps,
  isAdmin,
  languageOfMatch,
  type Outcome,
  type TurnRequest,
  textOutcome,
  type VerbRoute,
} from '../route.js';
import { buildSettingsCard, buildStatusCard, LEERRUIMTE_VERBS } from './cards.js';
import { mayManageTeam, rosterRole } from './permissions.js';
import { isoWeek, isValidSlot } from './schedule.js';
import {
  getSubscription,
  installTeam,
  listDeliveries,
  listSubscriptions,
  type Subscription,
  updateSubscription,
} from './subscriptions.js';

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

const manageCommand = commands({
  'leerruimte instellen': ['settings', 'nl'],
  'leerruimte pauzeren': ['pause', 'nl'],
  'leerruimte hervatten': ['resume', 'nl'],
  'learning space settings': ['settings', 'en'],
  'learning space pause': ['pause', 'en'],
  'learning space resume': ['resume', 'en'],
} as const);

const statusCommand = commands({
  'leerruimte status': ['status', 'nl'],
  'learning space status': ['status', 'en'],
} as const);

type Manage = 'settings' | 'pause' | 'resume';

/** The team's channels by name; Teams sends the General channel without one. */
async function channelsOf(request: TurnRequest, teamId: string): Promise<Array<{ id: string; name: string }>> {
  const channels = await request.teams.channels(teamId);
  return channels.map((channel) => ({ id: channel.id, name: channel.name ?? 'General' }));
}

/** On installation in a team: subscribe with the defaults and post the settings card (once). */
export async function welcomeTeam(request: TurnRequest, deps: FeatureDeps): Promise<Outcome | undefined> {
  const { team } = request;
  if (team === undefined) return undefined;
  const { subscription, welcome } = await installTeam(
    deps.store,
    { ...team, language: request.language },
    deps.clock.now(),
  );
  if (!welcome) return { route: 'leerruimte.installed', replies: [] };
  const channels = await channelsOf(request, team.teamId);
  const card = buildSettingsCard(subscription, deps.knowledge.engine.kb, channels, subscription.language);
  return { route: 'leerruimte.installed', replies: [{ kind: 'card', card }] };
}

/** On removal: the team gets no more prompts. */
export async function retireTeam(request: TurnRequest, deps: FeatureDeps): Promise<Outcome | undefined> {
  if (request.team === undefined) return undefined;
  await updateSubscription(deps.store, request.team.teamId, (current) => ({
    ...current,
    status: 'retired',
    retiredReason: 'removed',
    updatedAt: deps.clock.now().toISOString(),
  }));
  return { route: 'leerruimte.removed', replies: [] };
}

/** "leerruimte instellen / pauzeren / hervatten", typed in a channel of the team by an owner or admin. */
export const leerruimteRoute: CommandRoute<NonNullable<ReturnType<typeof manageCommand>>> = {
  name: 'leerruimte',
  phrases: manageCommand.phrases,
  who: 'team owners and admins',
  match: manageCommand,
  handle: (request, { command, language }, deps) => manage(request, deps, command, language, `leerruimte.${command}`),
};

/** Last week's delivery, as the admins asked: a Monday check shows how the weekend went. */
export const leerruimteStatusRoute: CommandRoute<NonNullable<ReturnType<typeof statusCommand>>> = {
  name: 'leerruimte.status',
  phrases: statusCommand.phrases,
  who: 'admins',
  match: statusCommand,
  refused: (match, request) => textOutcome('leerruimte.status', TEXT.adminsOnly[languageOfMatch(match, request)]),
  async handle(_request, { language }, deps) {
    const week = isoWeek(new Date(deps.clock.now().getTime() - 7 * 86_400_000));
    const subscriptions = await listSubscriptions(deps.store);
    const card = buildStatusCard(week, subscriptions, await listDeliveries(deps.store, week), language);
    return { route: 'leerruimte.status', replies: [{ kind: 'card', card }] };
  },
};

/** The settings card's buttons; every value is checked before it is stored. */
export const leerruimteSettingsRoute: VerbRoute = {
  name: 'leerruimte.settings',
  verbs: Object.values(LEERRUIMTE_VERBS),
  who: 'team owners and admins',
  execute: false,
  handle(request, verb, data, deps) {
    if (verb === LEERRUIMTE_VERBS.save) return save(request, deps, data, verb);
    return manage(request, deps, verb === LEERRUIMTE_VERBS.pause ? 'pause' : 'resume', request.language, verb);
  },
};

/** Settings card, pause or resume: in a team that has Wegwijs installed, for whoever may manage it. */
async function manage(request: TurnRequest, deps: FeatureDeps, command: Manage, language: Language, route: string) {
  const checked = await managedSubscription(request, deps, language, route);
  if (checked.kind === 'refused') return checked.outcome;
  const stored = checked.subscription;
  if (command === 'settings') {
    const channels = await channelsOf(request, stored.teamId);
    const card = buildSettingsCard(stored, deps.knowledge.engine.kb, channels, request.language);
    return { route, replies: [{ kind: 'card' as const, card }] };
  }
  await updateSubscription(deps.store, stored.teamId, (current) => ({
    ...current,
    status: command === 'pause' ? 'paused' : 'active',
    updatedAt: deps.clock.now().toISOString(),
  }));
  const text = command === 'pause' ? TEXT.paused[request.language] : TEXT.resumed[request.language];
  return textOutcome(route, text);
}

type Checked = { kind: 'ok'; subscription: Subscription } | { kind: 'refused'; outcome: Outcome };

/**
 * The team's subscription when the person may change it (see `mayManageTeam`); says why not otherwise.
 * Their role comes from Teams' roster of the team, never from what they sent.
 */
async function managedSubscription(
  request: TurnRequest,
  deps: FeatureDeps,
  language: Language,
  route: string,
): Promise<Checked> {
  if (request.team === undefined) return { kind: 'refused', outcome: textOutcome(route, TEXT.notInTeam[language]) };
  const stored = await getSubscription(deps.store, request.team.teamId);
  if (stored === undefined)
    return { kind: 'refused', outcome: textOutcome(route, TEXT.notInstalled[request.language]) };
  const decision = mayManageTeam({
    actorTenantId: request.tenantId,
    teamTenantId: stored.data.channel.tenantId,
    // Not on the roster, or Teams out of reach: only an admin may go on.
    role: rosterRole(await request.teams.memberRole(stored.data.teamId)),
    isAdmin: isAdmin(deps, request.from.aadObjectId),
  });
  if (decision === 'allowed') return { kind: 'ok', subscription: stored.data };
  const outcome = textOutcome(`leerruimte.refused.${decision}`, TEXT.notOwner[request.language]);
  return { kind: 'refused', outcome };
}

async function save(request: TurnRequest, deps: FeatureDeps, data: Record<string, unknown>, route: string) {
  const checked = await managedSubscription(request, deps, request.language, route);
  if (checked.kind === 'refused') return checked.outcome;
  const { teamId } = checked.subscription;
  const kb = deps.knowledge.engine.kb;
  const day = Number(data.dag);
  const time = data.tijd;
  const tracks = typeof data.tracks === 'string' ? data.tracks.split(',').filter((track) => kb.tracks.has(track)) : [];
  const channelId = data.kanaal;
  const newLanguage = data.taal === 'en' ? 'en' : data.taal === 'nl' ? 'nl' : undefined;
  const channels = await channelsOf(request, teamId);
  const knownChannel =
    typeof channelId === 'string' && (channelId === teamId || channels.some((channel) => channel.id === channelId));
  if (!isValidSlot({ day, time }) || tracks.length === 0 || !knownChannel || newLanguage === undefined)
    return textOutcome(route, TEXT.invalid[request.language]);
  const channelName = channels.find((channel) => channel.id === channelId)?.name;
  await updateSubscription(deps.store, teamId, (current) => ({
    ...current,
    day,
    time: time as string,
    tracks,
    language: newLanguage,
    channel: { ...current.channel, conversationId: channelId as string },
    ...(channelName === undefined ? {} : { channelName }),
    updatedAt: deps.clock.now().toISOString(),
  }));
  return textOutcome(route, TEXT.saved[newLanguage]);
}
