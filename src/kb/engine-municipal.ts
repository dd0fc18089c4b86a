/**
 * A question about the conversation's or a named municipality: which of its services a question without a topic
 * word describes, and a question without a place whose best match is some municipality's own service.
 */
import type { ConversationContext, KnowledgeEngine, Understanding } from './engine.js';
import { asContent, inFront, MIN_SCORE } from './engine-entries.js';
import type { LookupWithAlso } from './engine-lookup.js';
import { hitOn, shownEntries } from './nearby.js';
import type { PlaceMatch } from './places.js';
import { pointsAtShown } from './pointing.js';
import type { Question } from './question.js';
import { asksOnlyWhere } from './saying.js';
import type { ContentEntry } from './schema.js';
import { processTerm } from './search.js';
import { MUNICIPAL_TOPICS, NATIONAL_SERVICES } from './topic-sets.js';
import { saysPhrase, withoutPhrases } from './wording.js';

/** How well the conversation's municipality's own service must match, against another one's, to be meant. */
export const LOCAL_SHARE = 0.3;
/**
 * A question about a place that names no topic asks for one of its services when that many of its words
 * (the place among them) match the service: "leerling uit Delfgauw heeft geen laptop … minimuminkomen" finds
 * Pijnacker-Nootdorp's Leergeld; "het weer in Delft" (the place alone) or "stadhuis open in Gorinchem" (one
 * word, and other services match it nearly as well) find nothing.
 */
const INFERRED_MIN_WORDS = 3;
/** With one word beside the place, that service must match this many times better than the next one. */
const INFERRED_LEAD = 3;
/**
 * And the service must match at least this share of the whole index's best answer: "… de kinderen zijn niet
 * veilig, wie vraagt een onderzoek aan bij de raad?" in Zwijndrecht is about the Raad, not a local scheme.
 */
const INFERRED_SHARE = 0.5;

/**
 * "is er voor de kinderen ook een pas met tegoed?" in a conversation about Dordrecht: a question without a
 * place whose best match is some municipality's own service is answered for the conversation's municipality.
 */
export function localHere(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext | undefined,
): LookupWithAlso | undefined {
  const code = context?.place;
  if (code === undefined || understanding.place.kind !== 'none') return undefined;
  const name = engine.places.nameOf(code);
  if (name === undefined) return undefined;
  const { topics } = understanding;
  const expanded = understanding.question.expanded;
  const [best] = engine.index.search(expanded, { topics, limit: 1 });
  if (best?.entry.municipality === undefined || best.score < MIN_SCORE) return undefined;
  const [here] = engine.index.search(expanded, { topics, filter: (entry) => entry.municipality === code, limit: 1 });
  if (here === undefined || here.score < LOCAL_SHARE * best.score) return undefined;
  return ledBy(engine, { code, name }, asContent(here), expanded);
}

/** The municipality's answer led by one of its entries: that entry, then its services for the entry's topics. */
export function ledBy(
  engine: KnowledgeEngine,
  { code, name }: { code: string; name: string },
  entry: ContentEntry,
  question: string,
): LookupWithAlso {
  const rest = engine.municipal(code, entry.topics, question).filter((other) => other.id !== entry.id);
  return { lookup: { kind: 'municipal', code, name, entries: [entry, ...rest] } };
}

/** The topic of the municipality's service a question without a topic word describes (`INFERRED_MIN_WORDS`). */
export function serviceAsked(engine: KnowledgeEngine, question: Question, code: string): string | undefined {
  const [best, next] = engine.index.search(question.expanded, {
    filter: (entry) => entry.municipality === code,
    limit: 2,
  });
  if (best === undefined || best.matched < 2) return undefined;
  const clear = best.matched >= INFERRED_MIN_WORDS || best.score >= INFERRED_LEAD * (next?.score ?? 0);
  const top = engine.bestHit(question);
  if (!clear || (top !== undefined && best.score < INFERRED_SHARE * top.score)) return undefined;
  return best.entry.topics.find((topic) => MUNICIPAL_TOPICS.has(topic));
}

/** A place and nothing but words that ask for help: the municipality's money route is what is meant. */
export function onlyGeneric(
  engine: KnowledgeEngine,
  question: Question,
  place: Extract<PlaceMatch, { kind: 'regional' }>,
): boolean {
  const placeWords = new Set(place.matched.split(' '));
  return question.words.every(
    (word) =>
      placeWords.has(word) ||
      engine.kb.wording.asking.generic.has(word) ||
      processTerm(word) === null ||
      /^\d{4}$/.test(word),
  );
}

/** The most words of a question that only asks the municipality itself. */
const MAX_WORDS_ASKED = 10;

/**
 * "en via wie meld ik hem bij de gemeente aan?" after Den Haag's youth fund: a question that asks the municipality
 * itself (`asking.theMunicipality`) in at most `MAX_WORDS_ASKED` words, without a topic or place of its own, in a
 * conversation about a municipality's money help: that municipality's services on the conversation's topic (its
 * debt help), not an entry elsewhere that says "aanmelden" and "gemeente" (the food banks, the benefits scandal's
 * recovery).
 */
export function municipalityAsked(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): LookupWithAlso | undefined {
  const { place: code, topic } = context;
  const { question } = understanding;
  if (code === undefined || topic === undefined || !MUNICIPAL_TOPICS.has(topic)) return undefined;
  const name =
    municipalityNamed(engine, understanding, code) ?? whereAfterNational(engine, understanding, context, code);
  if (name === undefined) return undefined;
  // A longer message describes a new need ("zijn zoon heeft een fiets nodig, kan dat ook via de gemeente?").
  if (question.words.length > MAX_WORDS_ASKED) return undefined;
  if (answeredByShown(engine, understanding, context)) return undefined;
  const entries = engine.municipal(code, [topic], question.expanded);
  if (entries.length === 0) return undefined;
  return { lookup: { kind: 'municipal', code, name, entries } };
}

/**
 * "waar meld ik hem aan?" right after the national deadlines of the Wgs, in a conversation about Zwijndrecht: a question
 * that only asks where (or to whom) in words any service says, after a national card, is asked of the conversation's
 * municipality, as if it named it — not after a card of what a national body does (`NATIONAL_SERVICES`).
 */
function whereAfterNational(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  code: string,
): string | undefined {
  const { question, place, topics } = understanding;
  if (place.kind !== 'none' || topics.length > 0) return undefined;
  const main = shownEntries(engine, context)[0];
  // Not after what a national body does wherever one lives ("bij wie kan ze terecht?" after the allowances' recovery).
  if (main === undefined || main.municipality !== undefined) return undefined;
  if (main.topics.some((topic) => NATIONAL_SERVICES.has(topic))) return undefined;
  return asksOnlyWhere(engine.kb.wording, question) ? engine.places.nameOf(code) : undefined;
}

/**
 * "kan de gemeente dat ook zelf aanvragen?" right after how to apply for beschermingsbewind points at the national entry
 * just shown, which holds every word it says (the municipality may apply): that entry answers, not the municipality's
 * debt help. A municipal entry shown is the municipality's own and stays with `municipalityAsked`.
 */
function answeredByShown(engine: KnowledgeEngine, understanding: Understanding, context: ConversationContext): boolean {
  const { question } = understanding;
  const main = shownEntries(engine, context)[0];
  if (main === undefined || main.municipality !== undefined) return false;
  if (!pointsAtShown(engine.kb.wording.pointing, question.words)) return false;
  return hitOn(engine, question.expanded, main)?.coverage === 1;
}

/**
 * The name of the conversation's municipality (`code`) when the question asks the municipality itself
 * (`asking.theMunicipality`) without a place or a topic of its own: what `municipalityAsked` and `needAsked` answer.
 */
function municipalityNamed(engine: KnowledgeEngine, understanding: Understanding, code: string): string | undefined {
  if (understanding.place.kind !== 'none' || understanding.topics.length > 0) return undefined;
  if (!saysPhrase(understanding.question.words, engine.kb.wording.asking.theMunicipality)) return undefined;
  return engine.places.nameOf(code);
}

/** A message this long sets out a case of its own rather than asking the municipality about a need. */
const MAX_NEED_WORDS = 20;

/**
 * "ze heeft letterlijk niks meegenomen, geen kleren. kan de gemeente daar ook bij helpen?" in a conversation about a
 * shelter in Delft, not about money: a question that asks the municipality itself (`asking.theMunicipality`), without
 * a topic or place of its own, gets the service of the conversation's municipality that its words name (in its
 * title, keywords or asks), then that municipality's other services by those words. Nothing when no service is named.
 * Read before the follow-ups on the entries shown, which are not the municipality's.
 */
export function needAsked(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): LookupWithAlso | undefined {
  const { place: code, topic, alert } = context;
  const { question, danger } = understanding;
  if (code === undefined || (topic !== undefined && MUNICIPAL_TOPICS.has(topic))) return undefined;
  // Danger now, in the message or the conversation, keeps the emergency route (a worry keeps its card in front).
  if (danger.acute || alert?.acute === true) return undefined;
  if (question.words.length > MAX_NEED_WORDS) return undefined;
  const name = municipalityNamed(engine, understanding, code);
  if (name === undefined) return undefined;
  // The need in the question's own words: not "de gemeente" (which names the municipal taxes), a generic word or a
  // verb put together from its parts ("meldt ze zich … aan": "aanmelden", which names the food bank's intake).
  const { theMunicipality, generic } = engine.kb.wording.asking;
  const need = withoutPhrases(question.words.join(' '), theMunicipality)
    .split(' ')
    .filter((word) => word !== '' && !generic.has(word))
    .join(' ');
  const [hit] = engine.index.search(need, { filter: (entry) => entry.municipality === code, limit: 1 });
  if (hit === undefined || !hit.named) return undefined;
  const entries = engine.municipal(code, hit.entry.topics, question.expanded);
  return { lookup: { kind: 'municipal', code, name, entries: inFront(asContent(hit), entries) } };
}
