/**
 * Safety around every answer: acute danger never ends in "no answer", a worry always reaches Veilig Thuis or the
 * meldcode, and a follow-up of such an answer keeps its alert.
 */
import type { DangerAssessment } from './danger.js';
import type { ConversationContext, EngineResult, KnowledgeEngine, Understanding } from './engine.js';
import { asContent, entriesOf, MIN_SCORE } from './engine-entries.js';
import type { Question } from './question.js';
import type { ContentEntry } from './schema.js';
import { ROUTE_TOPICS, SAFETY_TOPICS, SUICIDE_LINE_ENTRY, VEILIG_THUIS_ENTRY, VIOLENCE_FORMS } from './topic-sets.js';

/**
 * A follow-up of an answer about danger or a worry ("in English please", "wat is hun nummer?") keeps the
 * emergency card or Veilig Thuis' advice line, unless the follow-up itself says more.
 */
export function keepAlert(understanding: Understanding, context: ConversationContext): Understanding {
  const { danger } = understanding;
  if (context.alert === undefined || danger.acute || (danger.worry && !context.alert.acute)) return understanding;
  // The message's own cues stay its own (a cue of suicide in a follow-up still gets the 113 line).
  const kept: DangerAssessment = context.alert.acute
    ? { acute: true, kinds: new Set(context.alert.kinds), worry: false, cues: danger.cues, kept: true }
    : { acute: false, kinds: new Set(), worry: true, cues: danger.cues, kept: true };
  return { ...understanding, danger: kept };
}

/** Acute danger never ends in "no answer"; a worry always reaches Veilig Thuis or the meldcode. */
export function withSafety(engine: KnowledgeEngine, result: EngineResult): EngineResult {
  const { danger, question } = result.understanding;
  const { lookup } = result;
  if (!danger.acute && !danger.worry) return result;
  const shown = [...entriesOf(lookup), ...(result.also === undefined ? [] : [result.also])];
  // A worry about suicide without acute cues ("zegt soms 'had ik er maar niet meer geweest', geen plan"): the 113
  // line leads, whatever the search found — not only the meldcode's route.
  const suicideLine = !danger.acute && danger.cues.has('suicide') ? engine.content(SUICIDE_LINE_ENTRY) : undefined;
  if (suicideLine !== undefined && !shown.some((entry) => entry.id === suicideLine.id)) {
    if (lookup.kind === 'entries')
      return { ...result, lookup: { kind: 'entries', entries: [suicideLine, ...lookup.entries] } };
    if (lookup.kind === 'no-match' || lookup.kind === 'ask-place')
      return { ...result, lookup: { kind: 'entries', entries: [suicideLine] } };
    // Beside a town's route the 113 line is the second card, before any other second ask.
    return { ...result, also: suicideLine };
  }
  // After 112 any answer will do (the emergency card names Veilig Thuis); a worry needs the route itself.
  const enough = danger.acute ? SAFETY_TOPICS : ROUTE_TOPICS;
  if (shown.length > 0 && (danger.acute || shown.some((entry) => entry.topics.some((topic) => enough.has(topic)))))
    return result;
  // Thoughts of suicide, no other danger, and nothing else found: 113 after the emergency card (which names Veilig
  // Thuis too). With violence as well, Veilig Thuis stays the second card.
  const line = danger.kinds.size === 1 && danger.kinds.has('suicide') ? SUICIDE_LINE_ENTRY : VEILIG_THUIS_ENTRY;
  // A worry kept from the conversation (no kinds: `line` is Veilig Thuis): the follow-up's own words ("kan de gemeente
  // haar ergens anders laten wonen?") say nothing of which route fits.
  const route =
    danger.acute || danger.kept === true
      ? (engine.content(line) ?? engine.content(VEILIG_THUIS_ENTRY))
      : worryEntry(engine, question);
  if (route === undefined) return result;
  // Two asks already: the worry gets Veilig Thuis' advice line on the first card instead of a third card.
  if (result.also !== undefined && !danger.acute) return result;
  if (lookup.kind === 'no-match' || lookup.kind === 'ask-place') {
    return { ...result, lookup: { kind: 'entries', entries: [route] } };
  }
  return { ...result, also: route };
}

/**
 * Words a worry must share with a route entry for that entry to be its card: on one shared word ("een leerling krast
 * in haar armen" and the card on abandonment abroad) the fit is chance, and Veilig Thuis is the card. A coverage floor
 * as well lost ten turns of the opened sets whose right route shares two words of a long message.
 */
const ROUTE_WORDS = 2;

/** The meldcode or Veilig Thuis entry that fits a worry best (signals, kindcheck, advice). */
export function worryEntry(engine: KnowledgeEngine, question: Question): ContentEntry | undefined {
  // The meldcode of one profession (Halt, the GP, …) only when the message names a profession.
  const topics = engine.topics.match(question.expanded);
  const profession = topics.includes('beroep');
  // A message that names a form of violence gets no other form's route: "a girl of 17 … forced himself on her" shares
  // its people words with forced marriage.
  const forms = topics.filter((topic) => VIOLENCE_FORMS.has(topic));
  const otherForm = (entry: { topics: readonly string[] }) =>
    forms.length > 0 && entry.topics.some((topic) => VIOLENCE_FORMS.has(topic) && !forms.includes(topic));
  const hits = engine.index.search(question.expanded, {
    filter: (entry) =>
      entry.municipality === undefined &&
      entry.topics.some((topic) => ROUTE_TOPICS.has(topic)) &&
      (profession || !entry.topics.includes('beroep')) &&
      !otherForm(entry),
    limit: 1,
  });
  const hit = hits[0];
  const fits = hit !== undefined && hit.score >= MIN_SCORE && hit.matched >= ROUTE_WORDS;
  return fits ? asContent(hit) : engine.content(VEILIG_THUIS_ENTRY);
}
