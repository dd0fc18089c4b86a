/**
 * The guided afwegingskader in the route table: started by a command or a button, answered with
 * Action.Execute (the card is replaced in place) or, on clients without universal actions, with
 * Action.Submit (a new card).
 */
import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import {
  type CommandRoute,
  type FeatureDeps,
  languageOfMatch,
  type Outcome,
  type TurnRequest,
  type VerbRoute,
} from '../route.js';
import { afwegingskaderCommand, type FlowOwner, handleFlowAction, startFlow } from './afwegingskader.js';
import { AFWEGING_VERBS } from './cards.js';

function flowDeps(deps: FeatureDeps) {
  return { store: deps.store, engine: deps.knowledge.engine, now: () => deps.clock.now() };
}

/** The afwegingskader is per user per conversation (a channel thread is its own conversation). */
function ownerOf(request: TurnRequest): FlowOwner {
  return { conversationId: request.conversationId, userId: request.from.aadObjectId ?? request.from.id };
}

/** The card as a new message (Action.Submit) and as the replacement of the pressed one (Action.Execute). */
function shown(route: string, card: AdaptiveCard): Outcome {
  return { route, replies: [{ kind: 'card', card }], replace: card };
}

export const afwegingskaderRoute: CommandRoute<NonNullable<ReturnType<typeof afwegingskaderCommand>>> = {
  name: 'afweging',
  phrases: afwegingskaderCommand.phrases,
  who: 'anyone',
  match: afwegingskaderCommand,
  async handle(request, match, deps) {
    return shown('afweging.start', await startFlow(flowDeps(deps), ownerOf(request), languageOfMatch(match, request)));
  },
};

export const afwegingRoute: VerbRoute = {
  name: 'afweging',
  verbs: Object.values(AFWEGING_VERBS),
  who: 'anyone',
  execute: true,
  async handle(request, verb, data, deps) {
    const card = await handleFlowAction(flowDeps(deps), ownerOf(request), { ...data, verb }, request.language);
    return shown(verb, card);
  },
};
