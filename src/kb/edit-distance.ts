/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions): "rijswjik" is one edit
 * from "rijswijk". Fuse finds candidates; this decides whether a word is a typo of a whole name.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const previous = d[i - 1] as number[];
      row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Whether `word` is a plausible typo of `name`: one edit up to 8 letters, two beyond, same first letter. */
export function isTypoOf(word: string, name: string): boolean {
  if (word === name || word[0] !== name[0]) return word === name;
  const allowed = Math.max(word.length, name.length) <= 8 ? 1 : 2;
  return Math.abs(word.length - name.length) <= allowed && editDistance(word, name) <= allowed;
}
