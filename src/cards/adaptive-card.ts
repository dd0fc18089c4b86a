/**
 * Plain types and small helpers for Adaptive Cards 1.5 (the newest version every Teams client renders).
 * Builders in the features return these objects; only `src/bot/` turns them into Bot Framework attachments.
 */
import type { Language } from '../i18n/language.js';
import type {
  ActionData,
  CardAction,
  CardElement,
  Container,
  ElementOptions,
  ExecuteAction,
  FactSet,
  NestedCard,
  OpenUrlAction,
  SubmitAction,
  TextBlock,
} from './schema.js';

export type { CardAction, CardElement } from './schema.js';

/** A card as the bot sends it (Adaptive Card 1.5), with Teams' `msteams` extension. */
export interface AdaptiveCard extends Omit<NestedCard, 'body' | 'fallbackText'> {
  readonly $schema: string;
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  /** What clients without card support show instead. */
  readonly fallbackText: string;
  /** Teams only: `width: 'Full'` uses the whole width of the conversation. */
  readonly msteams?: { readonly width?: 'Full' };
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * A card in `language`. Every Action.Submit and Action.Execute in it (in the body, in ShowCards and in
 * fallbacks) gets `lang` in its data, so a button press is answered in the language of the card it came
 * from — not in the client's locale: many Dutch professionals run Teams in English and type Dutch.
 */
export function card(
  language: Language,
  body: readonly CardElement[],
  fallbackText: string,
  actions?: readonly CardAction[],
): AdaptiveCard {
  return stampedCard(
    stampLanguage(body, language),
    fallbackText,
    actions === undefined ? undefined : stampLanguage(actions, language),
  );
}

/**
 * The card of `card` from parts already stamped with `stampLanguage` — for a builder that keeps the parts
 * that do not change between turns.
 */
export function stampedCard(
  body: readonly CardElement[],
  fallbackText: string,
  actions?: readonly CardAction[],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    // No root `lang`: the adaptivecards 3.0.5 parser checks it with a global regex whose lastIndex
    // carries over between calls, so valid values fail every other time.
    body,
    ...(actions !== undefined && actions.length > 0 ? { actions } : {}),
    fallbackText,
    msteams: { width: 'Full' },
  };
}

const DATA_ACTIONS = new Set(['Action.Submit', 'Action.Execute']);

/**
 * `value` with `lang` in the data of every data action in it. Copies only the objects on the way to an
 * action and shares the rest (texts, facts, columns without buttons): a card is never changed after it is
 * built, and copying the whole of it was a third of the time to build an answer card.
 */
export function stampLanguage<T>(value: T, language: Language): T {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (typeof item !== 'object' || item === null) continue;
      const stamped = stampLanguage(item, language);
      if (stamped !== item) {
        copy ??= value.slice();
        copy[index] = stamped;
      }
    }
    return (copy ?? value) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (typeof child !== 'object' || child === null) continue;
    const stamped = stampLanguage(child, language);
    if (stamped !== child) {
      copy ??= { ...record };
      copy[key] = stamped;
    }
  }
  if (typeof record.type === 'string' && DATA_ACTIONS.has(record.type)) {
    copy ??= { ...record };
    const data = copy.data;
    copy.data =
      typeof data === 'object' && data !== null && !Array.isArray(data)
        ? { ...data, lang: language }
        : { lang: language };
  }
  return (copy ?? value) as T;
}

/** The language a card action carried (see `card`), from an Action.Submit value or an Action.Execute's data. */
export function languageOfAction(value: unknown): Language | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as { lang?: unknown; action?: { data?: { lang?: unknown } } };
  const lang = record.lang ?? record.action?.data?.lang;
  return lang === 'nl' || lang === 'en' ? lang : undefined;
}

export function textBlock(text: string, options: ElementOptions<'TextBlock'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function heading(text: string): TextBlock {
  return textBlock(text, { size: 'Large', weight: 'Bolder', style: 'heading' });
}

/** A button that sends `text` as if the user typed it (Teams `imBack`), e.g. an example question. */
export function askAction(title: string, text: string): SubmitAction {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: text } } };
}

/**
 * Action.Execute (Teams replaces the card in place, for everyone who sees it) with an Action.Submit
 * fallback carrying the same verb and data, for clients without universal actions.
 */
export function executeAction(verb: string, title: string, data: ActionData): ExecuteAction {
  return {
    type: 'Action.Execute',
    verb,
    title,
    data,
    fallback: { type: 'Action.Submit', title, data: { verb, ...data } },
  };
}

/** The card with a highlighted notice on top (e.g. why a button press changed nothing). */
export function withNotice(original: AdaptiveCard, notice: string): AdaptiveCard {
  return { ...original, body: [textBlock(notice, { color: 'Attention' }), ...original.body] };
}

/** A button that opens a phone number or URL. */
export function openUrlAction(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function factSet(facts: ReadonlyArray<readonly [title: string, value: string]>): FactSet {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) };
}

/** A highlighted container, used for the emergency line that must stand out. */
export function emphasis(
  items: readonly CardElement[],
  style: 'attention' | 'warning' | 'emphasis' = 'attention',
): Container {
  return { type: 'Container', style, items, bleed: true };
}
