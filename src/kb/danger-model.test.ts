import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCERN_MIN_WORDS, CONFIRM, DangerDetector } from './danger.js';
import { dangerFeatures, LinearModel, trainDangerModel } from './danger-model.js';
import { readDangerModel } from './load-safety.js';
import { tokenize } from './normalize.js';
import { realKnowledge } from './test-kb.js';

describe('dangerFeatures', () => {
  it('reads words, the first letters of long words, word pairs and cue groups', () => {
    const features = dangerFeatures(tokenize('Hij slaat haar, NU!'), ['harm', 'now']);
    expect(features).toEqual(
      expect.arrayContaining(['w:hij', 'w:slaat', 'w:nu', 'b:^ hij', 'b:slaat haar', 'b:nu $', 'g:harm', 'g:now']),
    );
    expect(dangerFeatures(tokenize('geslagen'))).toContain('s:gesla');
    expect(dangerFeatures(tokenize('slaat'))).not.toContain('s:slaat');
  });

  it('reads at most 400 words, so that work per message stays bounded', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    expect(dangerFeatures(long).length).toBeLessThanOrEqual(3 * 400 + 1);
  });
});

describe('LinearModel and training', () => {
  const examples = [
    ...['hij slaat haar nu', 'he is hitting her now', 'ze wordt nu geslagen', 'help hij slaat'].map((text) => ({
      features: dangerFeatures(tokenize(text)),
      label: true,
    })),
    ...['waar is schuldhulp', 'wat is de meldcode', 'voedselbank in delft', 'hoe werkt kwijtschelding'].map((text) => ({
      features: dangerFeatures(tokenize(text)),
      label: false,
    })),
  ];

  it('learns a separable set and is deterministic for the same examples and seed', () => {
    const first = trainDangerModel(examples);
    const second = trainDangerModel(examples);
    expect([...first.weights]).toEqual([...second.weights]);
    const model = new LinearModel({ bias: first.bias, threshold: 0.5, weights: Object.fromEntries(first.weights) });
    expect(model.says(dangerFeatures(tokenize('hij slaat haar nu')))).toBe(true);
    expect(model.says(dangerFeatures(tokenize('waar is schuldhulp')))).toBe(false);
  });

  it('says yes at or above its threshold only', () => {
    const model = new LinearModel({ bias: 0, threshold: 0.6, weights: { 'w:a': 1 } });
    expect(model.probability(['w:a'])).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(model.says(['w:a'])).toBe(true);
    expect(model.says(['w:b'])).toBe(false);
  });
});

describe('the detector with the model', async () => {
  const kb = await realKnowledge();
  const alarm = new LinearModel({ bias: 5, threshold: 0.5, weights: {} });
  const silent = new LinearModel({ bias: -5, threshold: 0.5, weights: {} });

  it('raises an alarm the lexicon does not, and does not call off a rule of two groups', () => {
    const quiet = tokenize('wat is de meldcode');
    expect(new DangerDetector(kb.safety).assess(quiet).acute).toBe(false);
    expect(new DangerDetector(kb.safety, new Set(), { acute: alarm, concern: alarm }).assess(quiet).acute).toBe(true);
    const acute = tokenize('hij heeft een mes en staat voor de deur');
    expect(new DangerDetector(kb.safety, new Set(), { acute: silent, concern: silent }).assess(acute).acute).toBe(true);
  });

  it('lets a weak sign alone ("klappen") stand as an emergency only when the model does not rule one out', () => {
    const weak = tokenize('ze krijgt klappen');
    expect(new DangerDetector(kb.safety).assess(weak).acute).toBe(true);
    const ruledOut = new DangerDetector(kb.safety, new Set(), { acute: silent, concern: silent }).assess(weak);
    expect(ruledOut).toMatchObject({ acute: false, worry: true });
    const unsure = new LinearModel({ bias: Math.log(0.1 / 0.9), threshold: 0.5, weights: {} });
    expect(unsure.probability([])).toBeGreaterThanOrEqual(CONFIRM);
    expect(new DangerDetector(kb.safety, new Set(), { acute: unsure, concern: silent }).assess(weak).acute).toBe(true);
    const firm = tokenize('hij slaat haar nu');
    expect(new DangerDetector(kb.safety, new Set(), { acute: silent, concern: silent }).assess(firm).acute).toBe(true);
  });

  it('does not take a follow-up of a few words for a worry, whatever the concern model says', () => {
    const short = tokenize('volgende stap');
    expect(short.length).toBeLessThan(CONCERN_MIN_WORDS);
    expect(new DangerDetector(kb.safety, new Set(), { acute: silent, concern: alarm }).assess(short).worry).toBe(false);
  });

  it('turns a message without worry words into a worry when the concern model says so', () => {
    const quiet = tokenize('mijn leerling zit er de laatste tijd stil bij');
    const assessed = new DangerDetector(kb.safety, new Set(), { acute: silent, concern: alarm }).assess(quiet);
    expect(assessed).toMatchObject({ acute: false, worry: true });
  });
});

describe('readDangerModel', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'wegwijs-model-'));
  const read = async (text: string | undefined) => {
    const file = path.join(dir, `${Math.random()}.json`);
    if (text !== undefined) await writeFile(file, text);
    const errors: string[] = [];
    return { model: await readDangerModel(file, 'knowledge/danger-model.json', errors), errors };
  };
  const ok = { bias: 0, threshold: 0.5, weights: { 'w:a': 1 } };

  it('reads a valid file and leaves a missing one to the lexicon', async () => {
    expect((await read(JSON.stringify({ comment: 'x', acute: ok, concern: ok }))).model?.acute).toEqual(ok);
    expect(await read(undefined)).toEqual({ model: undefined, errors: [] });
  });

  it.each([
    ['{ not json', 'not JSON'],
    [JSON.stringify({ acute: ok }), 'expected { acute, concern }'],
    [JSON.stringify({ acute: ok, concern: { ...ok, threshold: 2 } }), 'threshold between 0 and 1'],
    [JSON.stringify({ acute: ok, concern: { ...ok, weights: { 'w:a': 'x' } } }), 'weights'],
  ])('reports a broken file as file:line (%s)', async (text, message) => {
    const { model, errors } = await read(text);
    expect(model).toBeUndefined();
    expect(errors).toEqual([expect.stringMatching(/^knowledge\/danger-model\.json:1: /)]);
    expect(errors[0]).toContain(message);
  });
});
