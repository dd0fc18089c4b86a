import { describe, expect, it } from 'vitest';
import { KnowledgeIndex } from './search.js';
import { realKnowledge } from './test-kb.js';

describe('KnowledgeIndex over the real knowledge', async () => {
  const kb = await realKnowledge();
  const index = new KnowledgeIndex(kb.entries, kb.topics);

  it('searches a compound nobody wrote by the word it ends in, without counting that word as matched', () => {
    const byTail = index.search('machtigingsformulier', { limit: 3 });
    const whole = index.search('formulier', { limit: 3 });
    expect(byTail.map((hit) => hit.entry.id)).toEqual(whole.map((hit) => hit.entry.id));
    expect(byTail.every((hit) => hit.matched === 0 && hit.coverage === 0)).toBe(true);
    expect(whole.every((hit) => hit.matched === 1)).toBe(true);
  });

  it('does not split a word the knowledge writes itself', () => {
    const hits = index.search('aanvraagformulier', { limit: 3 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.matched === 1)).toBe(true);
  });
});
