/**
 * Reads the readers' wording from the vocabulary (`pointing`, `followUpWording`, `asking`): each key a list of
 * normalised words or phrases. Problems as `file:line: message`, at the line of the bad value.
 */
import { isScalar, type Node, type YAMLMap } from 'yaml';
import { normalize } from './normalize.js';
import { emptyWording, WORDING_SPEC, type Wording, type WordingKind } from './wording.js';
import { asMap, lineOfKey, lineOfNode, type SourceFile, seqItems } from './yaml-source.js';

export const WORDING_SECTIONS = Object.keys(WORDING_SPEC) as ReadonlyArray<keyof typeof WORDING_SPEC>;

export function readWording(source: SourceFile, root: YAMLMap, errors: string[]): Wording {
  const wording = emptyWording() as unknown as Record<string, Record<string, Set<string> | string[]>>;
  for (const section of WORDING_SECTIONS) {
    const node = root.get(section, true) as Node | undefined;
    if (node === undefined) continue;
    const map = asMap(node);
    if (map === undefined) {
      errors.push(`${source.file}:${lineOfKey(source, root, section)}: "${section}" must map names to lists of words`);
      continue;
    }
    const spec = WORDING_SPEC[section] as Record<string, WordingKind>;
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const kind = spec[key];
      const at = (node: Node | null | undefined) => `${source.file}:${lineOfNode(source, node ?? (pair.key as Node))}`;
      if (kind === undefined) {
        errors.push(`${at(pair.key as Node)}: ${section} "${key}" is not one of ${Object.keys(spec).join(', ')}`);
        continue;
      }
      const items = seqItems(pair.value as Node);
      if (items === undefined) {
        errors.push(`${at(pair.value as Node)}: ${section}.${key} must be a list of ${kind}`);
        continue;
      }
      const into = (wording[section] as Record<string, Set<string> | string[]>)[key] as Set<string> | string[];
      for (const item of items) {
        const problem = checkItem(item, kind);
        if (problem !== undefined) errors.push(`${at(item)}: ${section}.${key}: ${problem}`);
        else if (into instanceof Set) into.add((item as { value: string }).value);
        else into.push((item as { value: string }).value);
      }
    }
  }
  return wording as unknown as Wording;
}

/** Why a list item is not a word (or phrase) as the readers match it, if it is not. */
function checkItem(item: Node, kind: WordingKind): string | undefined {
  const value = isScalar(item) ? item.value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return `${JSON.stringify(value ?? null)} is not a word`;
  // Matched on normalised words: "Hoe lang?" would never match, "hoe lang" does.
  if (normalize(value) !== value) return `"${value}" must be written as it is matched: "${normalize(value)}"`;
  if (kind === 'words' && value.includes(' ')) return `"${value}" must be one word (this list matches single words)`;
  // Read as a word and the word after it ("is there"): one word or three would never match.
  if (kind === 'pairs' && value.split(' ').length !== 2)
    return `"${value}" must be two words (this list matches a word and the word after it)`;
  return undefined;
}
