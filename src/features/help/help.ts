/**
 * The help feature: greets new users and answers "help". Plain data in, plain data out.
 */
import type { Language } from '../../i18n/language.js';
import type { Reply } from '../reply.js';
import { buildHelpCard } from './help-card.js';

/** Words that ask for the help card, alone or with punctuation ("hulp?", "Hallo!"). */
const HELP_WORDS = /^\s*(help|hulp|hallo|hoi|hey|hi|hello|start|menu|\?)\s*[.!?]*\s*$/i;

export function isHelpRequest(text: string | undefined): boolean {
  return typeof text === 'string' && HELP_WORDS.test(text);
}

export function help(language: Language): Reply[] {
  return [{ kind: 'card', card: buildHelpCard(language) }];
}
