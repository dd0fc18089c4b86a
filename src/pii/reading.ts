/**
 * The text as a person reads it, for the personal-data guard: compatibility forms folded (NFKC: full-width
 * "１１１" and "＠", ligatures, superscripts), invisible format characters removed (zero-width spaces and
 * joiners, soft hyphens, bidi controls — anything in Unicode's Cf), and every decimal digit of any script
 * (Arabic-Indic "٠٦١٢", Devanagari, …) written as 0–9. With, for every unit of the reading, where it came
 * from in the original, so that findings are shown (and replaced) where the author wrote them.
 */

export interface Reading {
  text: string;
  /** Original offset of the reading's unit i. */
  starts: readonly number[];
  /** Original end (exclusive) of the reading's unit i. */
  ends: readonly number[];
}

/** A starter and the marks that belong to it: NFKC may compose them, so they are normalised together. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;
const INVISIBLE = /^\p{Cf}+$/u;
const DIGIT = /\p{Nd}/gu;
const NEEDS_WORK = /[\u0080-\uffff]/;

export function readAsPerson(original: string): Reading {
  // Plain ASCII reads as it is written (the common case; no map needed beyond the identity).
  if (!NEEDS_WORK.test(original)) return identity(original);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  CLUSTER.lastIndex = 0;
  for (let match = CLUSTER.exec(original); match !== null; match = CLUSTER.exec(original)) {
    const unit = match[0];
    const start = match.index;
    const end = start + unit.length;
    if (INVISIBLE.test(unit)) continue;
    const read = unit.length === 1 && !NEEDS_WORK.test(unit) ? unit : asciiDigits(unit.normalize('NFKC'));
    text += read;
    for (let i = 0; i < read.length; i += 1) {
      starts.push(start);
      ends.push(end);
    }
  }
  return { text, starts, ends };
}

/** The original span of the reading's span [start, end). */
export function originalSpan(reading: Reading, start: number, end: number): { start: number; end: number } {
  return { start: reading.starts[start] ?? start, end: reading.ends[end - 1] ?? end };
}

/** Plain ASCII: every offset is its own (`originalSpan` falls back to the offsets themselves). */
function identity(text: string): Reading {
  return { text, starts: [], ends: [] };
}

function asciiDigits(text: string): string {
  return text.replace(DIGIT, (digit) => String(digitValue(digit)));
}

const DIGIT_VALUES = new Map<number, number>();

/**
 * Unicode keeps every script's decimal digits in runs of ten from zero upwards, so a digit's value is its
 * distance from the start of its run (modulo ten, where runs of ten follow each other).
 */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0) as number;
  const known = DIGIT_VALUES.get(code);
  if (known !== undefined) return known;
  let first = code;
  while (first > 0 && /\p{Nd}/u.test(String.fromCodePoint(first - 1))) first -= 1;
  const value = (code - first) % 10;
  DIGIT_VALUES.set(code, value);
  return value;
}
