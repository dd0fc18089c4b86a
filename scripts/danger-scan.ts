/**
 * `npm run danger:scan -- --kind worry`: how many emergencies of the opened danger sets lose their 112 when a phrase
 * of one kind stands beside them (see `danger-scan-lib.ts`). Kinds: `figurative` and `worry` (the lexicon's lists),
 * `topics` (the vocabulary's topic terms), `writers` (who writes and where: "ik werk bij het wijkteam", "in Zoetermeer").
 * Only opened sets are read: those the second reader is trained on (`TRAINING_SETS`) and the opened sets kept out of
 * its training (`OPENED_UNTRAINED`) — never a held-out set.
 */
import path from 'node:path';
import { KnowledgeEngine } from '../src/kb/engine.js';
import { loadKnowledge } from '../src/kb/load.js';
import { asWords } from '../src/kb/phrase-matcher.js';
import { readOptions } from './cli-args.js';
import { scanPhrases, spread } from './danger-scan-lib.js';
import { OPENED_UNTRAINED, TRAINING_SETS } from './danger-sets.js';
import { loadQuestions } from './eval-lib.js';

/** Sentences that say who writes or where, none about danger. */
const WRITERS = [
  'ik werk bij het wijkteam',
  'ik ben wijkverpleegkundige',
  'vanuit school',
  'in Zoetermeer',
  'cliënt uit Delft',
  'mw in Dordrecht',
  'wijkteam Westland',
  'mijn cliënt',
  'hulp nodig',
  'kan iemand helpen',
  'wat moet ik doen',
  'I work for the district team',
];

/** A sample size given as `--name`: a whole number of at least 1 (a typo would otherwise sample nothing, silently). */
function count(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return number;
}

async function main(): Promise<void> {
  const values = readOptions('danger:scan', {
    kind: { type: 'string', default: 'worry' },
    messages: { type: 'string', default: '150' },
    phrases: { type: 'string', default: '400' },
  });
  const knowledge = await loadKnowledge(path.resolve('knowledge'));
  if (!knowledge.ok) throw new Error(knowledge.errors.join('\n'));
  const { kb } = knowledge;
  const engine = new KnowledgeEngine(kb);
  const lists: Record<string, readonly string[]> = {
    figurative: kb.safety.figurative.map(asWords),
    worry: kb.safety.worry.map(asWords),
    topics: kb.topics.flatMap((topic) => topic.terms).map(asWords),
    writers: WRITERS,
  };
  const phrases = lists[values.kind];
  if (phrases === undefined) throw new Error(`--kind is one of ${Object.keys(lists).join(', ')}`);
  const acute: string[] = [];
  for (const set of [...TRAINING_SETS.filter((file) => file.startsWith('danger-')), ...OPENED_UNTRAINED]) {
    for (const question of await loadQuestions(path.resolve('tests/eval', set))) {
      if (question.acute === true && typeof question.q === 'string') acute.push(question.q);
    }
  }
  const isAcute = (text: string) => engine.assessDanger(text).acute;
  const result = scanPhrases(
    isAcute,
    spread(acute, count('messages', values.messages)),
    spread(phrases, count('phrases', values.phrases)),
  );
  const lines = [
    `danger:scan ${values.kind}: ${result.losing.length} of ${result.phrases} phrases cost at least one of ${result.emergencies} emergencies its 112; ${result.lost} of ${result.placements} placements lost it`,
    ...result.losing
      .slice(0, 10)
      .map((item) => `  ${String(item.lost).padStart(4)}  ${item.phrase}  | ${item.example}`),
    'emergencies that lost their 112 most often:',
    ...result.fragile.slice(0, 10).map((item) => `  ${String(item.lost).padStart(4)}  ${item.message}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`danger:scan: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
