/**
 * Reads `knowledge/safety.yaml`, the danger cue lexicon, and checks it: every problem as `file:line: message`.
 */
import { readFile } from 'node:fs/promises';
import type { YAMLMap } from 'yaml';
import {
  type DangerModelData,
  FeatureTable,
  FeatureWeights,
  type LinearModelData,
  type LoadedDangerModel,
} from './danger-model.js';
import { parseTerm } from './phrase-matcher.js';
import { type CueGroup, DANGER_KINDS, type DangerKind, type SafetyLexicon } from './schema.js';
import { asMap, lineOfKey, lineOfNode, parseYamlFile, type SourceFile, seqItems } from './yaml-source.js';

export const SAFETY_FILE = 'safety.yaml';
export const DANGER_MODEL_FILE = 'danger-model.json';

const GROUP_KEYS = new Set([
  'terms',
  'kind',
  'strong',
  'calm',
  'staged',
  'real',
  'after',
  'tells',
  'said',
  'tense',
  'habit',
  'weapon',
  'imagined',
  'time',
  'grave',
  'report',
  'ongoing',
  'link',
  'place',
  'confirm',
  'paired',
]);

/** The keys a group that puts a staging behind (`after`, `tells`) may have: it frames nothing itself. */
const UNFRAMING_KEYS = new Set(['terms', 'after', 'tells']);

export const EMPTY_SAFETY: SafetyLexicon = {
  groups: new Map(),
  acute: [],
  figurative: [],
  worry: [],
  words: [],
  names: [],
  naming: [],
};

export async function readSafety(file: string, shown: string, errors: string[]): Promise<SafetyLexicon> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    errors.push(`${shown}:1: the danger lexicon is missing`);
    return EMPTY_SAFETY;
  }
  const source = parseYamlFile(shown, text);
  errors.push(...source.errors);
  const root = asMap(source.root);
  if (root === undefined) {
    if (source.errors.length === 0) errors.push(`${shown}:1: the danger lexicon must be a mapping`);
    return EMPTY_SAFETY;
  }
  const groups = readGroups(source, root, errors);
  const acute: string[][] = [];
  for (const item of seqItems(root.get('acute', true) as never) ?? []) {
    const line = lineOfNode(source, item);
    const rule = (item as { toJSON?: () => unknown }).toJSON?.();
    if (!Array.isArray(rule) || rule.length === 0 || !rule.every((name) => typeof name === 'string')) {
      errors.push(`${shown}:${line}: a rule is a list of group names`);
      continue;
    }
    for (const name of rule as string[]) {
      const group = groups.get(name);
      if (group === undefined) errors.push(`${shown}:${line}: rule names unknown group "${name}"`);
      // Read before the cues and only to unframe them: such a group never makes a message acute.
      else if (group.after || group.tells)
        errors.push(`${shown}:${line}: rule names group "${name}", which only puts a staging behind (after, tells)`);
    }
    acute.push(rule as string[]);
  }
  if (acute.length === 0) errors.push(`${shown}:1: "acute" must list at least one rule`);
  return {
    groups,
    acute,
    figurative: termList(source, root, 'figurative', errors),
    worry: termList(source, root, 'worry', errors),
    words: termList(source, root, 'words', errors),
    names: termList(source, root, 'names', errors),
    naming: termList(source, root, 'naming', errors),
  };
}

function readGroups(source: SourceFile, root: YAMLMap, errors: string[]): Map<string, CueGroup> {
  const groups = new Map<string, CueGroup>();
  const node = asMap(root.get('groups', true) as never);
  if (node === undefined) {
    errors.push(`${source.file}:1: "groups" must map group names to their terms`);
    return groups;
  }
  for (const pair of node.items) {
    const name = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const map = asMap(pair.value as never);
    const line = map === undefined ? lineOfKey(source, node, name) : lineOfNode(source, map);
    const value = (map?.toJSON() ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(value))
      if (!GROUP_KEYS.has(key)) errors.push(`${source.file}:${line}: group "${name}" has an unknown key "${key}"`);
    if (!Array.isArray(value.terms) || value.terms.length === 0) {
      errors.push(`${source.file}:${line}: group "${name}" needs terms`);
    }
    const terms = Array.isArray(value.terms)
      ? checkTerms(value.terms, `${source.file}:${line}: group "${name}"`, errors)
      : [];
    const framing = Object.keys(value).filter((key) => GROUP_KEYS.has(key) && !UNFRAMING_KEYS.has(key));
    if ((value.after === true || value.tells === true) && framing.length > 0)
      errors.push(
        `${source.file}:${line}: group "${name}" puts a staging behind and cannot also be ${framing.join(', ')}`,
      );
    if (value.link !== undefined && value.link !== 'back' && value.link !== 'on')
      errors.push(`${source.file}:${line}: group "${name}": link must be back or on`);
    const kind = value.kind;
    // A group that is a sign only beside another of its kind needs a kind; a flag is true or false.
    if (value.paired !== undefined && typeof value.paired !== 'boolean')
      errors.push(`${source.file}:${line}: group "${name}": paired must be true or false`);
    if (value.paired === true && kind === undefined)
      errors.push(`${source.file}:${line}: group "${name}" is paired but names no kind`);
    if (kind !== undefined && !DANGER_KINDS.includes(kind as DangerKind)) {
      errors.push(
        `${source.file}:${line}: group "${name}" has kind "${String(kind)}", not one of ${DANGER_KINDS.join(', ')}`,
      );
    }
    groups.set(name, {
      terms,
      ...(DANGER_KINDS.includes(kind as DangerKind) ? { kind: kind as DangerKind } : {}),
      strong: value.strong === true,
      calm: value.calm === true || value.staged === true,
      staged: value.staged === true,
      real: value.real === true,
      after: value.after === true,
      tells: value.tells === true,
      said: value.said === true,
      tense: value.tense === true,
      habit: value.habit === true,
      weapon: value.weapon === true,
      imagined: value.imagined === true,
      time: value.time === true,
      grave: value.grave === true,
      report: value.report === true,
      ongoing: value.ongoing === true,
      ...(value.link === 'back' || value.link === 'on' ? { link: value.link } : {}),
      place: value.place === true,
      confirm: value.confirm === true,
      paired: value.paired === true,
    });
  }
  return groups;
}

function termList(source: SourceFile, root: YAMLMap, key: string, errors: string[]): string[] {
  const value = (root.toJSON() as Record<string, unknown>)[key];
  if (value === undefined) return [];
  return checkTerms(value, `${source.file}:${lineOfKey(source, root, key)}: "${key}"`, errors);
}

function checkTerms(value: unknown, where: string, errors: string[]): string[] {
  if (!Array.isArray(value)) {
    errors.push(`${where} must be a list of terms`);
    return [];
  }
  const terms: string[] = [];
  for (const item of value) {
    const term = typeof item === 'number' ? String(item) : item;
    if (typeof term !== 'string' || parseTerm(term) === undefined) {
      errors.push(`${where} has an invalid term "${String(item)}" (a stem needs 3 letters; ".." goes between words)`);
    } else {
      terms.push(term);
    }
  }
  return terms;
}

/**
 * Reads the second danger reader's weights (`npm run danger:train` writes them). A missing file is fine (the
 * lexicon alone reads danger); a broken one is an error, as `file:1`.
 */
export async function readDangerModel(
  file: string,
  shown: string,
  errors: string[],
): Promise<LoadedDangerModel | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    errors.push(`${shown}:1: not JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  const model = data as Partial<DangerModelData> | null;
  const acute = linearModel(model?.acute);
  const concern = linearModel(model?.concern);
  // The safety net is optional (files written before it); when present it must be well formed.
  const net = model?.net === undefined ? undefined : linearModel(model.net);
  const netBroken = model?.net !== undefined && net === undefined;
  // One table of features for all models (see FeatureTable); it checks every weight as it copies it.
  const objects = acute && concern ? [acute.weights, concern.weights, ...(net === undefined ? [] : [net.weights])] : [];
  const [acuteWeights, concernWeights, netWeights] = (objects.length > 0 && FeatureWeights.shared(objects)) || [];
  if (objects.length > 0 && acuteWeights === undefined && sharesAHash(objects)) {
    errors.push(
      `${shown}:1: two features share both hashes of FeatureTable (src/kb/danger-model.ts): change its seeds`,
    );
    return undefined;
  }
  if (
    acute === undefined ||
    concern === undefined ||
    netBroken ||
    acuteWeights === undefined ||
    concernWeights === undefined
  ) {
    errors.push(
      `${shown}:1: expected { acute, concern, net? }, each { bias, threshold between 0 and 1, weights: { feature: number } }`,
    );
    return undefined;
  }
  return {
    comment: String(model?.comment ?? ''),
    acute: { bias: acute.bias, threshold: acute.threshold, weights: acuteWeights },
    concern: { bias: concern.bias, threshold: concern.threshold, weights: concernWeights },
    ...(net === undefined || netWeights === undefined
      ? {}
      : { net: { bias: net.bias, threshold: net.threshold, weights: netWeights } }),
  };
}

/** Whether two of the models' features (all of them, each once) are the same to the table of features. */
function sharesAHash(models: ReadonlyArray<Readonly<Record<string, unknown>>>): boolean {
  return FeatureTable.of([...new Set(models.flatMap((weights) => Object.keys(weights)))]) === undefined;
}

/** A model's bias and threshold, checked; its weights only as an object (`FeatureWeights.shared` checks each). */
function linearModel(
  value: unknown,
): { bias: number; threshold: number; weights: Record<string, unknown> } | undefined {
  const model = value as Partial<LinearModelData> | null | undefined;
  const weights = model?.weights;
  if (
    typeof model?.bias !== 'number' ||
    typeof model.threshold !== 'number' ||
    !(model.threshold > 0 && model.threshold < 1) ||
    typeof weights !== 'object' ||
    weights === null
  )
    return undefined;
  return { bias: model.bias, threshold: model.threshold, weights };
}
