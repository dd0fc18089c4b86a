/**
 * Admins reload the knowledge base from Teams ("kennisbank herladen"); a failed reload keeps the last good
 * version and lists the first problems.
 */
import { commands } from '../commands.js';
import { type CommandRoute, languageOfMatch, textOutcome } from '../route.js';

const TEXT = {
  notAdmin: {
    nl: 'Alleen een beheerder van Wegwijs kan de kennisbank herladen.',
    en: 'Only a Wegwijs admin can reload the knowledge base.',
  },
  ok: { nl: 'De kennisbank is herladen: {n} ingangen.', en: 'The knowledge base has been reloaded: {n} entries.' },
  failed: {
    nl: 'Herladen mislukt; de vorige versie blijft in gebruik. Problemen:',
    en: 'Reload failed; the previous version stays in use. Problems:',
  },
} as const;

const reloadCommand = commands({ 'kennisbank herladen': ['reload', 'nl'], 'reload knowledge': ['reload', 'en'] });

/** How many problems a failed reload lists in the chat (the log and `npm run knowledge:check` have them all). */
const MAX_PROBLEMS_SHOWN = 10;

export const reloadRoute: CommandRoute<NonNullable<ReturnType<typeof reloadCommand>>> = {
  name: 'knowledge.reload',
  phrases: reloadCommand.phrases,
  who: 'admins',
  match: reloadCommand,
  refused: (match, request) =>
    textOutcome('knowledge.reload.not-admin', TEXT.notAdmin[languageOfMatch(match, request)]),
  async handle(request, match, deps) {
    const language = languageOfMatch(match, request);
    const result = await deps.knowledge.reload();
    if (result.ok) return textOutcome('knowledge.reload.ok', TEXT.ok[language].replace('{n}', String(result.entries)));
    const problems = result.errors.slice(0, MAX_PROBLEMS_SHOWN).join('\n\n');
    return textOutcome('knowledge.reload.failed', `${TEXT.failed[language]}\n\n${problems}`);
  },
};
