/**
 * The answer engine's evaluation: realistic questions with what the answer must show, judged on the
 * visible text of the replies (what a person reads), per category.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { visibleText } from '../src/cards/visible-text.js';
import { type Answer, answerQuestion } from '../src/features/answer/index.js';
import { type Language, languageFromLocale } from '../src/i18n/language.js';
import type { ConversationContext, KnowledgeEngine } from '../src/kb/engine.js';

/** One message and what its answer must show. Strings compare case-insensitively, ignoring spaces and hyphens. */
export interface EvalTurn {
  q: string;
  /** The Teams client's locale; nl-NL by default. */
  locale?: string;
  /** Every one must appear in the replies. */
  expect?: string[];
  /** At least one must appear in the replies. */
  expect_any?: string[];
  /** None may appear in the replies. */
  not?: string[];
  /** Every one must appear in the first reply. */
  first?: string[];
  /** The language the answer must be in. */
  answer_language?: Language;
  /** Danger sets: true → 112 first and Veilig Thuis; false → no emergency card. */
  acute?: boolean;
  /** Danger sets: a worry that must reach Veilig Thuis or the meldcode, never "no answer". */
  worry?: boolean;
}

export interface EvalQuestion extends Partial<EvalTurn> {
  id?: string;
  category?: string;
  persona?: string;
  /** A conversation: each turn is asked with the context the previous answers left. */
  dialogue?: EvalTurn[];
}

export interface EvalReport {
  total: number;
  passed: number;
  categories: Map<string, { total: number; passed: number }>;
  failures: Array<{ category: string; q: string; reason: string }>;
  /** Every turn judged on its own (a dialogue goes on after a failing turn, as a conversation in Teams would). */
  turns: TurnCounts;
  /** Per turn: `id#n`, whether it passed and the route it took — for comparing two versions of the engine. */
  turnResults: Array<{ id: string; passed: boolean; route: string }>;
}

export interface TurnCounts {
  total: number;
  passed: number;
  /** The turns after a dialogue's first. */
  followUps: { total: number; passed: number };
  /**
   * Failing turns whose expected text is in the summary of an entry the answer offers but does not show (a "Verder
   * vragen" button): found and ranked below the main one — one click away, a ranking error rather than a misreading.
   */
  oneClick: number;
}

export async function loadQuestions(file: string): Promise<EvalQuestion[]> {
  const parsed: unknown = parse(await readFile(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a list of questions`);
  for (const [index, item] of parsed.entries()) {
    const question = item as EvalQuestion;
    if (typeof question?.q !== 'string' && !Array.isArray(question?.dialogue))
      throw new Error(`${file}: item ${index + 1} has neither q nor dialogue`);
  }
  return parsed as EvalQuestion[];
}

/** The category a question counts under: its own, or for the danger sets whether it is acute. */
export function categoryOf(question: EvalQuestion): string {
  if (question.category !== undefined) return question.category;
  if (question.acute === true) return 'gevaar';
  if (question.acute === false) return question.worry === true ? 'zorg' : 'gevaar-niet';
  return 'overig';
}

export function evaluate(engine: KnowledgeEngine, questions: readonly EvalQuestion[]): EvalReport {
  const report: EvalReport = {
    total: 0,
    passed: 0,
    categories: new Map(),
    failures: [],
    turns: { total: 0, passed: 0, followUps: { total: 0, passed: 0 }, oneClick: 0 },
    turnResults: [],
  };
  for (const [position, question] of questions.entries()) {
    const turns: EvalTurn[] = question.dialogue ?? [question as EvalTurn];
    const reason = judgeTurns(engine, question, turns, `${question.id ?? position + 1}`, report);
    const name = categoryOf(question);
    const category = report.categories.get(name) ?? { total: 0, passed: 0 };
    category.total += 1;
    report.total += 1;
    if (reason === undefined) {
      category.passed += 1;
      report.passed += 1;
    } else {
      const q = turns.map((turn) => turn.q).join(' → ');
      report.failures.push({ category: name, q: question.id === undefined ? q : `${question.id}: ${q}`, reason });
    }
    report.categories.set(name, category);
  }
  return report;
}

/** Asks a question's turns in one conversation, counts each turn, and returns why the first failing one failed. */
function judgeTurns(
  engine: KnowledgeEngine,
  question: EvalQuestion,
  turns: readonly EvalTurn[],
  id: string,
  report: EvalReport,
): string | undefined {
  let context: ConversationContext | undefined;
  let reason: string | undefined;
  for (const [index, turn] of turns.entries()) {
    const locale = turn.locale ?? question.locale ?? 'nl-NL';
    const answer = answerQuestion(engine, turn.q, languageFromLocale(locale), context);
    // As in Teams: a turn without an answer leaves the last answer's context in place.
    context = answer.context ?? context;
    const problem = judge(turn, answer);
    const passed = problem === undefined;
    report.turns.total += 1;
    if (passed) report.turns.passed += 1;
    if (index > 0) {
      report.turns.followUps.total += 1;
      if (passed) report.turns.followUps.passed += 1;
    }
    if (!passed && oneClickAway(engine, turn, answer)) report.turns.oneClick += 1;
    report.turnResults.push({ id: turns.length > 1 ? `${id}#${index + 1}` : id, passed, route: answer.route });
    if (!passed && reason === undefined)
      reason = `${turns.length > 1 ? `turn ${index + 1}: ` : ''}${problem} (route ${answer.route})`;
  }
  return reason;
}

/**
 * The single questions of a set asked one after another in one conversation, as a professional with many
 * questions would: how many pass alone and how many pass with the previous question's context. A follow-up
 * reader that takes a new question for a follow-up loses answers here.
 */
export function evaluateInOneConversation(
  engine: KnowledgeEngine,
  questions: readonly EvalQuestion[],
): { total: number; alone: number; chained: number; lost: string[] } {
  const result = { total: 0, alone: 0, chained: 0, lost: [] as string[] };
  let context: ConversationContext | undefined;
  for (const question of questions) {
    if (question.dialogue !== undefined || question.q === undefined) continue;
    const language = languageFromLocale(question.locale ?? 'nl-NL');
    const chained = answerQuestion(engine, question.q, language, context);
    result.total += 1;
    const alone = judge(question as EvalTurn, answerQuestion(engine, question.q, language)) === undefined;
    const kept = judge(question as EvalTurn, chained);
    if (alone) result.alone += 1;
    if (kept === undefined) result.chained += 1;
    else if (alone) result.lost.push(`${question.id ?? question.q}: ${kept} (${chained.route})`);
    context = chained.context ?? context;
  }
  return result;
}

/** Whether an entry the answer offers below its main one holds, in its summary, what the turn expects (see `oneClick`). */
function oneClickAway(engine: KnowledgeEngine, turn: EvalTurn, answer: Answer): boolean {
  const wanted = [...(turn.expect_any ?? []), ...(turn.expect ?? [])].map(fold);
  if (wanted.length === 0) return false;
  return (answer.context?.entryIds ?? []).slice(1).some((id) => {
    const summary = engine.content(id)?.summary[answer.language];
    return summary !== undefined && wanted.some((text) => fold(summary).includes(text));
  });
}

/** Why an answer fails a turn, or undefined when it passes. */
function judge(turn: EvalTurn, answer: Answer): string | undefined {
  const texts = answer.replies.map((reply) => fold(visibleText(reply)));
  const all = texts.join('\n');
  const first = texts[0] ?? '';
  const emergency = answer.route.includes('+safety');
  if (turn.acute === true) {
    if (!emergency || !first.includes('112')) return 'acute danger without 112 first';
    if (!all.includes(fold('0800-2000'))) return 'acute danger without Veilig Thuis';
  }
  if (turn.acute === false && emergency) return 'emergency card for a message that is not acute';
  if (turn.worry === true && (answer.gap || !(all.includes(fold('Veilig Thuis')) || all.includes('meldcode'))))
    return 'a worry that reached neither Veilig Thuis nor the meldcode';
  if (turn.answer_language !== undefined && answer.language !== turn.answer_language)
    return `answered in ${answer.language}, not ${turn.answer_language}`;
  const anyOf = turn.expect_any ?? [];
  return (
    missing(turn.first, first, 'first reply lacks') ??
    missing(turn.expect, all, 'answer lacks') ??
    (anyOf.length > 0 && !anyOf.some((item) => all.includes(fold(item)))
      ? `answer lacks any of ${anyOf.map((item) => `"${item}"`).join(', ')}`
      : undefined) ??
    (turn.not ?? []).map((text) => (all.includes(fold(text)) ? `answer shows "${text}"` : undefined)).find(Boolean)
  );
}

/** Lower case, no accents, no spaces or hyphens: "070 300-8834" and "0703008834" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u2009\-\u2010-\u2015]+/g, '');
}

function missing(wanted: readonly string[] | undefined, text: string, label: string): string | undefined {
  const absent = (wanted ?? []).filter((item) => !text.includes(fold(item)));
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
  const { turns } = report;
  if (turns.followUps.total > 0)
    lines.push(
      `turns ${turns.passed}/${turns.total} (${percent(turns.passed, turns.total)}), follow-up turns ${turns.followUps.passed}/${turns.followUps.total} (${percent(turns.followUps.passed, turns.followUps.total)})`,
    );
  if (turns.oneClick > 0)
    lines.push(`failing turns one click away (a button's entry holds the expected text): ${turns.oneClick}`);
  for (const failure of report.failures) lines.push(`  ✗ [${failure.category}] ${failure.q} — ${failure.reason}`);
  return lines.join('\n');
}
