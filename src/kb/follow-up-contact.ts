/**
 * Contact follow-ups: "wat is hun nummer?", "tot hoe laat kan ik ze bellen?", "telefoonnummer van dat
 * expertisecentrum?" — the entry shown (or named) that has the detail asked for, and an organisation's own entry
 * when it knows more ways to reach it.
 */
import type { KnowledgeEngine, Lookup } from './engine.js';
import { entryText, inFront } from './engine-entries.js';
import type { FollowUpResult } from './follow-up.js';
import { bestShown } from './follow-up-shown.js';
import { linkedFrom, SHOWN_SHARE } from './nearby.js';
import { normalize } from './normalize.js';
import { pointsAtShown, pointsBack } from './pointing.js';
import type { Question } from './question.js';
import type { ContentEntry } from './schema.js';
import { processTerm, type SearchHit } from './search.js';
import { VEILIG_THUIS_ENTRY } from './topic-sets.js';
import { CONTACT_DETAILS, contactDetailsAsked, type Wording } from './wording.js';

/** "wat is hun nummer?": the entry just shown that has what is asked for (a phone, an e-mail, a walk-in). */
export function contactOf(
  engine: KnowledgeEngine,
  last: readonly ContentEntry[],
  question: Question,
  rest: string,
): FollowUpResult {
  const detail = wantedDetail(engine.kb.wording, question.words);
  // Opening times are often written with the walk-in ("woensdag 14:00-16:00"), or only in the entry's own text ("deelt
  // op donderdag pakketten uit"): then the food bank shown answers "welke dag?", not the debt help beside it.
  const weekdays = engine.kb.wording.followUpWording.weekdays;
  const has = (entry: ContentEntry) =>
    entry.contacts.some(
      (contact) =>
        detail === undefined || contact[detail] !== undefined || (detail === 'hours' && contact.walkIn !== undefined),
    ) ||
    (detail === 'hours' && namesADay(entry, weekdays));
  const candidates = last.filter(has);
  // Of several, the one the question's other words fit: "op welke dag is de uitgifte?" asks the food bank's,
  // "waar zit die organisatie?" nobody's in particular.
  const other = contentWords(engine.kb.wording, rest).join(' ');
  // The answer's main entry stays the one meant unless another fits the other words far better; a question
  // that points at it ("wie kunnen de ouders daarvoor bellen?") means it whenever no other shares more words.
  const mainId = last[0]?.id;
  const pointed = pointsAtShown(engine.kb.wording.pointing, question.words);
  // An entry the other words name ("de uitgifte" of the food bank) is meant even when it lacks that detail.
  const named = other === '' ? undefined : bestShown(engine, other, last, mainId, pointed);
  // Named, or every other word found in it: "op welke dag is de uitgifte?" is the food bank's.
  const fits = named?.hit?.named === true || named?.hit?.coverage === 1 ? named.first : undefined;
  const among =
    candidates.length > 1 && other !== '' ? bestShown(engine, other, candidates, mainId, pointed).first : undefined;
  // No entry shown has the e-mail, website or walk-in asked ("mailadres van hen?" after the trafficking entry,
  // whose card has phone numbers only): an organisation the main entry links to that has it (CoMensha's e-mail).
  // Not for a phone or the hours: "zijn ze 's avonds bereikbaar?" asks the organisation shown, which has a phone.
  const linked =
    detail === undefined || detail === 'phone' || detail === 'hours' || candidates.length > 0
      ? undefined
      : (last[0]?.related ?? []).map((id) => engine.content(id)).find((entry) => entry !== undefined && has(entry));
  // "nummer?" alone after an answer led by guidance on how to act (on honour-based violence) asks for an
  // organisation, not for the general lines the guidance lists (112, the police).
  const guide = other === '' && last[0]?.kind === GUIDANCE ? last[0] : undefined;
  const organisation = guide === undefined ? undefined : organisationOf(engine, last, has);
  // Nor for the line of another guidance shown beside it as a button: "wanneer zijn ze bereikbaar?" after
  // honour-based violence is not about the line for someone already abroad (on the abandonment card). The guidance.
  const [first] = candidates;
  const ownGuide =
    guide !== undefined && first !== undefined && first !== guide && first.kind === GUIDANCE ? guide : undefined;
  const found =
    fits ??
    among ??
    organisation ??
    ownGuide ??
    candidates[0] ??
    linked ??
    last.find((entry) => entry.contacts.length > 0);
  // Nothing shown has a line at all: a number asked after the meldcode gets its advice line, which keeps what was
  // shown behind it for the questions that follow.
  const advice =
    found === undefined && (detail === undefined || detail === 'phone') ? adviceLine(engine, last) : undefined;
  const withContact = (found ?? advice ?? last[0]) as ContentEntry;
  const also = fullerContact(engine, withContact);
  const entries = advice === undefined ? [withContact] : inFront(advice, last);
  const lookup: Lookup = { kind: 'entries', entries };
  return { lookup, followUp: 'contact', ...(also === undefined ? {} : { also }) };
}

/**
 * "wat is het nummer van die vertrouwensinspecteurs?", "telefoonnummer van dat expertisecentrum?": an entry
 * just shown, or one they link to, whose contact or title names what the other words name; or one of the
 * answer before (`earlier`) that names more of them.
 */
export function namedNearby(
  engine: KnowledgeEngine,
  shown: readonly ContentEntry[],
  rest: string,
  earlier: readonly ContentEntry[] = [],
): ContentEntry | undefined {
  // A long word names something ("expertisecentrum"); a short one ("vragen", "client") is said of anyone.
  // A place ("Zwijndrecht") names a municipality's entries, not the organisation asked about.
  const said = contentWords(engine.kb.wording, rest).filter((word) => engine.places.resolve(word).kind === 'none');
  const wanted = said.filter((word) => word.length >= NAME_STEM);
  // "nummer van dat LEC EGG?": a short word names an organisation when it is the acronym of its name.
  const short = said.filter((word) => word.length < NAME_STEM);
  if (wanted.length === 0 && short.length === 0) return undefined;
  // What was just shown and what it links to first; then the answer before it and its links.
  const candidates = [...shown, ...linkedFrom(engine, shown), ...earlier, ...linkedFrom(engine, earlier)].filter(
    (entry) => entry.contacts.length > 0,
  );
  // The entry whose names hold most of the words: "dat landelijk expertisecentrum" is the Landelijk Expertise
  // Centrum Eergerelateerd Geweld, not the Landelijk Knooppunt shown before it.
  let best: ContentEntry | undefined;
  let most = 0;
  for (const entry of candidates) {
    const own = nameWords(entry);
    const letters = short.length === 0 ? undefined : acronymsOf(entry);
    const held =
      wanted.filter((word) => startsAName(own, word)).length +
      short.filter((word) => letters?.has(word) === true).length;
    if (held > most) {
      best = entry;
      most = held;
    }
  }
  return best;
}

/**
 * "welk nr voor als het geen spoed is?" after stalking: the entry shown with a contact whose own name holds every
 * other word of the question that says something ("Politie (geen spoed, aangifte)"), the main one first. A name
 * that says "geen", "non" or "niet" is named only by a question that says so too: "en als het wél spoed is?" asks
 * no non-emergency line. Not for a question that points at what was shown ("kunnen we ze anoniem bellen?").
 */
export function namedContact(
  engine: KnowledgeEngine,
  shown: readonly ContentEntry[],
  question: Question,
  rest: string,
): ContentEntry | undefined {
  const { wording } = engine.kb;
  if (pointsAtShown(wording.pointing, question.words)) return undefined;
  const wanted = contentWords(wording, rest).filter(
    (word) => word.length >= CONTACT_NAME_LETTERS && !wording.followUpWording.asksADetail.has(word),
  );
  if (wanted.length === 0) return undefined;
  const negates = (words: readonly string[]) => words.some((word) => NEGATIONS.has(word));
  const asked = negates(question.words);
  return shown.find((entry) =>
    entry.contacts.some((contact) => {
      const name = normalize(`${contact.name.nl} ${contact.name.en}`).split(' ');
      return negates(name) === asked && wanted.every((word) => name.includes(word));
    }),
  );
}

/** A word shorter than this ("nr", "tel", "info") says nothing about which contact is meant. */
const CONTACT_NAME_LETTERS = 5;
/** Words that turn a contact's name around ("geen spoed", "non-emergency"). */
const NEGATIONS: ReadonlySet<string> = new Set(['geen', 'niet', 'zonder', 'non', 'not', 'no']);

/** The kind of entry that says how to act (the meldcode, a form of violence): the lines it lists are general. */
const GUIDANCE = 'meldcode';

/**
 * "nummer?" after the meldcode's steps, whose card lists no line at all: the line the meldcode itself sends a
 * professional to for advice, Veilig Thuis, rather than the same card again.
 */
function adviceLine(engine: KnowledgeEngine, shown: readonly ContentEntry[]): ContentEntry | undefined {
  return shown[0]?.kind === GUIDANCE ? engine.content(VEILIG_THUIS_ENTRY) : undefined;
}

/**
 * The organisation a guidance answer (`shown[0]`) means, of those with the detail asked (`has`): one shown or linked
 * from it that its summary names, then one shown that its text names, then the first shown. "nr?" after
 * honour-based violence, whose summary names the LEC EGG it links to, asks for the LEC EGG, not for CoMensha shown
 * beside it as a button. (A linked organisation only the body names is one of many it mentions in passing.)
 */
function organisationOf(
  engine: KnowledgeEngine,
  shown: readonly ContentEntry[],
  has: (entry: ContentEntry) => boolean,
): ContentEntry | undefined {
  const [guide] = shown;
  if (guide === undefined) return undefined;
  const isOrganisation = (entry: ContentEntry) => entry.kind === 'contact' && has(entry);
  const onCard = shown.filter(isOrganisation);
  const linked = linkedFrom(engine, [guide]).filter((entry) => isOrganisation(entry) && !onCard.includes(entry));
  const summary = ` ${normalize(`${guide.summary.nl} ${guide.summary.en}`)} `;
  const text = ` ${normalize(`${guide.body?.nl ?? ''} ${guide.body?.en ?? ''}`)} `;
  const named = (among: readonly ContentEntry[], within: string) =>
    among.find((entry) => namesOf(entry).some((name) => within.includes(` ${name} `)));
  return named([...onCard, ...linked], summary) ?? named(onCard, text) ?? onCard[0];
}

/**
 * The names an organisation goes by: its title and its contacts' names without what is in brackets, and a short form
 * in capitals within them ("Landelijk Expertise Centrum Eergerelateerd Geweld (LEC EGG)"); not a remark such as
 * "(anoniem)".
 */
function namesOf(entry: ContentEntry): string[] {
  return ownNames(entry)
    .flatMap((name) => [
      name.replace(/\([^)]*\)/g, ''),
      ...[...name.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? '').filter((inner) => ACRONYM.test(inner)),
    ])
    .map((name) => normalize(name))
    .filter((name) => name.length >= 3);
}

/** A short form in capitals: "LEC EGG", "CVSN", "KNOV". */
const ACRONYM = /^[A-Z][A-Z0-9&+ ]+$/;

/** An entry's title and its contacts' names, in both languages. */
function ownNames(entry: ContentEntry): string[] {
  return [entry.title.nl, entry.title.en, ...entry.contacts.flatMap((contact) => [contact.name.nl, contact.name.en])];
}

/** The acronyms in an entry's title and contact names ("LEC EGG", "CIT"), normalised. */
function acronymsOf(entry: ContentEntry): Set<string> {
  return new Set(
    (
      ownNames(entry)
        .join(' ')
        .match(/\b\p{Lu}[\p{Lu}\d]+\b/gu) ?? []
    ).map((word) => normalize(word)),
  );
}

/** How much of a word names an organisation: "vertrouwensinspecteurs" is the "Meldpunt vertrouwensinspecteurs". */
const NAME_STEM = 8;

/** The words of an entry's title and of the names of its contacts. */
function nameWords(entry: ContentEntry): string[] {
  return normalize(ownNames(entry).join(' ')).split(' ');
}

/** Whether `word` begins one of `names` (its first `NAME_STEM` letters, or all of a shorter word). */
function startsAName(names: readonly string[], word: string): boolean {
  const stem = word.slice(0, NAME_STEM);
  return names.some((name) => name.startsWith(stem));
}

/** Whether one of `words` begins a word of the entry's names (see {@link startsAName}). */
function namesIn(entry: ContentEntry, words: readonly string[]): boolean {
  const own = nameWords(entry);
  return words.some((word) => startsAName(own, word));
}

/** The words of a follow-up that may name something: not the detail asked, not a pointing word. */
function contentWords(wording: Wording, rest: string): string[] {
  return rest
    .split(' ')
    .filter(
      (word) =>
        word.length > 2 &&
        !wording.followUpWording.anyOrganisation.has(word) &&
        !wording.followUpWording.anyVerb.has(word) &&
        !wording.pointing.toShown.has(word) &&
        !CONTACT_DETAILS.some((detail) => wording.followUpWording[detail].has(word)) &&
        processTerm(word) !== null,
    );
}

/**
 * The entry other than those just shown that `text` names outright (two of its name's words, half the text),
 * unless the text points back to what was shown.
 */
export function namedEntry(
  engine: KnowledgeEngine,
  text: string,
  shown: readonly ContentEntry[],
  place: string | undefined,
  near: readonly ContentEntry[] = shown,
): SearchHit | undefined {
  const words = text.split(' ');
  // "kan ze die ook 's nachts bellen?": "die" is the line just named.
  const { pointing } = engine.kb.wording;
  if (pointsBack(pointing, words) || words.some((word) => pointing.demonstratives.has(word))) return undefined;
  // "het algemene nummer van de gemeente" in a conversation about Den Haag names no other town's entry.
  const here = (entry: { municipality?: string }) =>
    place === undefined || entry.municipality === undefined || entry.municipality === place;
  // Only the words that may name something: "welk nummer … op welke tijden?" names nothing, though an entry's
  // asks line holds "welk".
  const naming = contentWords(engine.kb.wording, text).join(' ');
  if (naming === '') return undefined;
  const hit = engine.index.search(naming, { filter: here, limit: 1 })[0];
  if (hit === undefined || !hit.named || hit.matched < 2 || hit.coverage < 0.5) return undefined;
  // A contact question names an organisation: an entry without a way to reach anyone is not what it names.
  const entry = hit.entry as ContentEntry;
  if (entry.contacts.length === 0) return undefined;
  // Nor is one whose title and contacts hold none of the words when an entry the conversation showed or linked
  // names one in its own: "welk nummer bellen professionals tijdens kantoortijd?" after the CIT, whose line is
  // "(professionals, kantooruren)", found the words in the asks of the sexual-violence centres. ("en iets voor als
  // ze 's nachts haar verhaal kwijt wil?" names the Luisterlijn by what it does: nothing shown is named so.)
  const said = naming.split(' ');
  if (!namesIn(entry, said) && near.some((other) => namesIn(other, said))) return undefined;
  if (shown.some((entry) => entry.id === hit.entry.id)) return undefined;
  // "is er ook een inloop zonder afspraak?" after Delft's debt help, whose card has the walk-in: an entry just
  // shown that the words fit nearly as well is the one meant, not the Juridisch Loket's walk-in elsewhere.
  // So is an entry the conversation showed or linked (`near`): "dat landelijk expertisecentrum" is the LEC EGG
  // the honour-violence answer linked, not the LKHA whose keywords say "expertisecentrum" too.
  const ids = new Set(near.map((entry) => entry.id));
  ids.delete(hit.entry.id);
  const [onCard] = engine.index.search(naming, { filter: (entry) => ids.has(entry.id), limit: 1 });
  return onCard !== undefined && onCard.score >= SHOWN_SHARE * hit.score ? undefined : hit;
}

/**
 * The kind of contact detail a follow-up asks for: when ("tot hoe laat kan ik ze bellen?") before how, or
 * the one kind it names ("wie kan ze bellen?").
 */
function wantedDetail(wording: Wording, words: readonly string[]): (typeof CONTACT_DETAILS)[number] | undefined {
  const asked = contactDetailsAsked(wording, words);
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
        known !== undefined &&
        CONTACT_DETAILS.some((detail) => contact[detail] !== undefined && known[detail] === undefined)
      );
    }),
  );
}

/** Whether an entry's own text (summary or body, either language) names a day of the week (`weekdays`). */
function namesADay(entry: ContentEntry, weekdays: ReadonlySet<string>): boolean {
  return entryText(entry)
    .split(' ')
    .some((word) => weekdays.has(word));
}
