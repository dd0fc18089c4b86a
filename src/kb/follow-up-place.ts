/**
 * Follow-ups that swap the place: "en in Delft?" asks the same topic for another place, "is daar ook een
 * voedselbank?" a local topic for the place just answered for, "en in Haaglanden?" the same service in the
 * other region.
 */
import type { KnowledgeEngine, Lookup, Understanding } from './engine.js';
import { inFront } from './engine-entries.js';
import type { LookupWithAlso } from './engine-lookup.js';
import { serviceAsked } from './engine-municipal.js';
import type { ConversationContext, FollowUpResult } from './follow-up.js';
import { normalize } from './normalize.js';
import { pointsBack } from './pointing.js';
import type { Question } from './question.js';
import { REGIONS } from './regions.js';
import type { ContentEntry } from './schema.js';
import { LOCAL_TOPICS, MUNICIPAL_TOPICS } from './topic-sets.js';
import {
  asksNationally,
  asksWhoOrWhere,
  escapeRegExp,
  hasPhrase,
  saysPhrase,
  startsWithPhrase,
  type Wording,
} from './wording.js';

type Pointing = Wording['pointing'];

/**
 * What the follow-up reader made of the message: its topics, whether it points to the place just answered for
 * (`here`), that place's name, and the last answer's entries (`shown`).
 */
type PlaceRead = { topics: readonly string[]; here: boolean; name: string | undefined; shown: readonly ContentEntry[] };

/**
 * "en in Delft?": the same topic, another place; "en voor de schulden zelf?": a local topic for the place just
 * answered for; "en in Haaglanden?": the same service in the other region.
 */
export function placeFollowUp(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  read: PlaceRead,
): FollowUpResult | undefined {
  const { question, place } = understanding;
  const { topics, here, shown } = read;
  // A whole question of its own ("weet jij of de bibliotheek in Zwijndrecht op zaterdag open is?") names a
  // place but follows nothing up.
  // A place kept from an earlier answer, not the last one, is followed up only by a message that goes on
  // ("en kwijtschelding, waar vraag ik dat aan?") or names it ("daar", "die gemeente"): "ook" alone is not enough.
  const stale = !shown.some((entry) => entry.municipality === context.place);
  const follows =
    (stale ? namesThere(engine.kb.wording.pointing, question.words) : here) ||
    continues(engine.kb.wording, question.words);
  const told = () => tellsWhere(engine.kb.wording, understanding);
  const topic = localTopic(context.topic, shown);
  if (place.kind !== 'none' && topics.length === 0 && topic !== undefined && (follows || told())) {
    const swapped = topicElsewhere(engine, understanding, topic);
    if (swapped !== undefined)
      return { ...swapped, lookup: counterpartFirst(swapped.lookup, shown[0]), followUp: 'place' };
  }
  // "… nog steeds te hoog, landelijk fonds?" asks for the country as a whole, not the conversation's place.
  if (place.kind === 'none' && follows && !asksNationally(engine.kb.wording.asking, question.expanded)) {
    const there = localThere(engine, understanding, context, read, stale);
    if (there !== undefined) return { ...there, followUp: 'place' };
  }
  const main = shown[0];
  const other = place.kind === 'none' && main !== undefined ? otherRegion(engine, main, question.words) : undefined;
  return other === undefined ? undefined : { lookup: { kind: 'entries', entries: [other] }, followUp: 'place' };
}

/**
 * The topic a place swap asks for elsewhere: the conversation's, or when that has no municipal help (a profession,
 * the meldcode) the first municipal topic of an entry shown — "en in Molenlanden hetzelfde?" after a sports club's
 * question answered with the national Leergeld asks Molenlanden's Leergeld.
 */
function localTopic(topic: string | undefined, shown: readonly ContentEntry[]): string | undefined {
  if (topic === undefined || MUNICIPAL_TOPICS.has(topic)) return topic;
  return shown.flatMap((entry) => entry.topics).find((own) => MUNICIPAL_TOPICS.has(own)) ?? topic;
}

/**
 * "en Ypenburg?" after Zoetermeer's debt help: of the other place's services, the one that does what the entry
 * just shown does leads (`den-haag-schuldhulp` for `zoetermeer-schuldhulp`: the same service after the
 * municipality's name), not the one whose text says the topic's word most often (a youth fund).
 */
function counterpartFirst(lookup: Lookup, main: ContentEntry | undefined): Lookup {
  if (lookup.kind !== 'municipal' || main?.municipality === undefined) return lookup;
  for (const service of services(main.id)) {
    const same = lookup.entries.find((entry) => entry.municipality !== main.municipality && entry.id.endsWith(service));
    if (same !== undefined) return { ...lookup, entries: inFront(same, lookup.entries) };
  }
  return lookup;
}

/**
 * The endings of a municipal entry's id that may name its service, the longest first: "den-haag-ooievaarspas" →
 * "-haag-ooievaarspas", "-ooievaarspas" (the municipality's part of the id has no fixed length).
 */
function services(id: string): string[] {
  const parts = id.split('-');
  return Array.from({ length: parts.length - 1 }, (_, index) => `-${parts.slice(index + 1).join('-')}`);
}

/**
 * "en in Delft?": the conversation's topic asked for the place the message names, unless it asks its own thing. A
 * place outside the regions keeps the topic's own entry beside the national route ("waar kan ze daarvoor terecht in
 * Zwolle?" after the beslagvrije voet), as the question asked whole gets it.
 */
function topicElsewhere(
  engine: KnowledgeEngine,
  understanding: Understanding,
  topic: string,
): LookupWithAlso | undefined {
  const { question, place } = understanding;
  const swapped = engine.ask(`${topic.replace(/-/g, ' ')} ${question.expanded}`, understanding.language);
  const own = ownAsk(engine, understanding, swapped.lookup);
  if (own !== undefined) return { lookup: ownPlaceFirst(own, place) };
  if (swapped.lookup.kind === 'no-match') return undefined;
  const { also } = swapped;
  const kept = swapped.lookup.kind === 'out-of-region' && also !== undefined;
  return { lookup: ownPlaceFirst(swapped.lookup, place), ...(kept ? { also } : {}) };
}

/**
 * "and is there a food bank there?", "en wie regelt dan de schuldhulp zelf?": a local topic, in a message that
 * follows up, is asked for the place just answered for — unless it names another town's service ("tot welk
 * inkomen krijg je een Ooievaarspas?"). `stale`: the place was kept from an earlier answer, not the last one.
 */
function localThere(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  read: PlaceRead,
  stale: boolean,
): LookupWithAlso | undefined {
  const { question } = understanding;
  const { topics, here, name, shown } = read;
  if (name === undefined || !asksLocal(engine, question, context, read)) return undefined;
  // "wie doet schuldhulp?" right after Hoeksche Waard's debt help asks the same thing anew, for another place.
  const sameTopic = context.topic !== undefined && topics.includes(context.topic);
  const asksAgain = sameTopic && !here && !goesOn(engine.kb.wording, question.words);
  // "en als de schuldeisers niet akkoord gaan?" after the national Msnp answer goes on about that, not about
  // the debt help of the place the conversation started with.
  const wentNational = sameTopic && !here && stale;
  if (asksAgain || wentNational || namesOtherTown(engine, question, context.place as string, shown)) return undefined;
  return municipalThere(engine, understanding, name);
}

/**
 * The question asked for the place named `name`, when that gives the municipality's services — with the topic's
 * own entry beside them, as the question with the place in it gets: "hoelang duurt een schuldregeling daar?" after
 * Pijnacker-Nootdorp's debt help is the place's route and the Msnp's 18 months.
 */
export function municipalThere(
  engine: KnowledgeEngine,
  understanding: Understanding,
  name: string,
): LookupWithAlso | undefined {
  const { lookup, also } = engine.ask(`${understanding.question.expanded} ${name}`, understanding.language);
  // A place outside the regions gets the national route there, as the question with its name would.
  if (lookup.kind !== 'municipal' && lookup.kind !== 'out-of-region') return undefined;
  return also === undefined ? { lookup } : { lookup, also };
}

/**
 * Whether the message asks something local: a local topic; a national money topic when it asks who or where
 * ("er ligt ook beslag op zijn loon, wie kan nagaan of er genoeg overblijft?"), which the place's route answers
 * with the topic's entry beside it; or no topic word, but who or where for a need another of the place's
 * services meets ("hij heeft ook hulp in huis nodig, wie bel ik daarvoor?" after its debt help).
 */
function asksLocal(
  engine: KnowledgeEngine,
  question: Question,
  context: ConversationContext,
  read: PlaceRead,
): boolean {
  const { topics, here, shown } = read;
  // "zit daar ook iemand die …?" asks who at the place just answered for.
  const someone = here && hasPhrase(` ${question.expanded} `, engine.kb.wording.followUpWording.someoneWho);
  const who = someone || asksWhoOrWhere(engine.kb.wording.asking, question.expanded);
  const described =
    topics.length === 0 && who && here && context.place !== undefined
      ? serviceAsked(engine, question, context.place)
      : undefined;
  const newNeed = described !== undefined && !(shown[0]?.topics.includes(described) ?? false);
  return newNeed || topics.some((topic) => LOCAL_TOPICS.has(topic) || (who && MUNICIPAL_TOPICS.has(topic)));
}

/**
 * "is daar in Dordrecht een project mee gedaan?" after the stress-sensitive approach: of the entries found, the
 * one about the place named leads.
 */
export function ownPlaceFirst(lookup: Lookup, place: Understanding['place']): Lookup {
  if (lookup.kind !== 'entries' || place.kind !== 'regional') return lookup;
  // A regional entry may be about one town without belonging to it ("Lessen uit Dordrecht"): its title says so.
  const name = ` ${normalize(place.name)} `;
  const own = lookup.entries.find(
    (entry) => entry.municipality === place.code || ` ${normalize(entry.title.nl)} `.includes(name),
  );
  return own === undefined ? lookup : { kind: 'entries', entries: inFront(own, lookup.entries) };
}

/** How much better the message's own words must match an entry than the place swap's answer. */
const OWN_ASK_MARGIN = 3;

/**
 * "en in Zoetermeer, hebben ze daar zo'n lokale alliantie?" after Dordrecht's debt help asks for something of
 * its own: the message's words alone find an entry far better than any of the swapped answer's.
 */
function ownAsk(engine: KnowledgeEngine, understanding: Understanding, swapped: Lookup): Lookup | undefined {
  if (swapped.kind !== 'entries' && swapped.kind !== 'municipal') return undefined;
  const expanded = understanding.question.expanded;
  const best = engine.bestHit(understanding.question);
  if (best === undefined) return undefined;
  const answered = new Set(swapped.entries.map((entry) => entry.id));
  if (answered.has(best.entry.id)) return undefined;
  const [theirs] = engine.index.search(expanded, { filter: (entry) => answered.has(entry.id), limit: 1 });
  if (best.score < OWN_ASK_MARGIN * (theirs?.score ?? 0)) return undefined;
  const own = engine.ask(expanded, understanding.language).lookup;
  return own.kind === 'entries' && own.entries[0]?.id === best.entry.id ? own : undefined;
}

/**
 * Whether a question names another municipality's service outright: "tot welk inkomen krijg je een
 * Ooievaarspas?" after Delft, but not "en wie regelt daar de bijzondere bijstand?", which Delft's own
 * entries answer as well.
 */
function namesOtherTown(
  engine: KnowledgeEngine,
  question: Question,
  code: string,
  shown: readonly ContentEntry[],
): boolean {
  const { placeWords } = engine.kb.wording.pointing;
  const own = question.expanded
    .split(' ')
    .filter((word) => !placeWords.has(word))
    .join(' ');
  const [named, ...others] = engine.index.search(own, { limit: ALIKE_TOWNS + 1 });
  const town = named?.entry.municipality;
  if (named === undefined || !named.named || town === undefined || town === code) return false;
  // "and for the kids' school and sports costs?" finds Sliedrecht's, Leidschendam-Voorburg's and Den Haag's Leergeld
  // alike: words every town's service has name none of them.
  const alike = new Set(
    others
      .filter((hit) => hit.score >= ALIKE_SHARE * named.score)
      .map((hit) => hit.entry.municipality)
      .filter((other) => other !== undefined && other !== town && other !== code),
  );
  if (alike.size >= ALIKE_TOWNS) return false;
  if (shown.some((entry) => entry.id === named.entry.id)) return false;
  // Another town's entry for the service just shown ("kan het ook voor de ozb?" after Hendrik-Ido-Ambacht's
  // kwijtschelding finds Dordrecht's, whose keywords say OZB) asks more of that service, not of the other town.
  const same = services(named.entry.id).some((service) => shown.some((entry) => entry.id.endsWith(service)));
  if (same) return false;
  const local = engine.index.search(own, { filter: (entry) => entry.municipality === code, limit: 1 })[0];
  return (local?.score ?? 0) * OTHER_TOWN_MARGIN < named.score;
}

/** Other towns' entries found nearly as well (`ALIKE_SHARE`) that make a service no one town's. */
const ALIKE_TOWNS = 2;
const ALIKE_SHARE = 0.9;
/** How much better another town's entry must match than the town's own to count as named. */
const OTHER_TOWN_MARGIN = 3;

/**
 * A message that goes on from the last answer: "en in Delft?", "and for Molenlanden?", "wat als …" (`opens`, at
 * its start), or a few words.
 */
const MAX_WORDS_CONTINUES = 4;
/**
 * "En een gezin uit Leidschendam-Voorburg, moeten die dat via Den Haag aanvragen?" goes on; a long message that
 * only points back ("de moeder werkt in Sliedrecht, waar kan ze daar binnenlopen met vragen over opvoeding?")
 * need not. One that opens with "en …" goes on at any length a follow-up may have (see `readFollowUp`).
 */
const MAX_WORDS_GOES_ON = 14;

export function continues(wording: Wording, words: readonly string[]): boolean {
  return words.length <= MAX_WORDS_CONTINUES || goesOn(wording, words);
}

/**
 * Says outright that it goes on: "en …", "wat als …" (`opens`), "zelfde verhaal" anywhere ("teamgenoot woont in
 * Papendrecht, zelfde verhaal": `sameAgain`), a move ("als ze naar Delft verhuizen, waar dan?": `moves`), or a word
 * pointing back.
 */
export function goesOn(wording: Wording, words: readonly string[]): boolean {
  if (opensOn(wording, words)) return true;
  if (tellsMove(wording, words)) return true;
  return (
    words.length <= MAX_WORDS_GOES_ON &&
    (pointsBack(wording.pointing, words) || saysPhrase(words, wording.followUpWording.sameAgain))
  );
}

/**
 * Where the case really is, told after an answer for another place ("oh wacht, ze wonen in Arkel. maakt dat uit?",
 * "sorry my mistake, the family is actually in Zoetermeer": `placeTold`): only in a message that names a place, no
 * topic of its own and no worry — "haar ex woont in Dordrecht en staat steeds bij haar aan de deur" tells something
 * new. Read like a move.
 */
export function tellsWhere(wording: Wording, { question, place, topics, danger }: Understanding): boolean {
  const { words } = question;
  if (place.kind === 'none' || topics.length > 0 || danger.acute || danger.worry) return false;
  return words.length <= MAX_WORDS_MOVE && saysPhrase(words, wording.followUpWording.placeTold);
}

/** A message that goes on (see {@link goesOn}), or that tells where the case really is (see {@link tellsWhere}). */
export function goesOnOrTellsWhere(wording: Wording, understanding: Understanding): boolean {
  return goesOn(wording, understanding.question.words) || tellsWhere(wording, understanding);
}

/**
 * A move (`moves`), told with more words than other follow-ups ("mijn cliënt vertelde net dat hij over twee weken
 * bij zijn zus in Papendrecht gaat wonen").
 */
export function tellsMove(wording: Wording, words: readonly string[]): boolean {
  return words.length <= MAX_WORDS_MOVE && saysPhrase(words, wording.followUpWording.moves);
}

/** A move may be told in this many words and still go on (a follow-up is read up to as many: see `readFollowUp`). */
const MAX_WORDS_MOVE = 20;

/** "en …", "and …", "wat als …" at the start (`opens`). */
export function opensOn(wording: Wording, words: readonly string[]): boolean {
  return startsWithPhrase(words.join(' '), wording.followUpWording.opens);
}

/** "en …", "wat als …" at the start (`opens`), or a word pointing back at the last answer. */
export function opensOrPointsBack(wording: Wording, words: readonly string[]): boolean {
  return opensOn(wording, words) || pointsBack(wording.pointing, words);
}

const thatPlaces = new WeakMap<Pointing, RegExp>();

/** "bij die gemeente", "that municipality": the place just named, in two words (`thatPlacePointers`, `…Nouns`). */
function thatPlace(pointing: Pointing, words: readonly string[]): boolean {
  let pattern = thatPlaces.get(pointing);
  if (pattern === undefined) {
    const any = (list: ReadonlySet<string>) => [...list].map(escapeRegExp).join('|');
    const empty = pointing.thatPlacePointers.size === 0 || pointing.thatPlaceNouns.size === 0;
    pattern = empty
      ? /(?!)/
      : new RegExp(`\\b(${any(pointing.thatPlacePointers)}) (${any(pointing.thatPlaceNouns)})\\b`);
    thatPlaces.set(pointing, pattern);
  }
  return pattern.test(words.join(' '));
}

/** Points to the place just named: "is daar ook een voedselbank?", "and is there a food bank?" (`placeWords`). */
export function pointsToPlace(pointing: Pointing, words: readonly string[]): boolean {
  return words.some((word) => pointing.placeWords.has(word)) || thatPlace(pointing, words);
}

/** Names the place outright: "daar", "there", "die gemeente", not "ook" (`namesPlace`). */
function namesThere(pointing: Pointing, words: readonly string[]): boolean {
  return words.some((word) => pointing.namesPlace.has(word)) || thatPlace(pointing, words);
}

const MAX_WORDS_REGION = 6;

/** The entry about the same thing in the region a short message names, when the last answer was about the other. */
function otherRegion(engine: KnowledgeEngine, main: ContentEntry, words: readonly string[]): ContentEntry | undefined {
  if (words.length > MAX_WORDS_REGION) return undefined;
  const text = ` ${words.join(' ')} `;
  const asked = REGIONS.find((region) => region.asked.some((word) => text.includes(` ${word} `)));
  const title = ` ${normalize(main.title.nl)} `;
  const shown = REGIONS.find((region) => region.asked.some((word) => title.includes(` ${word} `)));
  if (asked === undefined || shown === undefined || asked === shown) return undefined;
  const rest = shown.asked.reduce((left, word) => left.replace(` ${word} `, ' '), title).trim();
  return engine.index
    .search(`${rest} ${asked.searched}`, { limit: 5 })
    .map((hit) => engine.content(hit.entry.id))
    .find(
      (entry) =>
        entry !== undefined && asked.asked.some((word) => ` ${normalize(entry.title.nl)} `.includes(` ${word} `)),
    );
}
