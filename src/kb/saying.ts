/**
 * The words of a question that say something, apart from those that only ask a detail, point back or that the
 * search skips: what the follow-up readers weigh to tell a question of its own from one about what was shown.
 */
import type { Question } from './question.js';
import { processTerm } from './search.js';
import { asksWhoOrWhere, type Wording } from './wording.js';

/**
 * How many words of a question say something: not the words that ask a detail ("hoeveel", "wie", "is er") or
 * point back, nor those the search skips ("de", "naar"). "hoeveel krijgt de oudste, die gaat naar de brugklas?"
 * says four things.
 */
export function saying(wording: Wording, words: readonly string[]): number {
  return sayingWords(wording, words).length;
}

/** The words of a question that say something (see {@link saying}). */
export function sayingWords(wording: Wording, words: readonly string[]): string[] {
  return words.filter(
    (word) =>
      !wording.followUpWording.asksADetail.has(word) &&
      !wording.pointing.back.has(word) &&
      !wording.pointing.toShown.has(word) &&
      processTerm(word) !== null,
  );
}

/** Whether every word of a question that says something is one any service says (`anyService`: "doen", "aanmelden"). */
export function asksAnyService(wording: Wording, words: readonly string[]): boolean {
  const { anyService } = wording.followUpWording;
  return sayingWords(wording, words).every((word) => anyService.has(word));
}

/**
 * Whether a question only asks who or where, in words any service says ("bij wie kan ze terecht?", "waar meld ik hem
 * aan?", "where can she go?"): it names no service of its own, so the conversation says which one is meant.
 */
export function asksOnlyWhere(wording: Wording, question: Question): boolean {
  return asksAnyService(wording, question.words) && asksWhoOrWhere(wording.asking, question.expanded);
}
