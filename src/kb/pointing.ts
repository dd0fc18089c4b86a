/**
 * Words that point back at the last answer: "daarvoor", "daar", "hun", "they". Shared by the follow-up
 * readers and the conversation's neighbourhood. The words are the vocabulary's `pointing` section.
 */
import type { Wording } from './wording.js';

type Pointing = Wording['pointing'];

/** "moet dat elk jaar opnieuw?", "wie betaalt dat?", "is that free?" — at most this many words. */
const MAX_WORDS_THAT = 8;

/** "daarna" points back in time (the next step), not at a thing shown. */
const AFTER_THAT = 'daarna';

/** Points back at a thing just shown ("daarvoor", "daar", "wie betaalt dat?"), not only in time ("en daarna?"). */
export function pointsAtShown(pointing: Pointing, words: readonly string[]): boolean {
  return (
    words.some(
      (word, index) =>
        (pointing.back.has(word) && word !== AFTER_THAT) ||
        pointsToShown(pointing, words, index) ||
        splitBack(pointing, words, index),
    ) || pointsAtThat(pointing, words)
  );
}

/**
 * Has a word that points back to what was just shown: "daar", "daarvoor", "hun", "they", "wie betaalt dat?"; or
 * back in time ("daarna").
 */
export function pointsBack(pointing: Pointing, words: readonly string[]): boolean {
  return pointsAtShown(pointing, words) || (pointing.back.has(AFTER_THAT) && words.includes(AFTER_THAT));
}

/** Names someone of the case (`persons`: "haar", "de moeder", "the client"): the people just talked about. */
export function namesPerson(pointing: Pointing, words: readonly string[]): boolean {
  return words.some((word) => pointing.persons.has(word));
}

/** Points at the place just answered for (`nearbyPlace`: "daar", "there"), so at that place's own entries. */
export function pointsAtPlace(pointing: Pointing, words: readonly string[]): boolean {
  return words.some((word) => pointing.nearbyPlace.has(word));
}

/** How far the preposition of a split "eraan" may stand: "als hij zich er niet aan houdt". */
const SPLIT_WINDOW = 4;

/**
 * "er … aan", "hier … voor": a word of `back` written in two parts ("daar … voor" is `toShown` already). The
 * preposition ends its phrase ("zich er niet aan houdt"); one that starts a phrase ("is er iets dat ze aan de
 * familie laten zien?", a word of `clauseStart` after it) belongs to that phrase, and "is er" is existential.
 */
function splitBack(pointing: Pointing, words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  if (word !== 'er' && word !== 'hier') return false;
  if (index > 0 && pointing.existential.includes(`${words[index - 1]} ${word}`)) return false;
  for (let at = index + 1; at <= index + SPLIT_WINDOW && at < words.length; at += 1)
    if (pointing.back.has(`${word}${words[at]}`) && !pointing.clauseStart.has(words[at + 1] ?? '')) return true;
  return false;
}

/** A word of `toShown` ("daar", "their", "there"), unless existential: "is there …?" (`existential`). */
function pointsToShown(pointing: Pointing, words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  return pointing.toShown.has(word) && !(index > 0 && pointing.existential.includes(`${words[index - 1]} ${word}`));
}

/** "dat", "that" as a word of their own, not as "that he …" (a word of `clauseStart` follows). */
function pointsAtThat(pointing: Pointing, words: readonly string[]): boolean {
  if (words.length > MAX_WORDS_THAT) return false;
  return words.some(
    (word, index) => index > 0 && pointing.that.has(word) && !pointing.clauseStart.has(words[index + 1] ?? ''),
  );
}

/**
 * "dat", "die", "deze" (`that`, `demonstratives`): a word that may point at a thing just named ("met dat formulier",
 * "dat gesprek"), when the words around it say so.
 */
export function mayPointAtThing(pointing: Pointing, word: string): boolean {
  return pointing.that.has(word) || pointing.demonstratives.has(word);
}
