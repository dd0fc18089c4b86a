/**
 * The published cases, searchable: "casussen over geldstress", "casus tandem Dordrecht", "cases about
 * debt". Themes and the municipality are read from the question the way the answer engine reads topics and
 * places; the words left over go to full-text search. The index lives in memory, rebuilt from the store
 * when this instance changed a case and at most `refreshMs` after another instance did.
 */
import MiniSearch from 'minisearch';
import type { Language } from '../../i18n/language.js';
import { normalize } from '../../kb/normalize.js';
import type { PlaceResolver } from '../../kb/places.js';
import { processTerm } from '../../kb/search.js';
import type { DocumentStore } from '../../storage/index.js';
import { type CaseRecord, listCases } from './cases.js';
import { THEMES, themesIn } from './themes.js';

/**
 * A short request that starts with or names shared cases goes to the library. Professionals also say
 * "ik heb een casus waarin…" about their own work, and "in this case" in English: those stay questions
 * for the knowledge base.
 */
const CASE_REQUEST =
  /^(casus|casussen|cases|case studies|casuistiek)( |$)|(^| )(casussen|cases about|cases on|case studies|casus van de week|gedeelde casus)( |$)/;
const MAX_REQUEST_WORDS = 8;
/** Words of the request itself, not of what it is about. */
const FILLER = new Set([
  'casus',
  'casussen',
  'case',
  'cases',
  'casuistiek',
  'studies',
  'gedeelde',
  'van',
  'de',
  'week',
  'over',
  'about',
  'met',
  'with',
  'in',
  'uit',
  'from',
  'zoek',
  'search',
  'toon',
  'show',
  'geef',
  'lijst',
  'list',
  'alle',
  'all',
  'shared',
  'gepubliceerde',
  'published',
  'thema',
  'theme',
  'themas',
]);

export interface CaseQuery {
  themes: string[];
  municipality?: { code: string; name: string };
  words: string[];
}

export type CaseSearchResult =
  /** No theme, place or words: what there is, per theme. */
  | { kind: 'overview'; counts: Array<{ theme: string; count: number }>; newest: CaseRecord[] }
  | { kind: 'found'; query: CaseQuery; cases: CaseRecord[]; total: number; widened: boolean }
  | { kind: 'none'; query: CaseQuery };

export function isCaseQuery(text: string): boolean {
  const normalized = normalize(text);
  return normalized.split(' ').length <= MAX_REQUEST_WORDS && CASE_REQUEST.test(normalized);
}

/** The request's own word says its language: "cases" is English, "casus" and "casussen" Dutch. */
export function caseQueryLanguage(text: string): Language | undefined {
  const words = normalize(text).split(' ');
  if (words.includes('cases') || words.includes('studies')) return 'en';
  if (words.includes('casus') || words.includes('casussen') || words.includes('casuistiek')) return 'nl';
  return undefined;
}

export function parseCaseQuery(text: string, places: PlaceResolver): CaseQuery {
  const themes = themesIn(text);
  const place = places.resolve(text);
  const cueWords = new Set(THEMES.flatMap((theme) => theme.cues.flatMap((cue) => cue.split(' '))));
  const placeWords = new Set(place.kind === 'none' ? [] : normalize(place.matched).split(' '));
  const words = normalize(text)
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word) && !cueWords.has(word) && !placeWords.has(word))
    .map(processTerm)
    .filter((word): word is string => word !== null);
  return {
    themes,
    ...(place.kind === 'regional' ? { municipality: { code: place.code, name: place.name } } : {}),
    words,
  };
}

/** At most this many cases in one answer. */
export const MAX_RESULTS = 5;

export class CaseLibrary {
  private published: CaseRecord[] = [];
  private index = emptyIndex();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly store: DocumentStore,
    private readonly options: { refreshMs?: number; now?: () => number } = {},
  ) {}

  /** Call after this instance published, withdrew or deleted a case. */
  invalidate(): void {
    this.loadedAt = Number.NEGATIVE_INFINITY;
  }

  /** Published cases, newest first. */
  async all(): Promise<readonly CaseRecord[]> {
    await this.fresh();
    return this.published;
  }

  async search(query: CaseQuery): Promise<CaseSearchResult> {
    await this.fresh();
    if (query.themes.length === 0 && query.municipality === undefined && query.words.length === 0) {
      const counts = THEMES.map((theme) => ({
        theme: theme.id,
        count: this.published.filter((record) => record.fields.themes.includes(theme.id)).length,
      })).filter((item) => item.count > 0);
      return { kind: 'overview', counts, newest: this.published.slice(0, 3) };
    }
    const strict = this.match(query, true);
    if (strict.length > 0) return found(query, strict, false);
    // Nothing in that municipality: the same question anywhere in the region, said so in the answer.
    if (query.municipality !== undefined) {
      const wider = this.match(query, false);
      if (wider.length > 0) return found(query, wider, true);
    }
    return { kind: 'none', query };
  }

  /** The case featured on the leerruimte prompt of `week`: the published cases in turn, newest first. */
  async caseOfWeek(week: string): Promise<CaseRecord | undefined> {
    await this.fresh();
    if (this.published.length === 0) return undefined;
    const number = Number(week.replace(/\D/g, ''));
    return this.published[number % this.published.length];
  }

  private match(query: CaseQuery, withPlace: boolean): CaseRecord[] {
    const candidates = this.published.filter(
      (record) =>
        (query.themes.length === 0 || query.themes.some((theme) => record.fields.themes.includes(theme))) &&
        (!withPlace || query.municipality === undefined || record.fields.municipality === query.municipality.code),
    );
    if (query.words.length === 0) return candidates;
    const allowed = new Set(candidates.map((record) => record.id));
    const byId = new Map(candidates.map((record) => [record.id, record]));
    return this.index
      .search(query.words.join(' '), { filter: (result) => allowed.has(String(result.id)) })
      .map((result) => byId.get(String(result.id)))
      .filter((record): record is CaseRecord => record !== undefined);
  }

  private async fresh(): Promise<void> {
    // Real time on purpose: this only paces a cache refresh (like a timeout), it records no date.
    const now = (this.options.now ?? Date.now)();
    if (now - this.loadedAt < (this.options.refreshMs ?? 30_000)) return;
    this.loading ??= this.load(now).finally(() => {
      this.loading = undefined;
    });
    await this.loading;
  }

  private async load(now: number): Promise<void> {
    const published = (await listCases(this.store))
      .filter((record) => record.status === 'published')
      .sort((a, b) => (b.reviewedAt ?? b.createdAt).localeCompare(a.reviewedAt ?? a.createdAt));
    const index = emptyIndex();
    index.addAll(
      published.map((record) => ({
        id: record.id,
        title: record.fields.title,
        lesson: record.fields.lesson,
        text: `${record.fields.situation} ${record.fields.tried} ${record.fields.worked}`,
      })),
    );
    this.published = published;
    this.index = index;
    this.loadedAt = now;
  }
}

function emptyIndex(): MiniSearch<{ id: string; title: string; lesson: string; text: string }> {
  return new MiniSearch({
    fields: ['title', 'lesson', 'text'],
    tokenize: (text) => normalize(text).split(' '),
    processTerm,
    searchOptions: {
      boost: { title: 3, lesson: 1.5, text: 1 },
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 7 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
}

function found(query: CaseQuery, cases: CaseRecord[], widened: boolean): CaseSearchResult {
  return { kind: 'found', query, cases: cases.slice(0, MAX_RESULTS), total: cases.length, widened };
}
