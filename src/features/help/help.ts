/**
 * The help feature: greets new users and answers "help". Plain data in, plain data out.
 */
import type { Language } from '../../i18n/language.js';
import type { Reply } from '../reply.js';
import type { CommandRoute, Outcome } from '../route.js';
import { buildHelpCard } from './help-card.js';

/** Words that ask for the help card, alone or with punctuation ("hulp?", "Hallo!"). */
export const HELP_PHRASES = ['help', 'hulp', 'hallo', 'hoi', 'hey', 'hi', 'hello', 'start', 'menu', '?'] as const;

const HELP_WORDS = new RegExp(
  `^\\s*(${HELP_PHRASES.map((word) => word.replace(/[?]/g, '\\$&')).join('|')})\\s*[.!?]*\\s*$`,
  'i',
);

export function isHelpRequest(text: string | undefined): boolean {
  return typeof text === 'string' && HELP_WORDS.test(text);
}

export function help(language: Language): Reply[] {
  return [{ kind: 'card', card: buildHelpCard(language) }];
}

/** The help card as an outcome: for "help", an empty message and a personal installation. */
export function helpOutcome(language: Language, route = 'help'): Outcome {
  return { route, replies: help(language) };
}

export const helpRoute: CommandRoute = {
  name: 'help',
  phrases: HELP_PHRASES,
  who: 'anyone',
  match: (text) => (isHelpRequest(text) ? {} : undefined),
  handle: async (request) => helpOutcome(request.language),
};
