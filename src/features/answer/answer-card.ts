/**
 * Adaptive Cards for answers: the answer in a few lines (Markdown lists as lists), the key facts (phone
 * numbers as tel: actions), "Bron: … · pagina van maart 2024" (how old the evidence is), follow-ups and
 * 👍/👎 feedback.
 */

import {
  type AdaptiveCard,
  askAction,
  type CardAction,
  type CardElement,
  card,
  factSet,
  heading,
  openUrlAction,
  stampedCard,
  stampLanguage,
  textBlock,
} from '../../cards/adaptive-card.js';
import { fitLabel, urlLabel } from '../../cards/fit.js';
import { markdownTextBlocks } from '../../cards/markdown.js';
import { SYSTEM_CLOCK } from '../../clock.js';
import type { Language } from '../../i18n/language.js';
import type { Contact, ContentEntry } from '../../kb/schema.js';
import { AFWEGING_VERBS } from '../afwegingskader/index.js';
import { askColleagueAction } from '../collega/index.js';
import { sourceBlocks, unverifiedNote } from './source-line.js';
import { fill, TEXT, TOPIC_SUGGESTIONS } from './texts.js';

/** Card verbs this feature handles (Action.Submit `data.verb`). */
export const VERBS = {
  entry: 'wegwijs.entry',
  feedback: 'wegwijs.feedback',
  feedbackComment: 'wegwijs.feedback-comment',
  place: 'wegwijs.place',
} as const;

/** Longest 👎 comment kept. */
export const MAX_COMMENT_LENGTH = 500;

export interface AnswerCardOptions {
  /** Lines shown above the answer (e.g. which municipality was assumed). */
  preface?: readonly string[];
  /** Show the Wgs urgent route (municipal debt answers). */
  urgentRoute?: boolean;
  /** Follow-up entries offered as buttons. */
  related?: readonly ContentEntry[];
  /** The question asked: offered to colleagues with "Vraag een collega". */
  question?: string;
  /**
   * Today (YYYY-MM-DD), against which the age of the evidence is judged. A turn passes its clock's day; the
   * machine's date is the default for callers outside a turn (the eval, the card gallery, card tests).
   */
  today?: string;
}

export function buildAnswerCard(
  entry: ContentEntry,
  language: Language,
  options: AnswerCardOptions = {},
): AdaptiveCard {
  // Real time on purpose only outside a turn (eval, card gallery); a turn passes its clock's day.
  const today = options.today ?? SYSTEM_CLOCK.now().toISOString().slice(0, 10);
  const fixed = entryParts(entry, language, today, options.urgentRoute === true, (options.related ?? []).slice(0, 3));
  // The preface may quote the question (the place it read) and the colleague button carries it: both are
  // built for this card alone, never kept. A TextBlock holds no button, so it needs no language stamp.
  const preface = (options.preface ?? []).map((line) => textBlock(line, { isSubtle: true, size: 'Small' }));
  // Fresh arrays: the kept parts are shared by every card built from them.
  const actions =
    options.question === undefined
      ? [...fixed.actions]
      : [...fixed.actions, stampLanguage(askColleagueAction(options.question, language), language)];
  return stampedCard([...preface, ...fixed.body], fixed.fallbackText, actions);
}

/** An answer card's parts that only the entry, language, day, urgent route and follow-ups decide. */
interface EntryParts {
  /** Everything below the preface, stamped with the language. */
  body: readonly CardElement[];
  /** The action bar without the colleague button, stamped. */
  actions: readonly CardAction[];
  fallbackText: string;
}

/**
 * The parts of the last few answer cards per entry. Building them (Markdown, contacts, how old the
 * evidence is, the language stamp) was a quarter of answering a question; a conversation asks about the
 * same entries again and again. Keyed by the entry object, so a reloaded knowledge base starts afresh.
 */
const PARTS = new WeakMap<ContentEntry, Map<string, EntryParts>>();
/** Variants kept per entry (language × day × follow-ups × urgent route); more start the entry afresh. */
const PARTS_PER_ENTRY = 16;

function entryParts(
  entry: ContentEntry,
  language: Language,
  today: string,
  urgentRoute: boolean,
  related: readonly ContentEntry[],
): EntryParts {
  const key = [language, today, urgentRoute ? 'u' : '', ...related.map((item) => item.id)].join('\u0000');
  let kept = PARTS.get(entry);
  const found = kept?.get(key);
  if (found !== undefined) return found;
  if (kept === undefined || kept.size >= PARTS_PER_ENTRY) {
    kept = new Map();
    PARTS.set(entry, kept);
  }
  const body: CardElement[] = [heading(entry.title[language]), ...markdownTextBlocks(entry.summary[language])];
  for (const contact of entry.contacts) body.push(...contactBlock(contact, language));
  if (entry.body !== undefined) body.push(...markdownTextBlocks(entry.body[language], { spacing: 'Medium' }));
  if (urgentRoute) body.push(textBlock(TEXT.urgent[language], { spacing: 'Medium' }));
  if (entry.verify !== undefined) body.push(unverifiedNote(entry, language));
  body.push(...sourceBlocks(entry, language, today));
  if (related.length > 0) {
    body.push(textBlock(TEXT.alsoAsk[language], { weight: 'Bolder', spacing: 'Medium', size: 'Small' }));
    // One button a row: side by side, Teams cuts each title to a third of the card.
    for (const item of related)
      body.push({ type: 'ActionSet', spacing: 'Small', actions: [entryAction(item, language)] });
  }
  body.push(feedbackRow(entry.id, language));
  const actions = contactActions(entry.contacts, language);
  if (entry.topics.includes('afwegingskader') || entry.topics.includes('meldcode')) {
    actions.push({ type: 'Action.Submit', title: TEXT.startAfweging[language], data: { verb: AFWEGING_VERBS.start } });
  }
  const parts: EntryParts = {
    body: stampLanguage(body, language),
    actions: stampLanguage(actions, language),
    fallbackText: fallbackText(entry, language),
  };
  kept.set(key, parts);
  return parts;
}

/** The "which municipality?" card: a compact choice of the 19 municipalities. */
export function buildAskPlaceCard(
  topic: { id: string; label: string },
  places: ReadonlyArray<{ code: string; name: string }>,
  language: Language,
): AdaptiveCard {
  const choices = [...places]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((place) => ({ title: place.name, value: place.code }));
  choices.push({ title: TEXT.otherPlace[language], value: 'other' });
  return card(
    language,
    [
      heading(TEXT.askPlaceTitle[language]),
      textBlock(fill(TEXT.askPlaceBody[language], { topic: topic.label.toLowerCase() })),
      {
        type: 'Input.ChoiceSet',
        id: 'gemeente',
        style: 'compact',
        errorMessage: TEXT.askPlaceTitle[language],
        isRequired: true,
        choices,
        label: TEXT.askPlaceTitle[language],
      },
    ],
    `${TEXT.askPlaceTitle[language]} ${places.map((place) => place.name).join(', ')}`,
    [{ type: 'Action.Submit', title: TEXT.choose[language], data: { verb: VERBS.place, topic: topic.id } }],
  );
}

export function buildNoMatchCard(language: Language, question?: string): AdaptiveCard {
  return card(
    language,
    [
      heading(TEXT.noMatchTitle[language]),
      textBlock(TEXT.noMatchBody[language]),
      { type: 'ActionSet', actions: TOPIC_SUGGESTIONS[language].map((question) => askAction(question, question)) },
      textBlock(TEXT.gapNote[language], { isSubtle: true, size: 'Small', spacing: 'Medium' }),
    ],
    `${TEXT.noMatchTitle[language]}. ${TEXT.noMatchBody[language]}`,
    question === undefined ? [] : [askColleagueAction(question, language)],
  );
}

/** After 👎: what was missing? Optionally prefilled (with personal data replaced) and with a notice. */
export function buildFeedbackCommentCard(
  id: string,
  language: Language,
  options: { prefill?: string; notice?: string; feedbackKey?: string } = {},
): AdaptiveCard {
  const body: CardElement[] = [textBlock(TEXT.commentAsk[language])];
  if (options.notice !== undefined) body.push(textBlock(options.notice, { color: 'Attention' }));
  body.push({
    type: 'Input.Text',
    id: 'comment',
    isMultiline: true,
    maxLength: MAX_COMMENT_LENGTH,
    label: TEXT.commentLabel[language],
    ...(options.prefill === undefined ? {} : { value: options.prefill }),
  });
  return card(language, body, TEXT.commentAsk[language], [
    {
      type: 'Action.Submit',
      title: TEXT.commentSend[language],
      data: {
        verb: VERBS.feedbackComment,
        id,
        // The 👎's own record, which the note completes (one record per vote).
        ...(options.feedbackKey === undefined ? {} : { feedback: options.feedbackKey }),
      },
    },
  ]);
}

function contactBlock(contact: Contact, language: Language): CardElement[] {
  const facts: Array<[string, string]> = [];
  if (contact.phone !== undefined) facts.push([TEXT.phone[language], `[${contact.phone}](${telUrl(contact.phone)})`]);
  if (contact.url !== undefined) facts.push([TEXT.website[language], `[${urlLabel(contact.url)}](${contact.url})`]);
  if (contact.email !== undefined) facts.push([TEXT.email[language], `[${contact.email}](mailto:${contact.email})`]);
  if (contact.hours !== undefined) facts.push([TEXT.hours[language], contact.hours[language]]);
  if (contact.walkIn !== undefined) facts.push([TEXT.walkIn[language], contact.walkIn[language]]);
  return [textBlock(contact.name[language], { weight: 'Bolder', spacing: 'Medium' }), factSet(facts)];
}

/** Up to two call buttons and one website button, in the card's action bar. */
function contactActions(contacts: readonly Contact[], language: Language): CardAction[] {
  const phones = [...new Set(contacts.flatMap((contact) => (contact.phone === undefined ? [] : [contact.phone])))];
  const actions: CardAction[] = phones
    .slice(0, 2)
    .map((phone) => openUrlAction(`${TEXT.call[language]} ${phone}`, telUrl(phone)));
  const url = contacts.find((contact) => contact.url !== undefined)?.url;
  if (url !== undefined) actions.push(openUrlAction(TEXT.openWebsite[language], url));
  return actions;
}

function feedbackRow(id: string, language: Language): CardElement {
  return {
    type: 'ColumnSet',
    spacing: 'Medium',
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        verticalContentAlignment: 'Center',
        items: [textBlock(TEXT.helpful[language], { size: 'Small', isSubtle: true })],
      },
      {
        type: 'Column',
        width: 'auto',
        items: [
          {
            type: 'ActionSet',
            actions: [
              { type: 'Action.Submit', title: TEXT.yes[language], data: { verb: VERBS.feedback, id, vote: 'up' } },
              { type: 'Action.Submit', title: TEXT.no[language], data: { verb: VERBS.feedback, id, vote: 'down' } },
            ],
          },
        ],
      },
    ],
  };
}

function entryAction(entry: ContentEntry, language: Language): CardAction {
  return { type: 'Action.Submit', title: fitLabel(entry.title[language]), data: { verb: VERBS.entry, id: entry.id } };
}

function fallbackText(entry: ContentEntry, language: Language): string {
  // A line's hours go with its number ("Centrum Seksueel Geweld: 0800-0188 (24/7, gratis)").
  const phones = entry.contacts.flatMap((contact) =>
    contact.phone === undefined
      ? []
      : [
          `${contact.name[language]}: ${contact.phone}${contact.hours === undefined ? '' : ` (${contact.hours[language]})`}`,
        ],
  );
  return [entry.title[language], entry.summary[language], ...phones].join(' — ');
}

/** "14 079" → "tel:14079"; "+31 70 …" keeps its plus. */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
