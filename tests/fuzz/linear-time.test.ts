/**
 * Bounded, linear work per message: every pass that reads what a user typed, on hostile texts (long runs
 * of newlines, CRLF, spaces, digits, dots, capitalised words, mixed scripts, …) at two sizes. It fails when
 * the time per character at four times the size is more than 2.5 times what it was: a quadratic pass
 * shows ~4×, a cubic one ~16×, a linear one ~1×. The times are compared with each other, never with a
 * fixed budget, so a busy machine slows both sizes alike; each is the fastest of three runs.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXTS } from '../../bench/hostile-texts.js';
import { answerQuestion } from '../../src/features/answer/index.js';
import { boundedText, MAX_QUESTION_CHARS } from '../../src/features/bounded-text.js';
import { checkCase } from '../../src/features/cases/cases.js';
import { caseCommand } from '../../src/features/cases/index.js';
import { isCaseQuery } from '../../src/features/cases/library.js';
import { checkText } from '../../src/features/collega/collega.js';
import { scrubQuestion } from '../../src/features/gaps/index.js';
import { isHelpRequest } from '../../src/features/help/index.js';
import { KnowledgeEngine } from '../../src/kb/engine.js';
import { normalize } from '../../src/kb/normalize.js';
import { realKnowledge } from '../../src/kb/test-kb.js';
import { detectPersonalData } from '../../src/pii/index.js';

const SMALL = 16_000;
const LARGE = 4 * SMALL;
/** Below this at the large size a pass is fast whatever its shape: the ratio would measure noise. */
const NOISE_FLOOR_MS = 8;
const MAX_GROWTH = 2.5;

function fastest(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('work per message grows linearly with its length', async () => {
  const engine = new KnowledgeEngine(await realKnowledge());
  const allowed = engine.placeNames;
  const passes: Record<string, (text: string) => unknown> = {
    'personal-data guard': (text) => detectPersonalData(text, { allowed }),
    'gap recorder scrub': (text) => scrubQuestion(text, allowed),
    'question to colleagues check': (text) => checkText(text, engine, 'nl'),
    'shared case check': (text) =>
      checkCase(
        {
          title: text.slice(0, 120),
          situation: text,
          tried: text,
          worked: '',
          lesson: text,
          themes: [],
          organisationType: '',
        },
        allowed,
        'nl',
      ),
    'answer engine (bounded question)': (text) => answerQuestion(engine, boundedText(text, MAX_QUESTION_CHARS), 'nl'),
    'danger cues': (text) => engine.assessDanger(text),
    'commands and normalisation': (text) => [
      normalize(`${text} `),
      isCaseQuery(text),
      caseCommand(text),
      isHelpRequest(text),
    ],
  };

  const cases = Object.entries(HOSTILE_TEXTS).flatMap(([textName, make]) =>
    Object.entries(passes).map(([passName, pass]) => [`${passName} on ${textName}`, make, pass] as const),
  );

  it.each(cases)('%s', (_name, make, pass) => {
    const small = make(SMALL);
    const large = make(LARGE);
    pass(small); // warm up the code paths (and the regular expressions' compiled forms)
    // A garbage collection in the middle of one measurement can double it: a pass that grows faster than
    // its text does so every time, so the best of three attempts is judged.
    let best = { growth: Number.POSITIVE_INFINITY, detail: '' };
    for (let attempt = 0; attempt < 3 && best.growth >= MAX_GROWTH; attempt += 1) {
      const smallMs = fastest(() => pass(small));
      const largeMs = fastest(() => pass(large));
      const growth = largeMs < NOISE_FLOOR_MS ? 0 : largeMs / large.length / (smallMs / small.length);
      if (growth < best.growth)
        best = {
          growth,
          detail: `${smallMs.toFixed(1)} ms at ${small.length} chars, ${largeMs.toFixed(1)} ms at ${large.length}`,
        };
    }
    expect(best.growth, best.detail).toBeLessThan(MAX_GROWTH);
  });
});
