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

export class LinearModel {
  /**
   * The loaded weights as they are, not copied into a Map: 80,000 of them twice cost several MiB. Every
   * feature has a prefix ("w:", "b:", …), so no key meets an Object.prototype property.
   */
  constructor(private readonly data: LinearModelData) {}

  /** The probability that a message with these features (see `dangerFeatures`) is acute. */
  probability(features: readonly string[]): number {
    let sum = this.data.bias;
    const weights = this.data.weights;
    for (const feature of features) sum += weights[feature] ?? 0;
    return 1 / (1 + Math.exp(-sum));
  }

  /** At or above this probability the model says yes. */
  get threshold(): number {
    return this.data.threshold;
  }

  says(features: readonly string[]): boolean {
    return this.probability(features) >= this.data.threshold;
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
