/**
 * Names however they are typed: in lower case ("ik sprak jan de vries"), in capitals ("MEVROUW EL
 * AMRANI"), after a word that introduces a person ("cliënt marieke bakhuizen", "mijn buurman kees"), with
 * hyphenated and prefixed surnames ("jansen-de groot", "van der berg", "ter horst"). The capitalised
 * spellings are read by the patterns in `detect.ts`; this reads words, one pass over the text, so that it
 * stays linear whatever the text.
 *
 * Lower case is where ordinary words live ("bakker", "visser", "de boer"), so a lower-case name needs
 * evidence from two sides: a known first name with a known surname, or a word that introduces a person
 * followed by a known first name or surname.
 */
import { FIRST_NAMES } from './first-names.js';
import { DISTINCT_SURNAMES, SURNAME_CORES } from './surnames.js';

/** Words after which the next name-like word is a person. Lower case. */
const INTRODUCES_PERSON = new Set(
  `client cliënt cliente cliënte clienten cliënten mevrouw meneer mevr mw dhr heer juffrouw moeder vader mama papa
  zoon zoontje dochter dochtertje broer broertje zus zusje oma opa buurman buurvrouw buurjongen buurmeisje partner
  echtgenoot echtgenote ex ex-partner ex-man ex-vrouw exman exvrouw vriend vriendin stiefvader stiefmoeder
  pleegvader pleegmoeder pleegzoon pleegdochter oom tante neef nicht juf meester kind jongen meisje leerling bewoner
  huurder aanvrager melder verdachte mrs mr ms miss mister client mother father son daughter brother sister
  neighbour neighbor husband wife grandmother grandfather`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

const TUSSENVOEGSELS = [
  'van der',
  'van den',
  'van de',
  'van het',
  'op de',
  'op den',
  'in de',
  'in het',
  'van',
  'de',
  'der',
  'den',
  'ten',
  'ter',
  'te',
  'el',
  'al',
  'la',
  'le',
  'da',
  'di',
  'du',
  'bin',
  'ben',
].map((phrase) => phrase.split(' '));

/**
 * Words that follow "moeder", "meneer" and the like and are not a name: verbs, pronouns, function words.
 * After such a word nothing is taken for a name ("moeder heeft", "MEVROUW WIL").
 */
const NOT_A_NAME = new Set(
  `heeft had hebben is was waren wil wilde willen kan kon kunnen moet moest moeten zal zou zullen gaat ging gaan komt
  kwam komen zegt zei zeggen belde belt vertelde vertelt gaf geeft woont woonde werkt werkte krijgt kreeg wordt werd
  staat stond zit zat vindt vond weet wist durft durfde mag mocht hoeft hoefde heb ben bent blijft bleef laat liet
  maakt maakte neemt nam ziet zag vraagt vroeg hoort hoorde leeft leefde kijkt keek loopt liep houdt hield
  en of maar want dus dat die dit deze het een in op aan met voor naar bij om uit over als ook niet geen nog al wel
  er zo dan toen nu hier daar zelf alleen samen echter daarna eerst later vaak soms altijd nooit steeds weer even
  zij ze hij haar hem zijn hun ik wij we jij je u mij me ons onze mijn jouw jullie iemand niemand iedereen
  van de der den ter te tot door tegen zonder na sinds tijdens via per
  has had have is was were will would can could must said says told gave lives lived works worked and or but
  that this the a an in on at with for to from of as also not no yet she he her his him they their them i we you`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

export interface NameSpan {
  start: number;
  end: number;
}

interface Token {
  start: number;
  end: number;
  /** Lower case. */
  word: string;
  shape: 'lower' | 'capital' | 'upper';
  /** Only spaces between this token and the one before (a name does not run across punctuation). */
  joined: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const SPACES = /^[ \t]+$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const word = raw.toLowerCase();
    const upper = raw.toUpperCase();
    const shape =
      raw === word ? 'lower' : raw === upper && raw.length > 1 ? 'upper' : raw[0] === upper[0] ? 'capital' : 'lower';
    const joined = previousEnd >= 0 && SPACES.test(text.slice(previousEnd, match.index));
    tokens.push({ start: match.index, end: match.index + raw.length, word, shape, joined });
    previousEnd = match.index + raw.length;
  }
  return tokens;
}

/** A known surname, or a double surname with one ("jansen-de", "bakker-yilmaz"). */
function knownSurname(word: string, cores: boolean): boolean {
  return word.split('-').some((part) => DISTINCT_SURNAMES.has(part) || (cores && SURNAME_CORES.has(part)));
}

/** Every name spelled in lower case or capitals, or introduced by a word for a person. */
export function findTypedNames(text: string): NameSpan[] {
  return new NameReader(tokenize(text)).read();
}

/** Reads the tokens of one text once, left to right. */
class NameReader {
  private readonly spans: NameSpan[] = [];

  constructor(private readonly tokens: readonly Token[]) {}

  read(): NameSpan[] {
    for (let i = 0; i < this.tokens.length; i += 1) {
      const token = this.tokens[i] as Token;
      if (FIRST_NAMES.has(token.word)) this.firstName(i, token);
      else if (INTRODUCES_PERSON.has(token.word)) this.introduced(i);
      else if (token.shape === 'upper') this.shouted(i, token);
    }
    return this.spans;
  }

  /** "jan de vries", "kevin bakker", "JAN DE VRIES", "Jan de vries"; in capitals a first name alone, as
   * when capitalised (that one `detect.ts` finds). */
  private firstName(i: number, token: Token): void {
    const last = this.surnameFrom(i + 1, token.shape === 'capital');
    if (last >= 0) this.spans.push({ start: token.start, end: (this.at(last) as Token).end });
    else if (token.shape === 'upper') this.spans.push({ start: token.start, end: token.end });
  }

  /** "cliënt marieke bakhuizen", "mevrouw el amrani", "mijn buurman kees", "vader MOHAMED". */
  private introduced(i: number): void {
    const first = this.next(i);
    if (first === undefined) return;
    if (FIRST_NAMES.has(first.word)) {
      const last = this.surnameFrom(i + 2, true);
      const end = last >= 0 ? (this.at(last) as Token).end : first.end;
      // A following unknown lower-case word is taken along unless it reads as the sentence going on.
      const plain = last < 0 ? this.next(i + 1) : undefined;
      const tail = plain !== undefined && plain.shape === 'lower' && !NOT_A_NAME.has(plain.word) ? plain.end : end;
      this.spans.push({ start: first.start, end: tail });
      return;
    }
    const last = this.surnameFrom(i + 1, true);
    if (last >= 0) this.spans.push({ start: first.start, end: (this.at(last) as Token).end });
  }

  /** "JANSEN", "DE VRIES" in capitals, as their capitalised spellings count. */
  private shouted(i: number, token: Token): void {
    const k = this.tussenvoegsel(i);
    const last = k > 0 ? this.at(i + k) : undefined;
    if (k > 0 && last?.joined === true && last.shape === 'upper' && knownSurname(last.word, true))
      this.spans.push({ start: token.start, end: last.end });
    else if (k === 0 && knownSurname(token.word, false)) this.spans.push({ start: token.start, end: token.end });
  }

  private at(i: number): Token | undefined {
    return this.tokens[i];
  }

  private next(i: number): Token | undefined {
    return this.tokens[i + 1]?.joined === true ? this.tokens[i + 1] : undefined;
  }

  /** How many tokens from `i` form a tussenvoegsel ("van der": 2), or 0. */
  private tussenvoegsel(i: number): number {
    for (const phrase of TUSSENVOEGSELS) {
      if (phrase.every((part, k) => this.at(i + k)?.word === part && (k === 0 || this.at(i + k)?.joined === true)))
        return phrase.length;
    }
    return 0;
  }

  /** A double surname whose second half is a tussenvoegsel ("jansen-de groot") goes on to the next word. */
  private withTail(j: number): number {
    const last = this.at(j)?.word.split('-').at(-1) ?? '';
    const hyphenated =
      (this.at(j)?.word.includes('-') ?? false) && TUSSENVOEGSELS.some((p) => p.length === 1 && p[0] === last);
    const following = this.next(j);
    return hyphenated && following !== undefined && !NOT_A_NAME.has(following.word) ? j + 1 : j;
  }

  /**
   * The last token of a surname starting at `i`, or -1. `introduced`: a word for a person or a first name
   * came just before, so an unknown word in capitals counts; in lower case a known surname is needed.
   */
  private surnameFrom(i: number, introduced: boolean): number {
    const token = this.at(i);
    if (token === undefined || !token.joined) return -1;
    const k = this.tussenvoegsel(i);
    if (k > 0) {
      const last = this.at(i + k);
      if (last === undefined || !last.joined || NOT_A_NAME.has(last.word)) return -1;
      return knownSurname(last.word, true) || (introduced && last.shape === 'capital') ? this.withTail(i + k) : -1;
    }
    if (NOT_A_NAME.has(token.word) || INTRODUCES_PERSON.has(token.word)) return -1;
    if (knownSurname(token.word, false)) return this.withTail(i);
    // An unknown word counts only capitalised in ordinary text: in capitals every word looks like this one.
    return introduced && token.shape === 'capital' ? this.withTail(i) : -1;
  }
}
