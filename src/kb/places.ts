/**
 * Which municipality a question is about: names, aliases, kernen, 4-digit postcodes and typos, for the
 * 19 municipalities Wegwijs serves; every other Dutch municipality is recognised as out of region.
 */
import { knownWords } from './known-words.js';
import { normalize } from './normalize.js';
import type { KnowledgeBase, PlaceEntry } from './schema.js';
import { TypoMatcher } from './typo-matcher.js';
import type { Wording } from './wording.js';

export type PlaceMatch =
  | {
      kind: 'regional';
      code: string;
      name: string;
      /** What in the text named it. */
      via: 'name' | 'alias' | 'kern' | 'postcode' | 'fuzzy';
      matched: string;
    }
  | { kind: 'national'; code: string; name: string; matched: string }
  | { kind: 'none' };

interface Phrase {
  code: string;
  kind: 'regional' | 'national';
  via: 'name' | 'alias' | 'kern';
  /** Counts only after a cue ("in", "gemeente", …): the name is also an ordinary word. */
  needsCue: boolean;
}

const MAX_WORDS = 4;

export class PlaceResolver {
  private readonly phrases = new Map<string, Phrase>();
  private readonly names = new Map<string, string>();
  /** The region of each municipality Wegwijs serves (Haaglanden, Zuid-Holland Zuid), by CBS code. */
  private readonly regions = new Map<string, string>();
  private readonly postcodes: Array<{ from: number; to: number; code: string }> = [];
  private readonly typos: TypoMatcher;
  /** Real words (see `knownWords`): "worden" is a word, never a typo of Woerden. */
  private readonly ordinary: ReadonlySet<string>;
  /** The words around a place name that say how it is meant (`placeWording` in the vocabulary). */
  private readonly wording: Wording['placeWording'];

  constructor(kb: KnowledgeBase) {
    this.wording = kb.wording.placeWording;
    const common = new Set([...kb.commonWordNames].map(normalize));
    const places = kb.entries.filter((entry): entry is PlaceEntry => entry.kind === 'place');
    const regional = new Set(places.map((place) => place.municipality));
    // National names first, so that regional names, aliases and kernen override them.
    for (const municipality of kb.municipalities) {
      const name = cleanName(municipality.name);
      this.names.set(municipality.code, name);
      if (!regional.has(municipality.code)) this.add(name, municipality.code, 'national', 'name', common);
    }
    // Every woonplaats: a village outside the regions gets the national route, one inside its municipality.
    // One that is also an ordinary word ("Waal", "Nes") counts only after a cue, like "Best".
    // Villages outside the regions count only after a cue ("woont in Joure"): many are also surnames
    // ("de Vries", "Haren") or words ("Een", "Nes"). One whose every word is an ordinary word ("De Wijk", "De
    // Steeg", "De Punt") never counts: "zitten die in de wijk?" is about the neighbourhood, not a Drenthe village.
    const ordinary = knownWords(kb);
    this.ordinary = ordinary;
    const always = { has: () => true };
    const placeWords = new Set(
      [...kb.municipalities, ...kb.woonplaatsen].map((place) => normalize(cleanName(place.name))),
    );
    const cueWords = { has: (key: string) => common.has(key) || ordinary.has(key) };
    for (const place of kb.woonplaatsen) {
      const key = normalize(place.name);
      const inRegion = regional.has(place.code);
      if (key.length < 3 || this.phrases.has(key) || (!inRegion && everyday(key, ordinary, placeWords))) continue;
      this.add(place.name, place.code, inRegion ? 'regional' : 'national', 'kern', inRegion ? cueWords : always);
    }
    const codeByName = new Map(kb.municipalities.map((municipality) => [municipality.name, municipality.code]));
    for (const [alias, official] of kb.placeAliases) {
      const code = codeByName.get(official);
      if (code !== undefined && !regional.has(code)) this.add(alias, code, 'national', 'alias', common);
    }
    for (const place of places) {
      this.names.set(place.municipality, place.name);
      this.regions.set(place.municipality, place.region);
      for (const kern of place.kernen) this.add(kern, place.municipality, 'regional', 'kern', common);
      for (const alias of place.aliases) this.add(alias, place.municipality, 'regional', 'alias', common);
      // Last, so that an alias spelled like the name ("Hoeksche-Waard") still reports the name.
      this.add(place.name, place.municipality, 'regional', 'name', common);
      for (const range of place.postcodes) {
        const [from = 0, to = from] = range.split('-').map(Number);
        this.postcodes.push({ from, to, code: place.municipality });
      }
    }
    // Typo tolerance only for names of at least 5 letters that are not ordinary words.
    this.typos = new TypoMatcher(
      [...this.phrases.entries()]
        // Places outside the regions only as typed: 2,800 more names would make every word a near miss, and a
        // verb read as one ("dienen" as Diemen) sends a question to the out-of-region route.
        .filter(([key, phrase]) => key.replace(/ /g, '').length >= 5 && !phrase.needsCue && phrase.kind !== 'national')
        .map(([key]) => key),
    );
  }

  /** The municipality a text names, the longest and earliest match first. */
  resolve(text: string): PlaceMatch {
    const found = this.fromPostcode(text);
    const postcode = found?.match;
    const { cues, municipalityWords, residents, destinations, origins, writers } = this.wording;
    const tokens = normalize(text)
      .split(' ')
      .filter((token) => token !== '');
    // "verhuist van Dordrecht naar Utrecht", "Rijswijk (gemeente Buren)": the municipality named as such
    // wins, then where someone goes, then the first place mentioned that is not where someone comes from.
    let best: { match: PlaceMatch; rank: number; start: number; end: number } | undefined;
    for (let start = 0; start < tokens.length; start += 1) {
      for (let length = Math.min(MAX_WORDS, tokens.length - start); length >= 1; length -= 1) {
        const key = tokens.slice(start, start + length).join(' ');
        const phrase = this.phrases.get(key);
        if (phrase === undefined) continue;
        const before = tokens[start - 1] ?? '';
        if (phrase.needsCue && !cues.has(before) && !(before === 'van' && residents.has(tokens[start - 2] ?? '')))
          continue;
        const rank = municipalityWords.has(before)
          ? 2
          : destinations.has(before)
            ? 1
            : origins.has(before) && writers.has(tokens[start - 2] ?? '') && phrase.kind === 'national'
              ? -1
              : 0;
        if (best === undefined || rank > best.rank)
          best = { match: this.match(phrase, key), rank, start, end: start + length };
        start += length - 1;
        break;
      }
    }
    // "postcode 2636, valt die onder ons in Delft?": a postcode written as one ("postcode 2636", "2636 AB") of another
    // municipality than a place merely mentioned is the more exact one (who writes names their own place); "gemeente
    // X" and "naar X" still win, and so does a place beside a bare number ("in Delft … 2545 euro schuld").
    const exact =
      postcode !== undefined &&
      found?.explicit === true &&
      best?.rank === 0 &&
      postcode.kind === 'regional' &&
      best.match.kind === 'regional' &&
      postcode.code !== best.match.code;
    if (best !== undefined && best.rank >= 0 && !exact) return best.match;
    if (postcode !== undefined) return postcode;
    if (best === undefined) return this.fromTypo(tokens);
    // The writer's own place outside the regions, only when nothing else names one (its words not read again).
    const { start, end } = best;
    const typo = this.fromTypo(tokens.map((token, index) => (index >= start && index < end ? '' : token)));
    return typo.kind === 'none' ? best.match : typo;
  }

  /** The display name of a municipality by CBS code. */
  nameOf(code: string): string | undefined {
    return this.names.get(code);
  }

  /** The region of one of the municipalities Wegwijs serves, by CBS code. */
  regionOf(code: string): string | undefined {
    return this.regions.get(code);
  }

  private match(phrase: Phrase, matched: string): PlaceMatch {
    const name = this.names.get(phrase.code) ?? matched;
    if (phrase.kind === 'national') return { kind: 'national', code: phrase.code, name, matched };
    return { kind: 'regional', code: phrase.code, name, via: phrase.via, matched };
  }

  private add(
    text: string,
    code: string,
    kind: Phrase['kind'],
    via: Phrase['via'],
    common: { has(key: string): boolean },
  ): void {
    const key = normalize(text);
    if (key === '') return;
    this.phrases.set(key, { code, kind, via, needsCue: common.has(key) });
  }

  /**
   * "2715 AB", "postcode 2715" or a bare 4-digit number inside a regional range. A bare number outside
   * the ranges is ignored: it is more likely a phone number part or a year than a postcode.
   */
  private fromPostcode(text: string): { match: PlaceMatch; explicit: boolean } | undefined {
    // "postcode 7811 en …": the word after the digits is no postcode's letters, but the cue still makes it one.
    const shaped = [...text.matchAll(/\b([1-9]\d{3})\s?([A-Za-z]{2})\b(?!\w)/g)].find((found) =>
      isPostcodeLetters(found[2] ?? ''),
    );
    const cued = /\b(?:postcode|pc|postal code|zip)\s*:?\s*([1-9]\d{3})\b/i.exec(text);
    const explicit = shaped?.[1] ?? cued?.[1];
    if (explicit !== undefined) {
      const regional = this.regionalPostcode(Number(explicit));
      const match = regional ?? {
        kind: 'national' as const,
        code: '',
        name: `postcode ${explicit}`,
        matched: explicit,
      };
      return { match, explicit: true };
    }
    for (const bare of text.matchAll(/(?<![\d-])\b([1-9]\d{3})\b(?![\d-])/g)) {
      const regional = this.regionalPostcode(Number(bare[1]));
      if (regional !== undefined) return { match: regional, explicit: false };
    }
    return undefined;
  }

  private regionalPostcode(pc4: number): PlaceMatch | undefined {
    const range = this.postcodes.find((candidate) => pc4 >= candidate.from && pc4 <= candidate.to);
    if (range === undefined) return undefined;
    return {
      kind: 'regional',
      code: range.code,
      name: this.names.get(range.code) ?? range.code,
      via: 'postcode',
      matched: String(pc4),
    };
  }

  private fromTypo(tokens: readonly string[]): PlaceMatch {
    for (let start = 0; start < tokens.length; start += 1) {
      for (const length of [2, 1]) {
        const words = tokens.slice(start, start + length);
        if (words.length < length || words.some((word) => this.wording.notPlaces.has(word) || this.ordinary.has(word)))
          continue;
        const candidate = words.join(' ');
        if (candidate.replace(/ /g, '').length < 5) continue;
        const key = this.typos.find(candidate);
        if (key === undefined) continue;
        const phrase = this.phrases.get(key);
        if (phrase === undefined) continue;
        const match = this.match(phrase, candidate);
        return match.kind === 'regional' ? { ...match, via: 'fuzzy' } : match;
      }
    }
    return { kind: 'none' };
  }
}

/**
 * Whether a place's name is made of ordinary words only ("nes", "de wijk"); a word that names a place itself is
 * none ("Nieuw-Dordrecht" stays a village in Drenthe, not Dordrecht).
 */
function everyday(key: string, ordinary: ReadonlySet<string>, placeWords: ReadonlySet<string>): boolean {
  const words = key.split(' ');
  if (words.length === 1) return ordinary.has(key);
  return words.every((word) => ordinary.has(word) && !placeWords.has(word));
}

/** "Bergen (L.)" → "Bergen", "Rijswijk (ZH.)" → "Rijswijk". */
function cleanName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** Two letters after four digits form a postcode unless they are a common short word ("2715 en …"). */
function isPostcodeLetters(letters: string): boolean {
  return !['en', 'of', 'in', 'op', 'is', 'te', 'at', 'to', 'or', 'an', 'as', 'om', 'de', 'he', 'me', 'we'].includes(
    letters.toLowerCase(),
  );
}
