/**
 * The lookup of a question of its own: a municipality's services for a place and a money or social topic, the
 * place question for a topic without a place, the national route outside the regions, otherwise search — with a
 * lead phrase's entry first and a second ask beside the first answer.
 */
import type { ConversationContext, EngineResult, KnowledgeEngine, Lookup, Understanding } from './engine.js';
import { asContent, inFront, MIN_SCORE, namesEntry } from './engine-entries.js';
import { LOCAL_SHARE, ledBy, localHere, onlyGeneric, serviceAsked } from './engine-municipal.js';
import { childWantsToTalk } from './follow-up.js';
import { holdsStepNamed, listsSteps, namesStep, onlyStep, stepListFor } from './follow-up-more.js';
import { municipalThere, ownPlaceFirst } from './follow-up-place.js';
import { MAX_WORDS } from './follow-up-shown.js';
import { BROAD_TOPICS, formFirst, hitOn, linkedFrom, shownEntries } from './nearby.js';
import { normalize } from './normalize.js';
import type { PlaceMatch } from './places.js';
import type { Question } from './question.js';
import { ANY_REGION_WORDS, namedRegion } from './regions.js';
import type { ContentEntry, KnowledgeEntry } from './schema.js';
import { processTerm, type SearchHit } from './search.js';
import {
  HELP_LINES_TOPIC,
  LOCAL_TOPICS,
  MUNICIPAL_TOPICS,
  NATIONAL_SERVICES,
  ROUTE_TOPICS,
  VIOLENCE_FORMS,
} from './topic-sets.js';
import { asksNationally, asksWhoOrWhere, hasPhrase, saysPhrase, withoutPhrases } from './wording.js';

/** The debt topic: the money route that stands in when a question says no more than "money". */
const DEBT = 'schulden';

/** Debt is among the money topics only through weak money phrases ("weinig geld"): see `asking.weakMoney`. */
function weakDebt(engine: KnowledgeEngine, understanding: Understanding, named: readonly string[]): boolean {
  if (!named.includes(DEBT)) return false;
  const { weakMoney } = engine.kb.wording.asking;
  const text = understanding.question.expanded;
  if (!hasPhrase(text, weakMoney)) return false;
  return !engine.topics.match(withoutPhrases(text, weakMoney)).includes(DEBT);
}

/** The volunteers' topic: often who asks ("ik ben vrijwilliger bij de kerk"), not what is asked. */
const VOLUNTEERS = 'vrijwilligers';
/** The topic of the municipality's social or neighbourhood team: like the volunteers', often who writes. */
const LOCAL_TEAM = 'sociaal-team';
/** The topic of the entries about one profession's meldcode. */
const PROFESSION = 'beroep';
const VIOLENCE = 'geweld';
/** The meldcode's own name: in a profession code's keyword it names the code, not the profession. */
const MELDCODE = 'meldcode';
const MUNICIPALITY_WORD = 'gemeente';
/** The share of the question's search terms an entry must match when no topic was recognised. */
const MIN_COVERAGE = 0.5;

/** Topics that often say who writes ("jeugdteam rijswijk: …", "ik ben vrijwilliger …"), not what is asked. */
const WRITER_TOPICS: ReadonlySet<string> = new Set([LOCAL_TEAM, VOLUNTEERS, PROFESSION]);

/** Topics too wide to say that a town's entry is about what is asked (see `lookupOf`). */
const UNNAMING_TOPICS: ReadonlySet<string> = new Set([PROFESSION, VIOLENCE, 'aanpak', MELDCODE, 'hulplijnen']);

/** A lookup and the second ask beside it, if the question makes one. */
export type LookupWithAlso = Pick<EngineResult, 'lookup' | 'also'>;

/** The lookup of a question read on its own, without the conversation, and a second ask if it makes one. */
export function lookupOf(engine: KnowledgeEngine, understanding: Understanding): LookupWithAlso {
  const { place, question } = understanding;
  const money = moneyTopics(engine, understanding);
  const defined = place.kind === 'regional' ? definedEntry(engine, understanding) : undefined;
  if (defined !== undefined) return { lookup: { kind: 'entries', entries: defined } };
  const municipal = place.kind === 'regional' ? municipalLookup(engine, understanding, place, money) : undefined;
  if (municipal !== undefined) return askedBeforeStory(engine, understanding, municipal) ?? municipal;
  const named = place.kind === 'none' ? namedLocally(engine, understanding) : undefined;
  if (named !== undefined) return named;
  const local = money.find((topic) => LOCAL_TOPICS.has(topic));
  // Out of region only for a local question: a place name alone says nothing about what is asked.
  if (place.kind === 'national' && local !== undefined) return outOfRegion(engine, understanding, place.name, local);
  // A national money topic asked who or where ("msnp, hij woont in Bodegraven, waar moet hij heen?") is one too, when
  // an entry of that topic stands beside the national route (`outOfRegion`'s second card), as a town of the regions
  // leads with its route and the topic's entry. Not what national bodies handle wherever one lives
  // (`NATIONAL_SERVICES`: "… aanmelden bij UHT?").
  if (
    place.kind === 'national' &&
    asksWhoOrWhere(engine.kb.wording.asking, question.expanded) &&
    !money.some((topic) => NATIONAL_SERVICES.has(topic))
  ) {
    const national = money.find((topic) => MUNICIPAL_TOPICS.has(topic));
    const outside = national === undefined ? undefined : outOfRegion(engine, understanding, place.name, national);
    if (national !== undefined && outside?.also?.topics.includes(national)) return outside;
  }
  if (local !== undefined && asksPlace(engine, understanding, money, local))
    return { lookup: { kind: 'ask-place', topic: local } };
  const code = place.kind === 'regional' ? place.code : undefined;
  const searched = searchAsked(engine, understanding, code);
  const childLine = childWantsToTalk(engine, question);
  const entries = childLine === undefined ? searched : inFront(childLine, searched);
  // A local topic asked where that nothing else answers ("zoon wil op hockey, kan dat ergens van betaald
  // worden?") gets the place question, not the honest no-answer.
  const unanswered = entries.length === 0 && local !== undefined && place.kind === 'none';
  if (unanswered && !namesNationalMoney(money) && asksWhoOrWhere(engine.kb.wording.asking, question.expanded))
    return { lookup: { kind: 'ask-place', topic: local } };
  if (entries.length === 0) return { lookup: { kind: 'no-match' } };
  // "is er in dordrecht een stress-sensitieve aanpak?": of the entries found, the one about the place named leads
  // when it is about what is asked (a topic of the question), not there by chance (its debt help for a violence case,
  // its 2012 team against violence for a suspicion of honour-based violence: "geweld" and "aanpak" say too little).
  const own = ownRegionFirst(engine, ownPlaceFirst({ kind: 'entries', entries }, place), place);
  const [lead] = own.kind === 'entries' ? own.entries : [];
  const onTopic =
    lead?.topics.some((topic) => !UNNAMING_TOPICS.has(topic) && understanding.topics.includes(topic)) === true;
  const found = onTopic && own.kind === 'entries' ? own.entries : entries;
  return {
    lookup: { kind: 'entries', entries: found },
    ...alsoFor(engine, understanding, found[0] as ContentEntry, code),
  };
}

/**
 * "jeugdteam rijswijk: wat is de verwijsindex haaglanden precies?": a question that asks what something is
 * (`asking.defines`), names no topic but who writes, and names a national or regional entry by a word of its title is
 * about that entry, not the place's money route; the place says where the writer works.
 */
function definedEntry(engine: KnowledgeEngine, understanding: Understanding): ContentEntry[] | undefined {
  const { question, topics } = understanding;
  // Only when no topic names a service of the place: "wat is kwijtschelding in delft?" asks the town's.
  if (!topics.every((topic) => WRITER_TOPICS.has(topic))) return undefined;
  if (!hasPhrase(question.expanded, engine.kb.wording.asking.defines)) return undefined;
  const entries = engine.search(understanding, undefined);
  const [best] = entries;
  return best !== undefined && best.municipality === undefined && namesEntry(question, best) ? entries : undefined;
}

/**
 * The search of the whole question; when it finds nothing and the question asks before an aside ("wat is SOS in
 * dordrecht? hoor het steeds in de wandelgangen"), the search of what it asks alone, when that names a subject of
 * its own (a topic, a place): the aside's words are no part of what an answer must hold. "hoeveel krijgen ze dan
 * ongeveer? de oudste zit op de middelbare" names none and asks about the card just shown.
 */
function searchAsked(engine: KnowledgeEngine, understanding: Understanding, code: string | undefined): ContentEntry[] {
  const entries = engine.search(understanding, code);
  if (entries.length > 0) return entries;
  const asked = engine.askedBeforeTold(understanding.question.text);
  if (asked === undefined) return entries;
  const alone = engine.understand(asked, understanding.language);
  return alone.topics.length > 0 || alone.place.kind !== 'none' ? engine.search(alone, code) : entries;
}

/**
 * "vrouw in Dordrecht wil weg bij haar man, waar kan ze heen?": a first entry whose title names the other region
 * (Haaglanden's shelter) gives way to the entry of the same topic whose title names the place's own region (the shelter
 * in Zuid-Holland Zuid), when there is one.
 */
function ownRegionFirst(engine: KnowledgeEngine, lookup: Lookup, place: PlaceMatch): Lookup {
  if (lookup.kind !== 'entries' || place.kind !== 'regional') return lookup;
  const words = namedRegion(engine.places.regionOf(place.code));
  const elsewhere = (entry: ContentEntry) =>
    entry.municipality === undefined && titleNames(entry, ANY_REGION_WORDS) && !titleNames(entry, words);
  if (words.length === 0 || !lookup.entries.some(elsewhere)) return lookup;
  const counterpart = (entry: ContentEntry) =>
    engine.kb.entries.find(
      (other): other is ContentEntry =>
        engine.content(other.id) !== undefined &&
        other.municipality === undefined &&
        other.topics[0] === entry.topics[0] &&
        titleNames(other, words),
    );
  const entries = lookup.entries.map((entry) => (elsewhere(entry) ? (counterpart(entry) ?? entry) : entry));
  return { kind: 'entries', entries: entries.filter((entry, at) => entries.indexOf(entry) === at) };
}

/** Whether an entry's title names a region by one of `regionWords` ("Vrouwenopvang in Zuid-Holland Zuid"). */
function titleNames(entry: { title: { nl: string } }, regionWords: readonly string[]): boolean {
  return hasPhrase(normalize(entry.title.nl), regionWords);
}

/**
 * "Is er in de regio een aanpak voor gezinnen waar het geweld gewoon niet stopt? We zitten in Zoetermeer … en er
 * zijn grote schulden.": a long message whose asking sentences name only topics that are no municipal service is
 * answered on what they ask, with the place's route (the money its story tells) as the second card, which takes the
 * place of the municipal answer's own second card.
 */
function askedBeforeStory(
  engine: KnowledgeEngine,
  understanding: Understanding,
  municipal: LookupWithAlso,
): LookupWithAlso | undefined {
  const { asked } = understanding;
  if (asked === undefined || asked.some((topic) => MUNICIPAL_TOPICS.has(topic))) return undefined;
  if (municipal.lookup.kind !== 'municipal') return undefined;
  const [route] = municipal.lookup.entries;
  const [first, ...rest] = searchEntries(engine, understanding, municipal.lookup.code, asked);
  if (first === undefined || route === undefined || first.id === route.id) return undefined;
  // A worry keeps Veilig Thuis' advice line on the first card ("Advies voor allebei?": the violence and the debts).
  return {
    lookup: { kind: 'entries', entries: [first, ...rest.filter((entry) => entry.id !== route.id)] },
    also: route,
  };
}

/**
 * "Schuldenlab070, wat doen ze daar eigenlijk?": a municipality's own organisation or programme named without a
 * place (`localNames`) is that municipality's — its entry that fits the question best first, its services for that
 * entry's topics after it.
 */
function namedLocally(engine: KnowledgeEngine, understanding: Understanding): LookupWithAlso | undefined {
  const { question, topics } = understanding;
  const code = engine.localName(question.expanded);
  const name = code === undefined ? undefined : engine.places.nameOf(code);
  if (code === undefined || name === undefined) return undefined;
  // A topic the question names decides among the entries that hold the name ("Vitis Welzijn" runs the food
  // bank's and the energy desk's points: "… ook met voedselpakketten?" is the food bank).
  const hits = engine.index.search(question.expanded, {
    filter: (entry) => entry.municipality === code,
    limit: SEARCHED,
  });
  const best = hits.find((hit) => topics.some((topic) => hit.entry.topics.includes(topic))) ?? hits[0];
  return best === undefined ? undefined : ledBy(engine, { code, name }, asContent(best), question.expanded);
}

/** The municipal (money or social) topics a question asks, the one to answer first. */
function moneyTopics(engine: KnowledgeEngine, understanding: Understanding): readonly string[] {
  const { place, topics, question } = understanding;
  // "I volunteer at a community centre, where can he get food?": who asks is no topic when another is named.
  const named = topics.filter((topic) => MUNICIPAL_TOPICS.has(topic));
  // A place without a topic word may describe one of its services ("geen laptop … minimuminkomen"); so may one
  // whose debt topic rests on a weak money word alone ("weinig geld … een fiets voor de brugklas").
  const weak = place.kind === 'regional' && weakDebt(engine, understanding, named);
  // Who asks ("sport", "school" name professions) is no topic either; the reporting route named outright is one
  // ("welke meldcode volg ik als verloskundige?" in Hendrik-Ido-Ambacht asks the midwives' code, not a local service).
  const namesRoute = saysPhrase(question.words, engine.kb.wording.asking.namesRoute);
  const untopical = topics.every((topic) => topic === PROFESSION) && !namesRoute;
  // "… naar een woning in Delft, heeft geen kleren meer. kan de gemeente iets?" asks the municipality outright,
  // whatever else it names (the shelter): one of its services may be what is meant.
  const asksMunicipality = named.length === 0 && question.words.includes(MUNICIPALITY_WORD);
  // "een meisje in groep 4 uit Zoetermeer zegt dat haar moeder haar slaat" tells a worry and names no money: its words
  // find the town's Leergeld ("meisje", "groep"), but no service of the town is described. Asked outright ("… kan de
  // gemeente iets?"), one of its services may still be meant.
  const worryOnly = understanding.danger.worry && named.length === 0;
  const described =
    place.kind === 'regional' && ((untopical && !worryOnly) || weak || asksMunicipality)
      ? serviceAsked(engine, question, place.code)
      : undefined;
  // The meldcode, its afwegingskader or Veilig Thuis named outright ("wat zijn de stappen van de meldcode in Den
  // Haag?") is what is asked: the place's name in a municipal entry's title does not make it that entry's service.
  // Named, not only a word of their topics ("advies", "melden"): "… kan een nieuwe bril niet betalen, wat is je
  // advies?" still asks the town.
  // A form of violence named ("wordt door haar ex gevolgd", stalking) is what is asked: no town's service by chance.
  const violence = topics.some((topic) => VIOLENCE_FORMS.has(topic));
  if (described === undefined && named.length === 0 && place.kind === 'regional' && !namesRoute && !violence) {
    const elsewhere = servedElsewhere(engine, question);
    if (elsewhere !== undefined) return [elsewhere];
  }
  // "wil bij een koor maar heeft weinig te besteden": the weak money phrase names no service beside the one named.
  const strong = weak && named.some((topic) => topic !== DEBT) ? named.filter((topic) => topic !== DEBT) : named;
  if (described === undefined)
    return strong.length > 1 && strong.includes(VOLUNTEERS)
      ? [...strong.filter((topic) => topic !== VOLUNTEERS), VOLUNTEERS]
      : strong;
  if (!weak) return [described];
  return [
    described,
    ...named.filter((topic) => topic !== described && topic !== DEBT),
    ...(described === DEBT ? [] : [DEBT]),
  ];
}

/** Words of the question another municipality's service must hold to say which service is meant. */
const ELSEWHERE_WORDS = 3;

/**
 * "klant met postcode 3155 leeft van een minimum en kan zijn eigen bijdrage en een nieuwe bril niet betalen. is er
 * een regeling?": a question with a place and no money topic word, whose best answer in the whole index is some
 * municipality's service named by its words (Zoetermeer's special assistance names "bril"), asks that service's
 * money topic: the place's own service on it leads.
 */
function servedElsewhere(engine: KnowledgeEngine, question: Question): string | undefined {
  const best = engine.bestHit(question);
  if (best === undefined || best.entry.municipality === undefined || !best.named || best.matched < ELSEWHERE_WORDS)
    return undefined;
  return best.entry.topics.find((topic) => MUNICIPAL_TOPICS.has(topic));
}

/** The municipality's own services for the topics asked (its money route for a place alone), if it has any. */
function municipalLookup(
  engine: KnowledgeEngine,
  understanding: Understanding,
  place: Extract<PlaceMatch, { kind: 'regional' }>,
  money: readonly string[],
): LookupWithAlso | undefined {
  const { question } = understanding;
  const entries =
    money[0] !== undefined || onlyGeneric(engine, question, place)
      ? engine.municipal(
          place.code,
          money.length > 0 ? money : ['schulden'],
          question.expanded,
          money.filter((topic) => understanding.asked?.includes(topic)),
        )
      : [];
  if (entries.length === 0) return undefined;
  const lookup: Lookup = { kind: 'municipal', code: place.code, name: place.name, entries };
  const first = entries[0] as ContentEntry;
  // "… in Sliedrecht … is er een landelijk nummer?": the place's route leads, the topic's national entry beside it.
  if (asksNationally(engine.kb.wording.asking, question.expanded)) {
    const national = engine.topicEntry(question, money[0] ?? DEBT);
    if (national !== undefined && national.municipality === undefined) return { lookup, also: national };
  }
  const topical = alsoFor(engine, understanding, first, place.code);
  if (topical.also !== undefined) return { lookup, ...topical };
  const linked = linkedAhead(engine, question, first) ?? namedDebtEntry(engine, understanding);
  return { lookup, ...(linked === undefined ? {} : { also: linked }) };
}

/** How far a regional organisation the municipality's route links to must score above the route to follow it. */
const LINKED_AHEAD = 1.5;
/** The kinds of entry that are an organisation doing the work, not an explanation of a topic. */
const ORGANISATIONS: ReadonlySet<ContentEntry['kind']> = new Set(['service', 'contact']);

/**
 * "SHV via SDD in Dordt, hoe start zo'n traject eigenlijk?": Dordrecht's route leads, and the Sociale Dienst
 * Drechtsteden it links to, which the question's words fit far better (it holds the workshop and the interview),
 * follows it. An organisation of no municipality linked from the route, on at least as many words, 1.5 times the score.
 */
function linkedAhead(engine: KnowledgeEngine, question: Question, route: ContentEntry): ContentEntry | undefined {
  // An organisation that does the work (a service or a contact), not the national explanation of the topic. Most
  // routes link none: no search then.
  const organisations = linkedFrom(engine, [route]).filter(
    (entry) => entry.municipality === undefined && ORGANISATIONS.has(entry.kind),
  );
  if (organisations.length === 0) return undefined;
  const ids = new Set([route.id, ...organisations.map((entry) => entry.id)]);
  const hits = engine.index.search(question.expanded, { filter: (entry) => ids.has(entry.id), limit: ids.size });
  const own = hits.find((hit) => hit.entry.id === route.id);
  const best = hits.find((hit) => hit.entry.id !== route.id);
  if (best === undefined || own === undefined) return undefined;
  const ahead = best.matched >= own.matched && best.score >= LINKED_AHEAD * own.score;
  return ahead ? asContent(best) : undefined;
}

/** A local topic for a place outside the regions: the national route, with the topic's own entry beside it. */
function outOfRegion(
  engine: KnowledgeEngine,
  understanding: Understanding,
  placeName: string,
  local: string,
): LookupWithAlso {
  const lookup: Lookup = { kind: 'out-of-region', placeName, entry: engine.content('geldfit') };
  // A national service the question names is what it asks beside the place ("waar kan ze gratis juridisch advies
  // krijgen?" is the Juridisch Loket's, not the minima's): the search's best, when national and about its topics.
  const [best] = searchEntries(engine, understanding, undefined);
  const national =
    best !== undefined &&
    best.id !== 'geldfit' &&
    best.topics.some((topic) => !LOCAL_TOPICS.has(topic) && understanding.topics.includes(topic))
      ? best
      : undefined;
  const also =
    national ?? (local === DEBT || local === LOCAL_TEAM ? undefined : engine.topicEntry(understanding.question, local));
  return { lookup, ...(also === undefined ? {} : { also }) };
}

/** Whether the money topics asked include a national one ("beschermingsbewind", "Wsnp"), not only local ones. */
function namesNationalMoney(money: readonly string[]): boolean {
  return money.some((topic) => !LOCAL_TOPICS.has(topic));
}

/** Whether a local topic without a place is answered with the place question ("which municipality?"). */
function asksPlace(
  engine: KnowledgeEngine,
  understanding: Understanding,
  money: readonly string[],
  local: string,
): boolean {
  const { place, topics } = understanding;
  const normalized = understanding.question.expanded;
  // A national money topic beside it ("beschermingsbewind", "Wsnp") is answered nationally, not per place.
  const national = namesNationalMoney(money);
  // A city pass named outright ("wie krijgt een Ooievaarspas?") is answered by its own entry, and a question
  // that asks for the country as a whole ("is er een landelijk nummer?") by the national one: no place question.
  // "wij als wijkteam, moeten wij een eigen meldcode hebben?": the team says who writes when the meldcode's route is
  // asked beside it.
  const writer = local === LOCAL_TEAM && topics.some((topic) => ROUTE_TOPICS.has(topic));
  if (
    place.kind !== 'none' ||
    topics[0] !== local ||
    writer ||
    national ||
    hasPhrase(normalized, engine.kb.wording.asking.defines) ||
    asksNationally(engine.kb.wording.asking, normalized) ||
    engine.lead(normalized) !== undefined
  )
    return false;
  // "schuldhulp" or "wie doet schuldhulp?": only the topic, or a who/where question — ask the place; but
  // "vriend regelt al het geld … welke meldcode volg ik als verloskundige?" is answered by another topic.
  return (
    onlyTopic(engine, normalized) ||
    (asksWhoOrWhere(engine.kb.wording.asking, normalized) && aboutLocal(engine, normalized, topics, local))
  );
}

/** How many answers a search shows, and how far down an entry of the question's topic may come from. */
const SHOWN = 3;
const SEARCHED = 5;
/** A best hit about none of the question's topics is kept when it scores this far ahead, on this many words. */
const AHEAD = 1.8;
const AHEAD_WORDS = 3;
/** How close to the best hit an entry of the question's topic must score to lead instead of it. */
const CLOSE_TO_BEST = 0.8;

/**
 * "… vorige week verkracht en durft het thuis niet te zeggen, waar kan ze terecht?": "thuis" puts Veilig
 * Thuis first, though it is not about the question's topic. A hit about that topic close behind, on as many
 * words, leads.
 */
function topicFirst(hits: SearchHit[], topic: string | undefined, onTopic: (hit: SearchHit) => boolean): SearchHit[] {
  const [best] = hits;
  if (best === undefined || topic === undefined || onTopic(best)) return hits;
  // On as many of the question's words: fewer words matched is a weaker answer however it scores.
  const about = hits.find(
    (hit) => hit.entry.topics.includes(topic) && hit.score >= CLOSE_TO_BEST * best.score && hit.matched >= best.matched,
  );
  return about === undefined ? hits : [about, ...hits.filter((hit) => hit !== about)];
}

/** Search, with a lead phrase's entry first; only answers that share the question's topic or most words. */
export function searchEntries(
  engine: KnowledgeEngine,
  understanding: Understanding,
  code: string | undefined,
  topics = understanding.topics,
): ContentEntry[] {
  const normalized = understanding.question.expanded;
  const lead = engine.lead(normalized);
  const hits = engine.index.search(normalized, {
    topics,
    // Never another municipality's numbers: only national entries, and the named municipality's own.
    filter: (entry) => entry.municipality === undefined || entry.municipality === code,
    limit: SEARCHED,
  });
  // An answer needs the question's topic, or most of its words: one shared word ("zin", "log") is chance.
  const onTopic = (hit: SearchHit) => topics.some((topic) => hit.entry.topics.includes(topic));
  const ranked = topicFirst(hits, topics[0], onTopic);
  // The hit to be far ahead of: the best about the question's topic, or without a topic (or none about it
  // among those searched) the best about another subject. A runner-up on the same subject agrees rather than
  // rivals: "slaapt in de garage, werkt 7 dagen per week en haar paspoort ligt bij de werkgever" finds
  // trafficking first and CoMensha second.
  const [first] = ranked;
  const otherSubject = (hit: SearchHit) =>
    hit !== first && !hit.entry.topics.some((topic) => first?.entry.topics.includes(topic));
  const rivalHit = (topics.length > 0 ? ranked.find(onTopic) : undefined) ?? ranked.find(otherSubject) ?? ranked[1];
  const rival = rivalHit?.score ?? 0;
  // A form of violence the question names is what it is about: an entry about something else is not ahead on the
  // people or asking words they share ("a 17-year-old girl … forced himself on her" is no forced marriage; "waar kan
  // ze terecht" no toeslagen affair).
  const forms = understanding.topics.filter((topic) => VIOLENCE_FORMS.has(topic) && topics.includes(topic));
  const aboutForm = (entry: KnowledgeEntry) => entry.topics.some((topic) => forms.includes(topic));
  const otherSubjectThanForm = (hit: SearchHit) => forms.length > 0 && !aboutForm(hit.entry);
  const best = ranked.slice(0, SHOWN).filter(
    (hit, index) =>
      onTopic(hit) ||
      // Far ahead of every answer about the question's topic (or of every other answer), on several words.
      // Far ahead on fewer words is chance in the weights ("… omdat hij anders niet meer langskomt?" finding a
      // stress tip on three words before elder abuse on five).
      (index === 0 &&
        rival > 0 &&
        !otherSubjectThanForm(hit) &&
        hit.matched >= AHEAD_WORDS &&
        hit.matched >= (rivalHit?.matched ?? 0) &&
        hit.score >= AHEAD * rival) ||
      (hit.score >= MIN_SCORE &&
        // One word is enough only when it names the entry ("tandem"), not when it occurs in its text ("laat").
        ((hit.coverage === 1 && (hit.matched >= 2 || hit.named)) ||
          (hit.coverage >= MIN_COVERAGE && hit.matched >= 2))),
  );
  const entries = best.map(asContent).filter((entry) => entry.id !== lead?.id);
  if (lead !== undefined) entries.unshift(lead);
  // The form of violence named leads, after a lead phrase's entry: the entry about it that holds most of the
  // question's words, if it holds two ("… paspoorten niet meer en de werkgever betaalt hun huur. bij wie kan ik dit
  // signaal kwijt?" is about trafficking whatever else the words found; "… is verkracht … welk nummer kan ik haar
  // geven?" is not the Kindertelefoon's).
  const about = (entry: ContentEntry) =>
    aboutForm(entry) && (entry.municipality === undefined || entry.municipality === code);
  const form =
    forms.length > 0 && lead === undefined ? formFirst(engine, understanding.question, about, entries) : undefined;
  return stepsBeforeProfession(engine, form?.kind === 'entries' ? form.entries : entries, understanding.question);
}

/** The endings a keyword may carry and still name its entry: none, or a plural. */
const PLURALS = ['', 's', 'en', 'n'];

/**
 * A profession's meldcode leads only when the question names that profession: another profession's code that
 * the question names comes first instead, and a question that asks what to do gets the steps first.
 * "Leerling komt steeds met blauwe plekken, wat doe ik nu volgens de meldcode?" describes a situation that the
 * childcare code's asks share words with; the steps found beside it answer what to do.
 */
export function stepsBeforeProfession(
  engine: KnowledgeEngine,
  entries: ContentEntry[],
  question: Question,
): ContentEntry[] {
  const [first] = entries;
  const professional = (entry: ContentEntry) => entry.kind === 'meldcode' && entry.topics.includes(PROFESSION);
  if (first === undefined) return entries;
  // The steps in front: the list found among the entries, or else the one in the index that holds a step named.
  const stepsFirst = (): ContentEntry[] | undefined => {
    const wanted = entries.find(listsSteps) ?? stepListFor(engine, entries, question);
    return wanted === undefined ? undefined : inFront(wanted, entries).slice(0, SHOWN);
  };
  const { whatToDo, aboutStaff, asksSteps } = engine.kb.wording.asking;
  // A numbered step is in the list of steps: asked beside a profession's code ("Peuter op de bso met blauwe plekken,
  // wat is stap 1 van de meldcode?"), or alone ("en stap 3?", before an entry about that step's conversation, and
  // "en stap 4?" before the afwegingskader, whose list is of questions and which names step 4 only in passing).
  const onlyTheStep = !holdsStepNamed(question.words, first) && onlyStep(question.words);
  if (namesStep(question.words) && (professional(first) || onlyTheStep)) {
    const list = stepListFor(engine, entries, question);
    if (list !== undefined) return inFront(list, entries);
  }
  // "zorgen over verwaarlozing bij een leerling. meldcode stappen, snel overzichtje": the meldcode's steps asked
  // for lead any other part of the meldcode, or a form of violence, that the worry's words match better.
  if (!professional(first)) {
    const aboutMeldcode = first.kind === 'meldcode' || question.words.includes('meldcode');
    const asked = aboutMeldcode && !listsSteps(first) && hasPhrase(question.expanded, asksSteps);
    return (asked ? stepsFirst() : undefined) ?? entries;
  }
  // "pm'er ziet blauwe plekken, wat zijn de stappen van de meldcode?": the steps asked for, whoever asks.
  if (hasPhrase(question.expanded, asksSteps)) {
    const listed = stepsFirst();
    if (listed !== undefined) return listed;
  }
  const padded = ` ${question.expanded} `;
  // "apothekers", "tandartsen" name the code whose keyword is "apotheker", "tandarts": a Dutch or English plural.
  // A keyword with "meldcode" in it ("welke meldcode") names the question, not who asks: "moet ik als
  // wijkverpleegkundige melden, welke meldcode geldt voor mij?" names the nurses' code, not the overview.
  const names = (entry: ContentEntry) =>
    entry.keywords.some((keyword) => {
      const word = normalize(keyword);
      if (word.split(' ').includes(MELDCODE)) return false;
      return PLURALS.some((ending) => padded.includes(` ${word}${ending} `));
    });
  if (names(first)) return entries;
  // "ik ben zzp fysiotherapeut …, moet ik een meldcode hebben?": the code of the profession named comes first.
  const named = entries.find((entry) => professional(entry) && names(entry));
  if (named !== undefined) return inFront(named, entries);
  // A colleague under suspicion has a route of its own in the profession's code (the MOA, the school's duty).
  if (!hasPhrase(question.expanded, whatToDo) || hasPhrase(question.expanded, aboutStaff)) return entries;
  // "ik vermoed dat een kind in mijn klas thuis geslagen wordt, wat moet ik doen?": the steps, found in the index
  // when the search's first answers were only professions' codes.
  return stepsFirst() ?? entries;
}

/** A second ask: a money topic beside a municipality's route, or another topic the first answer lacks. */
export function alsoFor(
  engine: KnowledgeEngine,
  understanding: Understanding,
  first: ContentEntry,
  code?: string,
): { also?: ContentEntry } {
  // The narrower ask first: "where do I report labour exploitation?" beside a 'debt' is about exploitation,
  // not the meldcode in general.
  const topics = [
    ...understanding.topics.filter((topic) => !BROAD_TOPICS.has(topic)),
    ...understanding.topics.filter((topic) => BROAD_TOPICS.has(topic)),
  ];
  for (const topic of topics) {
    // A municipality's route that touches a national topic ("toeslagen" in Molenlanden's debt help) still gets
    // the topic's own entry beside it.
    const covers = first.topics.includes(topic) && (first.municipality === undefined || LOCAL_TOPICS.has(topic));
    if (covers || topic === DEBT) continue;
    // The local team is named by who writes ("ik werk in het wijkteam") far more often than asked for; beside a town's
    // service it is a second ask only in a sentence of its own that asks who or where ("… en waar vind ik het
    // wijkteam in die gemeente?").
    if (topic === LOCAL_TEAM && (first.municipality === undefined || !askedApart(engine, understanding, topic)))
      continue;
    if (topic === VOLUNTEERS) continue;
    // A worry about violence answered by the meldcode is answered: the route is what a worry needs.
    if (topic === VIOLENCE && first.kind === 'meldcode') continue;
    // Who asks beside a municipality's service ("sport en school" for a child) asks no profession's code.
    if (topic === PROFESSION && first.municipality !== undefined) continue;
    const entry = engine.topicEntry(understanding.question, topic, code);
    if (entry === undefined || entry.id === first.id) continue;
    // "nummer", "bellen" ask for the first answer's contact; a second help line must be named ("Kindertelefoon").
    if (topic === HELP_LINES_TOPIC && !namesEntry(understanding.question, entry)) continue;
    return { also: entry };
  }
  return {};
}

/** Whether a sentence of the question of its own names `topic` and asks who or where (see `asksWhoOrWhere`). */
function askedApart(engine: KnowledgeEngine, understanding: Understanding, topic: string): boolean {
  const sentences = engine.sentencesOf(understanding.question.text).map((sentence) => normalize(sentence));
  if (sentences.filter((sentence) => sentence !== '').length < 2) return false;
  return sentences.some(
    (sentence) => engine.topics.match(sentence).includes(topic) && asksWhoOrWhere(engine.kb.wording.asking, sentence),
  );
}

/** Words of a question, beyond its topics' own, that a national entry on debt must hold to be named by it. */
const NAMED_DEBT_WORDS = 2;

/**
 * Debt beside a town's debt help is answered, unless the question's own words name a national entry on debt outright
 * ("ze hebben samen schulden, moet zij die straks ook betalen?": joint debts after a divorce): its words without the topics' and
 * the place's, found in an explanation of no municipality — not an organisation doing the work somewhere (the
 * Sociale Dienst Drechtsteden is no answer in Delft).
 */
function namedDebtEntry(engine: KnowledgeEngine, understanding: Understanding): ContentEntry | undefined {
  const { question, place, danger, topics } = understanding;
  // A worry or an emergency keeps its second card for the route (Veilig Thuis, the meldcode).
  if (danger.acute || danger.worry || !topics.includes(DEBT)) return undefined;
  // Not who it is about ("mijn cliënt") nor where: "mijn cliënt heeft schulden, waar kan ze terecht in Zoetermeer?"
  // names no entry beyond the town's debt help.
  const { placeWords, persons } = engine.kb.wording.pointing;
  const named = new Set(place.kind === 'regional' ? normalize(`${place.name} ${place.matched}`).split(' ') : []);
  const rest = engine.topics
    .leftover(question.expanded)
    .filter((word) => !placeWords.has(word) && !persons.has(word) && !named.has(word))
    .join(' ');
  const [hit] = engine.index.search(rest, {
    filter: (entry) =>
      entry.municipality === undefined &&
      entry.topics.includes(DEBT) &&
      !ORGANISATIONS.has((entry as ContentEntry).kind),
    limit: 1,
  });
  return hit?.named && hit.matched >= NAMED_DEBT_WORDS && hit.score >= MIN_SCORE ? asContent(hit) : undefined;
}

/** Whether the best answer to a question is about the local topic it names (or some municipality's service). */
export function aboutLocal(
  engine: KnowledgeEngine,
  normalized: string,
  topics: readonly string[],
  local: string,
): boolean {
  const [best] = engine.index.search(normalized, { topics, limit: 1 });
  return best === undefined || best.entry.municipality !== undefined || best.entry.topics.includes(local);
}

/** Whether a question says nothing but its topic ("schuldhulp", "wie doet schuldhulp?"). */
export function onlyTopic(engine: KnowledgeEngine, normalized: string): boolean {
  return engine.topics.leftover(normalized).every((word) => processTerm(word) === null);
}

/**
 * The lookup of a question of its own. "wie doet schuldhulp?" asks anew (the place question); a question
 * that finds a national answer or none may be about the conversation's municipality.
 */
export function lookupHere(
  engine: KnowledgeEngine,
  own: Understanding,
  understanding: Understanding,
  context: ConversationContext | undefined,
): LookupWithAlso {
  const asked = lookupOf(engine, own);
  // A second ask ("also") is kept as it is: only a question with one answer is moved to the municipality. A
  // first answer without the local topic asked ("kan zij iets krijgen voor sport? weinig inkomen" finding the
  // Juridisch Loket's "laag inkomen", the minima entry beside it) answers no second ask but misses the first.
  const local = understanding.topics[0];
  const missed =
    asked.lookup.kind === 'entries' &&
    local !== undefined &&
    LOCAL_TOPICS.has(local) &&
    !(asked.lookup.entries[0]?.topics.includes(local) ?? true);
  // "ze kan de huur niet meer betalen" right after Delft's debt help tells the client's need in its topic's words
  // alone: which municipality is known. "wie doet schuldhulp?" asks anew, for another place.
  const told =
    asked.lookup.kind === 'ask-place' &&
    context?.place !== undefined &&
    !asksWhoOrWhere(engine.kb.wording.asking, understanding.question.expanded);
  const open =
    (asked.lookup.kind === 'entries' && (asked.also === undefined || missed)) ||
    asked.lookup.kind === 'no-match' ||
    told;
  // "… landelijk fonds?" asks for the country as a whole: not moved to the conversation's municipality.
  if (!open || asksNationally(engine.kb.wording.asking, understanding.question.expanded)) return asked;
  // "bij mn maatje zag ik het zoontje met een blauw oog … wat doe ik nu?" after a town's debt help: a worry told that
  // finds nothing of its own gets the reporting route (`withSafety`), not the town's services.
  if (own.danger.worry && asked.lookup.kind === 'no-match') return asked;
  return (
    withTopicEntry(engine, understanding, localHere(engine, understanding, context)) ??
    localTopicHere(engine, understanding, context, asked) ??
    regionHere(engine, understanding, context, asked) ??
    asked
  );
}

/**
 * "als er een bewindvoerder moet komen, waar wordt dat aangevraagd?" in a conversation about Leidschendam-Voorburg:
 * the municipality's service leads (its special assistance pays for a bewindvoerder), and the topic the question
 * names, which that service does not cover, gets its own entry beside it (the kantonrechter), as with a place named.
 */
function withTopicEntry(
  engine: KnowledgeEngine,
  understanding: Understanding,
  found: LookupWithAlso | undefined,
): LookupWithAlso | undefined {
  if (found?.lookup.kind !== 'municipal' || found.also !== undefined) return found;
  const [first] = found.lookup.entries;
  return first === undefined ? found : { ...found, ...alsoFor(engine, understanding, first, found.lookup.code) };
}

/**
 * Whether `entry` shares at most one of the question's words besides those that name its topics, and that one not
 * in its title, keywords or asks: found by "kwijtgescholden" and "meer", not by what the question is about ("kan
 * DUO ook kwijtgescholden worden?" names DUO).
 */
function byTopicWordsOnly(engine: KnowledgeEngine, question: Question, entry: ContentEntry): boolean {
  const rest = engine.topics.leftover(question.expanded).join(' ');
  const [hit] = engine.index.search(rest, { filter: (candidate) => candidate.id === entry.id, limit: 1 });
  return hit === undefined || (hit.matched < 2 && !hit.named);
}

/** Words of the question the region's entry must hold. */
const REGION_MATCHED = 2;

/**
 * "And for women who need a safe place to stay around here?" in a conversation about Dordrecht: a national
 * answer (how to get into a shelter) to a question that says "here" (`aroundHere`: "in de regio", "lokaal") has a
 * counterpart for the conversation's region (the shelter in Zuid-Holland Zuid): an entry on the same topic whose
 * title names that region leads, the national one follows.
 */
function regionHere(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext | undefined,
  asked: LookupWithAlso,
): LookupWithAlso | undefined {
  const code = context?.place;
  if (code === undefined || understanding.place.kind !== 'none' || asked.lookup.kind !== 'entries') return undefined;
  // Only a question that says it is about the place just discussed ("around here", "in de regio", "lokaal").
  if (!hasPhrase(` ${understanding.question.expanded} `, engine.kb.wording.pointing.aroundHere)) return undefined;
  const region = engine.places.regionOf(code);
  const words = namedRegion(region);
  const [first] = asked.lookup.entries;
  const topic = first?.topics[0];
  if (first === undefined || first.municipality !== undefined || topic === undefined || words.length === 0)
    return undefined;
  if (titleNames(first, ANY_REGION_WORDS)) return undefined;
  const [hit] = engine.index.search(understanding.question.expanded, {
    filter: (entry) => entry.municipality === undefined && entry.topics[0] === topic && titleNames(entry, words),
    limit: 1,
  });
  // Found by the question's own words, not by the topic alone.
  if (hit === undefined || hit.score < MIN_SCORE || hit.matched < REGION_MATCHED) return undefined;
  return { ...asked, lookup: { kind: 'entries', entries: inFront(hit.entry as ContentEntry, asked.lookup.entries) } };
}

/**
 * "ze hebben ook een torenhoge energierekening, extra hulp mogelijk?" after Molenlanden's debt help: a local
 * topic whose best answer is national is asked for the conversation's municipality when that has its own entry
 * on it — the place's service first, as the question with the place named gets. When the national entry matches
 * the question's own words far better (`LOCAL_SHARE`: "hoeveel leefgeld mogen ze overhouden?", the food banks'
 * norms) it stands beside the place's service. Not when the national entry answers a national topic the question
 * names too ("hoe lang duurt een schuldregeling?": the Msnp), or it is the place's service for several
 * municipalities (the SDD names Dordrecht).
 */
function localTopicHere(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext | undefined,
  asked: LookupWithAlso,
): LookupWithAlso | undefined {
  const code = context?.place;
  const { topics, question } = understanding;
  const local = topics.find((topic) => LOCAL_TOPICS.has(topic));
  if (code === undefined || local === undefined || understanding.place.kind !== 'none') return undefined;
  const name = engine.places.nameOf(code);
  if (name === undefined || (asked.lookup.kind !== 'entries' && asked.lookup.kind !== 'no-match')) return undefined;
  // Found nothing at all ("zoon wil op hockey, kan dat ergens van betaald worden?"): the place's service on it.
  const [first] = asked.lookup.kind === 'entries' ? asked.lookup.entries : [];
  if (first?.municipality !== undefined) return undefined;
  if (topics.some((topic) => !LOCAL_TOPICS.has(topic) && (first?.topics.includes(topic) ?? false))) return undefined;
  const text = first === undefined ? '' : normalize(`${first.title.nl} ${first.summary.nl}`);
  if (` ${text} `.includes(` ${normalize(name)} `)) return undefined;
  const national = first === undefined ? undefined : hitOn(engine, question.expanded, first);
  const [here] = engine.index.search(question.expanded, {
    filter: (entry) => entry.municipality === code && entry.topics.includes(local),
    limit: 1,
  });
  const hasOwn = here !== undefined || engine.municipal(code, [local]).some((entry) => entry.topics.includes(local));
  // Asked again, shortly, on the conversation's own topic ("kan er nog meer kwijtgescholden worden?" after a town's
  // remission of taxes), a national answer about another topic that only the topic's word and one more found (the
  // benefits scandal's "kwijtgescholden") yields to the place's service on it, however high it scores.
  const again =
    context?.topic === local &&
    question.words.length <= MAX_WORDS &&
    first !== undefined &&
    !first.topics.includes(local) &&
    byTopicWordsOnly(engine, question, first);
  if (!hasOwn) return undefined;
  const there = municipalThere(engine, understanding, name);
  if (again || national === undefined || (here?.score ?? 0) >= LOCAL_SHARE * national.score) return there;
  // The national answer fits the question's own words far better ("hoeveel leefgeld mogen ze overhouden?": the food
  // banks' norms): the place's route still leads, the national answer beside it — unless the conversation went on
  // nationally (the Msnp asked after a town's debt help: "en als de schuldeisers niet akkoord gaan?").
  const shown = context === undefined ? undefined : shownEntries(engine, context)[0];
  const wentNational =
    shown !== undefined &&
    shown.municipality === undefined &&
    shown.topics.some((topic) => MUNICIPAL_TOPICS.has(topic) && !LOCAL_TOPICS.has(topic));
  if (there === undefined || there.also !== undefined || first === undefined || wentNational) return undefined;
  return { ...there, also: first };
}
