/**
 * Checks one knowledge entry and turns it into typed data. Every problem names the file and line.
 */
import type { YAMLMap } from 'yaml';
import {
  type Asks,
  type Contact,
  ENTRY_KINDS,
  type EntryKind,
  type KnowledgeEntry,
  type Localized,
  type Source,
} from './schema.js';
import { lineOfKey, type SourceFile } from './yaml-source.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^(\+31 )?[0-9][0-9 -]{1,16}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const POSTCODE = /^\d{4}(-\d{4})?$/;
const CBS_CODE = /^GM\d{4}$/;
const PAGE_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;
const DEFAULT_REVIEW_DAYS: Record<EntryKind, number> = {
  service: 180,
  contact: 180,
  place: 365,
  meldcode: 365,
  tip: 365,
  info: 365,
  prompt: 730,
};

/** Collects `file:line: message` problems for one entry. */
class Checker {
  readonly problems: string[] = [];
  private readonly value: Record<string, unknown>;

  constructor(
    private readonly source: SourceFile,
    private readonly map: YAMLMap,
    private readonly label: string,
  ) {
    this.value = map.toJSON() as Record<string, unknown>;
  }

  fail(key: string, message: string): void {
    this.problems.push(`${this.source.file}:${lineOfKey(this.source, this.map, key)}: ${this.label}: ${message}`);
  }

  raw(key: string): unknown {
    return this.value[key];
  }

  text(key: string, required = true): string | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (required) this.fail(key, `"${key}" is required`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(key, `"${key}" must be a non-empty text`);
      return undefined;
    }
    return value.trim();
  }

  localized(key: string, required = true): Localized | undefined {
    return this.localizedValue(key, this.value[key], required);
  }

  /** Checks `value` as a Localized text; problems are reported on the line of `key`. */
  localizedValue(key: string, value: unknown, required: boolean): Localized | undefined {
    if (value === undefined || value === null) {
      if (required) this.fail(key, `"${key}" is required, with nl and en`);
      return undefined;
    }
    const record = value as Record<string, unknown>;
    if (typeof value !== 'object' || typeof record.nl !== 'string' || typeof record.en !== 'string') {
      this.fail(key, `"${key}" must have nl and en texts`);
      return undefined;
    }
    if (record.nl.trim() === '' || record.en.trim() === '') {
      this.fail(key, `"${key}" must have non-empty nl and en texts`);
      return undefined;
    }
    return { nl: record.nl.trim(), en: record.en.trim() };
  }

  strings(key: string, pattern?: RegExp): string[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    const valid = (item: unknown) => (typeof item === 'string' && item.trim() !== '') || Number.isFinite(item);
    if (!Array.isArray(value) || !value.every(valid)) {
      this.fail(key, `"${key}" must be a list of texts`);
      return [];
    }
    // YAML reads 112 or 2616 as numbers; in these lists they are words.
    const items = (value as Array<string | number>).map((item) => String(item).trim());
    for (const item of items) {
      if (pattern !== undefined && !pattern.test(item)) this.fail(key, `"${key}" has an invalid value "${item}"`);
    }
    return items;
  }

  integer(key: string, min: number, max: number, fallback?: number): number | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (fallback === undefined) this.fail(key, `"${key}" is required`);
      return fallback;
    }
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      this.fail(key, `"${key}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value as number;
  }
}

export interface EntryContext {
  /** The date the check runs on, YYYY-MM-DD. */
  today: string;
}

/** Validates one entry; returns the entry (possibly with gaps) and the problems found. */
export function validateEntry(
  source: SourceFile,
  map: YAMLMap,
  line: number,
  context: EntryContext,
): { entry?: KnowledgeEntry; problems: string[] } {
  const rawId = map.get('id');
  const label = typeof rawId === 'string' ? `entry "${rawId}"` : 'entry';
  const check = new Checker(source, map, label);
  const id = check.text('id');
  if (id !== undefined && !ID.test(id)) check.fail('id', `"id" must be lowercase words joined by hyphens, not "${id}"`);
  const kind = check.text('kind') as EntryKind | undefined;
  if (kind !== undefined && !ENTRY_KINDS.includes(kind)) {
    check.fail('kind', `"kind" must be one of ${ENTRY_KINDS.join(', ')}, not "${kind}"`);
  }
  const title = check.localized('title');
  const summary = check.localized('summary');
  const body = check.localized('body', false);
  const verified = check.text('verified') ?? String(check.raw('verified') ?? '');
  if (!DATE.test(verified) || Number.isNaN(Date.parse(verified))) {
    check.fail('verified', `"verified" must be a date YYYY-MM-DD`);
  } else if (verified > context.today) {
    check.fail('verified', `"verified" ${verified} lies in the future`);
  }
  const sources = sourcesOf(check);
  const contacts = contactsOf(check);
  const municipality = check.text('municipality', kind === 'place');
  if (municipality !== undefined && !CBS_CODE.test(municipality)) {
    check.fail('municipality', `"municipality" must be a CBS code like GM0637, not "${municipality}"`);
  }
  const validKind = kind !== undefined && ENTRY_KINDS.includes(kind);
  const reviewDays = check.integer('reviewDays', 7, 1095, validKind ? DEFAULT_REVIEW_DAYS[kind] : 365) ?? 365;
  const verify = check.text('verify', false);
  const base = {
    id: id ?? '',
    title: title ?? { nl: '', en: '' },
    summary: summary ?? { nl: '', en: '' },
    ...(body === undefined ? {} : { body }),
    topics: check.strings('topics'),
    keywords: check.strings('keywords'),
    asks: asksOf(check),
    contacts,
    ...(municipality === undefined ? {} : { municipality }),
    related: check.strings('related'),
    sources,
    verified,
    reviewDays,
    ...(verify === undefined ? {} : { verify }),
    origin: { file: source.file, line },
  };
  if (!validKind) return { problems: check.problems };
  if (kind === 'prompt') {
    const entry: KnowledgeEntry = {
      ...base,
      kind,
      track: check.text('track') ?? '',
      method: check.text('method') ?? '',
      minutes: check.integer('minutes', 10, 240) ?? 0,
    };
    return { entry, problems: check.problems };
  }
  if (kind === 'place') {
    const region = check.text('region');
    if (region !== undefined && region !== 'Haaglanden' && region !== 'Zuid-Holland Zuid') {
      check.fail('region', `"region" must be Haaglanden or Zuid-Holland Zuid, not "${region}"`);
    }
    const entry: KnowledgeEntry = {
      ...base,
      kind,
      municipality: municipality ?? '',
      name: check.text('name') ?? '',
      region: region === 'Zuid-Holland Zuid' ? 'Zuid-Holland Zuid' : 'Haaglanden',
      aliases: check.strings('aliases'),
      kernen: check.strings('kernen'),
      postcodes: check.strings('postcodes', POSTCODE),
    };
    return { entry, problems: check.problems };
  }
  return { entry: { ...base, kind }, problems: check.problems };
}

function sourcesOf(check: Checker): Source[] {
  const value = check.raw('sources');
  if (!Array.isArray(value) || value.length === 0) {
    check.fail('sources', '"sources" must list at least one source (url and title)');
    return [];
  }
  const sources: Source[] = [];
  for (const item of value as unknown[]) {
    const record = (item ?? {}) as Record<string, unknown>;
    if (typeof record.url !== 'string' || !/^https?:\/\/\S+$/.test(record.url)) {
      check.fail('sources', `every source needs an http(s) "url"`);
    } else if (typeof record.title !== 'string' || record.title.trim() === '') {
      check.fail('sources', `source ${record.url} needs a "title"`);
    } else {
      const pageDate = record.pageDate ?? record.page_date;
      const read = record.read;
      if (pageDate !== undefined && (typeof pageDate !== 'string' || !PAGE_DATE.test(pageDate))) {
        check.fail(
          'sources',
          `source ${record.url}: "pageDate" must be YYYY, YYYY-MM, YYYY-MM-DD or "undated", not "${String(pageDate)}"`,
        );
      }
      if (read !== undefined && (typeof read !== 'string' || !DATE.test(read))) {
        check.fail('sources', `source ${record.url}: "read" must be a date YYYY-MM-DD, not "${String(read)}"`);
      }
      sources.push({
        url: record.url,
        title: record.title.trim(),
        ...(typeof pageDate === 'string' && PAGE_DATE.test(pageDate) ? { pageDate } : {}),
        ...(typeof read === 'string' && DATE.test(read) ? { read } : {}),
      });
    }
  }
  return sources;
}

/** `asks: { nl: [...], en: [...] }`; either language may be absent. */
function asksOf(check: Checker): Asks {
  const value = check.raw('asks');
  if (value === undefined || value === null) return { nl: [], en: [] };
  const record = value as Record<string, unknown>;
  const list = (language: 'nl' | 'en'): string[] => {
    const items = record[language];
    if (items === undefined || items === null) return [];
    if (!Array.isArray(items) || !items.every((item) => typeof item === 'string' && item.trim() !== '')) {
      check.fail('asks', `"asks.${language}" must be a list of texts`);
      return [];
    }
    return (items as string[]).map((item) => item.trim());
  };
  if (typeof value !== 'object' || Array.isArray(value)) {
    check.fail('asks', '"asks" must have nl and/or en lists');
    return { nl: [], en: [] };
  }
  for (const key of Object.keys(record)) {
    if (key !== 'nl' && key !== 'en') check.fail('asks', `"asks" has an unknown language "${key}"`);
  }
  return { nl: list('nl'), en: list('en') };
}

function contactsOf(check: Checker): Contact[] {
  const value = check.raw('contacts');
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    check.fail('contacts', '"contacts" must be a list');
    return [];
  }
  const contacts: Contact[] = [];
  for (const item of value as unknown[]) {
    const record = (item ?? {}) as Record<string, unknown>;
    const name = check.localizedValue('contacts', record.name, true);
    const phone = record.phone;
    const url = record.url;
    const email = record.email;
    if (phone !== undefined && (typeof phone !== 'string' || !PHONE.test(phone))) {
      check.fail('contacts', `contact phone "${String(phone)}" is not a Dutch phone number as written for people`);
    }
    if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url))) {
      check.fail('contacts', `contact url "${String(url)}" must be an http(s) URL`);
    }
    if (email !== undefined && (typeof email !== 'string' || !EMAIL.test(email))) {
      check.fail('contacts', `contact email "${String(email)}" is not an e-mail address`);
    }
    if (phone === undefined && url === undefined && email === undefined) {
      check.fail('contacts', 'a contact needs at least a phone, url or email');
    }
    const hours = check.localizedValue('contacts', record.hours, false);
    const walkIn = check.localizedValue('contacts', record.walkIn, false);
    if (name === undefined) continue;
    contacts.push({
      name,
      ...(typeof phone === 'string' ? { phone } : {}),
      ...(typeof url === 'string' ? { url } : {}),
      ...(typeof email === 'string' ? { email } : {}),
      ...(hours === undefined ? {} : { hours }),
      ...(walkIn === undefined ? {} : { walkIn }),
    });
  }
  return contacts;
}
