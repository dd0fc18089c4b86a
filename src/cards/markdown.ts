/**
 * Knowledge texts (Markdown) as TextBlocks that Teams renders faithfully. Teams reads a list only when its
 * items are separated by a single newline ("1. a\n2. b"); "\n\n" inside a list indents the next item, and
 * a paragraph straight after a list can be taken for part of its last item. So every paragraph and every
 * list becomes a TextBlock of its own, and a list's items are joined by one "\n".
 */
import { textBlock } from './adaptive-card.js';
import type { ElementOptions, TextBlock } from './schema.js';

/** A paragraph, or a list with its items (each with its marker: "1. …", "- …"). */
export type MarkdownBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const LIST_ITEM = /^\s*([-*+]|\d{1,2}[.)])\s+(.*)$/;

/**
 * Paragraphs (lines joined, blank lines between them) and lists (one item per line). A paragraph written
 * as one line of numbered questions — "1. Heb ik …? 2. Is er …? 3. …" — is read as the list it is.
 */
export function markdownBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let current: MarkdownBlock | undefined;
  const start = (block: MarkdownBlock) => {
    blocks.push(block);
    current = block;
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const item = LIST_ITEM.exec(line);
    if (line.trim() === '') {
      current = undefined;
    } else if (item !== null) {
      const marker = /^\d/.test(item[1] as string) ? (item[1] as string).replace(')', '.') : '-';
      const list = current?.kind === 'list' ? current : { kind: 'list' as const, items: [] };
      if (list !== current) start(list);
      list.items.push(`${marker} ${(item[2] as string).trim()}`);
    } else if (current?.kind === 'list') {
      // A line that continues the item above it.
      const last = current.items.length - 1;
      current.items[last] = `${current.items[last]} ${line.trim()}`;
    } else if (current?.kind === 'paragraph') {
      current.text = `${current.text} ${line.trim()}`;
    } else {
      start({ kind: 'paragraph', text: line.trim() });
    }
  }
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? inlineList(block.text)
      : [{ kind: 'list', items: block.items.flatMap((item) => numberedItems(item) ?? [item]) }],
  );
}

/** TextBlocks for `text`; `options` (size, spacing, …) apply to all, the first keeps its spacing. */
export function markdownTextBlocks(text: string, options: ElementOptions<'TextBlock'> = {}): TextBlock[] {
  return markdownBlocks(text).map((block, index) =>
    textBlock(block.kind === 'paragraph' ? block.text : block.items.join('\n'), {
      ...options,
      ...(index === 0 ? {} : { spacing: 'Small' }),
    }),
  );
}

/**
 * "1. Heb ik …? 2. Is er …? 3. …", or the same after a lead ending in ":", as a list: a number counts as
 * the next item only when it follows the end of a sentence and comes next in order, so "stap 4 en 5" and
 * "1 januari 2019" stay text.
 */
function inlineList(paragraph: string): MarkdownBlock[] {
  const start = /^(.+?:)\s+(1\.\s.*)$/s.exec(paragraph);
  const items = start === null ? undefined : numberedItems(start[2] as string);
  if (start === null || items === undefined) return [{ kind: 'paragraph', text: paragraph }];
  return [
    { kind: 'paragraph', text: start[1] as string },
    { kind: 'list', items },
  ];
}

/** "1. a? 2. b." → ["1. a?", "2. b."]; undefined when the text holds no next number. */
function numberedItems(text: string): string[] | undefined {
  const first = /^(\d{1,2})\.\s/.exec(text);
  if (first === null) return undefined;
  const items: string[] = [];
  let rest = text;
  for (let next = Number(first[1]) + 1; ; next += 1) {
    const marker = new RegExp(`(?<=[.?!:;)])\\s+${next}\\.\\s+`).exec(rest);
    if (marker === null) break;
    items.push(rest.slice(0, marker.index));
    rest = `${next}. ${rest.slice(marker.index + marker[0].length)}`;
  }
  return items.length === 0 ? undefined : [...items, rest];
}

/** Text shown as typed: Markdown characters escaped, so typed text cannot inject links or formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]()#+\-!>~|])/g, '\\$1');
}
