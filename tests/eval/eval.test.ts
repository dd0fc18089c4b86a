/**
 * The evaluation gate: `npm test` fails under 95% overall or under 100% for acute danger.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, loadQuestions } from '../../scripts/eval-lib.js';
import { KnowledgeEngine } from '../../src/kb/engine.js';
import { realKnowledge } from '../../src/kb/test-kb.js';

describe('answer evaluation', async () => {
  const engine = new KnowledgeEngine(await realKnowledge());
  // The main set and the two held-out sets (kept as regression tests once measured).
  const files = ['questions.yaml', 'holdout.yaml', 'holdout-2.yaml'];
  const sets = await Promise.all(files.map((file) => loadQuestions(path.resolve('tests/eval', file))));
  const questions = sets.flat();
  const report = evaluate(engine, questions);

  it('has at least 200 questions over the categories the issue names', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    for (const category of [
      'gemeente',
      'kern',
      'postcode',
      'typfout',
      'english',
      'buiten-regio',
      'geen-antwoord',
      'gevaar',
    ]) {
      expect(report.categories.get(category)?.total ?? 0, category).toBeGreaterThan(0);
    }
  });

  it('answers at least 95% correctly', () => {
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });

  it('puts 112 and Veilig Thuis first for every acute-danger question', () => {
    const danger = report.categories.get('gevaar');
    expect(danger?.passed, formatReport(report)).toBe(danger?.total);
  });
});
