/**
 * The quick check of a stored conversation context gives what the zod schema gives, or leaves the document
 * to the schema: never accepts what the schema rejects, never reads it differently.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_SCHEMA, conversationKey, quickConversation } from './conversation.js';

/** A small deterministic generator, so that a failure repeats. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(20261201);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const strings = ['', 'veilig-thuis', '0518', 'schulden', 'x'.repeat(64), 'x'.repeat(65), 'violence', 'suicide'];
const scalars = [undefined, null, 0, 1, true, false, 'nl', 'en', 'de', ...strings];
const value = (depth: number): unknown => {
  const roll = next();
  if (depth > 2 || roll < 0.5) return pick(scalars);
  if (roll < 0.75) return Array.from({ length: Math.floor(next() * 10) }, () => value(depth + 1));
  return { acute: pick([true, false, 'yes', undefined]), kinds: value(depth + 1) };
};
const kinds = () =>
  Array.from({ length: Math.floor(next() * 6) }, () =>
    pick(['violence', 'suicide', 'sexual', 'child-alone', 'other', 3]),
  );
const document = (): unknown => {
  if (next() < 0.05) return pick([null, [], 'text', 3, new Date(0)]);
  const doc: Record<string, unknown> = {};
  if (next() < 0.95)
    doc.entryIds = next() < 0.8 ? Array.from({ length: Math.floor(next() * 10) }, () => pick(strings)) : value(1);
  if (next() < 0.3)
    doc.earlier = next() < 0.8 ? Array.from({ length: Math.floor(next() * 6) }, () => pick(strings)) : value(1);
  if (next() < 0.95) doc.language = pick(['nl', 'en', 'en', 'nl', 'de', 1]);
  if (next() < 0.6) doc.place = pick(scalars);
  if (next() < 0.6) doc.topic = pick(scalars);
  if (next() < 0.3)
    doc.themes = next() < 0.8 ? Array.from({ length: Math.floor(next() * 6) }, () => pick(strings)) : value(1);
  if (next() < 0.5) doc.alert = next() < 0.7 ? { acute: pick([true, false, 1]), kinds: kinds() } : value(1);
  if (next() < 0.2) doc.extra = value(1);
  return doc;
};

describe('the stored conversation context', () => {
  it('reads 20,000 generated documents as the schema does, or leaves them to it', () => {
    let quick = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const doc = document();
      const fast = quickConversation(doc);
      if (fast === undefined) continue;
      quick += 1;
      const parsed = CONVERSATION_SCHEMA.safeParse(doc);
      expect(parsed.success, JSON.stringify(doc)).toBe(true);
      expect(fast, JSON.stringify(doc)).toStrictEqual(parsed.data);
    }
    // The common shapes do take the quick way.
    expect(quick).toBeGreaterThan(2_000);
  });

  it('takes the quick way for what Wegwijs writes', () => {
    const written = {
      entryIds: ['schuldhulp-delft', 'geldfit'],
      place: '0503',
      topic: 'schulden',
      themes: ['ouderenmishandeling'],
      language: 'nl',
      alert: { acute: false, kinds: ['violence'] },
    };
    expect(quickConversation(written)).toStrictEqual(CONVERSATION_SCHEMA.parse(written));
    expect(quickConversation({ entryIds: [], language: 'en' })).toStrictEqual({ entryIds: [], language: 'en' });
  });
});

describe('the conversation key', () => {
  // Keys written before the one-shot hash must still be found: the digest is the same.
  it.each([
    ['a:personal-29:bench-user-1', '29:bench-user-1'],
    ['19:chánnel@thread.tacv2;messageid=1', '29:ü-😀'],
    ['', ''],
  ])('of %j and %j is the SHA-256 of both, NUL between, in base64url', (conversationId, userId) => {
    const expected = createHash('sha256').update(`${conversationId}\u0000${userId}`).digest('base64url');
    expect(conversationKey({ conversationId, userId })).toBe(expected);
  });
});
