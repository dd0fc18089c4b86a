/**
 * Which feature handles which activity. The only place that maps teams-ai routes onto features.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { help, isHelpRequest } from '../features/help/index.js';
import { type Language, languageFromLocale } from '../i18n/language.js';
import { sendReplies } from './send.js';
import { markRoute } from './turn-info.js';

export function languageOf(context: TurnContext): Language {
  return languageFromLocale(context.activity.locale);
}

export function registerRoutes(app: Application<TurnState>): void {
  // Teams sends membersAdded for every person who joins a team too; only the bot's own arrival is ours.
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient.id;
    if (!(context.activity.membersAdded ?? []).some((member) => member.id === botId)) return;
    markRoute(context, 'welcome');
    await sendReplies(context, help(languageOf(context)));
  });

  app.message(
    async (context) => isHelpRequest(context.activity.text),
    async (context) => {
      markRoute(context, 'help');
      await sendReplies(context, help(languageOf(context)));
    },
  );

  // Anything else said to the bot gets the help card until a feature claims it.
  app.activity('message', async (context) => {
    markRoute(context, 'fallback');
    await sendReplies(context, help(languageOf(context)));
  });
}
