/**
 * Follow-ups about what was just shown: "hoe lang duurt dat?", "kan iemand haar helpen met invullen?", "wie komt
 * daarvoor in aanmerking?", "en stap 2?" — read against the entries of the last answer and their topic.
 */
import type { KnowledgeEngine, Lookup, Understanding } from './engine.js';
import { asContent, entryText, inFront, MIN_SCORE, namesEntry, titleWords } from './engine-entries.js';
import type { ConversationContext } from './follow-up.js';
import { opensOrPointsBack } from './follow-up-place.js';
import { linkedFrom, shownEntries } from './nearby.js';
import { normalize } from './normalize.js';
import { mayPointAtThing, namesPerson, pointsAtShown } from './pointing.js';
import { asksAnyService, saying, sayingWords } from './saying.js';
import type { ContentEntry } from './schema.js';
import { processTerm, type SearchHit } from './search.js';
import { hasPhrase, saysPhrase, type Wording, withoutPhrases } from './wording.js';

/** A follow-up has few words; a long message is a new question. */
export const MAX_WORDS = 12;

/**
 * "hoe lang duurt dat?", "hoeveel kost dat?": the last answer's entries, the one that matches the question
 * best first — the detail may sit in the second entry shown (a report's time limits beside its steps).
 */
export function readAboutThat(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Lookup | undefined {
  const { question, place } = understanding;
  if (pointedTopics(engine, understanding).length > 0 || place.kind !== 'none') return undefined;
  if (!asksAboutThat(engine.kb.wording, question.words)) return undefined;
  const shown = shownEntries(engine, context);
  if (shown.length === 0) return undefined;
  const pointed = pointsAtShown(engine.kb.wording.pointing, question.words);
  // "hoe werkt dat?": a question that points back and says nothing but how the thing works asks about the main card,
  // not about the card that happens to hold "werkt" (a department's name "Werkgelegenheid").
  if (pointed && onlyAsksAboutShown(engine.kb.wording, question.words)) return firstOf(shown[0] as ContentEntry, shown);
  const { first } = bestShown(engine, question.expanded, shown, shown[0]?.id, pointed);
  const main = shown[0] as ContentEntry;
  const { wording } = engine.kb;
  if (
    first !== main &&
    (asksHowLongOf(wording, question.words, main, first) || asksHowMuchOf(wording, question.words, main))
  )
    return firstOf(main, shown);
  if (first === undefined) {
    // "hoe lang na die workshop volgt het oriëntatiegesprek?" after a municipality's debt help asks about the
    // Sociale Dienst Drechtsteden it links to: words nothing shown holds, that an entry linked from it does.
    const linked = linkedNamed(engine, question.expanded, shown);
    if (linked !== undefined) return firstOf(linked, [linked, ...shown]);
  }
  return firstOf(first ?? (shown[0] as ContentEntry), shown);
}

/**
 * The question's topics but those named only by a noun that points back ("en hoe snel volgt dan dat gesprek?" after a
 * debt card that tells of its first talk): the thing already spoken of, no new subject.
 */
function pointedTopics(engine: KnowledgeEngine, understanding: Understanding): readonly string[] {
  const { question, topics } = understanding;
  if (topics.length === 0) return topics;
  const { pointing } = engine.kb.wording;
  const words = question.words.filter((_, index) => !mayPointAtThing(pointing, question.words[index - 1] ?? ''));
  if (words.length === question.words.length) return topics;
  const left = engine.topics.match(words.join(' '));
  return topics.filter((topic) => left.includes(topic));
}

/** Words that say something, shared with an entry linked from what was shown, to be about that entry. */
const LINKED_WORDS = 2;

/** The entry linked from `shown` that holds most of the words of `text` that say something, if it holds two. */
function linkedNamed(engine: KnowledgeEngine, text: string, shown: readonly ContentEntry[]): ContentEntry | undefined {
  const hit = sayingHit(engine, text, new Set(linkedFrom(engine, shown).map((entry) => entry.id)));
  return hit !== undefined && hit.matched >= LINKED_WORDS ? asContent(hit) : undefined;
}

/** How well the main entry shown must match, against the best of the others, to stay the one meant. */
const MAIN_SHARE = 0.4;

/** Of the entries just shown, the one that matches `text` best, with its hit and the ids searched. */
export function bestShown(
  engine: KnowledgeEngine,
  text: string,
  shown: readonly ContentEntry[],
  mainId?: string,
  pointed = false,
): { first?: ContentEntry; hit?: SearchHit; ids: ReadonlySet<string> } {
  const ids = new Set(shown.map((entry) => entry.id));
  const hits = engine.index.search(text, { filter: (entry) => ids.has(entry.id), limit: ids.size });
  // The answer's main entry (`mainId`) is meant unless another one shown matches far better: "moet dat elk
  // jaar opnieuw aangevraagd worden?" after Westland's kwijtschelding is about the kwijtschelding, although
  // the food bank's text also says "elk jaar". A question that points at it (`pointed`: "tot welk inkomen kom je
  // daarvoor in aanmerking?") means it whenever no other shown entry shares more of its words.
  const main = mainId === undefined ? undefined : hits.find((candidate) => candidate.entry.id === mainId);
  const best = hits[0];
  const hit =
    main !== undefined &&
    best !== undefined &&
    (main.score >= MAIN_SHARE * best.score || (pointed && main.matched >= best.matched))
      ? main
      : best;
  const first = shown.find((entry) => entry.id === hit?.entry.id);
  return { ids, ...(first === undefined || hit === undefined ? {} : { first, hit }) };
}

/** The entries just shown, `first` in front. */
function firstOf(first: ContentEntry, shown: readonly ContentEntry[]): Lookup {
  return { kind: 'entries', entries: inFront(first, shown) };
}

/**
 * "binnen hoeveel tijd moet ze dat doen?" (7 words) and "hoe lang duurt het voor er een besluit is?" (9) ask about
 * what was shown as much as "hoe lang duurt dat?"; at six words they went to a search of everything. At ten words,
 * "en als ze m aanvraagt, hoe lang duurt het voor ze bericht krijgt?" (13, after Den Haag's Ooievaarspas) still
 * did, and found a national entry: fourteen words gained three dialogues' turns and lost one whose first turn had
 * already gone wrong (a follow-up then read against the wrong card).
 */
const MAX_ABOUT_THAT_WORDS = 14;

/**
 * A question word (`aboutThatAsks`) and a word pointing back (`aboutThatPoints`), or a detail asked of whatever was
 * shown (`aboutShown`: "wie komt in aanmerking?"), in at most ten words.
 */
function asksAboutThat(wording: Wording, words: readonly string[]): boolean {
  if (words.length > MAX_ABOUT_THAT_WORDS) return false;
  const text = ` ${words.join(' ')} `;
  const { aboutThatAsks, aboutThatPoints, aboutShown } = wording.followUpWording;
  return (hasPhrase(text, aboutThatAsks) && hasPhrase(text, aboutThatPoints)) || hasPhrase(text, aboutShown);
}

/** Whether, without its `aboutShown` phrases ("hoe werkt dat"), a question says nothing (see {@link sayingWords}). */
function onlyAsksAboutShown(wording: Wording, words: readonly string[]): boolean {
  const { aboutShown } = wording.followUpWording;
  if (!saysPhrase(words, aboutShown)) return false;
  return sayingWords(wording, withoutPhrases(words.join(' '), aboutShown).split(' ').filter(Boolean)).length === 0;
}

/**
 * "hoe lang duurt het voor ze bericht krijgt?": how long, asked of the main card that tells a length of time, when the
 * card that matched another word of the question tells none. When both do, the best match stays: "hoe lang duurt
 * dat?" after what Veilig Thuis does after a report (its steps, "binnen 5 werkdagen") is about its time limits card.
 */
function asksHowLongOf(
  wording: Wording,
  words: readonly string[],
  main: ContentEntry,
  other: ContentEntry | undefined,
): boolean {
  if (!saysPhrase(words, wording.followUpWording.asksHowLong) || !tellsLength(wording, main)) return false;
  return other === undefined || !tellsLength(wording, other);
}

/**
 * "inkomensgrens?" after Den Haag's Leergeld, whose card tells its limit as a percentage: how much, asked of the main
 * card that tells an amount, not the card beside it that matched another word (the youth fund's "inkomen").
 */
function asksHowMuchOf(wording: Wording, words: readonly string[], main: ContentEntry): boolean {
  const { asksHowMuch, asksHowLong, amountMarks } = wording.followUpWording;
  if (!saysPhrase(words, asksHowMuch) || saysPhrase(words, asksHowLong)) return false;
  const summary = `${main.summary.nl} ${main.summary.en}`;
  if (AMOUNT_SIGNS.some((sign) => summary.includes(sign))) return true;
  return summaryWords(main).some((word) => amountMarks.has(word));
}

/** Signs that mark an amount as written ("€ 571", "130%"): normalising drops them, so the raw summary is read. */
const AMOUNT_SIGNS = ['€', '%'];

/**
 * Whether an entry's summary tells a length of time: a count ("drie", "3") right before a unit ("jaar"), not an age
 * ("vanaf 18 jaar", "4-18 jaar": a count after `notLengthAfter` or after another number).
 */
function tellsLength(wording: Wording, entry: ContentEntry): boolean {
  const { lengthsOfTime, counts, notLengthAfter } = wording.followUpWording;
  const words = summaryWords(entry);
  const number = (word: string) => /^\d+$/.test(word);
  return words.some((word, index) => {
    const count = words[index - 1] ?? '';
    const before = words[index - 2] ?? '';
    return (
      lengthsOfTime.has(word) && (counts.has(count) || number(count)) && !notLengthAfter.has(before) && !number(before)
    );
  });
}

/**
 * What a short question means among the entries just shown: `now` when its words are found there; `lastResort`
 * when it only points at them, for once the conversation's neighbourhood found nothing.
 */
export interface ShownReading {
  now?: Lookup;
  lastResort?: Lookup;
}

/** Words of a question that say something, that an entry must share to be named by it. */
const NAMING_WORDS = 3;

/**
 * Whether the entry holds at least three of the words of `text` that say something (see {@link saying}): the
 * words that ask a detail do not name an entry. "hoeveel staat er op zo'n pas?" after the Dordtpas names no entry
 * that holds "hoeveel" and "staat" beside "pas".
 */
function namedBySaying(engine: KnowledgeEngine, text: string, id: string): boolean {
  return (sayingHit(engine, text, new Set([id]))?.matched ?? 0) >= NAMING_WORDS;
}

/** Of the entries `ids`, the one that holds most of the words of `text` that say something (see {@link saying}). */
function sayingHit(engine: KnowledgeEngine, text: string, ids: ReadonlySet<string>): SearchHit | undefined {
  const says = sayingWords(engine.kb.wording, text.split(' ')).join(' ');
  const [hit] = engine.index.search(says, { filter: (entry) => ids.has(entry.id), limit: 1 });
  return hit;
}

/** A short question in a conversation is about what was just shown more often than not. */
const MAX_WORDS_SHOWN = 10;
/** A longer question that points back is still read when it says at most this many things. */
const MAX_SAYING_POINTED = 7;
/** Past this many words that say something, one shared word is chance: two are needed. */
const MAX_SAYING_ONE_WORD = 5;

/**
 * "kan iemand haar helpen met invullen?" right after Rijswijk's kwijtschelding: a short question without a
 * topic or place of its own whose words occur in an entry just shown is about that entry.
 */
export function readInShown(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): ShownReading {
  const { question, topics, place } = understanding;
  if (place.kind !== 'none') return {};
  const pointed = pointsAtShown(engine.kb.wording.pointing, question.words);
  // A topic the main entry shown is about is no question of its own when the question points at it: "hoe vaak komt
  // dat voor bij partnergeweld?" right after economic abuse in relationships.
  const shown = shownEntries(engine, context);
  const main = shown[0];
  if (topics.length > 0 && !(pointed && topics.every((topic) => main?.topics.includes(topic)))) return {};
  // A longer question that points at what was shown ("kan hij daar ook een lening krijgen om in 1 keer alles af
  // te lossen?") is still about it when it says few things.
  const says = saying(engine.kb.wording, question.words);
  if (question.words.length > MAX_WORDS_SHOWN && !(pointed && says <= MAX_SAYING_POINTED)) return {};
  const { first, hit, ids } = bestShown(engine, question.expanded, shown, main?.id, pointed);
  // Past a few words, one shared word ("gezin") is chance: a longer question needs two. As a last resort, a
  // question that points at what was shown ("hoe lang mogen ze daar klant blijven?") means its main entry,
  // even in words that entry lacks.
  const chance = first === undefined || (says > MAX_SAYING_ONE_WORD && (hit?.matched ?? 0) < 2);
  if (main === undefined || (chance && !pointed)) return {};
  // A question that names another entry outright ("het bezoekadres van de Sociale Dienst Drechtsteden") is about that one.
  const anywhere = engine.bestHit(question);
  // A lead phrase names its entry outright ("zoetermeerpas, wie komt ervoor in aanmerking?" after another pass).
  const lead = engine.lead(question.expanded);
  if (lead !== undefined && !ids.has(lead.id)) return {};
  // With a topic word the question may be a new one on the same subject ("en welke training voor plegers van
  // partnergeweld wordt daarbij genoemd?" after money and violence): only when nothing elsewhere fits it better.
  const elsewhere =
    topics.length > 0 &&
    anywhere !== undefined &&
    !ids.has(anywhere.entry.id) &&
    anywhere.matched >= 2 &&
    anywhere.matched > (hit?.matched ?? 0) &&
    anywhere.score > (hit?.score ?? 0);
  if (elsewhere) return {};
  // "binnen hoeveel tijd?" asks a detail in words any entry may hold: it names nothing (see namedBySaying).
  // Some municipality's service stands for the conversation's own place's ("is er voor de kinderen ook een pas
  // met tegoed?" in Dordrecht); in a conversation without a place, a question that names none names no
  // municipality's service: "moet dat elk jaar opnieuw aangevraagd worden?" after the kwijtschelding is not
  // about Zoetermeer's food bank.
  // Nor does a question in words any service says ("hoe meldt hij zich aan?" names no national entry on "aanmelden").
  const namesOther =
    !asksAnyService(engine.kb.wording, question.words) &&
    anywhere !== undefined &&
    !ids.has(anywhere.entry.id) &&
    (anywhere.entry.municipality === undefined || context.place !== undefined) &&
    anywhere.matched >= 3 &&
    anywhere.coverage >= 0.75 &&
    namedBySaying(engine, question.expanded, anywhere.entry.id);
  if (namesOther) return {};
  if (chance) return { lastResort: firstOf(main, shown) };
  return { now: firstOf(shownMeant(engine, understanding, main, first, hit), shown) };
}

/**
 * Of the entries shown, the one a short question is about: the best match `first` (with its `hit`), or the main
 * one. A chance word in another entry shown ("horen" in "wat krijgen wij dan precies te horen?", scoring below
 * what we would call an answer) is no reason to leave the main one, nor are words any service says
 * (`anyService`: "wat kunnen ze daar dan voor haar doen?"). But the one entry shown that holds all a fact says,
 * when the main one holds none of it: "ze zijn getrouwd" after a huisverbod and the benefits after a separation is
 * about the benefits.
 */
function shownMeant(
  engine: KnowledgeEngine,
  understanding: Understanding,
  main: ContentEntry,
  first: ContentEntry | undefined,
  hit: SearchHit | undefined,
): ContentEntry {
  const { question } = understanding;
  const whole =
    statesFact(engine.kb.wording, understanding) &&
    first !== undefined &&
    first.id !== main.id &&
    hit?.coverage === 1 &&
    sayingHit(engine, question.expanded, new Set([main.id])) === undefined;
  const vague = asksAnyService(engine.kb.wording, question.words);
  return ((hit?.score ?? 0) >= MIN_SCORE && !vague) || whole ? (first as ContentEntry) : main;
}

/**
 * Whether a question says it follows on from the last answer: it points back ("daarvoor", "daar", "it"), opens
 * with "en", "wat als" (`opens`), or says "dan" (`thenWords`: "wat gebeurt er dan?").
 */
function followsOn(wording: Wording, understanding: Understanding): boolean {
  const { thenWords } = wording.followUpWording;
  const { words } = understanding.question;
  return (
    opensOrPointsBack(wording, words) ||
    words.some((word) => thenWords.has(word)) ||
    statesFact(wording, understanding) ||
    pointsAtThing(wording, words)
  );
}

/** Names someone of the case (`pointing.persons`, or `caseWords`: "ze", "they", "haarzelf"). */
export function namesCase(wording: Wording, words: readonly string[]): boolean {
  const { caseWords } = wording.followUpWording;
  return namesPerson(wording.pointing, words) || words.some((word) => caseWords.has(word));
}

/** A question this short that names a thing only as "die" or "deze" ("waar haal je die?") names the thing just shown. */
const MAX_POINTING_WORDS = 5;

/** "waar haal je die?", "hoe vraag ik deze aan?": a short question about a thing named only by a demonstrative. */
function pointsAtThing(wording: Wording, words: readonly string[]): boolean {
  return words.length <= MAX_POINTING_WORDS && words.some((word) => wording.pointing.demonstratives.has(word));
}

/** A statement of a fact has at most this many words. */
const MAX_FACT_WORDS = 6;

/**
 * "hij is 19", "ze heeft geen digid": a short statement, no question, about the case's people (`factOpeners`, its
 * first word), told right after an answer as a fact for it — not a sign of danger or a worry.
 */
export function statesFact(
  wording: Wording,
  { question, danger }: Pick<Understanding, 'question' | 'danger'>,
): boolean {
  // "mum is scared of him" is a worry of its own, not a fact for the debt help just shown.
  if (danger.acute || danger.worry) return false;
  const { words, text } = question;
  const [first] = words;
  return (
    words.length <= MAX_FACT_WORDS &&
    first !== undefined &&
    wording.followUpWording.factOpeners.has(first) &&
    !text.includes('?')
  );
}

/**
 * A question that goes on from the last answer and finds nothing ("wie komt daarvoor in aanmerking?", "en voor wie
 * is dat?"): the last answer's main entry, which holds the conditions — for a short one without a topic or place of
 * its own always, for one of up to twenty words when that entry holds two of its words that say something.
 */
export function lastAnswer(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Lookup | undefined {
  const { question, topics, place, danger } = understanding;
  // Only a question that points back ("daarvoor", "daar", "it") or goes on ("en als het tegoed op is?", "wat
  // gebeurt er dan?") is about the last answer; "wat is de hoofdstad van Frankrijk?" is a question of its own and
  // gets the honest no-answer.
  if (place.kind !== 'none' || question.words.length > MAX_HELD_WORDS) return undefined;
  // "welke stukken moet ze meesturen?" names someone of the case: about the card too. So does small talk about her
  // ("heeft ze een leuke vakantie gehad?"), which then gets the card again rather than the honest no-answer: asking the
  // card to hold a word of the question lost every turn this gained in the opened sets.
  if (!followsOn(engine.kb.wording, understanding) && !namesCase(engine.kb.wording, question.words)) return undefined;
  const main = shownEntries(engine, context)[0];
  if (main === undefined) return undefined;
  if (question.words.length <= MAX_WORDS && topics.length === 0) return { kind: 'entries', entries: [main] };
  // "later willen we dieper, ook naar onze eigen blinde vlekken kijken. welke methode dan?" after the intervision
  // methods: a longer question, or one with a topic, whose words that say something the card shown holds. Not
  // for danger: its own answer (113, Veilig Thuis) stays.
  if (danger.acute) return undefined;
  const held = sayingHit(engine, question.expanded, new Set([main.id]))?.matched ?? 0;
  return held >= HELD_WORDS ? { kind: 'entries', entries: [main] } : undefined;
}

/** Words that say something, held by the card shown, for a longer question that finds nothing to be about it. */
const HELD_WORDS = 2;
/** Past this many words a message sets out a question of its own. */
const MAX_HELD_WORDS = 20;

/** "en hoe lang?", "en stap 2?": when a short question alone finds nothing, search the last answer's topic. */
export function readSubQuestion(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Lookup | undefined {
  if (understanding.question.words.length > MAX_WORDS || context.topic === undefined) return undefined;
  const related = new Set(context.entryIds);
  const entries = engine
    .search(understanding, context.place, [context.topic])
    .filter((entry: ContentEntry) => entry.topics.includes(context.topic as string) || related.has(entry.id));
  return entries.length > 0 ? { kind: 'entries', entries } : undefined;
}

/** Words that say something a national entry must hold, more than the municipality's card, to answer a detail. */
const NATIONAL_WORDS = 2;

/**
 * "duurt zo'n regeling nog steeds 3 jaar?" right after Westland's debt help: the sub-question (see
 * {@link readSubQuestion}) finds first a national entry of the service the municipality's card is about (its first
 * topic), not shown, that the whole search finds first too, and that holds at least two of the question's words that
 * say something and more of them than that card: the national rule the local card leaves out (the Msnp's 18 months).
 * That entry, then the card — also when the card is among the sub-question's first (`beside`), if the question names
 * the entry by its title ("hoe begint zo'n traject bij de sociale dienst?" after Sliedrecht's debt help).
 */
export function nationalDetail(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  found: readonly ContentEntry[],
  beside: boolean,
): Lookup | undefined {
  const [top] = found;
  const main = shownEntries(engine, context)[0];
  const service = main?.topics[0];
  if (top === undefined || main === undefined || service === undefined) return undefined;
  if (top.municipality !== undefined || main.municipality === undefined || !top.topics.includes(service))
    return undefined;
  // Found beside the card (`beside`: the card is among the search's first), it must be named by its title: "hoe begint
  // zo'n traject bij de sociale dienst?" after Sliedrecht's debt help names the Sociale Dienst Drechtsteden; "hoe snel
  // na een hulpvraag?" after Delft's names no Wgs, and Delft's own week stays.
  if (beside && !namesEntry(understanding.question, top)) return undefined;
  // The whole search finds it first too: "hoeveel budget krijgt een kind dan per jaar?" after a municipality's debt
  // help finds the Leergeld, not the Sociale Dienst the debt topic holds.
  if (context.entryIds.includes(top.id) || engine.bestHit(understanding.question)?.entry.id !== top.id)
    return undefined;
  const text = understanding.question.expanded;
  const national = sayingHit(engine, text, new Set([top.id]))?.matched ?? 0;
  const local = sayingHit(engine, text, new Set([main.id]))?.matched ?? 0;
  return national >= NATIONAL_WORDS && national > local ? firstOf(top, [top, main]) : undefined;
}

/** A question that points at what was shown with one of these words, in at most this many words. */
const MAX_WORDS_ON_CARD = 10;

/**
 * "moet ze die bij Den Haag aanvragen?" after Rijswijk's Ooievaarspas, whose card says Rijswijkers apply in
 * Rijswijk, not in Den Haag: a short question that points at the thing shown ("die", "deze") and names a place that
 * a municipal entry just shown names itself asks about what was shown, not the same for the other place.
 */
export function placeOnCard(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): boolean {
  const { question, place } = understanding;
  if (place.kind !== 'regional' || question.words.length > MAX_WORDS_ON_CARD) return false;
  if (!question.words.some((word) => engine.kb.wording.pointing.demonstratives.has(word))) return false;
  const names = [place.name, place.matched].map((name) => ` ${normalize(name)} `);
  return shownEntries(engine, context).some((entry) => {
    if (entry.municipality === undefined || entry.municipality === place.code) return false;
    const text = ` ${entryText(entry)} `;
    return names.some((name) => text.includes(name));
  });
}

/**
 * "hoeveel staat er op zo'n pas voor haar dochter?" right after the Dordtpas: a word of `thingPointers` right before
 * a noun that the title of a card just shown holds, as a word or as the end of one ("Dordtpas" ends in "pas"),
 * names that card. Returns the card and the words of the question without that pointer and noun (what the question
 * says of its own), or undefined when it names nothing shown.
 */
export function shownThing(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): { entry: ContentEntry; rest: string[] } | undefined {
  const { words } = understanding.question;
  if (words.length > MAX_ABOUT_THAT_WORDS) return undefined;
  // The cards just shown: the main entry and the one beside it for a second ask; then what the main card links to
  // ("die pas" after Dordrecht's minima schemes, which link the Dordtpas).
  const shown = shownEntries(engine, context).slice(0, CARDS);
  const cards = [...shown, ...linkedFrom(engine, shown.slice(0, 1))];
  const { pointing } = engine.kb.wording;
  const { thingPointers, thingAfter, demonstratives, demonstrativeAfter, clauseStart, that } = pointing;
  const points = (word: string, at: number) =>
    thingPointers.has(word) || (mayPointAtThing(pointing, word) && thingAfter.has(words[at - 1] ?? ''));
  const titles = cards.map(titleWords);
  // A card linked from the main one is named by the end of a word of its title ("Dordtpas"), or by a word of its
  // title that at most two titles hold ("hoe werkt die verwijsindex?" under the Verwijsindex Haaglanden button): "die
  // stichting" after Leergeld Leidschendam-Voorburg is the one shown, not the national Stichting Leergeld it links.
  const named = (noun: string) =>
    titles.findIndex((title, index) =>
      title.some(
        (word) =>
          (word === noun && (index < shown.length || rareInTitles(engine, noun))) ||
          (word.length > noun.length && word.endsWith(noun)),
      ),
    );
  // "die" alone is mostly a relative pronoun ("haar partner die werkt"), but not after a verb or question word of
  // `demonstrativeAfter` before such a title word: "hoe werkt die verwijsindex?", "wie kan die verwijsindex inzien?".
  const pointsAtTitle = (word: string, at: number, noun: string) =>
    demonstratives.has(word) &&
    demonstrativeAfter.has(words[at - 1] ?? '') &&
    rareInTitles(engine, noun) &&
    titles.some((title) => title.includes(noun));
  for (const [at, word] of words.entries()) {
    const noun = words[at + 1] ?? '';
    if (noun.length < MIN_NOUN || clauseStart.has(noun) || processTerm(noun) === null) continue;
    if (!points(word, at) && !pointsAtTitle(word, at, noun)) continue;
    if (that.has(word) && noun.length < THAT_NOUN) continue;
    // "met dat formulier" also names a noun the main card's own text holds: "wie kan helpen met dat formulier?" after
    // a card that tells who helps with its form. Not "zo'n OTS", a kind of thing the card may name in passing.
    const told = that.has(word) && holdsWord(shown[0], noun) ? shown[0] : undefined;
    const entry = cards[named(noun)] ?? told;
    if (entry !== undefined) return { entry, rest: words.filter((_, index) => index !== at && index !== at + 1) };
  }
  return undefined;
}

/**
 * "dat" names a thing shown from a noun of this length: "formulier", "papier"; not "geld" ("hoe kom ik aan dat
 * geld?"), which most cards hold and "Leergeld" ends in.
 */
const THAT_NOUN = 6;

/** The entry's summary holds `word` as a word of its own. */
function holdsWord(entry: ContentEntry | undefined, word: string): boolean {
  return entry !== undefined && summaryWords(entry).includes(word);
}

/** The words of an entry's summary, both languages, normalised as questions are. */
function summaryWords(entry: ContentEntry): string[] {
  return normalize(`${entry.summary.nl} ${entry.summary.en}`).split(' ');
}

/** A title word held by at most this many titles names its entry (see `rareInTitles`). */
const RARE_TITLES = 2;
const titleCounts = new WeakMap<KnowledgeEngine, Map<string, number>>();

/**
 * Whether at most {@link RARE_TITLES} entries' titles (Dutch or English) hold `word`: "verwijsindex", not "stichting".
 * Most title words are that rare: it is what a word names outright only beside a word that points at a thing.
 */
function rareInTitles(engine: KnowledgeEngine, word: string): boolean {
  let counts = titleCounts.get(engine);
  if (counts === undefined) {
    counts = new Map();
    for (const entry of engine.kb.entries.values()) {
      if (!('title' in entry)) continue;
      for (const title of new Set(titleWords(entry))) counts.set(title, (counts.get(title) ?? 0) + 1);
    }
    titleCounts.set(engine, counts);
  }
  return (counts.get(word) ?? 0) <= RARE_TITLES;
}

/** A noun this short ("op") names nothing by its end. */
const MIN_NOUN = 3;
/** An answer shows at most two cards. */
const CARDS = 2;
