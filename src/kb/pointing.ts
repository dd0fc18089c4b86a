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

/** Has a word that points back to what was just shown: "daar", "daarvoor", "hun", "they". */
export function pointsBack(words: readonly string[]): boolean {
  return words.some((word) => POINTS_BACK.has(word) || POINTS_TO_SHOWN.has(word));
}
