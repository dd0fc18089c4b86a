import { describe, expect, it } from 'vitest';
import { KnowledgeEngine } from './engine.js';
import type { ConversationContext } from './follow-up.js';
import { neighbourhood, readNearby } from './nearby.js';
import { realKnowledge } from './test-kb.js';

describe('the conversation neighbourhood over the real knowledge', async () => {
  const engine = new KnowledgeEngine(await realKnowledge());
  // Right after Papendrecht's debt help: the route, its municipality, and the organisation it names.
  const papendrecht: ConversationContext = {
    entryIds: ['papendrecht-schuldhulp'],
    place: 'GM0590',
    topic: 'schulden',
    language: 'nl',
  };

  it("holds the entries shown, the municipality's own entries, and never another municipality's", () => {
    const near = neighbourhood(engine, papendrecht);
    expect(near.has('papendrecht-schuldhulp')).toBe(true);
    expect(near.has('papendrecht-voedselbank')).toBe(true);
    const others = [...near].map((id) => engine.content(id)?.municipality).filter((code) => code !== undefined);
    expect(new Set(others)).toEqual(new Set(['GM0590']));
  });

  it('answers a question that points back from the neighbourhood, and leaves a question with its own place alone', () => {
    const nearby = readNearby(
      engine,
      engine.understand('kan ze daar ook kwijtschelding krijgen?', 'nl'),
      papendrecht,
      true,
    );
    expect(nearby?.kind === 'entries' ? nearby.entries[0]?.id : undefined).toBe('papendrecht-kwijtschelding');
    const own = readNearby(
      engine,
      engine.understand('kan ze in Delft ook kwijtschelding krijgen?', 'nl'),
      papendrecht,
      true,
    );
    expect(own).toBeUndefined();
  });
});
