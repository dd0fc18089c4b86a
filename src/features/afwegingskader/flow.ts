/**
 * The afwegingskader as a state machine: five questions, answered ja or nee, leading to an outcome that
 * follows the framework (NJI): acute or structural unsafety → report; no help possible, help not
 * accepted or not reaching safety → report; otherwise offer or organise help and keep monitoring.
 */
export type Answer = 'ja' | 'nee';

export type Outcome =
  /** Q1 nee: no (longer a) suspicion. */
  | 'geen-vermoeden'
  /** Q2 ja: acute or structural unsafety — report; help is weighed together with Veilig Thuis. */
  | 'melden-onveilig'
  /** Q3 nee: cannot offer or organise effective help. */
  | 'melden-geen-hulp'
  /** Q4 nee: help not accepted. */
  | 'melden-niet-aanvaard'
  /** Q5 nee: help does not reach the needed safety in time. */
  | 'melden-resultaat'
  /** Q5 ja: offer or organise help, with monitoring and re-assessment. */
  | 'hulp';

export type Step = { kind: 'question'; index: 0 | 1 | 2 | 3 | 4 } | { kind: 'outcome'; outcome: Outcome };

export const QUESTION_COUNT = 5;

/** Where a sequence of answers leads. Answers past an outcome are ignored. */
export function stepFor(answers: readonly Answer[]): Step {
  const [vermoeden, onveilig, zelfHulp, aanvaard, resultaat] = answers;
  if (vermoeden === undefined) return { kind: 'question', index: 0 };
  if (vermoeden === 'nee') return { kind: 'outcome', outcome: 'geen-vermoeden' };
  if (onveilig === undefined) return { kind: 'question', index: 1 };
  if (onveilig === 'ja') return { kind: 'outcome', outcome: 'melden-onveilig' };
  if (zelfHulp === undefined) return { kind: 'question', index: 2 };
  if (zelfHulp === 'nee') return { kind: 'outcome', outcome: 'melden-geen-hulp' };
  if (aanvaard === undefined) return { kind: 'question', index: 3 };
  if (aanvaard === 'nee') return { kind: 'outcome', outcome: 'melden-niet-aanvaard' };
  if (resultaat === undefined) return { kind: 'question', index: 4 };
  return { kind: 'outcome', outcome: resultaat === 'nee' ? 'melden-resultaat' : 'hulp' };
}

/** Whether an outcome means: report to Veilig Thuis. */
export function isMelden(outcome: Outcome): boolean {
  return outcome.startsWith('melden');
}

/** The answers that count: those up to the step they led to (a later answer after an outcome is dropped). */
export function relevantAnswers(answers: readonly Answer[]): Answer[] {
  const kept: Answer[] = [];
  for (const answer of answers) {
    if (stepFor(kept).kind === 'outcome') break;
    kept.push(answer);
  }
  return kept;
}
