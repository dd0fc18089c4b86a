/**
 * Registers the features' route table (`src/features/routes.ts`) with teams-ai, in the table's order:
 * lifecycle events, card actions, typed commands, free text. Each route gets the plain request and
 * returns an Outcome; this file only translates — no text of its own, no role checks.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import {
  answerText,
  COMMAND_ROUTES,
  type CommandRoute,
  EVENTS,
  type FeatureDeps,
  type Outcome,
  runCommand,
  type TurnRequest,
  UNKNOWN_VERB_ROUTE,
  VERB_ROUTES,
  type VerbRoute,
} from '../features/index.js';
import { invokeResult, requestOf, sendReplies } from './activity.js';
import { markRoute } from './turn-info.js';

/** Logs the outcome's route and posts its replies. */
async function deliver(context: TurnContext, outcome: Outcome | undefined): Promise<void> {
  if (outcome === undefined) return;
  markRoute(context, outcome.route);
  await sendReplies(context, outcome);
}

/** Runs a feature with the turn's request and posts what it returns. */
function serve(run: (request: TurnRequest) => Promise<Outcome | undefined>) {
  return async (context: TurnContext) => deliver(context, await run(requestOf(context)));
}

export function registerRoutes(app: Application<TurnState>, deps: FeatureDeps): void {
  registerEvents(app, deps);
  registerVerbs(app, deps);
  for (const route of COMMAND_ROUTES) registerCommand(app, route, deps);
  app.activity(
    'message',
    serve((request) => answerText(request, deps)),
  );
}

/** Lifecycle events: the bot added to or removed from a team or chat, the app installed or removed. */
function registerEvents(app: Application<TurnState>, deps: FeatureDeps): void {
  const on = (event: (request: TurnRequest, deps: FeatureDeps) => Promise<Outcome | undefined>) =>
    serve((request) => event(request, deps));
  // Teams sends membersAdded for every person who joins a team too; only the bot's own arrival is ours.
  const botIn = (context: TurnContext, members: Array<{ id: string }> | undefined) =>
    (members ?? []).some((member) => member.id === context.activity.recipient.id);
  const added = on(EVENTS.botAdded);
  const removed = on(EVENTS.removed);
  const installed = on(EVENTS.installed);
  app.conversationUpdate('membersAdded', async (context) => {
    if (botIn(context, context.activity.membersAdded)) await added(context);
  });
  app.conversationUpdate('membersRemoved', async (context) => {
    if (botIn(context, context.activity.membersRemoved)) await removed(context);
  });
  app.activity('installationUpdate', async (context) => {
    const action = context.activity.action;
    if (action === 'add' || action === 'add-upgrade') await installed(context);
    else if (action === 'remove' || action === 'remove-upgrade') await removed(context);
  });
}

/**
 * Card actions. Teams sends an Action.Submit as a message without text, the card's data (with its `verb`)
 * in `value`: one dispatcher looks the verb up. Action.Execute arrives as an invoke: teams-ai's
 * `actionExecute` routes it, and the invoke answers with the card that replaces the pressed one.
 */
function registerVerbs(app: Application<TurnState>, deps: FeatureDeps): void {
  const byVerb = new Map<string, VerbRoute>(VERB_ROUTES.flatMap((route) => route.verbs.map((verb) => [verb, route])));
  const verbOf = (context: TurnContext) => (context.activity.value as { verb?: unknown } | null | undefined)?.verb;
  app.message(
    async (context) => typeof verbOf(context) === 'string',
    serve((request) => {
      const verb = String(request.data.verb);
      return (byVerb.get(verb) ?? UNKNOWN_VERB_ROUTE).handle(request, verb, request.data, deps);
    }),
  );
  for (const route of VERB_ROUTES.filter((candidate) => candidate.execute)) {
    app.adaptiveCards.actionExecute([...route.verbs], async (context) => {
      const verb = String((context.activity.value as { action?: { verb?: unknown } }).action?.verb ?? '');
      const request = requestOf(context);
      const outcome = await route.handle(request, verb, request.data, deps);
      markRoute(context, outcome.route);
      return invokeResult(outcome);
    });
  }
}

/** One typed command: `match` runs once, in the selector; the handler gets its result. */
function registerCommand(app: Application<TurnState>, route: CommandRoute, deps: FeatureDeps): void {
  const matches = new WeakMap<TurnContext, NonNullable<ReturnType<CommandRoute['match']>>>();
  app.message(
    async (context) => {
      const match = route.match((context.activity.text ?? '').trim());
      if (match !== undefined) matches.set(context, match);
      return match !== undefined;
    },
    async (context) => {
      const match = matches.get(context) ?? {};
      await deliver(context, await runCommand(route, requestOf(context), match, deps));
    },
  );
}
