/**
 * The typed commands of shared cases, each answered in the language it is written in.
 */
import type { Language } from '../../i18n/language.js';
import { normalize } from '../../kb/normalize.js';
import { commands } from '../commands.js';

export const caseCommand = commands({
  'casus delen': ['share', 'nl'],
  'deel een casus': ['share', 'nl'],
  'deel casus': ['share', 'nl'],
  'share case': ['share', 'en'],
  'share a case': ['share', 'en'],
  'mijn casussen': ['mine', 'nl'],
  'my cases': ['mine', 'en'],
  ambassadeurs: ['ambassadors', 'nl'],
  ambassadors: ['ambassadors', 'en'],
} as const);

/** An admin's command, typed in the ambassadors' channel or group chat, that makes it the review chat. */
export const reviewChannelCommand = commands({
  ambassadeurskanaal: ['channel', 'nl'],
  'ambassadeurs hier': ['channel', 'nl'],
  'ambassadors channel': ['channel', 'en'],
  'set ambassadors channel': ['channel', 'en'],
} as const);

const MENTION_COMMANDS: ReadonlyArray<readonly [string, 'add' | 'remove', Language]> = [
  ['ambassadeur toevoegen', 'add', 'nl'],
  ['voeg ambassadeur toe', 'add', 'nl'],
  ['add ambassador', 'add', 'en'],
  ['ambassadeur verwijderen', 'remove', 'nl'],
  ['verwijder ambassadeur', 'remove', 'nl'],
  ['remove ambassador', 'remove', 'en'],
];

/** The phrases that start an ambassador change, normalised. */
export const AMBASSADOR_PHRASES: readonly string[] = MENTION_COMMANDS.map(([prefix]) => prefix);

/** "ambassadeur toevoegen @Naam": the command comes first; who is meant comes from the mention. */
export function ambassadorCommand(
  text: string | undefined,
): { change: 'add' | 'remove'; language: Language } | undefined {
  if (text === undefined) return undefined;
  const normalized = normalize(text);
  for (const [prefix, change, language] of MENTION_COMMANDS) {
    if (normalized === prefix || normalized.startsWith(`${prefix} `)) return { change, language };
  }
  return undefined;
}
