/**
 * Shows someone where personal data was found without repeating the whole text: each finding between
 * ⟦ ⟧ in bold, with a little text around it.
 */
import type { Finding } from './detect.js';

/** How much text around a finding is shown, and at most how many spots per text. */
export const SPOT_CONTEXT = 40;
export const MAX_SPOTS = 8;

/**
 * The spots of `text` where `findings` are: each finding as `**⟦…⟧**` (Markdown bold) with up to
 * `SPOT_CONTEXT` characters around it, the spots joined by "…", at most `MAX_SPOTS` of them. `asTyped`
 * neutralises the text's own Markdown (the finding and its context), so typed text cannot format the result.
 *
 * @example highlightFindings('Bel Piet morgen', [{ type: 'name', start: 4, end: 8 }]) → 'Bel **⟦Piet⟧** morgen'
 */
export function highlightFindings(
  text: string,
  findings: readonly Finding[],
  asTyped: (text: string) => string = (value) => value,
): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let position = 0;
  let spots = 0;
  for (const [index, finding] of sorted.entries()) {
    if (finding.start < position) continue;
    if (spots === MAX_SPOTS) {
      parts.push(' …');
      return parts.join('');
    }
    const from = Math.max(position, finding.start - SPOT_CONTEXT);
    if (from > position) parts.push(from === 0 ? '' : '…');
    parts.push(asTyped(text.slice(from, finding.start)), `**⟦${asTyped(text.slice(finding.start, finding.end))}⟧**`);
    spots += 1;
    const next = sorted[index + 1];
    // Up to the next finding when it is close, else a little context.
    const until =
      next !== undefined && next.start - finding.end <= 2 * SPOT_CONTEXT
        ? next.start
        : Math.min(text.length, finding.end + SPOT_CONTEXT);
    parts.push(asTyped(text.slice(finding.end, until)));
    position = until;
  }
  if (position < text.length) parts.push('…');
  return parts.join('');
}
