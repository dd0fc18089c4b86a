/**
 * `npm run eval`: accuracy of the answer engine per category on tests/eval/questions.yaml.
 * Exit code 1 under 95% overall or under 100% for acute danger.
 */
import path from 'node:path';
import { KnowledgeEngine } from '../src/kb/engine.js';
import { loadKnowledge } from '../src/kb/load.js';
import { readOptions } from './cli-args.js';
import { evaluate, formatReport, loadQuestions } from './eval-lib.js';

async function main(): Promise<void> {
  const options = readOptions('eval', {
    knowledge: { type: 'string' },
    questions: { type: 'string' },
    summary: { type: 'boolean' },
    turns: { type: 'boolean' },
  });
  const result = await loadKnowledge(path.resolve(options.knowledge ?? 'knowledge'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const questions = await loadQuestions(path.resolve(options.questions ?? 'tests/eval/questions.yaml'));
  const report = evaluate(new KnowledgeEngine(result.kb), questions);
  // --summary: scores only, no failing questions — for a held-out set whose failures nobody may tune on.
  const summary = options.summary === true;
  process.stdout.write(`${formatReport(summary ? { ...report, failures: [] } : report)}\n`);
  // --turns: every turn's outcome and route, one per line, to compare two versions (not with --summary).
  if (options.turns === true && !summary)
    for (const turn of report.turnResults)
      process.stdout.write(`${turn.passed ? '✓' : '✗'} ${turn.id} ${turn.route}\n`);
  const danger = report.categories.get('gevaar');
  const ok = report.passed / report.total >= 0.95 && (danger === undefined || danger.passed === danger.total);
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
