/**
 * The real knowledge base in `knowledge/`: it loads without errors, every municipality has a way to reach
 * debt help, the leerruimte has a year of prompts, and the danger model beside it is read.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from './load.js';

describe('the real knowledge base', () => {
  it('loads the real knowledge base without errors', async () => {
    const result = await loadKnowledge(path.resolve('knowledge'), { today: '2026-12-01' });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const places = result.kb.entries.filter((entry) => entry.kind === 'place');
    expect(places).toHaveLength(19);
    for (const place of places) {
      const debtHelp = result.kb.entries.filter(
        (entry) =>
          entry.kind === 'service' && entry.municipality === place.municipality && entry.topics.includes('schulden'),
      );
      expect(debtHelp.length, `debt help for ${place.municipality}`).toBeGreaterThan(0);
      expect(
        debtHelp.some((entry) => entry.contacts.length > 0),
        `a way to reach help in ${place.municipality}`,
      ).toBe(true);
    }
    expect(result.kb.municipalities).toHaveLength(342);
  });

  it('has a year of leerruimte prompts in every track, and at least 15 stress-sensitive tips', async () => {
    const result = await loadKnowledge(path.resolve('knowledge'), { today: '2026-12-01' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const prompts = result.kb.entries.filter((entry) => entry.kind === 'prompt');
    expect(prompts.length).toBeGreaterThanOrEqual(52);
    for (const track of result.kb.tracks.keys()) {
      expect(
        prompts.filter((prompt) => prompt.kind === 'prompt' && prompt.track === track).length,
        track,
      ).toBeGreaterThan(0);
    }
    expect(new Set(prompts.map((prompt) => prompt.summary.nl)).size).toBe(prompts.length);
    expect(
      result.kb.entries.filter((entry) => entry.kind === 'tip' && entry.topics.includes('stress')).length,
    ).toBeGreaterThanOrEqual(15);
  });

  it('reads the second danger reader beside the lexicon', async () => {
    const result = await loadKnowledge(path.resolve('knowledge'), { today: '2026-12-01' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.kb.safety.model?.acute.weights.size).toBeGreaterThan(1000);
    expect(result.kb.safety.model?.comment).toContain('npm run danger:train');
  });
});
