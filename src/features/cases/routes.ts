/**
 * Shared cases in the route table: the commands, the form's submits, the reviewers' Action.Execute and the
 * mention that names a new ambassador. Who acts always comes from the request, never from card data.
 */
import { withNotice } from '../../cards/adaptive-card.js';
import {
  type CommandRoute,
  type FeatureDeps,
  languageOfMatch,
  type Outcome,
  type TurnRequest,
  textOutcome,
  type VerbRoute,
} from '../route.js';
import { changeAmbassador, showAmbassadors } from './ambassadors.js';
import { setReviewChannel } from './cases.js';
import { AMBASSADOR_PHRASES, ambassadorCommand, caseCommand, reviewChannelCommand } from './commands.js';
import type { CaseDeps } from './deps.js';
import { isCaseQuery } from './library.js';
import { myCases, removeCase, searchCases, showCase } from './library-flow.js';
import { reviewCase } from './review.js';
import { type Actor, listAmbassadors } from './roles.js';
import { openShareForm, replaceWithPlaceholders, submitCase } from './share.js';
import { CASE_VERBS } from './verbs.js';

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

function caseDeps(deps: FeatureDeps): CaseDeps {
  return {
    store: deps.store,
    engine: deps.knowledge.engine,
    messenger: deps.messenger,
    library: deps.cases,
    admins: deps.admins,
    retentionMonths: deps.caseRetentionMonths,
    now: () => deps.clock.now(),
  };
}

function actorOf(request: TurnRequest): Actor {
  const { aadObjectId, name } = request.from;
  return { aadObjectId, name, ...(request.tenantId === undefined ? {} : { tenantId: request.tenantId }) };
}

/** "casus delen", "mijn casussen", "ambassadeurs": ambassadors and admins are told apart by the feature. */
export const casesRoute: CommandRoute<NonNullable<ReturnType<typeof caseCommand>>> = {
  name: 'cases',
  phrases: caseCommand.phrases,
  who: 'ambassadors',
  match: caseCommand,
  handle(request, { command, language }, deps) {
    const shared = caseDeps(deps);
    const actor = actorOf(request);
    if (command === 'share') return openShareForm(shared, actor, request.scope, request.botId, language);
    return command === 'mine' ? myCases(shared, actor, language) : showAmbassadors(shared, actor, language);
  },
};

/** An admin designates the ambassadors' review chat: a channel or a group chat, never a personal chat. */
export const reviewChannelRoute: CommandRoute<NonNullable<ReturnType<typeof reviewChannelCommand>>> = {
  name: 'cases.channel',
  phrases: reviewChannelCommand.phrases,
  who: 'admins',
  match: reviewChannelCommand,
  refused: (match, request) => textOutcome('cases.channel.not-admin', TEXT.notAdmin[languageOfMatch(match, request)]),
  async handle(request, { language }, deps) {
    if (request.scope === 'personal') return textOutcome('cases.channel.not-shared', TEXT.notShared[language]);
    const ref = request.scope === 'channel' ? request.channelRef : request.ref;
    await setReviewChannel(deps.store, { ref, language, setAt: deps.clock.now().toISOString() });
    return textOutcome('cases.channel.set', TEXT.channelSet[language]);
  },
};

/** "ambassadeur toevoegen @Naam": the person comes from the mention, looked up for an admin only. */
export const ambassadorRoute: CommandRoute<NonNullable<ReturnType<typeof ambassadorCommand>>> = {
  name: 'ambassadors',
  phrases: AMBASSADOR_PHRASES,
  who: 'admins',
  match: ambassadorCommand,
  // Nobody else gets to make the bot look people up: the feature refuses without a target.
  refused: (match, request, deps) =>
    changeAmbassador(
      caseDeps(deps),
      { actor: actorOf(request), change: match.change, target: undefined },
      match.language,
    ),
  async handle(request, match, deps) {
    const target = await request.teams.mentionedPerson();
    return changeAmbassador(caseDeps(deps), { actor: actorOf(request), change: match.change, target }, match.language);
  },
};

/** "casussen over geldstress": a search of the published cases (before the answer engine gets the text). */
export const caseSearchRoute: CommandRoute = {
  name: 'cases.search',
  phrases: ['casussen', 'cases'],
  who: 'anyone',
  match: (text) => (isCaseQuery(text) ? {} : undefined),
  handle: (request, _match, deps) => searchCases(caseDeps(deps), request.text, request.language),
};

/** The reviewers' approve and reject: in place with Action.Execute, or a notice after Action.Submit. */
export const reviewRoute: VerbRoute = {
  name: 'cases.review',
  verbs: [CASE_VERBS.approve, CASE_VERBS.reject],
  who: 'ambassadors',
  execute: true,
  async handle(request, verb, data, deps) {
    const decision = verb === CASE_VERBS.approve ? 'approve' : 'reject';
    const input = { actor: actorOf(request), id: data.id, decision, reason: data.reason } as const;
    const { route, card, notice } = await reviewCase(caseDeps(deps), input, request.language);
    return {
      route,
      replies: notice === undefined ? [] : [{ kind: 'text', text: notice }],
      ...(card === undefined ? {} : { replace: notice === undefined ? card : withNotice(card, notice) }),
    };
  },
};

/** The case cards' other buttons: the form, its submit, placeholders, show, withdraw, delete, remove ambassador. */
export const caseActionsRoute: VerbRoute = {
  name: 'cases.actions',
  verbs: [
    CASE_VERBS.form,
    CASE_VERBS.submit,
    CASE_VERBS.placeholders,
    CASE_VERBS.show,
    CASE_VERBS.withdraw,
    CASE_VERBS.delete,
    CASE_VERBS.removeAmbassador,
  ],
  who: 'ambassadors',
  execute: false,
  handle: async (request, verb, data, deps) => caseAction(request, verb, { ...data, verb }, caseDeps(deps)),
};

function caseAction(
  request: TurnRequest,
  verb: string,
  data: Record<string, unknown>,
  deps: CaseDeps,
): Promise<Outcome> | Outcome {
  const { language, scope, botId } = request;
  const actor = actorOf(request);
  switch (verb) {
    case CASE_VERBS.form:
      return openShareForm(deps, actor, scope, botId, language);
    case CASE_VERBS.submit:
      return submitCase(deps, { actor, author: request.ref, scope, botId, data }, language);
    case CASE_VERBS.placeholders:
      return replaceWithPlaceholders(deps, data, language);
    case CASE_VERBS.show:
      return showCase(deps, actor, data.id, language);
    case CASE_VERBS.removeAmbassador:
      return listedAmbassador(deps, actor, data.aad).then((target) =>
        changeAmbassador(deps, { actor, change: 'remove', target }, language),
      );
    default:
      // casus.intrekken and casus.verwijderen: the author withdraws, an admin deletes.
      return removeCase(deps, actor, data.id, language);
  }
}

/** The ambassador a list card's remove button names, looked up in the actor's own organisation. */
async function listedAmbassador(deps: CaseDeps, actor: Actor, aad: unknown) {
  if (typeof aad !== 'string') return undefined;
  const found = (await listAmbassadors(deps.store, actor.tenantId)).find((item) => item.aadObjectId === aad);
  return found === undefined ? undefined : { aadObjectId: found.aadObjectId, name: found.name };
}
