/**
 * Text normalisation shared by every matcher: lower case, no diacritics, punctuation to spaces.
 * "Wie doet schuldhulp in 's-Gravenhage?" → "wie doet schuldhulp in s gravenhage".
 */
export function normalize(text: string): string {
  // A turn normalises the same message many times (every command matcher, every step of the engine).
  if (text === lastText) return lastNormalized;
  lastNormalized = normalizeUncached(text);
  lastText = text;
  return lastNormalized;
}

let lastText: string | undefined;
let lastNormalized = '';

function normalizeUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ');
}
