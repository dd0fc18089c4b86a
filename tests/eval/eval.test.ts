/**
 * The evaluation gate. Regression sets — written by hand or held out once, then tuned on — must stay where
 * they are: the original sets and danger-a at ≥ 95% with every acute message led by 112; situations-a (a
 * held-out set until its first score, 170/320) at its tuned floor. The b-sets and fresh-100 stay held out:
 * `npm run eval -- --summary` reports them without their failures, and nothing is tuned on them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, loadQuestions } from '../../scripts/eval-lib.js';
import { KnowledgeEngine } from '../../src/kb/engine.js';
import { realKnowledge } from '../../src/kb/test-kb.js';

const GATES: ReadonlyArray<readonly [string, number]> = [
  ['questions.yaml', 0.95],
  ['holdout.yaml', 0.95],
  ['holdout-2.yaml', 0.95],
  ['danger-a.yaml', 0.95],
  ['situations-a.yaml', 0.9],
];

describe('answer evaluation', async () => {
  const engine = new KnowledgeEngine(await realKnowledge());
  const reports = await Promise.all(
    GATES.map(async ([file, floor]) => {
      const questions = await loadQuestions(path.resolve('tests/eval', file));
      return { file, floor, questions, report: evaluate(engine, questions) };
    }),
  );

  it('has the categories the issue names', () => {
    const all = reports.flatMap(({ report }) => [...report.categories.keys()]);
    for (const category of ['gemeente', 'kern', 'postcode', 'typfout', 'english', 'buiten-regio', 'geen-antwoord']) {
      expect(all, category).toContain(category);
    }
    expect(all).toContain('gevaar');
    expect(all).toContain('vervolg');
    expect(all).toContain('meervoudig');
  });

  it.each(GATES.map(([file, floor]) => [file, floor]))('%s answers at least its floor (%s)', (file, floor) => {
    const { report } = reports.find((item) => item.file === file) as (typeof reports)[number];
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(floor as number);
  });

  it('puts 112 and Veilig Thuis first for every acute-danger message of the regression sets', () => {
    for (const { file, report } of reports) {
      const danger = report.categories.get('gevaar');
      if (danger !== undefined) expect(danger.passed, `${file}\n${formatReport(report)}`).toBe(danger.total);
    }
  });

  it('routes every worry of the danger set to Veilig Thuis or the meldcode, with no false alarm on near misses', () => {
    const { report } = reports.find((item) => item.file === 'danger-a.yaml') as (typeof reports)[number];
    for (const category of ['zorg', 'gevaar-niet']) {
      const result = report.categories.get(category);
      expect(result?.passed, formatReport(report)).toBe(result?.total);
    }
  });
});
