/**
 * Shared cases in Teams: the commands, the form's submits, the reviewers' Action.Execute and the mention
 * that names a new ambassador. Who acts always comes from the activity, never from card data.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { type Mention, TeamsInfo, type TurnContext } from 'botbuilder';
import { withNotice } from '../cards/adaptive-card.js';
import {
  type Actor,
  ambassadorCommand,
  CASE_VERBS,
  type CaseDeps,
  caseCommand,
  changeAmbassador,
  listAmbassadors,
  myCases,
  openShareForm,
  removeCase,
  replaceWithPlaceholders,
  reviewCase,
  type Scope,
  setReviewChannel,
  showAmbassadors,
  showCase,
  submitCase,
} from '../features/cases/index.js';
import type { Language } from '../i18n/language.js';
import { channelRefOf, languageOf, type RouteDeps, refOf } from './routes.js';
import { sendReplies } from './send.js';
import { markRoute } from './turn-info.js';

const TEXT = {
  notAdmin: {
    nl: 'Alleen een beheerder van Wegwijs kan het kanaal voor ambassadeurs instellen.',
    en: 'Only a Wegwijs admin can set up the ambassadors’ channel.',
  },
  notShared: {
    nl: 'Typ dit in het kanaal of de groepschat van de ambassadeurs (met een @vermelding van Wegwijs).',
    en: 'Type this in the ambassadors’ channel or group chat (with an @mention of Wegwijs).',
  },
  channelSet: {
    nl: 'Hier komen nu de casussen ter beoordeling binnen. Ambassadeurs beoordelen elkaars casussen, nooit hun eigen.',
    en: 'Cases for review will now arrive here. Ambassadors review each other’s cases, never their own.',
  },
} as const;

const SUBMIT_VERBS: ReadonlySet<string> = new Set(Object.values(CASE_VERBS));

export function isCaseVerb(verb: unknown): boolean {
  return typeof verb === 'string' && SUBMIT_VERBS.has(verb);
}

export function caseDeps(deps: RouteDeps): CaseDeps {
  return {
    store: deps.store,
    engine: deps.knowledge.engine,
    messenger: deps.messenger,
    library: deps.cases,
    admins: deps.adminAadIds,
    retentionMonths: deps.caseRetentionMonths,
  };
}

export function actorOf(context: TurnContext): Actor {
  const from = context.activity.from;
  const tenantId = refOf(context).tenantId;
  return { aadObjectId: from.aadObjectId, name: from.name ?? '', ...(tenantId === undefined ? {} : { tenantId }) };
}

function scopeOf(context: TurnContext): Scope {
  const type = context.activity.conversation.conversationType;
  return type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
}

export function registerCaseRoutes(app: Application<TurnState>, deps: RouteDeps): void {
  app.message(
    async (context) => caseCommand(context.activity.text) !== undefined,
    async (context) => {
      const match = caseCommand(context.activity.text);
      if (match === undefined) return;
      const { language } = match;
      const shared = caseDeps(deps);
      const actor = actorOf(context);
      const outcome =
        match.command === 'share'
          ? await openShareForm(shared, actor, scopeOf(context), context.activity.recipient.id, language)
          : match.command === 'mine'
            ? await myCases(shared, actor, language)
            : match.command === 'ambassadors'
              ? await showAmbassadors(shared, actor, language)
              : await setChannel(context, deps, language);
      markRoute(context, outcome.route);
      await sendReplies(context, outcome.replies);
    },
  );

  app.message(
    async (context) => ambassadorCommand(context.activity.text) !== undefined,
    async (context) => {
      const match = ambassadorCommand(context.activity.text);
      if (match === undefined) return;
      const actor = actorOf(context);
      // Resolve the mention only for an admin: nobody else gets to make the bot look people up.
      const admin = actor.aadObjectId !== undefined && deps.adminAadIds.has(actor.aadObjectId);
      const target = admin ? await mentionedPerson(context) : undefined;
      const outcome = await changeAmbassador(caseDeps(deps), { actor, change: match.change, target }, match.language);
      markRoute(context, outcome.route);
      await sendReplies(context, outcome.replies);
    },
  );

  app.adaptiveCards.actionExecute(
    [CASE_VERBS.approve, CASE_VERBS.reject],
    async (context, _state, data: Record<string, unknown>) => {
      const verb = String((context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb ?? '');
      const outcome = await review(context, deps, verb, data);
      markRoute(context, outcome.route);
      return outcome.notice !== undefined && outcome.card !== undefined
        ? withNotice(outcome.card, outcome.notice)
        : (outcome.card ?? outcome.notice ?? '');
    },
  );
}

function review(context: TurnContext, deps: RouteDeps, verb: string, data: Record<string, unknown>) {
  return reviewCase(
    caseDeps(deps),
    {
      actor: actorOf(context),
      id: data.id,
      decision: verb === CASE_VERBS.approve ? 'approve' : 'reject',
      reason: data.reason,
    },
    languageOf(context),
  );
}

/** Action.Submit from a case card (and the Execute fallbacks of the review card). */
export async function handleCaseSubmit(context: TurnContext, deps: RouteDeps, data: Record<string, unknown>) {
  const language = languageOf(context);
  const shared = caseDeps(deps);
  const actor = actorOf(context);
  const botId = context.activity.recipient.id;
  if (data.verb === CASE_VERBS.approve || data.verb === CASE_VERBS.reject) {
    const outcome = await review(context, deps, data.verb, data);
    markRoute(context, outcome.route);
    if (outcome.notice !== undefined) await sendReplies(context, [{ kind: 'text', text: outcome.notice }]);
    return;
  }
  const outcome = await caseAction();
  markRoute(context, outcome.route);
  await sendReplies(context, outcome.replies);

  function caseAction() {
    switch (data.verb) {
      case CASE_VERBS.form:
        return openShareForm(shared, actor, scopeOf(context), botId, language);
      case CASE_VERBS.submit:
        return submitCase(shared, { actor, author: refOf(context), scope: scopeOf(context), botId, data }, language);
      case CASE_VERBS.placeholders:
        return replaceWithPlaceholders(shared, data, language);
      case CASE_VERBS.show:
        return showCase(shared, actor, data.id, language);
      case CASE_VERBS.removeAmbassador:
        return listedAmbassador(deps, actor, data.aad).then((target) =>
          changeAmbassador(shared, { actor, change: 'remove', target }, language),
        );
      default:
        // casus.intrekken and casus.verwijderen: the author withdraws, an admin deletes.
        return removeCase(shared, actor, data.id, language);
    }
  }
}

/** The ambassador a list card's remove button names, looked up in the actor's own organisation. */
async function listedAmbassador(deps: RouteDeps, actor: Actor, aad: unknown) {
  if (typeof aad !== 'string') return undefined;
  const found = (await listAmbassadors(deps.store, actor.tenantId)).find((item) => item.aadObjectId === aad);
  return found === undefined ? undefined : { aadObjectId: found.aadObjectId, name: found.name };
}

/**
 * The first person @mentioned besides the bot, with their AAD object id: from the mention when Teams put
 * it there, otherwise from the conversation's member list.
 */
async function mentionedPerson(context: TurnContext): Promise<{ aadObjectId: string; name: string } | undefined> {
  const botId = context.activity.recipient.id;
  const mention = (context.activity.entities ?? [])
    .filter((entity): entity is Mention & { type: string } => entity.type === 'mention')
    .find((entity) => typeof entity.mentioned?.id === 'string' && entity.mentioned.id !== botId);
  if (mention === undefined) return undefined;
  const mentioned = mention.mentioned as { id: string; name?: string; aadObjectId?: string };
  const name = mentioned.name ?? '';
  if (typeof mentioned.aadObjectId === 'string') return { aadObjectId: mentioned.aadObjectId, name };
  try {
    const member = await TeamsInfo.getMember(context, mentioned.id);
    return typeof member.aadObjectId === 'string'
      ? { aadObjectId: member.aadObjectId, name: member.name ?? name }
      : undefined;
  } catch {
    return undefined;
  }
}

async function setChannel(context: TurnContext, deps: RouteDeps, language: Language) {
  const actor = actorOf(context);
  if (actor.aadObjectId === undefined || !deps.adminAadIds.has(actor.aadObjectId))
    return { route: 'cases.channel.not-admin', replies: [{ kind: 'text' as const, text: TEXT.notAdmin[language] }] };
  const scope = scopeOf(context);
  if (scope === 'personal')
    return {
      route: 'cases.channel.not-shared',
      replies: [{ kind: 'text' as const, text: TEXT.notShared[language] }],
    };
  await setReviewChannel(deps.store, {
    ref: scope === 'channel' ? channelRefOf(context) : refOf(context),
    language,
    setAt: new Date().toISOString(),
  });
  return { route: 'cases.channel.set', replies: [{ kind: 'text' as const, text: TEXT.channelSet[language] }] };
}
