/**
 * The real knowledge base, loaded once per test file (tests of the pure libraries use real content).
 */
import path from 'node:path';
import { loadKnowledge } from './load.js';
import type { KnowledgeBase } from './schema.js';

let cached: Promise<KnowledgeBase> | undefined;

export function realKnowledge(): Promise<KnowledgeBase> {
  cached ??= loadKnowledge(path.resolve('knowledge'), { today: '2026-12-01' }).then((result) => {
    if (!result.ok) throw new Error(`knowledge invalid:\n${result.errors.join('\n')}`);
    return result.kb;
  });
  return cached;
}
