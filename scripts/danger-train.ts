/**
 * `npm run danger:train`: trains the second danger reader (`src/kb/danger-model.ts`) on the labelled sets in
 * tests/eval and writes knowledge/danger-model.json. `--cv` prints five-fold cross-validation instead: for the
 * lexicon alone and for lexicon-or-model, recall on acute messages (and on worries) and false alarms on near
 * misses and ordinary questions. Held-out sets are never read here: a set joins TRAINING_SETS only after its
 * held-out score has been recorded.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIRM } from '../src/kb/danger.js';
import {
  type DangerModelData,
  type Example,
  LinearModel,
  type LinearModelData,
  TRAIN_DEFAULTS,
  trainAveraged,
} from '../src/kb/danger-model.js';
import { KnowledgeEngine } from '../src/kb/engine.js';
import { loadKnowledge } from '../src/kb/load.js';
import { DANGER_MODEL_FILE } from '../src/kb/load-safety.js';
import { tokenize } from '../src/kb/normalize.js';
import { readOptions } from './cli-args.js';
import { EMERGENCY_ONLY_SETS, TRAINING_SETS } from './danger-sets.js';
import { type EvalQuestion, loadQuestions } from './eval-lib.js';

/**
 * Short chat messages: their calm facts ("ze is 80 en woont alleen") teach the emergency reader that a short message
 * is not always an emergency, but not the worry reader: trained on them, it lost worries told in a short sentence
 * ("zijn vader belt tien keer per dag om te vragen waar hij is"), which then ended in "no answer". A worry line
 * beside a calm fact costs far less than a worry with no route.
 */
const SHORT_SETS = new Set(['danger-short.yaml', 'danger-shortacute.yaml']);

/** Per target: an emergency card is raised at even odds; a worry line needs more, as it lands on ordinary questions. */
const THRESHOLD: Record<Target, number> = { acute: 0.5, concern: 0.85 };
const FOLDS = 5;
/** The emergency readers are the mean of this many orders (`trainAveraged`). */
const SEEDS = 5;
/**
 * The safety net says "emergency" only when it is this sure. Five-fold (`--cv`, 4 December): at 0.5 it caught 25 of
 * the 39 acute messages the lexicon and the main reader missed out of fold, at 0.9 it caught 19, while false alarms
 * on short calm facts fell from 16.8% to 9.7% and on near misses from 6.7% to 6.3% — and ordinary questions such as
 * "wordt er nog meer kwijtgescholden?" (net 0.64) no longer got 112.
 */
const NET_THRESHOLD = 0.9;

type Target = 'acute' | 'concern';

interface Labelled {
  features: readonly string[];
  acute: boolean;
  /** Acute or a worry. */
  concern: boolean;
  /** A message of a danger set marked acute: false, as opposed to an ordinary question. */
  nearMiss: boolean;
  /** What the lexicon alone says. */
  lexicon: { acute: boolean; concern: boolean };
  /** A strong cue group (now, present) is there: the second reader never calls off what the lexicon found. */
  strong: boolean;
  /** A rule of more than one group, or of a group that needs no confirmation, fired. */
  firm: boolean;
  set: string;
  /** The message itself, only when DANGER_CV_TEXT=1 asks for it (the sets are synthetic). */
  text: string;
}

/** Every message of the training sets, labelled; the older sets mark danger and worries by category. */
async function examples(dir: string, engine: KnowledgeEngine): Promise<Labelled[]> {
  const detector = engine.danger;
  const result: Labelled[] = [];
  for (const set of TRAINING_SETS) {
    let questions: EvalQuestion[];
    try {
      questions = await loadQuestions(path.join(dir, set));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const question of questions) {
      for (const turn of question.dialogue ?? [question]) {
        if (typeof turn.q !== 'string') continue;
        const tokens = tokenize(turn.q);
        const exclaimed = engine.exclaimed(turn.q);
        const { present, worry } = detector.cueGroups(tokens, exclaimed);
        const acute = turn.acute === true || (turn.acute === undefined && question.category === 'gevaar');
        const assessed = detector.assess(tokens, exclaimed);
        const groups = engine.kb.safety.groups;
        const strong = [...present].some((name) => groups.get(name)?.strong === true);
        const calm = [...present].some((name) => groups.get(name)?.calm === true);
        const fired = engine.kb.safety.acute.filter(
          (rule) => rule.every((name) => present.has(name)) && !(calm && !strong),
        );
        const firm = fired.some((rule) => rule.length > 1 || groups.get(rule[0] as string)?.confirm !== true);
        result.push({
          features: detector.features(tokens, present, worry),
          acute,
          concern: acute || turn.worry === true || (turn.acute === undefined && asksForRoute(question, turn)),
          nearMiss: turn.acute === false,
          lexicon: { acute: assessed.acute, concern: assessed.acute || assessed.worry },
          strong,
          firm,
          set,
          text: process.env.DANGER_CV_TEXT === '1' ? turn.q : '',
        });
      }
    }
  }
  return result;
}

/** A situation whose right answer is Veilig Thuis or the meldcode is a worry, whatever its category. */
function asksForRoute(question: EvalQuestion, turn: EvalQuestion): boolean {
  if (question.category === 'zorg') return true;
  const expected = [...(turn.expect ?? []), ...(turn.expect_any ?? [])].map((text) => text.toLowerCase());
  return expected.some((text) => text === 'veilig thuis' || text === 'meldcode' || text === '0800-2000');
}

/**
 * Trains one model. `net` is the acute reader without the short calm facts (see `DangerModelData.net`): the label is
 * acute, the examples those the concern model learns from.
 */
function train(all: readonly Labelled[], target: Target | 'net'): LinearModelData {
  const kept =
    target === 'acute'
      ? all
      : all.filter(
          (e) => (target === 'net' || !EMERGENCY_ONLY_SETS.has(e.set)) && (e.concern || !SHORT_SETS.has(e.set)),
        );
  const label: Target = target === 'net' ? 'acute' : target;
  const examples = kept.map((e): Example => ({ features: e.features, label: e[label] }));
  // The worry reader stays one model of one order, as it was (see EMERGENCY_ONLY_SETS).
  const { bias, weights } = trainAveraged(examples, target === 'concern' ? 1 : SEEDS);
  return { bias, threshold: target === 'net' ? NET_THRESHOLD : THRESHOLD[label], weights: Object.fromEntries(weights) };
}

/** The out-of-fold models of `target`: fold `fold`'s is trained on the other folds of `all`. */
function foldModels(all: readonly Labelled[], target: Target | 'net'): LinearModel[] {
  return Array.from(
    { length: FOLDS },
    (_, fold) =>
      new LinearModel(
        train(
          all.filter((_, index) => index % FOLDS !== fold),
          target,
        ),
      ),
  );
}

interface Tally {
  hit: number;
  positives: number;
  near: number;
  nearTotal: number;
  ordinary: number;
  ordinaryTotal: number;
}

/** Cross-validation: the lexicon alone, and lexicon or model, for one target. */
function crossValidate(all: readonly Labelled[], target: Target, models: readonly LinearModel[]): void {
  const empty = (): Tally => ({ hit: 0, positives: 0, near: 0, nearTotal: 0, ordinary: 0, ordinaryTotal: 0 });
  const lexicon = empty();
  const either = empty();
  // As the detector decides: a lexicon rule stands unless it is a weak sign the second reader rules out
  // (below CONFIRM); and, compared, a second reader that may rule out any rule without a strong group.
  const checked = empty();
  const vetoed = empty();
  const lost: string[] = [];
  const perSet = new Map<string, { positives: number; lexicon: number; either: number }>();
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const model = models[fold] as LinearModel;
    all.forEach((example, index) => {
      if (index % FOLDS !== fold) return;
      const byLexicon = example.lexicon[target];
      const byEither = byLexicon || model.says(example.features);
      count(lexicon, example, target, byLexicon);
      count(either, example, target, byEither);
      const odds = model.probability(example.features);
      count(checked, example, target, (byLexicon && (example.firm || odds >= CONFIRM)) || model.says(example.features));
      const byVeto = (byLexicon && (example.strong || odds >= CONFIRM)) || model.says(example.features);
      count(vetoed, example, target, byVeto);
      if (example[target] && byEither && !byVeto)
        lost.push(`${example.set} (odds ${odds.toFixed(3)})${example.text === '' ? '' : ` ${example.text}`}`);
      const set = perSet.get(example.set) ?? { positives: 0, lexicon: 0, either: 0 };
      perSet.set(example.set, set);
      if (!example[target]) return;
      set.positives += 1;
      set.lexicon += byLexicon ? 1 : 0;
      set.either += byEither ? 1 : 0;
    });
  }
  const line = (name: string, t: Tally) =>
    `  ${name}: recall ${pct(t.hit, t.positives)}; false alarms on near misses ${pct(t.near, t.nearTotal)}, on other questions ${pct(t.ordinary, t.ordinaryTotal)}\n`;
  process.stdout.write(
    `${target} (${FOLDS}-fold, threshold ${THRESHOLD[target]}):\n${line('lexicon', lexicon)}${line('lexicon or model', either)}`,
  );
  if (target === 'acute') {
    process.stdout.write(
      `${line('as the detector decides (weak signs checked below CONFIRM)', checked)}${line('any rule without a strong group checked below CONFIRM', vetoed)}`,
    );
    if (lost.length > 0)
      process.stdout.write(
        `  lost by that check: ${lost.join(process.env.DANGER_CV_TEXT === '1' ? '\n    ' : ', ')}\n`,
      );
  }
  for (const [name, set] of perSet)
    if (set.positives > 0)
      process.stdout.write(
        `  ${name}: ${set.positives} ${target}, lexicon ${set.lexicon}, lexicon or model ${set.either}\n`,
      );
}

/**
 * Cross-validation of the safety net (`net`): out of fold, acute when the lexicon or the main reader says so, or the
 * net does (at `netAt`) while the main reader's odds are at least `floor`. Recall on acute messages (and on the
 * short ones), false alarms on near misses and on the short calm facts, per setting.
 */
function crossValidateNet(all: readonly Labelled[], acuteModels: readonly LinearModel[]): void {
  const floors = [CONFIRM, 0.1, 0.2, 0.3];
  const nets = [0.5, 0.7, 0.9];
  const odds: Array<{ acute: number; net: number }> = new Array(all.length);
  const netModels = foldModels(all, 'net');
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const acute = acuteModels[fold] as LinearModel;
    const net = netModels[fold] as LinearModel;
    all.forEach((example, index) => {
      if (index % FOLDS === fold)
        odds[index] = { acute: acute.probability(example.features), net: net.probability(example.features) };
    });
  }
  const short = (example: Labelled) => SHORT_SETS.has(example.set);
  const rows: string[] = [];
  const setting = (floor: number, netAt: number | undefined) => {
    const t = { hit: 0, acute: 0, shortHit: 0, shortAcute: 0, near: 0, nearTotal: 0, shortCalm: 0, shortCalmTotal: 0 };
    all.forEach((example, index) => {
      const o = odds[index] as { acute: number; net: number };
      const said =
        example.lexicon.acute ||
        o.acute >= THRESHOLD.acute ||
        (netAt !== undefined && o.acute >= floor && o.net >= netAt);
      if (example.acute) {
        t.acute += 1;
        t.hit += said ? 1 : 0;
        if (short(example)) {
          t.shortAcute += 1;
          t.shortHit += said ? 1 : 0;
        }
      } else if (short(example) && !example.concern) {
        t.shortCalmTotal += 1;
        t.shortCalm += said ? 1 : 0;
      } else if (example.nearMiss) {
        t.nearTotal += 1;
        t.near += said ? 1 : 0;
      }
    });
    const name = netAt === undefined ? 'without the net' : `net >= ${netAt}, main >= ${floor}`;
    rows.push(
      `  ${name}: recall ${pct(t.hit, t.acute)} (short ${pct(t.shortHit, t.shortAcute)}); false alarms on near misses ${pct(t.near, t.nearTotal)}, on short calm facts ${pct(t.shortCalm, t.shortCalmTotal)}`,
    );
  };
  setting(1, undefined);
  for (const netAt of nets) for (const floor of floors) setting(floor, netAt);
  process.stdout.write(`safety net (${FOLDS}-fold, lexicon or main reader or net):\n${rows.join('\n')}\n`);
}

function count(tally: Tally, example: Labelled, target: Target, said: boolean): void {
  const yes = said ? 1 : 0;
  if (example[target]) {
    tally.positives += 1;
    tally.hit += yes;
  } else if (example.nearMiss) {
    tally.nearTotal += 1;
    tally.near += yes;
  } else {
    tally.ordinaryTotal += 1;
    tally.ordinary += yes;
  }
}

function pct(part: number, whole: number): string {
  return `${part}/${whole} (${((100 * part) / Math.max(1, whole)).toFixed(1)}%)`;
}

/** Weights that round to zero are left out; the rest are rounded to keep the file small and its diffs readable. */
function compact(model: LinearModelData): LinearModelData {
  const kept = Object.entries(model.weights)
    .filter(([, weight]) => Math.abs(weight) >= 0.01)
    .sort(([a], [b]) => a.localeCompare(b));
  return {
    bias: round(model.bias),
    threshold: model.threshold,
    weights: Object.fromEntries(kept.map(([feature, weight]) => [feature, round(weight)])),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

async function main(): Promise<void> {
  const values = readOptions('danger:train', {
    cv: { type: 'boolean', default: false },
    eval: { type: 'string', default: 'tests/eval' },
    knowledge: { type: 'string', default: 'knowledge' },
  });
  // The model's features include the lexicon's cue groups; it is trained without a model of its own.
  const knowledge = await loadKnowledge(path.resolve(values.knowledge), { dangerModel: false });
  if (!knowledge.ok) throw new Error(knowledge.errors.join('\n'));
  const all = await examples(path.resolve(values.eval), new KnowledgeEngine(knowledge.kb));
  if (values.cv) {
    // The acute fold models serve both the acute lines and the safety net's: trained once.
    const acute = foldModels(all, 'acute');
    crossValidate(all, 'acute', acute);
    crossValidate(all, 'concern', foldModels(all, 'concern'));
    crossValidateNet(all, acute);
    return;
  }
  const acute = all.filter((example) => example.acute).length;
  const concern = all.filter((example) => example.concern).length;
  const data: DangerModelData = {
    comment: `Trained by npm run danger:train on ${TRAINING_SETS.join(', ')}: ${all.length} messages, ${acute} acute, ${concern} acute or worry. Options ${JSON.stringify(TRAIN_DEFAULTS)}; acute and net the mean of ${SEEDS} seeds from it; ${[...EMERGENCY_ONLY_SETS].join(', ')} teach acute and net only. Do not edit by hand.`,
    acute: compact(train(all, 'acute')),
    concern: compact(train(all, 'concern')),
    net: compact(train(all, 'net')),
  };
  const file = path.resolve(values.knowledge, DANGER_MODEL_FILE);
  await writeFile(file, `${JSON.stringify(data, null, 1)}\n`);
  const size = (model: LinearModelData) => Object.keys(model.weights).length;
  const net = data.net === undefined ? 0 : size(data.net);
  process.stdout.write(`danger:train: wrote ${file} (${size(data.acute)} + ${size(data.concern)} + ${net} weights)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`danger:train: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
