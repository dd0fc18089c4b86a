/**
 * Words that point back at the last answer: "daarvoor", "daar", "hun", "they". Shared by the follow-up
 * readers and the conversation's neighbourhood.
 */

/** Words that refer to what was just said. */
const POINTS_BACK = new Set(
  'daarvoor daarvan daarop daarover daarmee daaraan daarbij daarna ervoor ervan erop erover eraan erbij hiervoor hiervan hierop hierover'.split(
    ' ',
  ),
);

/** Words that point to the organisation or place just named: "kan je daar binnenlopen?", "what are their hours?". */
export const POINTS_TO_SHOWN = new Set(['daar', 'daarzo', 'hun', 'hen', 'there', 'their', 'them', 'they', 'it', 'its']);

/** "dat", "that" as a word of their own, not as "that he …": pointing back in a short question ("dit", "this" are
 * mostly determiners: "is dit huiselijk geweld?"). */
const THAT_WORDS = new Set(['dat', 'that']);
/** Words that start a clause after "dat"/"that", which then joins two sentences rather than pointing back. */
const CLAUSE_START = new Set(
  'ik je jij u hij ze zij we wij het er de een mijn zijn haar hun die deze dat i you he she we they it the a an there my his her their'.split(
    ' ',
  ),
);
/** "moet dat elk jaar opnieuw?", "wie betaalt dat?", "is that free?" — at most this many words. */
const MAX_WORDS_THAT = 8;

/** "daarna" points back in time (the next step), not at a thing shown. */
const AFTER_THAT = 'daarna';

/** Points back at a thing just shown ("daarvoor", "daar", "wie betaalt dat?"), not only in time ("en daarna?"). */
export function pointsAtShown(words: readonly string[]): boolean {
  return (
    words.some((word) => (POINTS_BACK.has(word) && word !== AFTER_THAT) || POINTS_TO_SHOWN.has(word)) ||
    pointsAtThat(words)
  );
}

/** Has a word that points back to what was just shown: "daar", "daarvoor", "hun", "they", "wie betaalt dat?". */
export function pointsBack(words: readonly string[]): boolean {
  return words.some((word) => POINTS_BACK.has(word) || POINTS_TO_SHOWN.has(word)) || pointsAtThat(words);
}

function pointsAtThat(words: readonly string[]): boolean {
  if (words.length > MAX_WORDS_THAT) return false;
  return words.some((word, index) => index > 0 && THAT_WORDS.has(word) && !CLAUSE_START.has(words[index + 1] ?? ''));
}
