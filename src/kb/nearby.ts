/**
 * The conversation's neighbourhood: what a short question right after an answer is most likely about. A
 * professional who just read Westland's food bank and asks "wat zijn de normen?" or "waar halen ze het
 * pakket op?" means that food bank, though other entries also hold those words. The neighbourhood is the
 * entries just shown, their related entries, the entries of the organisations they name, the
 * municipality's entries on money and social topics and the national entries of the topic just answered; a
 * question is read there when an entry there answers it nearly as well as the best entry anywhere.
 */
import type { KnowledgeEngine, Lookup, Understanding } from './engine.js';
import { asContent, inFront } from './engine-entries.js';
import type { ConversationContext } from './follow-up.js';
import { pointsAtPlace, pointsAtShown, pointsBack } from './pointing.js';
import { sayingWords } from './saying.js';
import type { ContentEntry } from './schema.js';
import type { SearchHit } from './search.js';
import { VIOLENCE_FORMS } from './topic-sets.js';
import { asksNationally, contactDetailsAsked } from './wording.js';

/** A follow-up has few words; past this it is a new question unless it says it goes on. */
const MAX_WORDS = 12;
const MAX_WORDS_GOING_ON = 20;
/**
 * How well the best entry nearby must match compared with the best anywhere: a short question leans on the
 * conversation more than a long one, which says more of its own.
 */
const SHARE_SHORT = 0.2;
const SHARE_LONG = 0.5;
const MAX_WORDS_SHORT = 6;
/**
 * An entry just shown goes first when it scores at least this share of the best entry nearby; a contact question
 * stays with it when it scores this share of the entry elsewhere its words name (`namedEntry`).
 */
export const SHOWN_SHARE = 0.7;

/** Topics too wide to say what a follow-up is about: half the knowledge is about the meldcode. */
export const BROAD_TOPICS: ReadonlySet<string> = new Set([
  'meldcode',
  'beroep',
  'hulplijnen',
  'schulden',
  'stress',
  'aanpak',
]);

/** The entries the last answer showed, the main one first; entries no longer in the knowledge are skipped. */
export function shownEntries(engine: KnowledgeEngine, context: ConversationContext): ContentEntry[] {
  return context.entryIds.map((id) => engine.content(id)).filter((entry) => entry !== undefined);
}

/** The search's hit for `text` on `entry` alone: whether, and how well, the entry answers it. */
export function hitOn(engine: KnowledgeEngine, text: string, entry: ContentEntry): SearchHit | undefined {
  const [hit] = engine.index.search(text, { filter: (candidate) => candidate.id === entry.id, limit: 1 });
  return hit;
}

/** The entries that `entries` link to (`related`) and the knowledge still holds. */
export function linkedFrom(engine: KnowledgeEngine, entries: readonly ContentEntry[]): ContentEntry[] {
  return entries
    .flatMap((entry) => entry.related.map((id) => engine.content(id)))
    .filter((entry) => entry !== undefined);
}

/** The ids of the entries a follow-up of this context may be about. */
export function neighbourhood(engine: KnowledgeEngine, context: ConversationContext): Set<string> {
  const ids = new Set<string>();
  for (const entry of shownEntries(engine, context)) {
    ids.add(entry.id);
    for (const linked of linkedFrom(engine, [entry])) ids.add(linked.id);
    for (const contact of entry.contacts) for (const id of engine.byContactName(contact.name.nl)) ids.add(id);
  }
  if (context.place !== undefined) for (const entry of engine.municipal(context.place, [])) ids.add(entry.id);
  // The national entries about the topic just answered ("is there a time limit?" after a rape was reported).
  const topic = context.topic;
  if (topic !== undefined && !BROAD_TOPICS.has(topic)) for (const id of engine.nationalAbout(topic)) ids.add(id);
  return ids;
}

/**
 * A short question without a place of its own, answered from the conversation's neighbourhood when an
 * entry there answers it nearly as well as the best entry anywhere; the entries just shown follow it.
 */
export function readNearby(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  goesOn: boolean,
): Lookup | undefined {
  const { question, place } = understanding;
  const words = question.words.length;
  if (place.kind !== 'none' || words > (goesOn ? MAX_WORDS_GOING_ON : MAX_WORDS)) return undefined;
  // "krijgt ze daar gewoon een krat?" after a town's food bank: a question that points back and names one topic, the
  // service of a town's card just shown (not a broad one: debt), asks about that card (the food bank's crate), whatever
  // other word a neighbour shares. Not with a second topic: "krijgt ze daar ook bijzondere bijstand naast de
  // voedselbank?" asks the other service.
  const shown = shownEntries(engine, context);
  const [topic] = understanding.topics;
  const named =
    understanding.topics.length === 1 && topic !== undefined && !BROAD_TOPICS.has(topic)
      ? townCardShown(shown, context.place, topic)
      : undefined;
  if (named !== undefined && pointsBack(engine.kb.wording.pointing, question.words))
    return { kind: 'entries', entries: inFront(named, shown) };
  const near = neighbourhood(engine, context);
  const best = engine.bestHit(question);
  const [hit] = engine.index.search(question.expanded, { filter: (entry) => near.has(entry.id), limit: 1 });
  if (best === undefined || hit === undefined) return undefined;
  const share = words <= MAX_WORDS_SHORT ? SHARE_SHORT : SHARE_LONG;
  if (hit.score < share * best.score) return undefined;
  // What was just shown comes before the wider neighbourhood when it answers nearly as well.
  const shownIds = new Set(context.entryIds);
  const [onCard] = engine.index.search(question.expanded, { filter: (entry) => shownIds.has(entry.id), limit: 1 });
  // "hoe meld ik iemand daar aan?": "daar" is the place just answered for, so its own entry on the card
  // leads over a national one (the food bank in general); another entry of the place may still lead.
  const there =
    onCard !== undefined &&
    hit.entry.municipality === undefined &&
    onCard.entry.municipality !== undefined &&
    onCard.entry.municipality === context.place &&
    pointsAtPlace(engine.kb.wording.pointing, question.words);
  const first = (
    onCard !== undefined && (there || onCard.score >= SHOWN_SHARE * hit.score) ? onCard.entry : hit.entry
  ) as ContentEntry;
  return { kind: 'entries', entries: inFront(first, shown) };
}

/**
 * The card of the conversation's place among those just shown whose own service is `topic`, not one its debt route
 * stands in for ("toeslagen" on a debt card). Shared by the follow-up that points back at it and `localFirst`.
 */
function townCardShown(
  shown: readonly ContentEntry[],
  place: string | undefined,
  topic: string,
): ContentEntry | undefined {
  return shown.find(
    (entry) => entry.municipality !== undefined && entry.municipality === place && entry.topics[0] === topic,
  );
}

/** A question that says this much of its own is no follow-up, however near an entry is. */
const MAX_WORDS_PRIOR = 20;
/** How well an entry near the conversation must match, against the best entry the answer could show. */
const PRIOR_SHARE = 0.6;
/** The same for an entry just shown, when the message does not say it goes on. */
const SHOWN_PRIOR_SHARE = 0.9;

/**
 * The conversation as a prior: when the lookup answers with an entry far from the conversation and an entry
 * near it (just shown, linked, the place's own) answers the question nearly as well, a professional who
 * goes on about the client just discussed means the near one. "kan Leergeld dan nog bijspringen?" right
 * after Dordrecht's food bank and Dordtpas is about the Dordtpas, not Leergeld in general. The near entry
 * leads; the lookup's answer follows it.
 */
export function preferNearby(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  found: readonly ContentEntry[],
): Lookup | undefined {
  const { question, place } = understanding;
  const [first] = found;
  if (first === undefined || place.kind !== 'none' || question.words.length > MAX_WORDS_PRIOR) return undefined;
  // A message that says it goes on ("en als …", "maar …", a word pointing back) leans on the neighbourhood;
  // any other only on an entry just shown that matches it about as well as anything could.
  const goesOn =
    engine.kb.wording.followUpWording.firstWords.has(question.words[0] ?? '') ||
    pointsBack(engine.kb.wording.pointing, question.words);
  // An answer just shown ("en stap 3?" finding the steps just shown) stays.
  if (context.entryIds.includes(first.id)) return undefined;
  const near = goesOn ? neighbourhood(engine, context) : new Set(context.entryIds);
  // Only what the answer could show: national entries and the conversation's own place.
  const eligible = (entry: { municipality?: string }) =>
    entry.municipality === undefined || entry.municipality === context.place;
  const [best] = engine.index.search(question.expanded, { filter: eligible, limit: 1 });
  const [hit] = engine.index.search(question.expanded, {
    filter: (entry) => near.has(entry.id) && eligible(entry),
    limit: 1,
  });
  const share = goesOn ? PRIOR_SHARE : SHOWN_PRIOR_SHARE;
  if (best === undefined || hit === undefined || hit.entry.id === first.id || hit.score < share * best.score)
    return undefined;
  return ahead(hit.entry as ContentEntry, found);
}

/**
 * The place's own service before the national entry of the same service: right after Westland's food bank,
 * "hoeveel leefgeld mag een alleenstaande overhouden?" asks about that food bank, whose card holds its own norm, not
 * about food banks in general. When an answer to a short question in a conversation with a place leads with an
 * entry of no municipality (national or regional) whose own topic (its first, not a broad one) is the own topic of a
 * card of that place just shown, and that card matches the question at all, that card leads and the entry follows.
 * A question that names a place of its own, asks for the whole country ("landelijk fonds?") or names another entry
 * by a lead phrase keeps the answer.
 */
export function localFirst(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  found: readonly ContentEntry[],
): Lookup | undefined {
  const [first] = found;
  const topic = first?.topics[0];
  const { question, place } = understanding;
  if (first === undefined || topic === undefined || first.municipality !== undefined || context.place === undefined)
    return undefined;
  if (BROAD_TOPICS.has(topic) || place.kind !== 'none' || question.words.length > MAX_WORDS) return undefined;
  const local = townCardShown(shownEntries(engine, context), context.place, topic);
  if (local === undefined || asksNationally(engine.kb.wording.asking, question.expanded)) return undefined;
  // "zoetermeerpas, wie komt ervoor in aanmerking?" after Den Haag's Ooievaarspas names another card outright.
  const lead = engine.lead(question.expanded);
  if (lead !== undefined && lead.id !== local.id) return undefined;
  // The card must say something the question asks, or the question point at the place ("voor welke aanslagen kan
  // dat daar?"): "wat doet Voedselbanken Nederland?", "en voor het waterschap?" or "bestaat het Noodfonds Energie
  // nog?" share no word with the town's card, and keep the entry that answers.
  const held =
    pointsAtPlace(engine.kb.wording.pointing, question.words) || hitOn(engine, question.expanded, local) !== undefined;
  return held ? ahead(local, found) : undefined;
}

/** An answer an entry near the conversation leads: that entry, then the lookup's answer, three at most. */
function ahead(lead: ContentEntry, found: readonly ContentEntry[]): Lookup {
  return { kind: 'entries', entries: inFront(lead, found).slice(0, MAX_ENTRIES) };
}

const MAX_ENTRIES = 3;

/** Words of the question an entry about the form of violence must hold to answer it. */
const FORM_WORDS = 2;
/** A question this long that sets out a case of its own is no follow-up of the form just shown. */
const MAX_FORM_WORDS = 16;

/**
 * A meldcode question about the family in a conversation about one form of violence: "moet ik dit eerst met haar
 * ouders bespreken, zoals bij stap 3?" right after honour-based violence is answered by that entry (do not involve
 * the family), not by the general step 3. When the lookup leads with a general meldcode entry, the question names
 * the family (`family` in the vocabulary) and an entry just shown is about a form of violence and the meldcode and
 * holds two of the question's words, that entry leads.
 */
export function formOfViolence(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  found: readonly ContentEntry[],
): Lookup | undefined {
  const [first] = found;
  const form = (entry: ContentEntry) => formsOf(entry).length > 0;
  if (first === undefined || !first.topics.includes(MELDCODE) || form(first)) return undefined;
  const { question, place } = understanding;
  if (place.kind !== 'none' || question.words.length > MAX_FORM_WORDS) return undefined;
  if (!question.words.some((word) => engine.kb.wording.asking.family.has(word))) return undefined;
  const ids = new Set(
    shownEntries(engine, context)
      .filter((entry) => form(entry) && entry.topics.includes(MELDCODE))
      .map((entry) => entry.id),
  );
  if (ids.size === 0) return undefined;
  return formFirst(engine, question, (entry) => ids.has(entry.id), found);
}

/**
 * "is het slim om haar ouders erop aan te spreken?" right after a forced marriage, shown beside the centre on forced
 * marriage and honour-based violence: a question about the family (`family` in the vocabulary), without a place or
 * signs of danger of its own, in a conversation whose main entry is about a form of violence, is answered by the
 * entry of a form the entries shown are about that holds most of its words (two at least): here the one on
 * honour-based violence (do not involve the family), in front of the entries shown. Nothing when that is the main
 * entry itself ("bestond er niet zo'n verklaring die ouders mee kunnen nemen?" after FGM is about the statement).
 */
export function familyOfForm(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Lookup | undefined {
  const { question, place, danger, topics } = understanding;
  if (place.kind !== 'none' || danger.acute || danger.worry || topics.length > 0) return undefined;
  if (question.words.length > MAX_FORM_WORDS) return undefined;
  if (!question.words.some((word) => engine.kb.wording.asking.family.has(word))) return undefined;
  const shown = shownEntries(engine, context);
  const [main] = shown;
  if (main === undefined || formsOf(main).length === 0) return undefined;
  // The forms of the entries shown and of those they link to (a forced marriage links the centre that also covers
  // honour-based violence); the linked entries follow the one that answers, as the next step may be about them.
  const near = [...shown, ...linkedFrom(engine, shown).filter((entry) => !shown.includes(entry))];
  const forms = new Set(near.flatMap(formsOf));
  const ofThese = (entry: ContentEntry) =>
    entry.municipality === undefined && formsOf(entry).some((form) => forms.has(form));
  const found = formFirst(engine, question, ofThese, near);
  return found?.kind === 'entries' && found.entries[0]?.id !== main.id ? found : undefined;
}

/**
 * "geldt dat ook als het om een stagiaire gaat?" after the meldcode in childcare, "does it also apply to our interns?"
 * after the duty to report a colleague: a question that asks whether what was shown also applies to someone or
 * something (`followUpWording.appliesTo`), without a place or danger of its own, is answered by the entry shown or
 * linked from what was shown that names the rest of its words in its title, keywords or asks (the duty to report a
 * colleague names interns and volunteers), in front of the entries shown. Nothing when no such entry names them.
 */
export function appliesTo(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Lookup | undefined {
  const { question, place, danger } = understanding;
  if (place.kind !== 'none' || danger.acute || question.words.length > MAX_FORM_WORDS) return undefined;
  const { appliesTo: phrases } = engine.kb.wording.followUpWording;
  const text = ` ${question.words.join(' ')} `;
  const phrase = phrases.find((candidate) => text.includes(` ${candidate} `));
  if (phrase === undefined) return undefined;
  const rest = text.replace(` ${phrase} `, ' ').trim();
  // "geldt dat ook 's nachts / voor de chat / voor Delft / voor schulden?" asks hours, a contact, a place or a topic of
  // its own: the follow-up readers and the search answer those.
  if (contactDetailsAsked(engine.kb.wording, rest.split(' ')).length > 0) return undefined;
  if (engine.topics.match(rest).length > 0 || engine.places.resolve(rest).kind !== 'none') return undefined;
  const shown = shownEntries(engine, context);
  const ids = new Set([...shown, ...linkedFrom(engine, shown)].map((entry) => entry.id));
  const [hit] = engine.index.search(rest, { filter: (entry) => ids.has(entry.id), limit: 1 });
  if (hit === undefined || !hit.named) return undefined;
  return ahead(hit.entry as ContentEntry, shown);
}

/** The entry `filter` allows that holds most of the question's words, if it holds two, in front of `found`. */
export function formFirst(
  engine: KnowledgeEngine,
  question: Understanding['question'],
  filter: (entry: ContentEntry) => boolean,
  found: readonly ContentEntry[],
): Lookup | undefined {
  const [hit] = engine.index.search(question.expanded, { filter: (entry) => filter(entry as ContentEntry), limit: 1 });
  return hit === undefined || hit.matched < FORM_WORDS ? undefined : ahead(hit.entry as ContentEntry, found);
}

const MELDCODE = 'meldcode';

/** The forms of violence an entry is about (honour-based violence, FGM, …). */
function formsOf(entry: ContentEntry): string[] {
  return entry.topics.filter((topic) => VIOLENCE_FORMS.has(topic));
}

/**
 * A question in a conversation about one form of violence that finds an entry about another form only by its
 * general words: "is there a national knowledge centre I can consult?" right after female genital mutilation finds
 * the centre on forced marriage (LKHA). When the question names no form itself and an entry of the form of the
 * main entry just shown holds two of its words, that entry leads.
 */
export function sameForm(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  found: readonly ContentEntry[],
): Lookup | undefined {
  const [first] = found;
  const main = shownEntries(engine, context)[0];
  const { question, place, topics, danger } = understanding;
  if (first === undefined || main === undefined || place.kind !== 'none' || question.words.length > MAX_FORM_WORDS)
    return undefined;
  // A message with signs of danger or a worry of its own may be about another form ("ze is betast door haar oom").
  if (danger.acute || danger.worry) return undefined;
  const ours = formsOf(main);
  const theirs = formsOf(first);
  if (ours.length === 0 || theirs.length === 0 || theirs.some((topic) => ours.includes(topic))) return undefined;
  if (topics.some((topic) => VIOLENCE_FORMS.has(topic))) return undefined;
  // Only an entry about a form first: "we zijn een voetbalclub, geldt de meldcode voor ons?" after honour-based
  // violence finds sport's own route, which names sexual violence beside its profession.
  if (!VIOLENCE_FORMS.has(first.topics[0] ?? '')) return undefined;
  const ofOurs = (entry: ContentEntry) =>
    entry.municipality === undefined && entry.topics.some((topic) => ours.includes(topic));
  return formFirst(engine, question, ofOurs, found);
}

/**
 * How far the best entry nearby must score above the card a detail follow-up kept, on at least `STRONGER_WORDS` words
 * and with at least `STRONGER_SCORE`: "waar kan ik als school nog meer kennis halen?" (17, on two words) is no
 * question about Veilig Thuis' time limits; "en als de ouders niet meewerken?" (189) is one about a crisis placement.
 */
const STRONGER = 3;
const STRONGER_WORDS = 2;
const STRONGER_SCORE = 50;

/**
 * A detail follow-up keeps the card just shown; but when an entry of the conversation's neighbourhood (a card shown
 * behind it, or one linked, named or of the topic just answered; no town's service that was not shown) scores far
 * above that card on the question's own words, the question asks what that entry holds: "en als de ouders niet
 * meewerken?" after the crisis team's number is the emergency placement it links to, "moet ik haar dan vooraf
 * inlichten?" after a report's route is telling the client. That entry leads, the cards kept behind it.
 */
export function strongerNearby(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  entries: readonly ContentEntry[],
): ContentEntry[] | undefined {
  const [lead] = entries;
  // A town's card kept or just shown stays: its topic's national entry says the same in general ("inkomensgrens?"
  // after the town's Leergeld, "kan ze ook online aanvragen?" after the ZoetermeerPas, which `localFirst` puts back
  // in front of a national entry the detail reader found). A question that points back ("wie werken daarin samen?")
  // is about the card shown.
  const shownMain = context.entryIds[0] === undefined ? undefined : engine.content(context.entryIds[0]);
  if (lead === undefined || lead.municipality !== undefined || shownMain?.municipality !== undefined) return undefined;
  if (pointsAtShown(engine.kb.wording.pointing, understanding.question.words)) return undefined;
  // The question must hold two words that say something and are not words any service says (`sayingWords`,
  // `anyService`): "hoe lang duurt dat?" asks about the card shown, not the ban whose questions say "hoe lang duurt".
  const { anyService } = engine.kb.wording.followUpWording;
  const own = sayingWords(engine.kb.wording, understanding.question.words).filter((word) => !anyService.has(word));
  if (own.length < STRONGER_WORDS) return undefined;
  const ids = neighbourhood(engine, context);
  const text = understanding.question.expanded;
  // Not a service of the town that was not shown: "wie komt daarvoor in aanmerking?" after its youth fund is not its
  // energy help.
  const shown = new Set(context.entryIds);
  const [best] = engine.index.search(text, {
    filter: (entry) => ids.has(entry.id) && (entry.municipality === undefined || shown.has(entry.id)),
    limit: 1,
  });
  if (best === undefined || best.entry.id === lead.id) return undefined;
  if (best.matched < STRONGER_WORDS || best.score < STRONGER_SCORE) return undefined;
  const kept = hitOn(engine, text, lead)?.score ?? 0;
  // As many cards as the answer it reorders.
  return best.score >= STRONGER * kept ? inFront(asContent(best), entries).slice(0, entries.length) : undefined;
}
