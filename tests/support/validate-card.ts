/**
 * Validates an Adaptive Card with Microsoft's own `adaptivecards` parser (loaded from its dist bundle,
 * the only build that loads in plain Node), plus Teams' size limit and — because the parser silently
 * ignores what it does not know — every property of every element and action against the properties the
 * parser reads for that type up to version 1.5.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type AdaptiveCardsModule = typeof import('adaptivecards');
const AC = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** Teams rejects a message with a card larger than about 28 KB. */
export const MAX_CARD_BYTES = 28 * 1024;

/** Every problem the parser reports, and the size when over the limit; empty when the card is valid. */
export function cardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json as never, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  problems.push(...unknownProperties(json));
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  const version = (json as { version?: unknown }).version;
  if (version !== '1.5') problems.push(`card version must be 1.5, is ${String(version)}`);
  return problems;
}

type SchemaHolder = InstanceType<typeof AC.SerializableObject>;

/** The properties the parser's schema gives `object` up to version 1.5 (1.6 ones are not for Teams yet). */
function schemaProperties(object: SchemaHolder): string[] {
  const schema = object.getSchema();
  const names: string[] = [];
  for (let i = 0; i < schema.getCount(); i += 1) {
    const property = schema.getItemAt(i);
    if (property.targetVersion.compareTo(AC.Versions.v1_5) <= 0 && !property.name.includes('.'))
      names.push(property.name);
  }
  return names;
}

/**
 * What the parser reads by hand rather than through its schema: child collections, fallbacks, the
 * ShowCard's card — and Teams' `msteams` extension on the card itself.
 */
const STRUCTURE: Readonly<Record<string, readonly string[]>> = {
  AdaptiveCard: ['body', 'actions', 'fallback', 'msteams'],
  Container: ['items', 'fallback'],
  Column: ['items', 'fallback'],
  ColumnSet: ['columns', 'fallback'],
  ActionSet: ['actions', 'fallback'],
  RichTextBlock: ['inlines', 'fallback'],
  ImageSet: ['fallback'],
  'Action.ShowCard': ['card', 'fallback'],
};

/** Known property names per `type`, built once from the parser's registries. */
const KNOWN: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const known = new Map<string, ReadonlySet<string>>();
  const add = (type: string, object: SchemaHolder) =>
    known.set(type, new Set([...schemaProperties(object), ...(STRUCTURE[type] ?? ['fallback'])]));
  for (const registry of [AC.GlobalRegistry.elements, AC.GlobalRegistry.actions] as const) {
    for (let i = 0; i < registry.getItemCount(); i += 1) {
      const item = registry.getItemAt(i);
      add(item.typeName, new item.objectType());
    }
  }
  add('AdaptiveCard', new AC.AdaptiveCard());
  add('Column', new AC.Column());
  known.set('Fact', new Set(schemaProperties(new AC.Fact())));
  known.set('Choice', new Set(schemaProperties(new AC.Choice())));
  return known;
})();

/** Children by property: what they are when they carry no `type` of their own. */
const CHILDREN: Readonly<Record<string, string | undefined>> = {
  body: undefined,
  items: undefined,
  actions: undefined,
  inlines: undefined,
  images: 'Image',
  columns: 'Column',
  facts: 'Fact',
  choices: 'Choice',
  card: 'AdaptiveCard',
  fallback: undefined,
  selectAction: undefined,
  inlineAction: undefined,
};

/**
 * "TextBlock.wrapp at body[2]: not a property of TextBlock" for every property the parser would ignore.
 * `data` (Action.Submit/Execute) is the bot's own and not looked into.
 */
export function unknownProperties(json: unknown): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, path: string, implied: string | undefined): void => {
    if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) visit(child, `${path}[${index}]`, implied);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const type = typeof record.type === 'string' ? record.type : implied;
    const known = type === undefined ? undefined : KNOWN.get(type);
    if (type === undefined || known === undefined) return; // an unknown type is the parser's to report
    for (const [key, value] of Object.entries(record)) {
      if (!known.has(key)) problems.push(`${type}.${key} at ${path || 'card'}: not a property of ${type}`);
      else if (key in CHILDREN) visit(value, path === '' ? key : `${path}.${key}`, CHILDREN[key]);
    }
  };
  visit(json, '', 'AdaptiveCard');
  return problems;
}
