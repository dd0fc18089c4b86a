/**
 * Checks one knowledge entry against its schema (`entry-schema.ts`) and turns it into typed data. Every
 * problem is reported as `file:line: entry "id": message`, on the line of the key it is about; a key the
 * schema does not know is named, with the closest known key as a suggestion.
 */
import { isMap, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { z } from 'zod/v4';
import { numbersMissingInDutch } from './bilingual.js';
import { editDistance } from './edit-distance.js';
import { ENTRY_FIELDS, entrySchemaFor, type KnowledgeEntry, type Source } from './entry-schema.js';
import { periodStart } from './evidence.js';
import { lineOfNode, type SourceFile } from './yaml-source.js';

/**
 * Whether every source must say `pageDate` and `read`, and an entry's `verified` may not be later than the
 * newest `read` of its sources. True since every source in `knowledge/` carries both (1 December 2026):
 * `knowledge:check` reports a missing date as an error. Start-up never checks it.
 */
export const REQUIRE_SOURCE_DATES = true;

/** How the checks on the dates of sources are reported: not at all (start-up), as warnings, or as errors. */
export type SourceDatesMode = 'ignore' | 'warn' | 'require';

export interface EntryContext {
  /** The date the check runs on, YYYY-MM-DD. */
  today: string;
  /** What to do with a source without `pageDate` or `read`; 'ignore' by default. */
  sourceDates?: SourceDatesMode;
}

export interface EntryCheck {
  /**
   * The entry. With problems, a stand-in that carries only its id (and municipality, for places) so that
   * the rest of the check — duplicate ids, references — does not report follow-on errors.
   */
  entry?: KnowledgeEntry;
  problems: string[];
  warnings: string[];
}

/** A problem before it is formatted as `file:line: message`. */
interface Found {
  line: number;
  message: string;
}

/** Validates one entry; returns the entry and the problems (and date warnings) found. */
export function validateEntry(source: SourceFile, map: YAMLMap, line: number, context: EntryContext): EntryCheck {
  const raw = map.toJSON() as Record<string, unknown>;
  const label = typeof raw.id === 'string' ? `entry "${raw.id}"` : 'entry';
  const found = (path: readonly PropertyKey[], message: string, key?: string): Found => ({
    line: lineAt(source, map, path, key),
    message: `${label}: ${message}`,
  });
  const result = entrySchemaFor(raw.kind).safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) =>
            found(issue.path, unknownKey(raw, issue.path, key, isCommaKey(nodeAt(map, issue.path), key)), key),
          )
        : [found(issue.path, `${sourcePrefix(raw, issue.path)}${issue.message}`)],
    );
    return { ...standIn(raw, source, line), problems: formatted(source, problems), warnings: [] };
  }
  const entry = { ...result.data, origin: { file: source.file, line } } as KnowledgeEntry;
  const { problems, warnings } = checkDates(entry, context, found);
  problems.push(...checkDutchFirst(entry, found));
  return { entry, problems: formatted(source, problems), warnings: formatted(source, warnings) };
}

/** The texts read in both languages, whose Dutch must say every number the English says. */
const BILINGUAL_TEXTS = ['title', 'summary', 'body'] as const;

/** Dutch first: a number in an English text that its Dutch text lacks (see `bilingual.ts`). */
function checkDutchFirst(
  entry: KnowledgeEntry,
  found: (path: readonly PropertyKey[], message: string) => Found,
): Found[] {
  return BILINGUAL_TEXTS.flatMap((field) => {
    const text = entry[field as keyof KnowledgeEntry] as { nl: string; en: string } | undefined;
    if (text === undefined) return [];
    const missing = numbersMissingInDutch(text.nl, text.en);
    return missing.length === 0
      ? []
      : [
          found(
            [field, 'en'],
            `${field}.en says ${missing.join(', ')}, which ${field}.nl does not: write it in the Dutch too`,
          ),
        ];
  });
}

/** The dates of a valid entry and its sources: contradictions are problems, omissions follow the mode. */
function checkDates(
  entry: KnowledgeEntry,
  context: EntryContext,
  found: (path: readonly PropertyKey[], message: string) => Found,
): { problems: Found[]; warnings: Found[] } {
  const problems: Found[] = [];
  const warnings: Found[] = [];
  const mode = context.sourceDates ?? 'ignore';
  const omissions = mode === 'require' ? problems : warnings;
  if (entry.verified > context.today)
    problems.push(found(['verified'], `"verified" ${entry.verified} lies in the future`));
  entry.sources.forEach((item, index) => {
    for (const problem of sourceDateProblems(item, context.today)) problems.push(found(['sources', index], problem));
    if (mode !== 'ignore') for (const missing of missingDates(item)) omissions.push(found(['sources', index], missing));
  });
  const reads = entry.sources.flatMap((item) => (item.read === undefined ? [] : [item.read])).sort();
  const newestRead = reads.at(-1);
  if (mode !== 'ignore' && newestRead !== undefined && entry.verified > newestRead) {
    omissions.push(
      found(
        ['verified'],
        `"verified" ${entry.verified} is later than the newest "read" of its sources (${newestRead}): verify an entry by reading its sources, and record that day in "read"`,
      ),
    );
  }
  return { problems, warnings };
}

/** Contradictions in a source's dates: always errors. */
function sourceDateProblems(item: Source, today: string): string[] {
  const problems: string[] = [];
  const start = item.pageDate === undefined || item.pageDate === 'undated' ? undefined : periodStart(item.pageDate);
  if (item.read !== undefined && item.read > today)
    problems.push(`source ${item.url}: "read" ${item.read} lies in the future`);
  if (start !== undefined && start > today)
    problems.push(`source ${item.url}: "pageDate" ${item.pageDate} lies in the future`);
  else if (start !== undefined && item.read !== undefined && start > item.read) {
    problems.push(`source ${item.url}: "pageDate" ${item.pageDate} is after the day it was "read" (${item.read})`);
  }
  return problems;
}

function missingDates(item: Source): string[] {
  const page = 'the date printed on the page (YYYY, YYYY-MM or YYYY-MM-DD), or "undated"';
  const read = 'the day (YYYY-MM-DD) you read the page';
  if (item.pageDate === undefined && item.read === undefined)
    return [`source ${item.url}: "pageDate" and "read" are missing — ${page}, and ${read}`];
  if (item.pageDate === undefined) return [`source ${item.url}: "pageDate" is missing — ${page}`];
  if (item.read === undefined) return [`source ${item.url}: "read" is missing — ${read}`];
  return [];
}

function formatted(source: SourceFile, problems: readonly Found[]): string[] {
  const lines = [...problems].sort((a, b) => a.line - b.line).map((p) => `${source.file}:${p.line}: ${p.message}`);
  return [...new Set(lines)];
}

/** A source's problems start with its URL, so that an editor knows which of several sources is meant. */
function sourcePrefix(raw: Record<string, unknown>, path: readonly PropertyKey[]): string {
  if (path[0] !== 'sources' || typeof path[1] !== 'number' || path.length < 3 || path[2] === 'url') return '';
  const url = (raw.sources as Array<Record<string, unknown>>)[path[1]]?.url;
  return typeof url === 'string' ? `source ${url}: ` : `source ${path[1] + 1}: `;
}

/**
 * What an editor reads about a key the schema does not know, with the closest known key if one is near.
 * `comma`: the key has no value inside `{ }` — `{ nl: Dag en nacht, gratis, en: … }` ends the text at the
 * comma and reads "gratis" as a key.
 */
function unknownKey(raw: Record<string, unknown>, path: readonly PropertyKey[], key: string, comma: boolean): string {
  if (comma) {
    const where = path.length === 0 ? '' : `"${path.filter((part) => typeof part === 'string').join('.')}": `;
    return `${sourcePrefix(raw, [...path, key])}${where}"${key}" was read as a key: put quotes around a text that contains a comma`;
  }
  const kind = typeof raw.kind === 'string' ? raw.kind : 'service';
  const fields = kind === 'prompt' ? ENTRY_FIELDS.prompt : kind === 'place' ? ENTRY_FIELDS.place : ENTRY_FIELDS.content;
  const known = keysAt(fields, path);
  if (known.length === 2 && known.includes('nl') && known.includes('en')) {
    return `"${path.filter((part) => typeof part === 'string').join('.')}" has an unknown language "${key}"`;
  }
  const closest = suggestion(key, known);
  const hint = closest === undefined ? '' : ` (did you mean "${closest}"?)`;
  if (path.length === 0) {
    const owner = Object.entries(ENTRY_FIELDS).find(([, schema]) => key in schema.shape)?.[0];
    if (closest === undefined && owner !== undefined && owner !== 'content')
      return `unknown key "${key}": only entries of kind ${owner} have it`;
    return `unknown key "${key}"${hint}`;
  }
  if (path[0] === 'contacts') return `contact has an unknown key "${key}"${hint}`;
  return `${sourcePrefix(raw, [...path, key])}unknown key "${key}"${hint}`;
}

/** The closest known key: same letters in another case, or a few edits away. */
export function suggestion(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase().replace(/[_-]/g, ''), candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { key: candidate, distance };
  }
  if (best === undefined) return undefined;
  return best.distance <= Math.max(1, Math.min(3, Math.floor(key.length / 3))) ? best.key : undefined;
}

interface SchemaLike {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaLike>;
      element?: SchemaLike;
      innerType?: SchemaLike;
      in?: SchemaLike;
    };
  };
}

/** The keys the schema knows for the object at `path`. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node = schema as unknown as SchemaLike | undefined;
  const unwrap = () => {
    while (node !== undefined) {
      const def: SchemaLike['_zod']['def'] = node._zod.def;
      if (def.innerType !== undefined) node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else break;
    }
  };
  for (const part of path) {
    unwrap();
    const def = node?._zod.def;
    node = typeof part === 'number' ? def?.element : def?.shape?.[String(part)];
  }
  unwrap();
  return Object.keys(node?._zod.def.shape ?? {});
}

/** The line of the node at `path` (or of `key` inside it); the nearest line that exists. */
function lineAt(source: SourceFile, map: YAMLMap, path: readonly PropertyKey[], key?: string): number {
  return walk(source, map, key === undefined ? path : [...path, key]).line;
}

/** The YAML node at `path`, if it exists. */
function nodeAt(map: YAMLMap, path: readonly PropertyKey[]): Node | null | undefined {
  const found = walk(undefined, map, path);
  return found.depth === path.length ? found.node : undefined;
}

function walk(source: SourceFile | undefined, map: YAMLMap, path: readonly PropertyKey[]) {
  let node: Node | null | undefined = map;
  let line = source === undefined ? 0 : lineOfNode(source, map);
  let depth = 0;
  for (const part of path) {
    let next: { key: Node; value: Node | null | undefined } | undefined;
    if (isMap(node)) {
      const pair: Pair | undefined = node.items.find(
        (item) => (item.key as { value?: unknown } | null)?.value === part,
      );
      if (pair !== undefined) next = { key: pair.key as Node, value: pair.value as Node | null };
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (item !== undefined) next = { key: item, value: item };
    }
    if (next === undefined) break;
    if (source !== undefined) line = lineOfNode(source, next.key);
    node = next.value;
    depth += 1;
  }
  return { node, line, depth };
}

/** A key without a value inside `{ }`: the tail of a text that had a comma in it. */
function isCommaKey(node: Node | null | undefined, key: string): boolean {
  if (!isMap(node) || node.flow !== true) return false;
  const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  return pair !== undefined && (pair.value === null || (pair.value as { value?: unknown }).value === null);
}

/** An invalid entry's id (and municipality, for a place), so later checks do not report follow-on errors. */
function standIn(raw: Record<string, unknown>, source: SourceFile, line: number): { entry?: KnowledgeEntry } {
  if (typeof raw.id !== 'string' || raw.id.trim() === '') return {};
  const empty = { nl: '', en: '' };
  const base = {
    id: raw.id.trim(),
    title: empty,
    summary: empty,
    topics: [],
    keywords: [],
    asks: { nl: [], en: [] },
    contacts: [],
    related: [],
    sources: [],
    verified: '',
    reviewDays: 365,
    origin: { file: source.file, line },
  };
  if (raw.kind === 'place' && typeof raw.municipality === 'string') {
    const place = {
      ...base,
      kind: 'place' as const,
      municipality: raw.municipality,
      name: '',
      region: 'Haaglanden' as const,
    };
    return { entry: { ...place, aliases: [], kernen: [], postcodes: [] } };
  }
  return { entry: { ...base, kind: 'info' } };
}
