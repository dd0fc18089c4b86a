/**
 * Loads and checks the knowledge base from a folder of YAML files. Invalid knowledge never half-loads:
 * the result is either a whole knowledge base or the list of problems, each as `file:line: message`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Node, YAMLMap } from 'yaml';
import { MUNICIPALITIES_FILE, readMunicipalities, readWoonplaatsen, WOONPLAATSEN_FILE } from './load-places.js';
import { DANGER_MODEL_FILE, readDangerModel, readSafety, SAFETY_FILE } from './load-safety.js';
import { readWording } from './load-wording.js';
import { normalize } from './normalize.js';
import type {
  Abbreviation,
  KnowledgeBase,
  KnowledgeEntry,
  Localized,
  Municipality,
  SeparableVerb,
  Topic,
} from './schema.js';
import { type SourceDatesMode, validateEntry } from './validate-entry.js';
import { emptyWording, type Wording } from './wording.js';
import { asMap, lineOfKey, lineOfNode, parseYamlFile, type SourceFile, seqItems } from './yaml-source.js';

export type LoadResult = { ok: true; kb: KnowledgeBase; warnings: string[] } | { ok: false; errors: string[] };

export interface LoadOptions {
  /** The date to check `verified` against, YYYY-MM-DD; today by default. */
  today?: string;
  /** Report entries past their review interval as errors (the editors' check), not warnings (start-up). */
  strictReview?: boolean;
  /** How paths appear in messages; the working directory by default. */
  relativeTo?: string;
  /** Sources without `pageDate`/`read`: not checked (start-up, the default), warnings or errors. */
  sourceDates?: SourceDatesMode;
  /** Read `danger-model.json` (the default); training reads the lexicon alone. */
  dangerModel?: boolean;
}

export const VOCABULARY_FILE = 'vocabulary.yaml';
export { MUNICIPALITIES_FILE, WOONPLAATSEN_FILE };

export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const show = (file: string) => path.relative(options.relativeTo ?? process.cwd(), file) || file;
  const errors: string[] = [];
  const warnings: string[] = [];

  const vocabulary = await readVocabulary(path.join(dir, VOCABULARY_FILE), show, errors);
  const municipalities = await readMunicipalities(path.join(dir, MUNICIPALITIES_FILE), show, errors);
  const woonplaatsen = await readWoonplaatsen(path.join(dir, WOONPLAATSEN_FILE), show, municipalities, errors);
  const lexicon = await readSafety(path.join(dir, SAFETY_FILE), show(path.join(dir, SAFETY_FILE)), errors);
  const modelFile = path.join(dir, DANGER_MODEL_FILE);
  const model = options.dangerModel === false ? undefined : await readDangerModel(modelFile, show(modelFile), errors);
  const safety = model === undefined ? lexicon : { ...lexicon, model };

  // The lexicons beside the entries are read above; every other YAML file is a list of entries.
  const lexicons = new Set([path.join(dir, VOCABULARY_FILE), path.join(dir, SAFETY_FILE)]);
  const files = (await listYaml(dir)).filter((file) => !lexicons.has(file));
  const report = { errors, warnings };
  const entries = await readEntries(files, show, { today, sourceDates: options.sourceDates ?? 'ignore' }, report);
  const byId = indexById(entries, errors);
  checkReferences(entries, byId, vocabulary, municipalities, errors);
  checkVocabularyNames(vocabulary, municipalities, byId, show(path.join(dir, VOCABULARY_FILE)), errors);
  const localNames = localNamesOf(vocabulary, entries, show(path.join(dir, VOCABULARY_FILE)), errors);
  for (const entry of entries) {
    const due = reviewDue(entry, today);
    if (due !== undefined) {
      const message = `${at(entry)}: entry "${entry.id}" was due for review on ${due} (verified ${entry.verified})`;
      (options.strictReview === true ? errors : warnings).push(message);
    }
  }
  if (entries.length === 0) errors.push(`${show(dir)}: no knowledge entries found`);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    warnings,
    kb: {
      entries,
      byId,
      topics: vocabulary.topics,
      municipalities,
      woonplaatsen,
      commonWordNames: vocabulary.commonWordNames,
      placeAliases: new Map([...vocabulary.placeAliases].map(([alias, { official }]) => [alias, official])),
      leads: new Map([...vocabulary.leads].map(([phrase, { entryId }]) => [phrase, entryId])),
      localNames,
      safety,
      abbreviations: vocabulary.abbreviations,
      followUps: vocabulary.followUps,
      separableVerbs: vocabulary.separableVerbs,
      wording: vocabulary.wording,
      tracks: vocabulary.tracks,
      methods: vocabulary.methods,
    },
  };
}

/** Every entry of the entry files, checked; problems and warnings as `file:line: message`. */
async function readEntries(
  files: readonly string[],
  show: (file: string) => string,
  check: { today: string; sourceDates: SourceDatesMode },
  report: { errors: string[]; warnings: string[] },
): Promise<KnowledgeEntry[]> {
  const entries: KnowledgeEntry[] = [];
  for (const file of files) {
    const source = parseYamlFile(show(file), await readFile(file, 'utf8'));
    report.errors.push(...source.errors);
    if (source.errors.length > 0) continue;
    const items = seqItems(source.root);
    if (items === undefined) {
      report.errors.push(`${source.file}:1: a knowledge file must be a list of entries`);
      continue;
    }
    for (const item of items) {
      const map = asMap(item);
      if (map === undefined) {
        report.errors.push(`${source.file}:${lineOfNode(source, item)}: every entry must be a mapping`);
        continue;
      }
      const { entry, problems, warnings } = validateEntry(source, map, lineOfNode(source, map), check);
      report.errors.push(...problems);
      report.warnings.push(...warnings);
      if (entry !== undefined) entries.push(entry);
    }
  }
  return entries;
}

/** Entries by id; a second entry with the same id is an error naming both places. */
function indexById(entries: readonly KnowledgeEntry[], errors: string[]): Map<string, KnowledgeEntry> {
  const byId = new Map<string, KnowledgeEntry>();
  for (const entry of entries) {
    const first = byId.get(entry.id);
    if (first !== undefined) errors.push(`${at(entry)}: duplicate id "${entry.id}" (first at ${at(first)})`);
    else byId.set(entry.id, entry);
  }
  return byId;
}

/** Place aliases name real municipalities; lead phrases name real entries. */
function checkVocabularyNames(
  vocabulary: Vocabulary,
  municipalities: readonly Municipality[],
  byId: ReadonlyMap<string, KnowledgeEntry>,
  shown: string,
  errors: string[],
): void {
  const officialNames = new Set(municipalities.map((municipality) => municipality.name));
  for (const [alias, { official, line }] of vocabulary.placeAliases) {
    if (!officialNames.has(official))
      errors.push(`${shown}:${line}: place alias "${alias}" names "${official}", which is not a Dutch municipality`);
  }
  for (const [phrase, { entryId, line }] of vocabulary.leads) {
    if (!byId.has(entryId))
      errors.push(`${shown}:${line}: lead "${phrase}" names entry "${entryId}", which does not exist`);
  }
}

/**
 * The municipality each local name belongs to: the one whose entries hold it (title, keywords, summary or body).
 * A name held by no municipality's entry, or by entries of two, names none: that is an error at its line.
 */
function localNamesOf(
  vocabulary: Vocabulary,
  entries: readonly KnowledgeEntry[],
  shown: string,
  errors: string[],
): Map<string, string> {
  const texts = entries.flatMap((entry) => {
    if (entry.municipality === undefined || !('summary' in entry)) return [];
    const { title, keywords, summary, body } = entry;
    const words = [title.nl, title.en, ...keywords, summary.nl, summary.en, body?.nl ?? '', body?.en ?? ''];
    return [{ code: entry.municipality, text: ` ${normalize(words.join(' '))} ` }];
  });
  const names = new Map<string, string>();
  for (const [name, line] of vocabulary.localNames) {
    const codes = new Set(texts.filter(({ text }) => text.includes(` ${name} `)).map(({ code }) => code));
    const [code] = codes;
    if (code !== undefined && codes.size === 1) names.set(name, code);
    else
      errors.push(
        codes.size === 0
          ? `${shown}:${line}: local name "${name}" occurs in no municipality's entry`
          : `${shown}:${line}: local name "${name}" occurs in entries of ${codes.size} municipalities (${[...codes].join(', ')})`,
      );
  }
  return names;
}

function at(entry: KnowledgeEntry): string {
  return `${entry.origin.file}:${entry.origin.line}`;
}

/** The date the entry's review fell due, if it has. */
export function reviewDue(entry: KnowledgeEntry, today: string): string | undefined {
  const verified = Date.parse(entry.verified);
  if (Number.isNaN(verified)) return undefined;
  const due = new Date(verified + entry.reviewDays * 86_400_000).toISOString().slice(0, 10);
  return due <= today ? due : undefined;
}

function checkReferences(
  entries: readonly KnowledgeEntry[],
  byId: ReadonlyMap<string, KnowledgeEntry>,
  vocabulary: Vocabulary,
  municipalities: readonly Municipality[],
  errors: string[],
): void {
  const topicIds = new Set(vocabulary.topics.map((topic) => topic.id));
  const regional = new Set(entries.filter((entry) => entry.kind === 'place').map((entry) => entry.municipality));
  const national = new Set(municipalities.map((m) => m.code));
  for (const entry of entries) {
    for (const topic of entry.topics) {
      if (!topicIds.has(topic)) errors.push(`${at(entry)}: entry "${entry.id}": unknown topic "${topic}"`);
    }
    for (const related of entry.related) {
      if (!byId.has(related))
        errors.push(`${at(entry)}: entry "${entry.id}": related entry "${related}" does not exist`);
    }
    if (entry.municipality !== undefined) {
      if (entry.kind === 'place' && !national.has(entry.municipality)) {
        errors.push(`${at(entry)}: entry "${entry.id}": ${entry.municipality} is not a Dutch municipality`);
      } else if (entry.kind !== 'place' && !regional.has(entry.municipality)) {
        errors.push(`${at(entry)}: entry "${entry.id}": no place entry for municipality ${entry.municipality}`);
      }
    }
    if (entry.kind === 'prompt') {
      if (!vocabulary.tracks.has(entry.track))
        errors.push(`${at(entry)}: entry "${entry.id}": unknown track "${entry.track}"`);
      if (!vocabulary.methods.has(entry.method)) {
        errors.push(`${at(entry)}: entry "${entry.id}": unknown method "${entry.method}"`);
      }
    }
  }
}

interface Vocabulary {
  placeAliases: Map<string, { official: string; line: number }>;
  leads: Map<string, { entryId: string; line: number }>;
  localNames: Map<string, number>;
  topics: Topic[];
  commonWordNames: Set<string>;
  tracks: Map<string, Localized>;
  methods: Map<string, Localized>;
  abbreviations: Map<string, Abbreviation>;
  followUps: Map<string, string[]>;
  separableVerbs: Map<string, SeparableVerb[]>;
  wording: Wording;
}

async function readVocabulary(file: string, show: (file: string) => string, errors: string[]): Promise<Vocabulary> {
  const vocabulary: Vocabulary = {
    placeAliases: new Map(),
    leads: new Map(),
    localNames: new Map(),
    topics: [],
    commonWordNames: new Set(),
    tracks: new Map(),
    methods: new Map(),
    abbreviations: new Map(),
    followUps: new Map(),
    separableVerbs: new Map(),
    wording: emptyWording(),
  };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    errors.push(`${show(file)}:1: the vocabulary file is missing`);
    return vocabulary;
  }
  const source = parseYamlFile(show(file), text);
  errors.push(...source.errors);
  const root = asMap(source.root);
  if (root === undefined) {
    if (source.errors.length === 0) errors.push(`${source.file}:1: the vocabulary must be a mapping`);
    return vocabulary;
  }
  readTopics(source, root, vocabulary.topics, errors);
  const names = root.toJSON().commonWordNames as unknown;
  if (Array.isArray(names))
    for (const name of names) if (typeof name === 'string') vocabulary.commonWordNames.add(name);
  const aliases = (root.toJSON() as Record<string, unknown>).placeAliases;
  for (const [alias, official] of Object.entries((aliases ?? {}) as Record<string, unknown>)) {
    const line = lineOfKey(source, root, 'placeAliases');
    if (typeof official === 'string') vocabulary.placeAliases.set(alias, { official, line });
    else errors.push(`${source.file}:${line}: place alias "${alias}" must name a municipality`);
  }
  const leads = (root.toJSON() as Record<string, unknown>).leads;
  if (leads !== undefined && (typeof leads !== 'object' || leads === null)) {
    errors.push(`${source.file}:${lineOfKey(source, root, 'leads')}: "leads" must map phrases to entry ids`);
  } else {
    for (const [phrase, entryId] of Object.entries((leads ?? {}) as Record<string, unknown>)) {
      if (typeof entryId !== 'string') {
        errors.push(`${source.file}:${lineOfKey(source, root, 'leads')}: lead "${phrase}" must name an entry id`);
      } else {
        vocabulary.leads.set(normalize(phrase), { entryId, line: lineOfKey(source, root, 'leads') });
      }
    }
  }
  const localNames = root.get('localNames', true) as Node | undefined;
  const localItems = localNames === undefined ? [] : seqItems(localNames);
  if (localItems === undefined) {
    errors.push(`${source.file}:${lineOfKey(source, root, 'localNames')}: "localNames" must be a list of names`);
  } else {
    for (const item of localItems) {
      const name = (item as { value?: unknown }).value;
      const line = lineOfNode(source, item);
      if (typeof name === 'string' && normalize(name) !== '') vocabulary.localNames.set(normalize(name), line);
      else errors.push(`${source.file}:${line}: local name ${JSON.stringify(name)} must be a name`);
    }
  }
  readAbbreviations(source, root, vocabulary.abbreviations, errors);
  readFollowUps(source, root, vocabulary.followUps, errors);
  readSeparableVerbs(source, root, vocabulary.separableVerbs, errors);
  vocabulary.wording = readWording(source, root, errors);
  readLabels(source, root, 'tracks', vocabulary.tracks, errors);
  readLabels(source, root, 'methods', vocabulary.methods, errors);
  return vocabulary;
}

/** `topics`: each with an id, a label (nl, en) and the terms that name it. */
function readTopics(source: SourceFile, root: YAMLMap, into: Topic[], errors: string[]) {
  for (const item of seqItems(root.get('topics', true) as never) ?? []) {
    const map = asMap(item);
    const value = (map?.toJSON() ?? {}) as Record<string, unknown>;
    const label = value.label as Record<string, unknown> | undefined;
    const terms = value.terms;
    if (
      map === undefined ||
      typeof value.id !== 'string' ||
      typeof label?.nl !== 'string' ||
      typeof label.en !== 'string' ||
      !Array.isArray(terms) ||
      terms.length === 0 ||
      !terms.every((term) => typeof term === 'string' && term.trim() !== '')
    ) {
      errors.push(`${source.file}:${lineOfNode(source, item)}: a topic needs an id, a label (nl, en) and terms`);
      continue;
    }
    into.push({ id: value.id, label: { nl: label.nl, en: label.en }, terms: terms as string[] });
  }
}

function readAbbreviations(source: SourceFile, root: YAMLMap, into: Map<string, Abbreviation>, errors: string[]) {
  const value = (root.toJSON() as Record<string, unknown>).abbreviations;
  if (value === undefined) return;
  const line = lineOfKey(source, root, 'abbreviations');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${source.file}:${line}: "abbreviations" must map short forms to what they stand for`);
    return;
  }
  for (const [short, long] of Object.entries(value as Record<string, unknown>)) {
    const expansion = typeof long === 'string' ? normalize(long) : '';
    const key = normalize(short);
    if (expansion === '' || key === '') {
      errors.push(`${source.file}:${line}: abbreviation "${short}" must stand for a text`);
      continue;
    }
    // Written in capitals: only counts when typed in capitals.
    const caseSensitive = short === short.toUpperCase() && short !== short.toLowerCase();
    into.set(caseSensitive ? short.normalize('NFKD').replace(/\p{M}+/gu, '') : key, { expansion, caseSensitive });
  }
}

const FOLLOW_UP_KINDS = new Set(['contact', 'english', 'dutch', 'more', 'report']);

function readFollowUps(source: SourceFile, root: YAMLMap, into: Map<string, string[]>, errors: string[]) {
  const value = (root.toJSON() as Record<string, unknown>).followUps;
  if (value === undefined) return;
  const line = lineOfKey(source, root, 'followUps');
  for (const [kind, phrases] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    if (!FOLLOW_UP_KINDS.has(kind)) {
      errors.push(`${source.file}:${line}: follow-up kind "${kind}" is not one of ${[...FOLLOW_UP_KINDS].join(', ')}`);
    } else if (
      !Array.isArray(phrases) ||
      !phrases.every((phrase) => typeof phrase === 'string' && phrase.trim() !== '')
    ) {
      errors.push(`${source.file}:${line}: follow-ups "${kind}" must be a list of phrases`);
    } else {
      into.set(kind, phrases as string[]);
    }
  }
}

/** The particles a Dutch verb splits off, the longest first. */
const PARTICLES = [
  'binnen',
  'langs',
  'terug',
  'door',
  'over',
  'aan',
  'mee',
  'weg',
  'af',
  'in',
  'op',
  'uit',
  'toe',
  'bij',
];

/** `separableVerbs: { aanmelden: [meld, meldt, melden] }`: the forms, by the whole verb; the particle is its start. */
function readSeparableVerbs(source: SourceFile, root: YAMLMap, into: Map<string, SeparableVerb[]>, errors: string[]) {
  const value = (root.toJSON() as Record<string, unknown>).separableVerbs;
  if (value === undefined) return;
  const line = lineOfKey(source, root, 'separableVerbs');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${source.file}:${line}: "separableVerbs" must map verbs to the forms people type`);
    return;
  }
  for (const [whole, forms] of Object.entries(value as Record<string, unknown>)) {
    const verb = normalize(whole);
    const particle = PARTICLES.find((candidate) => verb.startsWith(candidate) && verb.length > candidate.length);
    if (particle === undefined || verb.includes(' ')) {
      errors.push(
        `${source.file}:${line}: separable verb "${whole}" must start with a particle (${PARTICLES.join(', ')})`,
      );
    } else if (
      !Array.isArray(forms) ||
      forms.length === 0 ||
      !forms.every((form) => typeof form === 'string' && normalize(form) !== '')
    ) {
      errors.push(`${source.file}:${line}: separable verb "${whole}" needs a list of the forms people type`);
    } else {
      for (const form of forms as string[]) {
        const key = normalize(form);
        into.set(key, [...(into.get(key) ?? []), { verb, particle }]);
      }
    }
  }
}

function readLabels(source: SourceFile, root: YAMLMap, key: string, into: Map<string, Localized>, errors: string[]) {
  const value = (root.toJSON() as Record<string, unknown>)[key];
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null) {
    errors.push(`${source.file}:${lineOfKey(source, root, key)}: "${key}" must map ids to labels (nl, en)`);
    return;
  }
  for (const [id, label] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    if (typeof label?.nl !== 'string' || typeof label.en !== 'string') {
      errors.push(`${source.file}:${lineOfKey(source, root, key)}: ${key} "${id}" needs nl and en labels`);
    } else {
      into.set(id, { nl: label.nl, en: label.en });
    }
  }
}

async function listYaml(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string) => {
    const items = await readdir(folder, { withFileTypes: true });
    for (const item of items.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, item.name);
      if (item.isDirectory()) await walk(full);
      else if (item.name.endsWith('.yaml') || item.name.endsWith('.yml')) found.push(full);
    }
  };
  await walk(dir);
  return found;
}
