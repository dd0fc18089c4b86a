/**
 * Which feature handles which activity. The only place that maps teams-ai routes onto features.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { recordFeedback } from '../features/answer/feedback.js';
import { answerEntry, answerPlaceChoice, answerQuestion, VERBS } from '../features/answer/index.js';
import { help, isHelpRequest } from '../features/help/index.js';
import { type Language, languageFromLocale } from '../i18n/language.js';
import type { KnowledgeHolder } from '../kb/holder.js';
import type { DocumentStore } from '../storage/index.js';
import { sendReplies } from './send.js';
import { markRoute } from './turn-info.js';

export interface RouteDeps {
  knowledge: KnowledgeHolder;
  store: DocumentStore;
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
    const answer = answerQuestion(deps.knowledge.engine, text, languageOf(context));
    markRoute(context, answer.route);
    await sendReplies(context, answer.replies);
  });
}

function submitOf(context: TurnContext): Record<string, unknown> | undefined {
  const value: unknown = context.activity.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const ID = /^[a-z0-9-]{1,80}$/;
const CBS = /^(GM\d{4}|other)$/;

/** Card submits, each payload checked before use: a card's data comes back from the client unchecked. */
async function handleSubmit(context: TurnContext, deps: RouteDeps, data: Record<string, unknown>): Promise<void> {
  const language = languageOf(context);
  const engine = deps.knowledge.engine;
  const { verb, id, vote, topic, gemeente } = data;
  if (verb === VERBS.entry && typeof id === 'string' && ID.test(id)) {
    markRoute(context, 'answer.entry');
    await sendReplies(context, answerEntry(engine, id, language));
    return;
  }
  if (
    verb === VERBS.feedback &&
    typeof id === 'string' &&
    engine.kb.byId.has(id) &&
    (vote === 'up' || vote === 'down')
  ) {
    markRoute(context, `feedback.${vote}`);
    await recordFeedback(deps.store, { entryId: id, vote, language });
    await sendReplies(context, [{ kind: 'text', text: FEEDBACK_THANKS[language] }]);
    return;
  }
  if (
    verb === VERBS.place &&
    typeof topic === 'string' &&
    ID.test(topic) &&
    typeof gemeente === 'string' &&
    CBS.test(gemeente)
  ) {
    markRoute(context, 'answer.place');
    await sendReplies(context, answerPlaceChoice(engine, topic, gemeente, language));
    return;
  }
  markRoute(context, 'submit.invalid');
  await sendReplies(context, [{ kind: 'text', text: INVALID_SUBMIT[language] }]);
}

const FEEDBACK_THANKS = {
  nl: 'Dank je voor je feedback — daar wordt Wegwijs beter van.',
  en: 'Thanks for your feedback — it helps Wegwijs improve.',
} as const;

const INVALID_SUBMIT = {
  nl: 'Die knop kon ik niet verwerken. Stel je vraag gerust in je eigen woorden.',
  en: "I couldn't handle that button. Feel free to ask your question in your own words.",
} as const;
