/**
 * Texts that must fit a small space — button titles, link labels — shortened where a reader expects it:
 * at a word boundary with an ellipsis, never in the middle of a word or a web address.
 */

/** Longest button title: what a Teams button shows whole on a phone. */
export const MAX_LABEL_LENGTH = 40;

/**
 * `text` if it fits in `max` characters, else its first words with "…". A single word longer than `max`
 * stays whole: a clipped word reads worse than a long button.
 *
 * @example fitLabel('Sociale wijkzorgteams en servicepunten in Den Haag') → 'Sociale wijkzorgteams en servicepunten…'
 */
export function fitLabel(text: string, max = MAX_LABEL_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const words = clean.split(' ');
  let fitted = words[0] as string;
  for (const word of words.slice(1)) {
    if (`${fitted} ${word}`.length > max - 1) break;
    fitted = `${fitted} ${word}`;
  }
  if (fitted === clean) return clean;
  // "Geldfit —…" or "teams,…" read badly: drop what dangles at the cut.
  return `${fitted.replace(/[\s,.;:—–-]+$/, '')}…`;
}

/**
 * How a link shows a web address: without "https://" and "www.", whole when it fits in `max`, else only
 * the site ("gemeentewestland.nl") — the link itself still goes to the whole address.
 */
export function urlLabel(url: string, max = MAX_LABEL_LENGTH): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  if (bare.length <= max) return bare;
  return bare.split(/[/?#]/)[0] ?? bare;
}
