/**
 * The route table: every command, card verb and event the bot answers, in the order the shell registers
 * them. The first command whose `match` accepts the text wins, so the order is part of the behaviour:
 *
 * 1. **Card actions** — a card's data (`verb`) wins over any text. Action.Execute verbs come as invokes.
 * 2. **Commands**, most specific first: leerruimte (status, then settings/pause/resume), the afwegingskader,
 *    the admins' knowledge reload and chat designations, cases and ambassadors, help, then a search of the
 *    shared cases ("casussen over …") — before the answer engine, which would otherwise read it as a question.
 * 3. **Free text** — everything else goes to the answer engine; an empty message gets the help card.
 *
 * The manifest's command lists (`manifest/`), the help card and the fuzz suite's verbs are tested against
 * this table (`tests/http/route-table.test.ts`).
 */
import { afwegingRoute, afwegingskaderRoute } from './afwegingskader/index.js';
import { answerMessage, answerVerbsRoute } from './answer/index.js';
import {
  ambassadorRoute,
  caseActionsRoute,
  caseSearchRoute,
  casesRoute,
  reviewChannelRoute,
  reviewRoute,
} from './cases/index.js';
import { askRoute, expertRoute, expertsChannelRoute } from './collega/index.js';
import { helpOutcome, helpRoute } from './help/index.js';
import { reloadRoute } from './knowledge/index.js';
import {
  leerruimteRoute,
  leerruimteSettingsRoute,
  leerruimteStatusRoute,
  retireTeam,
  welcomeTeam,
} from './leerruimte/index.js';
import type { CommandRoute, FeatureDeps, Outcome, TurnRequest, VerbRoute } from './route.js';

/** Typed commands, in the order they are tried. */
export const COMMAND_ROUTES: readonly CommandRoute[] = [
  leerruimteStatusRoute,
  leerruimteRoute,
  afwegingskaderRoute,
  reloadRoute,
  expertsChannelRoute,
  casesRoute,
  reviewChannelRoute,
  ambassadorRoute,
  helpRoute,
  caseSearchRoute,
];

/** Card buttons; a verb belongs to one route only. */
export const VERB_ROUTES: readonly VerbRoute[] = [
  answerVerbsRoute,
  afwegingRoute,
  askRoute,
  expertRoute,
  reviewRoute,
  caseActionsRoute,
  leerruimteSettingsRoute,
];

/** A submit whose verb no route knows: the answer feature's friendly "that did not work". */
export const UNKNOWN_VERB_ROUTE: VerbRoute = answerVerbsRoute;

/** Free text no command matched. */
export function answerText(request: TurnRequest, deps: FeatureDeps): Promise<Outcome> {
  if (request.text.trim() === '') return Promise.resolve(helpOutcome(request.language));
  return answerMessage({ ...request, text: request.text.trim() }, deps);
}

/** What the shell calls on lifecycle events; `undefined` means nothing to do. */
export const EVENTS = {
  /** The bot joined a team or a personal chat: the leerruimte welcome in a team, the help card elsewhere. */
  async botAdded(request: TurnRequest, deps: FeatureDeps): Promise<Outcome> {
    return (await welcomeTeam(request, deps)) ?? helpOutcome(request.language, 'welcome');
  },
  /** The app was installed (or upgraded) in a team. */
  installed: welcomeTeam,
  /** The app was removed from a team, or the bot from its members. */
  removed: retireTeam,
} as const;
