/**
 * Plain types and small helpers for Adaptive Cards 1.5 (the newest version every Teams client renders).
 * Builders in the features return these objects; only `src/bot/` turns them into Bot Framework attachments.
 */
export type CardElement = Readonly<Record<string, unknown>> & { type: string };
export type CardAction = Readonly<Record<string, unknown>> & { type: string };

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  /** What clients without card support show instead. */
  readonly fallbackText: string;
  readonly msteams?: Readonly<Record<string, unknown>>;
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function card(
  body: readonly CardElement[],
  fallbackText: string,
  actions?: readonly CardAction[],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    ...(actions !== undefined && actions.length > 0 ? { actions } : {}),
    fallbackText,
    msteams: { width: 'Full' },
  };
}

export function textBlock(text: string, options: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function heading(text: string): CardElement {
  return textBlock(text, { size: 'Large', weight: 'Bolder', style: 'heading' });
}

/** A button that sends `text` as if the user typed it (Teams `imBack`), e.g. an example question. */
export function askAction(title: string, text: string): CardAction {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: text } } };
}

/** A button that opens a phone number or URL. */
export function openUrlAction(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function factSet(facts: ReadonlyArray<readonly [title: string, value: string]>): CardElement {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) };
}

/** A highlighted container, used for the emergency line that must stand out. */
export function emphasis(
  items: readonly CardElement[],
  style: 'attention' | 'warning' | 'emphasis' = 'attention',
): CardElement {
  return { type: 'Container', style, items, bleed: true };
}
