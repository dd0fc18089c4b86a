/**
 * Hostile chat texts of a given length: the shapes that make backtracking regular expressions and
 * per-match rescans slow (long runs of newlines, spaces, digits, dots, capitalised words, mixed scripts).
 * Used by `npm run bench:stall` and by the linear-time property test.
 */

/** A text of about `length` UTF-16 units, built from `seed` repeated. */
function repeat(seed: string, length: number): string {
  return seed.repeat(Math.max(1, Math.ceil(length / seed.length))).slice(0, length);
}

export const HOSTILE_TEXTS: Readonly<Record<string, (length: number) => string>> = {
  // The reproduction: "x" + "\n" × N + "Jan van Dijk " × (N / 50).
  'newlines then names': (length) => {
    const n = Math.round(length / (1 + 13 / 50));
    return `x${'\n'.repeat(n)}${'Jan van Dijk '.repeat(Math.round(n / 50))}`;
  },
  'CRLF then names': (length) => {
    const n = Math.round(length / (1 + 13 / 50));
    return `x${'\r\n'.repeat(Math.round(n / 2))}${'Jan van Dijk '.repeat(Math.round(n / 50))}`;
  },
  'names between newlines': (length) => repeat('Piet van der Berg\n\n', length),
  letters: (length) => repeat('a', length),
  digits: (length) => repeat('1', length),
  'letter-dot': (length) => repeat('a.', length),
  spaces: (length) => `x${' '.repeat(length - 2)}y`,
  'capitalised words': (length) => repeat('Jansen Bakker Visser ', length),
  'title then spaces': (length) => `Mevrouw${' '.repeat(length - 14)}Jansen`,
  'street then spaces': (length) => repeat(`Dorpsstraat${' '.repeat(200)}x `, length),
  'at signs': (length) => repeat('a@a.', length),
  'digits and dots': (length) => repeat('1.2.3.4.', length),
  'digit groups': (length) => repeat('06 12 ', length),
  'mixed scripts': (length) => repeat('Jan Иван ١٢٣٤ １２３ 王 Ölçü ', length),
  'hyphens and capitals': (length) => `A${repeat('a-', length - 1)}`,
  'brackets and placeholders': (length) => repeat('[NAAM [', length),
  'organisations and names': (length) => repeat('Veilig Thuis Jan ', length),
  'zero-width and bidi': (length) => repeat('1\u200b2\u202e3\u2066', length),
};
