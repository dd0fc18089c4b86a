/**
 * Finds personal data in a text: BSN (with the 11-check), IBAN (mod-97), Dutch phone numbers, e-mail
 * addresses, postcodes, street plus house number, dates (of birth), person names and licence plates. Pure:
 * no SDK import, no I/O. Organisations and places ("Veilig Thuis", "Sociale Dienst Drechtsteden", "Hof van
 * Twente") are not names; the caller may add its own allowed phrases.
 */
import { isValidBsn, isValidIban } from './checksums.js';
import { FIRST_NAMES } from './first-names.js';
import { findTypedNames } from './names.js';
import { originalSpan, readAsPerson } from './reading.js';
import { DISTINCT_SURNAMES, SURNAME_CORES } from './surnames.js';

export const FINDING_TYPES = [
  'bsn',
  'iban',
  'phone',
  'email',
  'postcode',
  'address',
  'date-of-birth',
  'date',
  'name',
  'licence-plate',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export interface Finding {
  type: FindingType;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

export interface DetectOptions {
  /** Phrases that are never a name (organisations, places), compared case-insensitively. */
  allowed?: Iterable<string>;
}

/** Organisations and terms that look like names but are not. */
const DEFAULT_ALLOWED = [
  'Veilig Thuis',
  'Sociale Dienst Drechtsteden',
  'Raad voor de Kinderbescherming',
  'Jeugdbescherming west',
  'Centrum Seksueel Geweld',
  'Centrum voor Jeugd en Gezin',
  'Slachtofferhulp',
  'Humanitas',
  'SchuldHulpMaatje',
  'Kwadraad',
  'Geldfit',
  'Nibud',
  'Juridisch Loket',
  'Vivera',
  'Avres',
  'Veilig Verder Team',
  'Hof van Twente',
  'Laan van Meerdervoort',
  'Kop van t Land',
  'Huis van de Stad',
  'Leger des Heils',
  'Stichting Leergeld',
  'Delft voor Elkaar',
  'Wijkteam',
  'Sociaal Team',
  'Sociaal Wijkteam',
  'Meld Misdaad Anoniem',
  'De Kindertelefoon',
];

const STREET_ENDINGS =
  'straat|laan|weg|plein|kade|gracht|singel|dijk|pad|hof|plantsoen|dreef|park|steeg|markt|boulevard|baan|ring|wal|erf|allee|haven|zijde|hage|kwartier|oord|veld|burcht';
const TUSSENVOEGSEL = "(?:van der|van den|van de|van 't|van|de|der|den|ten|ter|te|op de|el|al|la|le|da|di|du|bin|ben)";
const CAPITALIZED = "\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’-]+)?";
const SURNAME = `(?:${TUSSENVOEGSEL}\\s+)?${CAPITALIZED}`;

const PATTERNS: ReadonlyArray<{
  type: FindingType;
  pattern: RegExp;
  accept?: (match: RegExpExecArray, text: string) => boolean;
}> = [
  {
    type: 'email',
    // Starts only where a run of address characters starts: without the lookbehind every position inside a
    // long run ("aaaa…", "1.2.3.…") would scan the rest of the run again looking for an "@".
    pattern: /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/gu,
  },
  {
    type: 'iban',
    pattern: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/gi,
    accept: (match, text) =>
      isValidIban(match[0]) || cue(text, match.index, /\b(iban|rekening\w*|bankrekening|account)\b/i),
  },
  {
    type: 'bsn',
    // Written as 123456782, 123 456 782, 123.456.782 or (most often) 1234.56.782.
    pattern: /(?<![\d.-])\b\d{3,4}[ .]?\d{2,3}[ .]?\d{3}\b(?![\d-])/g,
    accept: (match, text) => {
      const digits = match[0].replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 9) return false;
      return isValidBsn(digits) || cue(text, match.index, /\b(bsn|burgerservicenummer|sofinummer|sofi-nummer)\b/i);
    },
  },
  {
    type: 'phone',
    // "+31 (0)6 …" is written often: the "(0)" is the trunk prefix, not a digit of the number.
    pattern: /(?<![\d+])(?:(?:\+31|0031)[\s-]?(?:\(0\)[\s-]?)?|0)[\s-]?\(?\d{1,3}\)?(?:\s?-?\s?\d){6,8}(?!\d)/g,
    accept: (match) => {
      let digits = match[0].replace('(0)', '').replace(/\D/g, '');
      if (digits.startsWith('0031')) digits = `0${digits.slice(4)}`;
      else if (digits.startsWith('31')) digits = `0${digits.slice(2)}`;
      // Ten digits, starting with 0; 08xx and 09xx are organisations' service numbers, not people's.
      return digits.length === 10 && /^0[1-79]/.test(digits) && !/^09/.test(digits);
    },
  },
  {
    type: 'postcode',
    pattern: /\b[1-9]\d{3}[ ]?[A-Za-z]{2}\b(?:[ ,]{1,3}\d{1,5}[a-zA-Z]?\b)?/g,
    accept: (match) => {
      const letters = /^[1-9]\d{3}[ ]?([A-Za-z]{2})/.exec(match[0])?.[1] ?? '';
      const spaced = /^\d{4} /.test(match[0]);
      // "2023 en", "1500 op": four digits and a short word are not a postcode; "2715AB" and "2715 AB" are.
      if (spaced && letters === letters.toLowerCase() && SHORT_WORDS.has(letters)) return false;
      return !['SA', 'SD', 'SS'].includes(letters.toUpperCase());
    },
  },
  {
    type: 'address',
    pattern: new RegExp(
      // The street word starts where a word starts: inside "a-a-a-…" every hyphen is a \b, and from each the
      // word would be scanned to its end again.
      `(?:\\b(?:${CAPITALIZED}\\s+){0,2})(?<![\\p{L}'’-])\\p{Lu}?[\\p{L}'’-]*(?:straat|laan|weg|plein|kade|gracht|singel|dijk|pad|hof|plantsoen|dreef|park|steeg|markt|boulevard|baan|ring|wal|erf|allee|haven|zijde|hage|kwartier|dreef|oord|veld|burcht)\\s+\\d{1,5}(?:\\s?[a-zA-Z]\\b|\\s?-\\s?\\d{1,3}|-?[IVX]{1,3}\\b)?`,
      'gu',
    ),
    accept: (match) => /\p{Lu}/u.test(match[0]),
  },
  {
    type: 'address',
    pattern: new RegExp(
      `\\b(?:Laan|Plein|Kade|Weg|Hof)\\s+(?:van|der|de|den|ter|voor)\\s+(?:${CAPITALIZED}\\s+){0,2}?${CAPITALIZED}\\s+\\d{1,5}[a-zA-Z]?\\b`,
      'gu',
    ),
  },
  {
    // A street written in lower case or capitals ("dorpsstraat 12", "KERKWEG 3A", "Dorpsstraat nr. 12"): the
    // street word must be longer than its ending, so that "weg 2" or "baan 3" is not an address.
    type: 'address',
    pattern: new RegExp(
      `(?<![\\p{L}'’-])[\\p{L}'’-]{2,}?(?:${STREET_ENDINGS})\\s{1,3}(?:(?:nr|no|nummer)\\.?\\s{0,3})?\\d{1,5}(?:\\s?[a-z]\\b|\\s?-\\s?\\d{1,3})?(?!\\d)`,
      'giu',
    ),
  },
  {
    // An e-mail address written to slip past a filter: "jan @ example.nl", "jan (at) example (dot) nl",
    // "jan[at]example[punt]nl".
    type: 'email',
    pattern:
      /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]{1,64}\s{0,3}(?:@|[([{]\s?(?:at|apenstaartje)\s?[)\]}])\s{0,3}[\p{L}\d-]{1,63}(?:(?:\s{0,3}(?:\.|[([{]\s?(?:dot|punt)\s?[)\]}])\s{0,3})[\p{L}\d-]{1,63}){1,4}/giu,
    accept: (match) => /[.)\]}]\s{0,3}\p{L}{2,}$/u.test(match[0]) && !/^\S+@\S+$/.test(match[0]),
  },
  {
    type: 'date',
    pattern:
      /\b(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d{2}\b|\b(?:0?[1-9]|[12]\d|3[01])\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\.?\s+(?:19|20)\d{2}\b/gi,
  },
  {
    type: 'licence-plate',
    pattern: /\b[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}\b/gi,
    accept: (match) => {
      const alnum = match[0].replace(/-/g, '');
      return alnum.length === 6 && /[A-Za-z]/.test(alnum) && /\d/.test(alnum);
    },
  },
  {
    // A title before a name: "mevrouw Jansen", "dhr. De Vries", "mw. A. Bakker", "meneer Mohamed".
    type: 'name',
    pattern: new RegExp(
      // No i flag: it would let \p{Lu} match lower case too, and swallow the next word ("Jansen belde").
      `\\b(?:[Mm]evrouw|[Mm]eneer|[Mm]evr\\.|[Mm]w\\.|[Mm]r\\.|[Dd]hr\\.|[Dd]e heer|[Jj]uffrouw|[Mm]rs\\.?|[Mm]s\\.?|[Mm]iss|[Mm]ister)\\s+(?:(?:\\p{Lu}\\.){1,3}\\s?)?(?:${CAPITALIZED}\\s+)?${SURNAME}`,
      'gu',
    ),
  },
  {
    // Initials and a surname: "J. de Vries", "A.B. Jansen".
    type: 'name',
    pattern: new RegExp(`(?<!\\p{L})(?:\\p{Lu}\\.){1,3}\\s?${SURNAME}`, 'gu'),
  },
  {
    // A known first name, with or without a surname: "Fatima", "Jan de Vries", "Kevin Bakker".
    type: 'name',
    pattern: new RegExp(`\\b${CAPITALIZED}(?:\\s+${SURNAME})?`, 'gu'),
    accept: (match) => FIRST_NAMES.has((match[0].split(/\s+/)[0] ?? '').toLowerCase()),
  },
  {
    // A common surname on its own ("naar Jansen"), or after a tussenvoegsel ("naar de Vries", "van den Bos").
    type: 'name',
    pattern: new RegExp(`(?:\\b${TUSSENVOEGSEL}\\s+)?\\b${CAPITALIZED}`, 'gu'),
    accept: (match) => {
      const words = match[0].split(/\s+/);
      const last = (words.at(-1) ?? '').toLowerCase();
      return words.length > 1 ? SURNAME_CORES.has(last) || DISTINCT_SURNAMES.has(last) : DISTINCT_SURNAMES.has(last);
    },
  },
  {
    // A name shape: capitalised word, tussenvoegsel, capitalised word ("Piet van der Berg"). At the start of
    // a sentence the first word is capitalised anyway ("Binnen de Gemeente…"): there, only a known first name.
    type: 'name',
    pattern: new RegExp(`\\b${CAPITALIZED}\\s+${TUSSENVOEGSEL}\\s+${CAPITALIZED}`, 'gu'),
    accept: (match, text) =>
      !atSentenceStart(text, match.index) || FIRST_NAMES.has((match[0].split(/\s+/)[0] ?? '').toLowerCase()),
  },
];

const SHORT_WORDS = new Set([
  'en',
  'of',
  'op',
  'in',
  'is',
  'te',
  'al',
  'nu',
  'er',
  'om',
  'de',
  'ze',
  'we',
  'je',
  'an',
  'at',
  'to',
  'or',
  'as',
  'he',
  'me',
  'uw',
  'ik',
  'na',
  'zo',
  'ja',
  'pm',
  'am',
]);
const DOB_CUE = /\b(geboren|geb\.|geboortedatum|geboortedag|born|date of birth|dob|jarig)\b/i;

/**
 * Whether `index` starts a sentence: only whitespace since the start of the text, a newline or one of
 * `.!?:;`. Looks back over the whitespace alone — never the whole text before it, which per match made
 * the guard cubic ("x" + 10,000 newlines + "Jan van Dijk" × 200 took 15 s).
 */
function atSentenceStart(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && /\s/.test(text[at] as string)) {
    if (text[at] === '\n') return true;
    at -= 1;
  }
  return at < 0 || '.!?:;'.includes(text[at] as string);
}

function cue(text: string, index: number, pattern: RegExp): boolean {
  return pattern.test(text.slice(Math.max(0, index - 30), index));
}

/**
 * Every finding, sorted, without overlaps (the longer of two overlapping findings wins), at offsets of
 * `text` as written. The text is read as a person reads it first (see `readAsPerson`): "１１１２２２３３３",
 * a BSN with zero-width spaces between its digits, "٠٦١٢٣٤٥٦٧٨" and "jan＠example.nl" are found as what
 * they are.
 */
export function detectPersonalData(text: string, options: DetectOptions = {}): Finding[] {
  const reading = readAsPerson(text);
  return detectInReading(reading.text, options).map((finding) => ({
    type: finding.type,
    ...originalSpan(reading, finding.start, finding.end),
  }));
}

function detectInReading(text: string, options: DetectOptions): Finding[] {
  const allowed = allowedRanges(text, [...DEFAULT_ALLOWED, ...(options.allowed ?? [])]);
  const findings: Finding[] = [];
  for (const { type, pattern, accept } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      if (accept !== undefined && !accept(match, text)) {
        // A rejected match must not swallow a real one that starts inside it ("Mag Kevin Bakker").
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      if (type === 'name' && allowed.covers(start, end)) continue;
      const dated = type === 'date' && cue(text, start, DOB_CUE) ? 'date-of-birth' : type;
      findings.push({ type: dated, start, end });
    }
  }
  for (const { start, end } of findTypedNames(text)) {
    if (!allowed.covers(start, end)) findings.push({ type: 'name', start, end });
  }
  return withoutOverlaps(findings);
}

/** Where allowed phrases occur, sorted, so that "is this name inside one?" is a binary search, not a scan. */
interface AllowedRanges {
  covers(start: number, end: number): boolean;
}

function allowedRanges(text: string, phrases: readonly string[]): AllowedRanges {
  const ranges: Array<[number, number]> = [];
  const lower = lowerCaseSameLength(text);
  for (const phrase of phrases) {
    const needle = phrase.toLowerCase();
    if (needle === '') continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1))
      ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // reach[i]: the furthest end of ranges 0…i; a name is covered when some range starting at or before it
  // reaches past its end.
  const reach: number[] = [];
  for (const [index, [, to]] of ranges.entries()) reach.push(Math.max(to, reach[index - 1] ?? 0));
  return {
    covers(start, end) {
      let low = 0;
      let high = ranges.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((ranges[middle] as [number, number])[0] <= start) low = middle + 1;
        else high = middle;
      }
      return low > 0 && (reach[low - 1] as number) >= end;
    },
  };
}

/** Lower case with every offset kept ("İ" alone grows to two units in toLowerCase; it stays itself here). */
function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const unit of text) {
    const folded = unit.toLowerCase();
    result += folded.length === unit.length ? folded : unit;
  }
  return result;
}

function withoutOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const last = kept.at(-1);
    if (last !== undefined && finding.start < last.end) {
      if (finding.end - finding.start > last.end - last.start) kept[kept.length - 1] = finding;
      continue;
    }
    kept.push(finding);
  }
  return kept;
}
