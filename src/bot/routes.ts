/**
 * Which feature handles which activity. The only place that maps teams-ai routes onto features.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorCode } from '../errors.js';
import {
  AFWEGING_VERBS,
  type FlowOwner,
  handleFlowAction,
  isAfwegingskaderCommand,
  isAfwegingVerb,
  startFlow,
} from '../features/afwegingskader/index.js';
import { answerQuestion, handleAnswerSubmit, recordGap } from '../features/answer/index.js';
import { help, isHelpRequest } from '../features/help/index.js';
import { type Language, languageFromLocale } from '../i18n/language.js';
import type { KnowledgeHolder } from '../kb/holder.js';
import type { Logger } from '../logger.js';
import type { DocumentStore } from '../storage/index.js';
import { sendReplies } from './send.js';
import { markRoute } from './turn-info.js';

export interface RouteDeps {
  knowledge: KnowledgeHolder;
  store: DocumentStore;
  logger: Logger;
}

export function languageOf(context: TurnContext): Language {
  return languageFromLocale(context.activity.locale);
}

export function registerRoutes(app: Application<TurnState>, deps: RouteDeps): void {
  // Teams sends membersAdded for every person who joins a team too; only the bot's own arrival is ours.
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient.id;
    if (!(context.activity.membersAdded ?? []).some((member) => member.id === botId)) return;
    markRoute(context, 'welcome');
    await sendReplies(context, help(languageOf(context)));
  });

  // Teams sends an Action.Submit as a message without text, the card's data in `value`.
  app.message(
    async (context) => typeof submitOf(context)?.verb === 'string',
    async (context) => handleSubmit(context, deps, submitOf(context) ?? {}),
  );

  // The guided afwegingskader: started by a command or a button, answered with Action.Execute (the card is
  // replaced in place) or, on clients without universal actions, with Action.Submit (a new card).
  app.message(
    async (context) => isAfwegingskaderCommand(context.activity.text),
    async (context) => {
      markRoute(context, 'afweging.start');
      const card = await startFlow(flowDeps(deps), ownerOf(context), languageOf(context));
      await sendReplies(context, [{ kind: 'card', card }]);
    },
  );
  app.adaptiveCards.actionExecute(
    Object.values(AFWEGING_VERBS),
    async (context, _state, data: Record<string, unknown>) => {
      const verb = String((context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb ?? '');
      markRoute(context, verb);
      return handleFlowAction(flowDeps(deps), ownerOf(context), { ...data, verb }, languageOf(context));
    },
  );

  app.message(
    async (context) => isHelpRequest(context.activity.text),
    async (context) => {
      markRoute(context, 'help');
      await sendReplies(context, help(languageOf(context)));
    },
  );

  app.activity('message', async (context) => {
    const text = (context.activity.text ?? '').trim();
    if (text === '') {
      markRoute(context, 'help');
      await sendReplies(context, help(languageOf(context)));
      return;
    }
    const engine = deps.knowledge.engine;
    const answer = answerQuestion(engine, text, languageOf(context));
    markRoute(context, answer.route);
    await sendReplies(context, answer.replies);
    if (answer.route.startsWith('answer.no-match')) {
      // For the editors' gap report, scrubbed of personal data; the card told the user so.
      await recordGap(deps.store, text, engine.placeNames).catch((error: unknown) =>
        deps.logger.warn({ code: errorCode(error) }, 'could not record an unanswered question'),
      );
    }
  });
}

function submitOf(context: TurnContext): Record<string, unknown> | undefined {
  const value: unknown = context.activity.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function flowDeps(deps: RouteDeps) {
  return { store: deps.store, engine: deps.knowledge.engine };
}

/** The afwegingskader is per user per conversation (a channel thread is its own conversation). */
function ownerOf(context: TurnContext): FlowOwner {
  return {
    conversationId: context.activity.conversation.id,
    userId: context.activity.from.aadObjectId ?? context.activity.from.id,
  };
}

/** Card submits: each feature validates its own payloads; anything else gets a friendly answer. */
async function handleSubmit(context: TurnContext, deps: RouteDeps, data: Record<string, unknown>): Promise<void> {
  if (isAfwegingVerb(data.verb)) {
    markRoute(context, String(data.verb));
    const card = await handleFlowAction(
      flowDeps(deps),
      ownerOf(context),
      { ...data, verb: String(data.verb) },
      languageOf(context),
    );
    await sendReplies(context, [{ kind: 'card', card }]);
    return;
  }
  const result = await handleAnswerSubmit(
    { engine: deps.knowledge.engine, store: deps.store },
    data,
    languageOf(context),
  );
  markRoute(context, result.route);
  await sendReplies(context, result.replies);
}
