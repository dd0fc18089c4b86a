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
 * A model's weights as the bot holds them: each feature's position in a Map that the models of one file
 * share, the weights themselves (the same doubles as in the file; 0 where only another model has the
 * feature) in a Float64Array. Parsed from JSON, the 110,000 weights of the two models were a
 * dictionary-mode object each, with a boxed number per feature: ~12 MiB of heap that every full collection
 * walks; this takes about half, and one shared Map is as fast to look up in as the two objects were.
 */
export class FeatureWeights {
  private constructor(
    private readonly positions: ReadonlyMap<string, number>,
    private readonly values: Float64Array,
    /** 1 where this model has the feature. */
    private readonly present: Uint8Array,
    readonly size: number,
  ) {}

  static from(weights: Readonly<Record<string, number>>): FeatureWeights {
    const [packed] = FeatureWeights.shared([weights]) ?? [];
    if (packed === undefined) throw new TypeError('danger-model: a weight is not a finite number');
    return packed;
  }

  /**
   * The weights of several models over one Map of features; undefined when a weight is not a finite number
   * (checked here, in the one pass over them: a parsed file's weights are unchecked).
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
      packed.push(new FeatureWeights(positions, values, present, keys.length));
    }
    return packed;
  }

  /** The weight of `feature`, or undefined when this model has none. */
  get(feature: string): number | undefined {
    const position = this.positions.get(feature);
    return position === undefined || this.present[position] === 0 ? undefined : this.values[position];
  }

  /**
   * `start` plus the weights of `features`, added in their order: the sum `weights[feature] ?? 0` gave. A
   * feature no model has adds nothing instead of 0, which changes at most the sign of a zero sum, and the
   * sigmoid reads both zeros alike.
   */
  sum(features: readonly string[], start: number): number {
    let sum = start;
    for (const feature of features) {
      const position = this.positions.get(feature);
      if (position !== undefined) sum += this.values[position] as number;
    }
    return sum;
  }

  /** Every feature of this model with its weight. */
  *entries(): IterableIterator<[string, number]> {
    for (const [feature, position] of this.positions)
      if (this.present[position] === 1) yield [feature, this.values[position] as number];
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
