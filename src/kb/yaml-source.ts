/**
 * YAML with line numbers: every problem in a knowledge file is reported as `file:line: message`.
 */
import { isMap, isSeq, LineCounter, type Node, parseDocument, visit, type YAMLMap } from 'yaml';
import { ownCopy } from './own-copy.js';

export interface SourceFile {
  /** Path as shown in messages (relative to the working directory). */
  file: string;
  lineCounter: LineCounter;
  root: Node | null;
  /** Syntax errors, already as `file:line: message`. */
  errors: string[];
}

export function parseYamlFile(file: string, text: string): SourceFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Every text read from the file gets characters of its own: a value cut from the file would keep all of it alive.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string') node.value = ownCopy(node.value);
    },
  });
  const errors = doc.errors.map((error) => {
    const line = lineCounter.linePos(error.pos[0]).line;
    const message = error.message.split('\n')[0] ?? error.message;
    // The parser's words for the most common editing slip: a text with ": " in it.
    const hint = /compact mappings|Implicit map keys|within flow collections/.test(message)
      ? ' (put quotes around a text that contains ": ")'
      : '';
    return `${file}:${line}: ${message}${hint}`;
  });
  return { file, lineCounter, root: (doc.contents as Node | null) ?? null, errors };
}

/** The line a node starts on (1-based). */
export function lineOfNode(source: SourceFile, node: Node | null | undefined): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : source.lineCounter.linePos(offset).line;
}

/** The line of `key` inside a mapping, or of the mapping itself when the key is absent. */
export function lineOfKey(source: SourceFile, map: YAMLMap, key: string): number {
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    if (keyNode !== null && (keyNode as { value?: unknown }).value === key) return lineOfNode(source, keyNode);
  }
  return lineOfNode(source, map);
}

export function asMap(node: Node | null | undefined): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

export function seqItems(node: Node | null | undefined): Node[] | undefined {
  return isSeq(node) ? (node.items as Node[]) : undefined;
}
