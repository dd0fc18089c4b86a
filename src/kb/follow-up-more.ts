/**
 * "meer", "en de volgende stap?", "en daarna?": the entry that lists the steps, what the message goes on about
 * near the last answer, or more on the same subject.
 */
import type { KnowledgeEngine, Understanding } from './engine.js';
import type { ConversationContext, FollowUpResult } from './follow-up.js';
import { readNearby, shownEntries } from './nearby.js';
import type { Question } from './question.js';
import { saying } from './saying.js';
import type { ContentEntry } from './schema.js';
import { processTerm } from './search.js';

/**
 * "en de volgende stap?": the entry that lists the steps, not the next related one; "en daarna?" after the
 * steps: the same steps again, the next one is in it. Otherwise more on the same subject.
 */
export function moreOf(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  main: ContentEntry,
  rest: string,
): FollowUpResult {
  const { words } = understanding.question;
  const asksStep = namesStep(words) || words.some((word) => word === 'stap' || word === 'step');
  const steps = asksStep || listsSteps(main) || isStep(main) ? stepsEntry(engine, context) : undefined;
  if (steps !== undefined) return { lookup: { kind: 'entries', entries: [steps] }, followUp: 'more' };
  // "en daarna? wat gebeurt er na de aanmelding?": what it goes on about, near the last answer.
  const says = rest.split(' ').some((word) => processTerm(word) !== null);
  // Read without the words that ask for more: "en na die workshop, wat is de volgende stap?" is about the workshop,
  // and "volgende stap" alone would find the meldcode's steps.
  const own = says ? { ...understanding, question: engine.read(rest) } : undefined;
  const about = own === undefined ? undefined : readNearby(engine, own, context, true);
  if (about !== undefined) return { lookup: about, followUp: 'more' };
  // A question of its own that nothing near answers ("en daarna, wat is de eerste fase?") stays with the main entry;
  // "and then what happens?" says too little of its own and moves on.
  const ownQuestion = saying(engine.kb.wording, rest.split(' ')) >= OWN_QUESTION;
  const next = ownQuestion ? undefined : moreOnTheSubject(engine, context, main);
  return { lookup: { kind: 'entries', entries: [next ?? main] }, followUp: 'more' };
}

/**
 * "meer" after an answer: more on the same subject — an entry about the main one's topic among its related entries,
 * then among the other entries the last answer offered, not shown before. Without one the main entry stays: "meer"
 * after the pharmacists' code is more of that code, not the general list of codes it links to, and after a
 * municipality's debt help not its food bank.
 */
function moreOnTheSubject(
  engine: KnowledgeEngine,
  context: ConversationContext,
  main: ContentEntry,
): ContentEntry | undefined {
  const shown = new Set([main.id, ...(context.earlier ?? [])]);
  const related = main.related.map((id) => engine.content(id)).filter((entry) => entry !== undefined);
  return [...related, ...shownEntries(engine, context).slice(1)].find(
    (entry) => !shown.has(entry.id) && entry.topics[0] === main.topics[0],
  );
}

/** Words that name a step or one of the afwegingskader's questions, when a number follows. */
const STEP_WORDS: ReadonlySet<string> = new Set(['stap', 'step', 'afweging']);

/**
 * "en stap 3?", "wat is de eerste stap?" (read as "stap 1"), "de tweede afweging" (read as "afweging 2"): a
 * question about one numbered step, not "stap voor stap".
 */
export function namesStep(words: readonly string[]): boolean {
  return words.some((_, index) => stepAt(words, index));
}

/** Whether a numbered step starts at `index`: a step word and a single digit after it. */
function stepAt(words: readonly string[], index: number): boolean {
  return STEP_WORDS.has(words[index] ?? '') && /^\d$/.test(words[index + 1] ?? '');
}

/** The words without the numbered steps they name: "wat is de stap 1 die ze kan verwachten" → "wat is de die ze kan verwachten". */
export function withoutSteps(words: readonly string[]): string[] {
  return words.filter((_, index) => !stepAt(words, index) && !stepAt(words, index - 1));
}

/** Whether a question says nothing but a numbered step ("en stap 3?", "step 2"). */
export function onlyStep(words: readonly string[]): boolean {
  return words.every((word) => processTerm(word) === null || /^\d$/.test(word) || STEP_WORDS.has(word));
}

/** Words that say something, of a question beside "en daarna": enough to be a question of its own. */
const OWN_QUESTION = 2;

/** An entry that lists steps ("Stap 1 … Stap 2 …") or numbered questions ("1. Vermoeden … 2. …"). */
export function listsSteps(entry: ContentEntry | undefined): entry is ContentEntry {
  return entry !== undefined && (listsNamedSteps(entry) || listsQuestions(entry));
}

/** "Stap 1: … Stap 2: … Stap 3: …": a list of steps, not an entry that names one ("in stap 2 overleg je …"). */
const LISTED_STEPS = [/\bstap 1\b/i, /\bstap 2\b/i, /\bstap 3\b/i];

function listsNamedSteps(entry: ContentEntry): boolean {
  return LISTED_STEPS.every((step) => step.test(entry.summary.nl));
}

function listsQuestions(entry: ContentEntry): boolean {
  return /^\s*2\. /m.test(entry.body?.nl ?? '');
}

/**
 * Whether `entry` is the list a numbered step the question names is in: "afweging 3" is one of the afwegingskader's
 * numbered questions, "stap 3" one of the meldcode's steps.
 */
export function holdsStepNamed(words: readonly string[], entry: ContentEntry): boolean {
  return words.includes('afweging') ? listsQuestions(entry) : listsNamedSteps(entry);
}

/**
 * The list that holds the numbered step a question names: among the entries found, or else the best match of the
 * whole index ("… op de bso, wat is de eerste stap?" may find the childcare code and the afwegingskader first).
 */
export function stepListFor(
  engine: KnowledgeEngine,
  entries: readonly ContentEntry[],
  question: Question,
): ContentEntry | undefined {
  const holds = (entry: ContentEntry) => holdsStepNamed(question.words, entry);
  const found = entries.find(holds);
  if (found !== undefined) return found;
  const [hit] = engine.index.search(question.expanded, { filter: (entry) => holds(entry as ContentEntry), limit: 1 });
  return hit === undefined ? undefined : engine.content(hit.entry.id);
}

/** An entry about one step ("stap 3" among its keywords): what comes after it is in the list of steps. */
function isStep(entry: ContentEntry): boolean {
  return entry.keywords.some((keyword) => /^(stap|step) \d$/i.test(keyword));
}

function stepsEntry(engine: KnowledgeEngine, context: ConversationContext): ContentEntry | undefined {
  const found = shownEntries(engine, context).find(listsSteps);
  if (found !== undefined || context.topic === undefined) return found;
  const asked = engine.ask(`${context.topic.replace(/-/g, ' ')} stappen`, context.language).lookup;
  return asked.kind === 'entries' || asked.kind === 'municipal' ? asked.entries.find(listsSteps) : undefined;
}
