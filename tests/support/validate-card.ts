/**
 * Validates an Adaptive Card with Microsoft's own `adaptivecards` parser (loaded from its dist bundle,
 * the only build that loads in plain Node), plus Teams' size limit.
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
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  const version = (json as { version?: unknown }).version;
  if (version !== '1.5') problems.push(`card version must be 1.5, is ${String(version)}`);
  return problems;
}
