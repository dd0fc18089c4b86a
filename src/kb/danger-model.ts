/**
 * A second reader of danger that does not depend on cue words: two logistic regressions over the words of a
 * message, their first five letters, word pairs and the lexicon's cue groups, trained by
 * `npm run danger:train` on the labelled danger and question sets in `tests/eval/` (never on a held-out set).
 * `acute` catches emergencies that share no rule with the lexicon in `knowledge/safety.yaml`; `concern`
 * catches worries about a child or a client that hold no worry word. The lexicon stays the reviewable first
 * reader; the detector raises the alarm when either says so, and lowers one only where a weak sign stands
 * alone (see `CONFIRM` in `danger.ts`). Pure; linear in the words.
 */

export interface LinearModelData {
  bias: number;
  /** At or above this probability the model says yes. */
  threshold: number;
  weights: Record<string, number>;
}

export interface DangerModelData {
  /** Provenance, for the reader of the file: which sets, how many messages, which options. */
  comment: string;
  /** Acute danger (112 first). */
  acute: LinearModelData;
  /** Acute danger or a worry (Veilig Thuis' advice and the meldcode). */
  concern: LinearModelData;
  /**
   * Acute danger, learned without the short calm facts ("ze is getrouwd"): a reader that takes a short message it
   * cannot place for an emergency. A safety net behind `acute` (see `DangerDetector.assess`); optional in older files.
   */
  net?: LinearModelData;
}

/** A {@link LinearModelData} as the bot holds it: the weights packed into {@link FeatureWeights}. */
export interface LoadedLinearModel {
  bias: number;
  threshold: number;
  weights: FeatureWeights;
}

/** {@link DangerModelData} as `readDangerModel` returns it. */
export interface LoadedDangerModel {
  comment: string;
  acute: LoadedLinearModel;
  concern: LoadedLinearModel;
  net?: LoadedLinearModel;
}

/** At most this many words are read; a message is bounded long before (see `bounded-text`). */
const MAX_WORDS = 400;
const STEM = 5;

/**
 * The features of a message: each normalised word, the first letters of long words, word pairs, and the cue
 * groups of the lexicon that it holds (so that the model weighs combinations no rule names).
 */
export function dangerFeatures(tokens: readonly string[], groups: Iterable<string> = []): string[] {
  const words = tokens.length > MAX_WORDS ? tokens.slice(0, MAX_WORDS) : tokens;
  const features = new Set<string>();
  for (const group of groups) features.add(`g:${group}`);
  let previous = '^';
  for (const word of words) {
    features.add(`w:${word}`);
    if (word.length > STEM) features.add(`s:${word.slice(0, STEM)}`);
    features.add(`b:${previous} ${word}`);
    previous = word;
  }
  features.add(`b:${previous} $`);
  return [...features];
}

/**
 * Where each feature of the models of one file sits, found by two 32-bit hashes of its text rather than by the
 * text: an open-addressed table of (first hash, second hash, position + 1) triples in one Uint32Array. The
 * 80,000 feature strings of a Map (and the Map) were ~6.5 MiB of heap that every full collection walks, and a
 * lookup touched the Map's bucket, its entry and the key string, each a cache miss in a bot whose caches the rest of
 * the turn has cooled; a lookup here reads one triple, mostly in one cache line. The table holds no text:
 * two features of the file with both hashes equal are refused when it is built (see `FeatureTable.of`), and a
 * feature the file does not hold is taken for one it does only when both hashes agree by chance (about one in
 * 2^64 per lookup).
 */
export class FeatureTable {
  private constructor(
    private readonly slots: Uint32Array,
    private readonly mask: number,
    readonly size: number,
  ) {}

  /** The table of `features` (position = index), or undefined when two of them share both hashes. */
  static of(features: readonly string[]): FeatureTable | undefined {
    let capacity = 16;
    while (capacity < features.length * 1.5) capacity *= 2;
    const table = new FeatureTable(new Uint32Array(capacity * 3), capacity - 1, features.length);
    for (let position = 0; position < features.length; position += 1) {
      if (!table.insert(features[position] as string, position)) return undefined;
    }
    return table;
  }

  private insert(feature: string, position: number): boolean {
    const first = firstHash(feature);
    const second = secondHash(feature);
    let slot = first & this.mask;
    for (;;) {
      const at = slot * 3;
      if (this.slots[at + 2] === 0) {
        this.slots[at] = first;
        this.slots[at + 1] = second;
        this.slots[at + 2] = position + 1;
        return true;
      }
      if (this.slots[at] === first && this.slots[at + 1] === second) return false;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The position of `feature`, or -1 when the file has no such feature. */
  position(feature: string): number {
    const first = firstHash(feature);
    let slot = first & this.mask;
    let second: number | undefined;
    for (;;) {
      const at = slot * 3;
      const stored = this.slots[at + 2] as number;
      if (stored === 0) return -1;
      if (this.slots[at] === first) {
        second ??= secondHash(feature);
        if (this.slots[at + 1] === second) return stored - 1;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser (the table's slot comes from its low bits). */
function firstHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return finalise(hash ^ text.length);
}

/** A second, unrelated hash: murmur2's multiply-and-shift per code unit from another seed, finalised. */
function secondHash(text: string): number {
  let hash = 0x9e3779b9 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x5bd1e995);
    hash ^= hash >>> 13;
  }
  return finalise(hash);
}

function finalise(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * A model's weights as the bot holds them: each feature's position in a {@link FeatureTable} that the models of one
 * file share, the weights themselves (the same doubles as in the file; 0 where only another model has the
 * feature) in a Float64Array. Parsed from JSON, the 110,000 weights of the two models were a dictionary-mode object
 * each, with a boxed number per feature: ~12 MiB of heap that every full collection walks.
 */
export class FeatureWeights {
  private constructor(
    private readonly table: FeatureTable,
    private readonly values: Float64Array,
    /** 1 where this model has the feature. */
    private readonly present: Uint8Array,
    readonly size: number,
  ) {}

  static from(weights: Readonly<Record<string, number>>): FeatureWeights {
    const [packed] = FeatureWeights.shared([weights]) ?? [];
    if (packed === undefined)
      throw new TypeError('danger-model: a weight is not a finite number, or two features share a hash');
    return packed;
  }

  /**
   * The weights of several models over one table of features; undefined when a weight is not a finite number
   * (checked here, in the one pass over them: a parsed file's weights are unchecked) or two features share both
   * hashes (see {@link FeatureTable}).
   */
  static shared(models: ReadonlyArray<Readonly<Record<string, unknown>>>): FeatureWeights[] | undefined {
    const positions = new Map<string, number>();
    const features = models.map((weights) => Object.keys(weights));
    const placed = features.map((keys) =>
      Int32Array.from(keys, (feature) => {
        const known = positions.get(feature);
        if (known !== undefined) return known;
        positions.set(feature, positions.size);
        return positions.size - 1;
      }),
    );
    const table = FeatureTable.of([...positions.keys()]);
    if (table === undefined) return undefined;
    const packed: FeatureWeights[] = [];
    for (const [model, weights] of models.entries()) {
      const keys = features[model] as string[];
      const at = placed[model] as Int32Array;
      const values = new Float64Array(positions.size);
      const present = new Uint8Array(positions.size);
      for (let i = 0; i < keys.length; i += 1) {
        const weight = weights[keys[i] as string];
        if (!Number.isFinite(weight)) return undefined;
        values[at[i] as number] = weight as number;
        present[at[i] as number] = 1;
      }
      packed.push(new FeatureWeights(table, values, present, keys.length));
    }
    return packed;
  }

  /** The weight of `feature`, or undefined when this model has none. */
  get(feature: string): number | undefined {
    const position = this.table.position(feature);
    return position < 0 || this.present[position] === 0 ? undefined : this.values[position];
  }

  /**
   * `start` plus the weights of `features`, added in their order: the sum `weights[feature] ?? 0` gave. A
   * feature no model has adds nothing instead of 0, which changes at most the sign of a zero sum, and the
   * sigmoid reads both zeros alike.
   */
  sum(features: readonly string[], start: number): number {
    let sum = start;
    for (const feature of features) {
      const position = this.table.position(feature);
      if (position >= 0) sum += this.values[position] as number;
    }
    return sum;
  }
}

export class LinearModel {
  private readonly weights: FeatureWeights;
  private readonly bias: number;
  private readonly cutoff: number;

  constructor(data: LinearModelData | LoadedLinearModel) {
    this.bias = data.bias;
    this.cutoff = data.threshold;
    this.weights = data.weights instanceof FeatureWeights ? data.weights : FeatureWeights.from(data.weights);
  }

  /** The probability that a message with these features (see `dangerFeatures`) is acute. */
  probability(features: readonly string[]): number {
    return 1 / (1 + Math.exp(-this.weights.sum(features, this.bias)));
  }

  /** At or above this probability the model says yes. */
  get threshold(): number {
    return this.cutoff;
  }

  says(features: readonly string[]): boolean {
    return this.probability(features) >= this.cutoff;
  }
}

export interface Example {
  features: readonly string[];
  label: boolean;
}

export interface TrainOptions {
  epochs: number;
  /** L2 penalty per step. */
  l2: number;
  /** How much more a missed emergency costs than a false alarm. */
  positiveWeight: number;
  seed: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 40, l2: 1e-4, positiveWeight: 2, seed: 7 };

/** Trains by stochastic gradient descent with AdaGrad steps; deterministic for the same examples and seed. */
export function trainDangerModel(examples: readonly Example[], options: TrainOptions = TRAIN_DEFAULTS) {
  const featureLists = examples.map((example) => example.features);
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 0;
  const order = examples.map((_, index) => index);
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const features = featureLists[index] as readonly string[];
      const label = (examples[index] as Example).label ? 1 : 0;
      let sum = bias;
      for (const feature of features) sum += weights.get(feature) ?? 0;
      const p = 1 / (1 + Math.exp(-sum));
      const gradient = (p - label) * (label === 1 ? options.positiveWeight : 1);
      biasSquares += gradient * gradient;
      bias -= (0.5 * gradient) / Math.sqrt(biasSquares + 1e-8);
      for (const feature of features) {
        const w = weights.get(feature) ?? 0;
        const g = gradient + options.l2 * w;
        const s = (squares.get(feature) ?? 0) + g * g;
        squares.set(feature, s);
        weights.set(feature, w - (0.5 * g) / Math.sqrt(s + 1e-8));
      }
    }
  }
  return { bias, weights };
}

/**
 * The mean of `seeds` models trained in different orders (seeds `options.seed` on): one model's odds for a message
 * swing with the order it saw the examples in (a message at 0.58 under one seed, 0.13 under another); the mean of
 * five swings less. Still one linear model, read as before.
 */
export function trainAveraged(examples: readonly Example[], seeds: number, options: TrainOptions = TRAIN_DEFAULTS) {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let i = 0; i < seeds; i += 1) {
    const model = trainDangerModel(examples, { ...options, seed: options.seed + i });
    bias += model.bias / seeds;
    for (const [feature, w] of model.weights) weights.set(feature, (weights.get(feature) ?? 0) + w / seeds);
  }
  return { bias, weights };
}

/** A small deterministic generator (mulberry32), so that training gives the same file twice. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
