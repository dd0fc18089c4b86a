/**
 * Follow-ups: a short message read against the conversation's last answer. "en in Delft?" asks the same
 * topic for another place; "wat is hun nummer?" the contact of the entry just shown; "in English please"
 * the same answer in the other language; "meer" the next step; "en hoe lang?" a detail of the same topic.
 * The conversation keeps only entry ids, place, topic and language — never the text.
 */
import type { Language } from '../i18n/language.js';
import type { EngineResult, KnowledgeEngine, Lookup, Understanding } from './engine.js';
import { readNearby, shownEntries } from './nearby.js';
import { normalize } from './normalize.js';
import { type PhraseHit, PhraseMatcher } from './phrase-matcher.js';
import { pointsAtShown, pointsBack } from './pointing.js';
import type { Question } from './question.js';
import type { ContentEntry, DangerKind, KnowledgeBase } from './schema.js';
import type { SearchHit } from './search.js';
import { processTerm } from './search.js';
import { LOCAL_TOPICS } from './topic-sets.js';
import { hasPhrase, startsWithPhrase, type Wording } from './wording.js';

/** What a conversation remembers of its last answer. */
export interface ConversationContext {
  /** The entries shown, the main one first. */
  entryIds: readonly string[];
  /** The main entries of the answer before, which a contact question may still name ("dat expertisecentrum"). */
  earlier?: readonly string[];
  /** CBS code of the municipality the answer was about. */
  place?: string;
  /** The topic the answer was about. */
  topic?: string;
  language: Language;
  /** The answer led with the emergency card (and which), or carried Veilig Thuis' advice for a worry. */
  alert?: { acute: boolean; kinds: readonly DangerKind[] };
}

/** "kun je het in engels geven?", "can you translate that please?": a single language word with a request. */
const MAX_WORDS_ASKED = 8;

/**
 * "kun je het ook in het Nederlands zetten, voor het dossier": asked outright with a verb of its own (outside
 * the language phrase, whose positions are `asked`), the reason names no question; "is er uitleg over de
 * meldcode in het Engels?" is one.
 */
function requestsLanguage(wording: Wording, words: readonly string[], asked: ReadonlySet<number>): boolean {
  return words.some((word, index) => !asked.has(index) && wording.followUpWording.requests.has(word));
}

/** A request around a language word: "kun je het in engels geven?" (`asksForIt` in the vocabulary). */
function asksForIt(wording: Wording, words: readonly string[]): boolean {
  return words.some((word) => wording.followUpWording.asksForIt.has(word));
}

/** Whether `said` is one of the vocabulary's phrases for `label` word for word, not a near match. */
function exactPhrase(kb: KnowledgeBase, label: string, said: string): boolean {
  return (kb.followUps.get(label) ?? []).some((phrase) => normalize(phrase) === said);
}

/** A follow-up has few words; a long message is a new question. */
const MAX_WORDS = 12;
/** "kun je dat ook in het Engels geven? het is voor een expat-leerkracht" may say why it asks. */
const MAX_WORDS_LANGUAGE = 20;
/** "meer?", "en verder?", "volgende": one word that asks for more, in a message this short. */
const MAX_WORDS_MORE = 3;

type FollowUpResult = Omit<EngineResult, 'understanding'> & { language?: Language };

const matchers = new WeakMap<KnowledgeBase, PhraseMatcher<string>>();

function matcherOf(kb: KnowledgeBase): PhraseMatcher<string> {
  let matcher = matchers.get(kb);
  if (matcher === undefined) {
    const terms: Array<[string, string]> = [];
    for (const [kind, phrases] of kb.followUps) for (const phrase of phrases) terms.push([kind, phrase]);
    matcher = new PhraseMatcher(terms);
    matchers.set(kb, matcher);
  }
  return matcher;
}

/**
 * The follow-up phrases a message holds. "meer", "volgende", "Dutch" alone ask for more or another language only
 * in a message of a few words, or one that asks for it ("can you translate that please?"): "en als hij volgend
 * jaar naar de brugklas gaat?" and "she struggles with Dutch forms" are questions of their own. A language is
 * named exactly: "in Nederland" is no "in het Nederlands".
 */
function followUpHits(kb: KnowledgeBase, words: readonly string[]): PhraseHit<string>[] {
  return matcherOf(kb)
    .find(words)
    .filter((hit) => {
      const said = words.slice(hit.start, hit.end).join(' ');
      if ((hit.label === 'english' || hit.label === 'dutch') && !exactPhrase(kb, hit.label, said)) return false;
      return (
        hit.label === 'contact' ||
        hit.end - hit.start > 1 ||
        words.length <= MAX_WORDS_MORE ||
        (hit.label !== 'more' && words.length <= MAX_WORDS_ASKED && asksForIt(kb.wording, words))
      );
    });
}

/** The follow-up this message makes to the last answer, or undefined when it is a question of its own. */
export function readFollowUp(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): (FollowUpResult & { understanding: Understanding }) | undefined {
  const { question, place } = understanding;
  if (question.words.length > MAX_WORDS_LANGUAGE) return undefined;
  const hits = followUpHits(engine.kb, question.words);
  const kinds = new Set(hits.map((hit) => hit.label));
  const switchesLanguage = kinds.has('english') || kinds.has('dutch');
  // "… bij die gemeente?" may take more words: it says outright that it follows up.
  const name = context.place === undefined ? undefined : engine.places.nameOf(context.place);
  const here = place.kind === 'none' && name !== undefined && pointsToPlace(question.words);
  if (question.words.length > MAX_WORDS && !switchesLanguage && !here) return undefined;
  // "wat is het telefoonnummer?": a word that asks for a contact names no topic of its own here.
  const asked = new Set(hits.flatMap((hit) => Array.from({ length: hit.end - hit.start }, (_, i) => hit.start + i)));
  const rest = question.words.filter((_, index) => !asked.has(index)).join(' ');
  const topics = kinds.size > 0 ? engine.topics.match(rest) : understanding.topics;
  const last = shownEntries(engine, context);
  const main = last[0];
  const result = (found: FollowUpResult) => ({
    ...found,
    understanding: found.language === undefined ? understanding : { ...understanding, language: found.language },
  });
  const swapped = placeFollowUp(engine, understanding, context, { topics, here, name, shown: last });
  if (swapped !== undefined) return result(swapped);
  // Who it is for ("for a pupil", "voor een leerkracht") names a profession, and a topic the last answer is
  // about ("signalen staan in het dossier, en daarna?") is no new question either.
  const ownTopics = topics.filter(
    (topic) => !(switchesLanguage && topic === 'beroep') && !(main?.topics.includes(topic) ?? false),
  );
  const language: Language = kinds.has('english') ? 'en' : 'nl';
  // "in English please" after "which municipality?": the same question in the other language.
  if (switchesLanguage && main === undefined && ownTopics.length === 0 && context.topic !== undefined) {
    if (context.entryIds.length === 0 && LOCAL_TOPICS.has(context.topic))
      return result({ lookup: { kind: 'ask-place', topic: context.topic }, followUp: 'language', language });
  }
  const asksLanguage = switchesLanguage && requestsLanguage(engine.kb.wording, question.words, asked);
  if (main === undefined || (ownTopics.length > 0 && !asksLanguage)) return undefined;
  if (switchesLanguage) return result({ lookup: { kind: 'entries', entries: last }, followUp: 'language', language });
  // "debt help in Rijswijk, phone number?": a message that names its own place asks about that place; "tel
  // sdd?" asks for the contact of the organisation it names.
  if (place.kind !== 'none') return undefined;
  if (kinds.has('contact')) {
    const before = (context.earlier ?? []).map((id) => engine.content(id)).filter((entry) => entry !== undefined);
    const named =
      (namedEntry(engine, rest, last, context.place)?.entry as ContentEntry | undefined) ??
      namedNearby(engine, last, rest) ??
      namedNearby(engine, before, rest);
    return result(contactOf(engine, named === undefined ? last : [named], question, rest));
  }
  if (kinds.has('more')) return result(moreOf(engine, understanding, context, main, rest));
  return undefined;
}

/**
 * "en in Delft?": the same topic, another place; "en voor de schulden zelf?": a local topic for the place just
 * answered for; "en in Haaglanden?": the same service in the other region.
 */
function placeFollowUp(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  read: { topics: readonly string[]; here: boolean; name: string | undefined; shown: readonly ContentEntry[] },
): FollowUpResult | undefined {
  const { question, place } = understanding;
  const { topics, here, name, shown } = read;
  // A whole question of its own ("weet jij of de bibliotheek in Zwijndrecht op zaterdag open is?") names a
  // place but follows nothing up.
  // A place kept from an earlier answer, not the last one, is followed up only by a message that goes on
  // ("en kwijtschelding, waar vraag ik dat aan?") or names it ("daar", "die gemeente"): "ook" alone is not enough.
  const stale = !shown.some((entry) => entry.municipality === context.place);
  const follows = (stale ? namesThere(question.words) : here) || continues(engine.kb.wording, question.words);
  if (place.kind !== 'none' && topics.length === 0 && context.topic !== undefined && follows) {
    const swapped = engine.ask(`${context.topic.replace(/-/g, ' ')} ${question.expanded}`, understanding.language);
    const own = ownAsk(engine, understanding, swapped.lookup);
    if (own !== undefined) return { lookup: own, followUp: 'place' };
    if (swapped.lookup.kind !== 'no-match') return { lookup: swapped.lookup, followUp: 'place' };
  }
  // "and is there a food bank there?", "en wie regelt dan de schuldhulp zelf?": a local topic, in a message
  // that follows up, is asked for the place just answered for — unless it names another town's service
  // ("tot welk inkomen krijg je een Ooievaarspas?").
  const local = topics.some((topic) => LOCAL_TOPICS.has(topic));
  // "wie doet schuldhulp?" right after Hoeksche Waard's debt help asks the same thing anew, for another place.
  const sameTopic = context.topic !== undefined && topics.includes(context.topic);
  const asksAgain = sameTopic && !here && !goesOn(engine.kb.wording, question.words);
  // "en als de schuldeisers niet akkoord gaan?" after the national Msnp answer goes on about that, not about
  // the debt help of the place the conversation started with.
  const wentNational = sameTopic && !here && stale;
  if (place.kind === 'none' && name !== undefined && local && follows && !asksAgain && !wentNational) {
    if (!namesOtherTown(engine, question, context.place as string, shown)) {
      const there = engine.ask(`${question.expanded} ${name}`, understanding.language);
      if (there.lookup.kind === 'municipal') return { lookup: there.lookup, followUp: 'place' };
    }
  }
  const main = shown[0];
  const other = place.kind === 'none' && main !== undefined ? otherRegion(engine, main, question.words) : undefined;
  return other === undefined ? undefined : { lookup: { kind: 'entries', entries: [other] }, followUp: 'place' };
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
  const own = question.words.filter((word) => !THERE.has(word)).join(' ');
  const named = engine.index.search(own, { limit: 1 })[0];
  const town = named?.entry.municipality;
  if (named === undefined || !named.named || town === undefined || town === code) return false;
  if (shown.some((entry) => entry.id === named.entry.id)) return false;
  const local = engine.index.search(own, { filter: (entry) => entry.municipality === code, limit: 1 })[0];
  return (local?.score ?? 0) * OTHER_TOWN_MARGIN < named.score;
}

/** How much better another town's entry must match than the town's own to count as named. */
const OTHER_TOWN_MARGIN = 3;

/**
 * A message that goes on from the last answer: "en in Delft?", "and for Molenlanden?", "wat als …" (`opens`, at
 * its start), or a few words.
 */
const MAX_WORDS_CONTINUES = 4;
/** "En een gezin uit Leidschendam-Voorburg, moeten die dat via Den Haag aanvragen?" goes on; a long "en …" need not. */
const MAX_WORDS_GOES_ON = 14;

export function continues(wording: Wording, words: readonly string[]): boolean {
  return words.length <= MAX_WORDS_CONTINUES || goesOn(wording, words);
}

/**
 * Says outright that it goes on: "en …", "wat als …" (`opens`), "zelfde verhaal" anywhere ("teamgenoot woont in
 * Papendrecht, zelfde verhaal": `sameAgain`), or a word pointing back.
 */
function goesOn(wording: Wording, words: readonly string[]): boolean {
  const text = words.join(' ');
  const { opens, sameAgain } = wording.followUpWording;
  return (
    words.length <= MAX_WORDS_GOES_ON &&
    (startsWithPhrase(text, opens) || hasPhrase(text, sameAgain) || pointsBack(wording.pointing, words))
  );
}

/** "wat is hun nummer?": the entry just shown that has what is asked for (a phone, an e-mail, a walk-in). */
function contactOf(
  engine: KnowledgeEngine,
  last: readonly ContentEntry[],
  question: Question,
  rest: string,
): FollowUpResult {
  const detail = wantedDetail(engine.kb.wording, question.words);
  // Opening times are often written with the walk-in ("woensdag 14:00-16:00").
  const has = (entry: ContentEntry) =>
    entry.contacts.some(
      (contact) =>
        detail === undefined || contact[detail] !== undefined || (detail === 'hours' && contact.walkIn !== undefined),
    );
  const candidates = last.filter(has);
  // Of several, the one the question's other words fit: "op welke dag is de uitgifte?" asks the food bank's,
  // "waar zit die organisatie?" nobody's in particular.
  const other = contentWords(engine.kb.wording, rest).join(' ');
  // An entry the other words name ("de uitgifte" of the food bank) is meant even when it lacks that detail.
  const named = other === '' ? undefined : bestShown(engine, other, last);
  // Named, or every other word found in it: "op welke dag is de uitgifte?" is the food bank's.
  const fits = named?.hit?.named === true || named?.hit?.coverage === 1 ? named.first : undefined;
  const among = candidates.length > 1 && other !== '' ? bestShown(engine, other, candidates).first : undefined;
  const withContact = (fits ??
    among ??
    candidates[0] ??
    last.find((entry) => entry.contacts.length > 0) ??
    last[0]) as ContentEntry;
  const also = fullerContact(engine, withContact);
  const lookup: Lookup = { kind: 'entries', entries: [withContact] };
  return { lookup, followUp: 'contact', ...(also === undefined ? {} : { also }) };
}

/**
 * "wat is het nummer van die vertrouwensinspecteurs?", "telefoonnummer van dat expertisecentrum?": an entry
 * just shown, or one they link to, whose contact or title names what the other words name.
 */
function namedNearby(engine: KnowledgeEngine, shown: readonly ContentEntry[], rest: string): ContentEntry | undefined {
  // A long word names something ("expertisecentrum"); a short one ("vragen", "client") is said of anyone.
  // A place ("Zwijndrecht") names a municipality's entries, not the organisation asked about.
  const wanted = contentWords(engine.kb.wording, rest)
    .filter((word) => word.length >= NAME_STEM && engine.places.resolve(word).kind === 'none')
    .map((word) => word.slice(0, NAME_STEM));
  if (wanted.length === 0) return undefined;
  const related = shown.flatMap((entry) => entry.related.map((id) => engine.content(id)));
  const candidates = [...shown, ...related].filter(
    (entry): entry is ContentEntry => entry !== undefined && entry.contacts.length > 0,
  );
  const names = (entry: ContentEntry) =>
    normalize(
      [entry.title.nl, entry.title.en, ...entry.contacts.flatMap((contact) => [contact.name.nl, contact.name.en])].join(
        ' ',
      ),
    ).split(' ');
  return candidates.find((entry) => {
    const own = names(entry);
    return wanted.some((stem) => own.some((word) => word.startsWith(stem)));
  });
}

/** How much of a word names an organisation: "vertrouwensinspecteurs" is the "Meldpunt vertrouwensinspecteurs". */
const NAME_STEM = 8;

/** The words of a follow-up that may name something: not the detail asked, not a pointing word. */
function contentWords(wording: Wording, rest: string): string[] {
  return rest
    .split(' ')
    .filter(
      (word) =>
        word.length > 2 &&
        !ANY_ORGANISATION.has(word) &&
        !wording.pointing.toShown.has(word) &&
        !DETAILS.some((detail) => wording.followUpWording[detail].has(word)) &&
        processTerm(word) !== null,
    );
}

/** Words that name an organisation without saying which. */
const ANY_ORGANISATION = new Set(
  'organisatie organisaties instantie instanties dienst loket club clubje mensen organisation service desk people'.split(
    ' ',
  ),
);

/**
 * "en de volgende stap?": the entry that lists the steps, not the next related one; "en daarna?" after the
 * steps: the same steps again, the next one is in it. Otherwise the next related entry.
 */
function moreOf(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  main: ContentEntry,
  rest: string,
): FollowUpResult {
  const { words } = understanding.question;
  const asksStep = words.some((word) => word === 'stap' || word === 'step');
  const steps = asksStep || listsSteps(main) || isStep(main) ? stepsEntry(engine, context) : undefined;
  if (steps !== undefined) return { lookup: { kind: 'entries', entries: [steps] }, followUp: 'more' };
  // "en daarna? wat gebeurt er na de aanmelding?": what it goes on about, near the last answer.
  const about = rest.split(' ').some((word) => processTerm(word) !== null)
    ? readNearby(engine, understanding, context, true)
    : undefined;
  if (about !== undefined) return { lookup: about, followUp: 'more' };
  const next = main.related.map((id) => engine.content(id)).find((entry) => entry !== undefined);
  return { lookup: { kind: 'entries', entries: [next ?? main] }, followUp: 'more' };
}

/**
 * The entry other than those just shown that `text` names outright (two of its name's words, half the text),
 * unless the text points back to what was shown.
 */
function namedEntry(
  engine: KnowledgeEngine,
  text: string,
  shown: readonly ContentEntry[],
  place: string | undefined,
): SearchHit | undefined {
  const words = text.split(' ');
  // "kan ze die ook 's nachts bellen?": "die" is the line just named.
  const { pointing } = engine.kb.wording;
  if (pointsBack(pointing, words) || words.some((word) => pointing.demonstratives.has(word))) return undefined;
  // "het algemene nummer van de gemeente" in a conversation about Den Haag names no other town's entry.
  const here = (entry: { municipality?: string }) =>
    place === undefined || entry.municipality === undefined || entry.municipality === place;
  const hit = engine.index.search(text, { filter: here, limit: 1 })[0];
  if (hit === undefined || !hit.named || hit.matched < 2 || hit.coverage < 0.5) return undefined;
  // A contact question names an organisation: an entry without a way to reach anyone is not what it names.
  if ((hit.entry as ContentEntry).contacts.length === 0) return undefined;
  return shown.some((entry) => entry.id === hit.entry.id) ? undefined : hit;
}

/** Words that point to the place just named: "is daar ook een voedselbank?", "and is there a food bank?". */
const THERE = new Set(
  'daar daarzo there ook also too hier here dezelfde same dorp buurt wijk stad village neighbourhood area town'.split(
    ' ',
  ),
);

/** "bij die gemeente", "that municipality": the place just named, in two words. */
const THAT_PLACE = /\b(die|deze|hun|that|this|their) (gemeente|municipality|plaats|stad|town|city)\b/;

function pointsToPlace(words: readonly string[]): boolean {
  return words.some((word) => THERE.has(word)) || THAT_PLACE.test(words.join(' '));
}

/** Names the place outright: "daar", "there", "die gemeente", not "ook". */
const NAMES_THERE = new Set(['daar', 'daarzo', 'there', 'hier', 'here']);

function namesThere(words: readonly string[]): boolean {
  return words.some((word) => NAMES_THERE.has(word)) || THAT_PLACE.test(words.join(' '));
}

/** The two regions Wegwijs covers, as a message may name them. */
const REGIONS: ReadonlyArray<{ name: string; words: readonly string[] }> = [
  { name: 'haaglanden', words: ['haaglanden'] },
  { name: 'zuid holland zuid', words: ['zuid holland zuid', 'zhz', 'drechtsteden'] },
];
const MAX_WORDS_REGION = 6;

/** The entry about the same thing in the region a short message names, when the last answer was about the other. */
function otherRegion(engine: KnowledgeEngine, main: ContentEntry, words: readonly string[]): ContentEntry | undefined {
  if (words.length > MAX_WORDS_REGION) return undefined;
  const text = ` ${words.join(' ')} `;
  const asked = REGIONS.find((region) => region.words.some((word) => text.includes(` ${word} `)));
  const title = ` ${normalize(main.title.nl)} `;
  const shown = REGIONS.find((region) => region.words.some((word) => title.includes(` ${word} `)));
  if (asked === undefined || shown === undefined || asked === shown) return undefined;
  const rest = shown.words.reduce((left, word) => left.replace(` ${word} `, ' '), title).trim();
  return engine.index
    .search(`${rest} ${asked.name}`, { limit: 5 })
    .map((hit) => engine.content(hit.entry.id))
    .find(
      (entry) =>
        entry !== undefined && asked.words.some((word) => ` ${normalize(entry.title.nl)} `.includes(` ${word} `)),
    );
}

/** The entry that lists the steps of the last answer's topic ("Stap 1 … Stap 2 …"), if any. */
export function listsSteps(entry: ContentEntry | undefined): entry is ContentEntry {
  return entry !== undefined && /\bstap 2\b/i.test(entry.summary.nl);
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

/** The kinds of contact detail, each with its words in the vocabulary's `followUpWording`. */
const DETAILS = ['phone', 'email', 'walkIn', 'hours', 'url'] as const;

/**
 * The kind of contact detail a follow-up asks for: when ("tot hoe laat kan ik ze bellen?") before how, or
 * the one kind it names ("wie kan ze bellen?").
 */
function wantedDetail(wording: Wording, words: readonly string[]): (typeof DETAILS)[number] | undefined {
  const asked = DETAILS.filter((detail) => words.some((word) => wording.followUpWording[detail].has(word)));
  if (asked.includes('hours')) return 'hours';
  return asked.length === 1 ? asked[0] : undefined;
}

/**
 * A related entry about an organisation the entry names, when it knows more ways to reach it (a visiting
 * address, an e-mail): "wat is hun adres?" after the Sliedrecht route gets the Sociale Dienst Drechtsteden's
 * own entry beside it, each card with its own sources.
 */
function fullerContact(engine: KnowledgeEngine, entry: ContentEntry): ContentEntry | undefined {
  const named = new Map(entry.contacts.map((contact) => [contact.name.nl, contact]));
  // Related entries first; then any entry about the same organisation (Papendrecht's route names the
  // Sociale Dienst Drechtsteden without linking its entry).
  const related = entry.related.map((id) => engine.content(id));
  // Never another municipality's page: only the organisation's own (national or regional) entries.
  const others = entry.contacts
    .flatMap((contact) => engine.byContactName(contact.name.nl))
    .map((id) => engine.content(id))
    .filter((other) => other !== entry);
  return [...related, ...others].find((other) =>
    other?.contacts.some((contact) => {
      const known = named.get(contact.name.nl);
      return (
        known !== undefined && DETAILS.some((detail) => contact[detail] !== undefined && known[detail] === undefined)
      );
    }),
  );
}

/**
 * "hoe lang duurt dat?", "hoeveel kost dat?": the last answer's entries, the one that matches the question
 * best first — the detail may sit in the second entry shown (a report's time limits beside its steps).
 */
export function readAboutThat(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Lookup | undefined {
  const { question, topics, place } = understanding;
  if (topics.length > 0 || place.kind !== 'none' || !asksAboutThat(engine.kb.wording, question.words)) return undefined;
  const shown = shownEntries(engine, context);
  if (shown.length === 0) return undefined;
  const { first } = bestShown(
    engine,
    question.expanded,
    shown,
    shown[0]?.id,
    pointsAtShown(engine.kb.wording.pointing, question.words),
  );
  return firstOf(first ?? (shown[0] as ContentEntry), shown);
}

/** How well the main entry shown must match, against the best of the others, to stay the one meant. */
const MAIN_SHARE = 0.4;

/** Of the entries just shown, the one that matches `text` best, with its hit and the ids searched. */
function bestShown(
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
  return { kind: 'entries', entries: [first, ...shown.filter((entry) => entry !== first)] };
}

/** A question word (`aboutThatAsks`) and a word pointing back (`aboutThatPoints`), in at most six words. */
function asksAboutThat(wording: Wording, words: readonly string[]): boolean {
  if (words.length > 6) return false;
  const text = ` ${words.join(' ')} `;
  const { aboutThatAsks, aboutThatPoints } = wording.followUpWording;
  return hasPhrase(text, aboutThatAsks) && hasPhrase(text, aboutThatPoints);
}

/** A short question in a conversation is about what was just shown more often than not. */
const MAX_WORDS_SHOWN = 10;
const MAX_WORDS_ONE_WORD = 8;

/**
 * "kan iemand haar helpen met invullen?" right after Rijswijk's kwijtschelding: a short question without a
 * topic or place of its own whose words occur in an entry just shown is about that entry.
 */
export function readInShown(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
  pointedOnly = false,
): Lookup | undefined {
  const { question, topics, place } = understanding;
  if (question.words.length > MAX_WORDS_SHOWN || topics.length > 0 || place.kind !== 'none') return undefined;
  const shown = shownEntries(engine, context);
  const pointed = pointsAtShown(engine.kb.wording.pointing, question.words);
  const { first, hit, ids } = bestShown(engine, question.expanded, shown, shown[0]?.id, pointed);
  // Past a few words, one shared word ("gezin") is chance: a longer question needs two. As a last resort
  // (`pointedOnly`, once the neighbourhood found nothing), a question that points at what was shown ("hoe
  // lang mogen ze daar klant blijven?") means its main entry, even in words that entry lacks.
  const chance = first === undefined || (question.words.length > MAX_WORDS_ONE_WORD && (hit?.matched ?? 0) < 2);
  const main = shown[0];
  if (main === undefined || chance !== pointedOnly || (pointedOnly && !pointed)) return undefined;
  // A question that names another entry outright ("het bezoekadres van de Sociale Dienst Drechtsteden") is about that one.
  const anywhere = engine.bestHit(question);
  // "binnen hoeveel tijd?" asks a detail in words any entry may hold: it names nothing.
  const namesOther =
    anywhere !== undefined &&
    !ids.has(anywhere.entry.id) &&
    anywhere.matched >= 3 &&
    anywhere.coverage >= 0.75 &&
    !(
      question.words.length > 0 &&
      question.words.every((word) => engine.kb.wording.followUpWording.asksADetail.has(word))
    );
  if (namesOther) return undefined;
  return firstOf(chance ? main : (first as ContentEntry), shown);
}

/**
 * A short question without a topic or place of its own that finds nothing ("wie komt daarvoor in
 * aanmerking?", "en voor wie is dat?"): the last answer's main entry, which holds the conditions.
 */
export function lastAnswer(
  engine: KnowledgeEngine,
  understanding: Understanding,
  context: ConversationContext,
): Lookup | undefined {
  const { question, topics, place } = understanding;
  if (question.words.length > MAX_WORDS || topics.length > 0 || place.kind !== 'none') return undefined;
  // Only a question that points back ("daarvoor", "daar", "it") is about the last answer; "wat is de hoofdstad
  // van Frankrijk?" is a question of its own and gets the honest no-answer.
  if (!pointsBack(engine.kb.wording.pointing, question.words)) return undefined;
  const main = shownEntries(engine, context)[0];
  return main === undefined ? undefined : { kind: 'entries', entries: [main] };
}

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
