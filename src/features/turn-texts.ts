/**
 * What the bot says when a turn cannot be served: an error on our side, or too many messages. Both name
 * the emergency numbers, because whoever is waiting may be in danger.
 */
import type { Language } from '../i18n/language.js';
import { type Outcome, textOutcome } from './route.js';

const TURN_FAILED = {
  nl: (id: string) =>
    `Sorry, er ging bij mij iets mis (foutcode ${id}). Probeer het zo nog eens. Acuut gevaar? Bel 112. Zorgen over huiselijk geweld of kindermishandeling: Veilig Thuis 0800-2000.`,
  en: (id: string) =>
    `Sorry, something went wrong on my side (error code ${id}). Please try again in a moment. In immediate danger? Call 112. Worried about domestic violence or child abuse: Veilig Thuis 0800-2000.`,
} as const;

const RATE_LIMITED = {
  nl: 'Je stuurt veel berichten kort na elkaar. Wacht even een minuut; dan help ik je graag verder. Acuut gevaar? Bel 112.',
  en: "You're sending a lot of messages in a short time. Please wait a minute and I'll gladly help again. In immediate danger? Call 112.",
} as const;

/** The apology after an unexpected error, with the id the log line carries. */
export function turnFailedOutcome(language: Language, errorId: string): Outcome {
  return textOutcome('error', TURN_FAILED[language](errorId));
}

export function rateLimitedOutcome(language: Language): Outcome {
  return textOutcome('rate_limited', RATE_LIMITED[language]);
}
