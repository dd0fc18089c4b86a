/**
 * The answer engine's evaluation: realistic questions with what the answer must show, judged on the
 * visible text of the replies (what a person reads), per category.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { visibleText } from '../src/cards/visible-text.js';
import { answerQuestion } from '../src/features/answer/index.js';
import { languageFromLocale } from '../src/i18n/language.js';
import type { KnowledgeEngine } from '../src/kb/engine.js';

export interface EvalQuestion {
  category: string;
  q: string;
  locale?: string;
  /** Every one must appear in the replies (case-insensitive). */
  expect?: string[];
  /** None may appear in the replies. */
  not?: string[];
  /** Every one must appear in the first reply. */
  first?: string[];
}

export interface EvalReport {
  total: number;
  passed: number;
  categories: Map<string, { total: number; passed: number }>;
  failures: Array<{ category: string; q: string; reason: string }>;
}

export async function loadQuestions(file: string): Promise<EvalQuestion[]> {
  const parsed: unknown = parse(await readFile(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a list of questions`);
  return parsed as EvalQuestion[];
}

export function evaluate(engine: KnowledgeEngine, questions: readonly EvalQuestion[]): EvalReport {
  const report: EvalReport = { total: 0, passed: 0, categories: new Map(), failures: [] };
  for (const question of questions) {
    const answer = answerQuestion(engine, question.q, languageFromLocale(question.locale ?? 'nl-NL'));
    const texts = answer.replies.map((reply) => visibleText(reply).toLowerCase());
    const all = texts.join('\n');
    const reason =
      missing(question.first, texts[0] ?? '', 'first reply lacks') ??
      missing(question.expect, all, 'answer lacks') ??
      (question.not ?? [])
        .map((text) => (all.includes(text.toLowerCase()) ? `answer shows "${text}"` : undefined))
        .find(Boolean);
    const category = report.categories.get(question.category) ?? { total: 0, passed: 0 };
    category.total += 1;
    report.total += 1;
    if (reason === undefined) {
      category.passed += 1;
      report.passed += 1;
    } else {
      report.failures.push({ category: question.category, q: question.q, reason: `${reason} (route ${answer.route})` });
    }
    report.categories.set(question.category, category);
  }
  return report;
}

function missing(wanted: readonly string[] | undefined, text: string, label: string): string | undefined {
  const absent = (wanted ?? []).filter((item) => !text.includes(item.toLowerCase()));
  return absent.length === 0 ? undefined : `${label} ${absent.map((item) => `"${item}"`).join(', ')}`;
}

export function formatReport(report: EvalReport): string {
  const percent = (passed: number, total: number) => `${((100 * passed) / Math.max(1, total)).toFixed(1)}%`;
  const lines = ['category        passed  total  accuracy'];
  for (const [name, { passed, total }] of [...report.categories].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `${name.padEnd(15)} ${String(passed).padStart(6)} ${String(total).padStart(6)}  ${percent(passed, total)}`,
    );
  }
  lines.push(
    `${'overall'.padEnd(15)} ${String(report.passed).padStart(6)} ${String(report.total).padStart(6)}  ${percent(report.passed, report.total)}`,
  );
  for (const failure of report.failures) lines.push(`  ✗ [${failure.category}] ${failure.q} — ${failure.reason}`);
  return lines.join('\n');
}
