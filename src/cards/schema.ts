/**
 * Adaptive Card 1.5 as TypeScript types: the elements and actions Teams renders, each with exactly the
 * properties the 1.5 schema (adaptivecards.io/schemas/1.5.0/adaptive-card.json) gives it, so that a
 * misspelt property (`wrapp`, `colour`, `maxLenght`) in a card builder fails the typecheck — the JSON
 * parser on the client would silently ignore it.
 *
 * Written here rather than taken from `@microsoft/teams.cards` (2.1.0, MIT): that package declares Node
 * ≥ 22.12 (we develop on Node 20 too), and its types describe up to version 1.6 plus Teams-only elements
 * (charts, Carousel, CodeBlock, Icon, Badge …), so a property no 1.5 client knows would pass. Teams'
 * own extensions that we use are here too (`msteams` on the card; `data.msteams` is free-form data).
 * `tests/support/validate-card.ts` checks the same at run time against Microsoft's parser.
 */

export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type TextColor = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type TextSize = 'Default' | 'Small' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Default' | 'Lighter' | 'Bolder';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type HorizontalAlignment = 'Left' | 'Center' | 'Right';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom';
export type ActionStyle = 'default' | 'positive' | 'destructive';

/** What every element may carry. */
interface ElementBase {
  readonly id?: string;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
  readonly isVisible?: boolean;
  readonly height?: 'auto' | 'stretch';
  readonly horizontalAlignment?: HorizontalAlignment;
  readonly requires?: Readonly<Record<string, string>>;
  readonly fallback?: CardElement | 'drop';
  readonly lang?: string;
}

export interface TextBlock extends ElementBase {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly color?: TextColor;
  readonly fontType?: 'Default' | 'Monospace';
  readonly isSubtle?: boolean;
  readonly maxLines?: number;
  readonly size?: TextSize;
  readonly weight?: TextWeight;
  readonly wrap?: boolean;
  readonly style?: 'default' | 'heading';
}

export interface TextRun {
  readonly type: 'TextRun';
  readonly text: string;
  readonly color?: TextColor;
  readonly fontType?: 'Default' | 'Monospace';
  readonly highlight?: boolean;
  readonly isSubtle?: boolean;
  readonly italic?: boolean;
  readonly selectAction?: CardAction;
  readonly size?: TextSize;
  readonly strikethrough?: boolean;
  readonly underline?: boolean;
  readonly weight?: TextWeight;
}

export interface RichTextBlock extends ElementBase {
  readonly type: 'RichTextBlock';
  readonly inlines: ReadonlyArray<TextRun | string>;
}

export interface Image extends ElementBase {
  readonly type: 'Image';
  readonly url: string;
  readonly altText?: string;
  readonly backgroundColor?: string;
  readonly selectAction?: CardAction;
  readonly size?: 'Auto' | 'Stretch' | 'Small' | 'Medium' | 'Large';
  readonly style?: 'Default' | 'Person';
  readonly width?: string;
}

export interface ImageSet extends ElementBase {
  readonly type: 'ImageSet';
  readonly images: readonly Image[];
  readonly imageSize?: 'Auto' | 'Stretch' | 'Small' | 'Medium' | 'Large';
}

export interface BackgroundImage {
  readonly url: string;
  readonly fillMode?: 'Cover' | 'RepeatHorizontally' | 'RepeatVertically' | 'Repeat';
  readonly horizontalAlignment?: HorizontalAlignment;
  readonly verticalAlignment?: VerticalAlignment;
}

interface ContainerLike extends ElementBase {
  readonly selectAction?: CardAction;
  readonly style?: ContainerStyle;
  readonly verticalContentAlignment?: VerticalAlignment;
  readonly bleed?: boolean;
  readonly backgroundImage?: BackgroundImage | string;
  readonly minHeight?: string;
  readonly rtl?: boolean;
}

export interface Container extends ContainerLike {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
}

export interface Column extends ContainerLike {
  readonly type?: 'Column';
  readonly items?: readonly CardElement[];
  readonly width?: 'auto' | 'stretch' | number | `${number}px`;
}

export interface ColumnSet extends ElementBase {
  readonly type: 'ColumnSet';
  readonly columns?: readonly Column[];
  readonly selectAction?: CardAction;
  readonly style?: ContainerStyle;
  readonly bleed?: boolean;
  readonly minHeight?: string;
}

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface FactSet extends ElementBase {
  readonly type: 'FactSet';
  readonly facts: readonly Fact[];
}

export interface ActionSet extends ElementBase {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
}

/** What every input may carry. */
interface InputBase extends ElementBase {
  readonly id: string;
  readonly label?: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
}

export interface TextInput extends InputBase {
  readonly type: 'Input.Text';
  readonly isMultiline?: boolean;
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly regex?: string;
  readonly style?: 'Text' | 'Tel' | 'Url' | 'Email' | 'Password';
  readonly inlineAction?: CardAction;
  readonly value?: string;
}

export interface NumberInput extends InputBase {
  readonly type: 'Input.Number';
  readonly max?: number;
  readonly min?: number;
  readonly placeholder?: string;
  readonly value?: number;
}

export interface DateInput extends InputBase {
  readonly type: 'Input.Date';
  readonly max?: string;
  readonly min?: string;
  readonly placeholder?: string;
  readonly value?: string;
}

export interface TimeInput extends InputBase {
  readonly type: 'Input.Time';
  readonly max?: string;
  readonly min?: string;
  readonly placeholder?: string;
  readonly value?: string;
}

export interface ToggleInput extends InputBase {
  readonly type: 'Input.Toggle';
  readonly title: string;
  readonly value?: string;
  readonly valueOff?: string;
  readonly valueOn?: string;
  readonly wrap?: boolean;
}

export interface Choice {
  readonly title: string;
  readonly value: string;
}

export interface ChoiceSetInput extends InputBase {
  readonly type: 'Input.ChoiceSet';
  readonly choices: readonly Choice[];
  readonly isMultiSelect?: boolean;
  readonly style?: 'compact' | 'expanded' | 'filtered';
  readonly value?: string;
  readonly placeholder?: string;
  readonly wrap?: boolean;
}

export type CardElement =
  | TextBlock
  | RichTextBlock
  | Image
  | ImageSet
  | Container
  | ColumnSet
  | FactSet
  | ActionSet
  | TextInput
  | NumberInput
  | DateInput
  | TimeInput
  | ToggleInput
  | ChoiceSetInput;

/** What every action may carry. */
interface ActionBase {
  readonly title?: string;
  readonly iconUrl?: string;
  readonly id?: string;
  readonly style?: ActionStyle;
  readonly fallback?: CardAction | 'drop';
  readonly tooltip?: string;
  readonly isEnabled?: boolean;
  readonly mode?: 'primary' | 'secondary';
  readonly requires?: Readonly<Record<string, string>>;
}

/** Submitted data: free-form, returned to the bot as it is (with Teams' `msteams` in it where used). */
export type ActionData = Readonly<Record<string, unknown>>;

export interface SubmitAction extends ActionBase {
  readonly type: 'Action.Submit';
  readonly data?: ActionData | string;
  readonly associatedInputs?: 'Auto' | 'None';
}

export interface ExecuteAction extends ActionBase {
  readonly type: 'Action.Execute';
  readonly verb?: string;
  readonly data?: ActionData | string;
  readonly associatedInputs?: 'Auto' | 'None';
}

export interface OpenUrlAction extends ActionBase {
  readonly type: 'Action.OpenUrl';
  readonly url: string;
}

export interface ShowCardAction extends ActionBase {
  readonly type: 'Action.ShowCard';
  readonly card?: NestedCard;
}

export interface ToggleVisibilityAction extends ActionBase {
  readonly type: 'Action.ToggleVisibility';
  readonly targetElements: ReadonlyArray<string | { readonly elementId: string; readonly isVisible?: boolean }>;
}

export type CardAction = SubmitAction | ExecuteAction | OpenUrlAction | ShowCardAction | ToggleVisibilityAction;

/** The card inside an Action.ShowCard: no `$schema` or `version` of its own. */
export interface NestedCard {
  readonly type: 'AdaptiveCard';
  readonly body?: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  readonly fallbackText?: string;
  readonly lang?: string;
  readonly minHeight?: string;
  readonly rtl?: boolean;
  readonly selectAction?: CardAction;
  readonly speak?: string;
  readonly style?: ContainerStyle;
  readonly verticalContentAlignment?: VerticalAlignment;
  readonly backgroundImage?: BackgroundImage | string;
}

/** The properties of one element type, without its `type`: what a helper such as `textBlock` accepts. */
export type ElementOptions<T extends CardElement['type']> = Partial<Omit<Extract<CardElement, { type: T }>, 'type'>>;
