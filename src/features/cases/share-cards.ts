/**
 * The cards of sharing a case: the form, what is missing, the guard's "not stored" answer with the spots
 * marked, and the pointer to the personal chat.
 */
import {
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  card,
  heading,
  openUrlAction,
  textBlock,
} from '../../cards/adaptive-card.js';
import { fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { highlightFindings } from '../../pii/index.js';
import { LABELS, plain, SHARED_TEXT } from './case-view.js';
import { type CaseCheck, type CaseFields, type FormProblem, TEXT_FIELDS, type TextField } from './cases.js';
import { ORGANISATION_TYPES, THEMES } from './themes.js';
import { CASE_VERBS } from './verbs.js';

const TEXT = {
  formTitle: { nl: 'Deel een casus', en: 'Share a case' },
  formIntro: {
    nl: 'Een casus helpt collega’s leren van jouw ervaring. Hij gaat eerst ter beoordeling naar een andere ambassadeur; pas na goedkeuring kunnen collega’s hem vinden. Hij wordt {months} maanden bewaard; je kunt hem altijd intrekken.',
    en: 'A case helps colleagues learn from your experience. It first goes to another ambassador for review; only once approved can colleagues find it. It is kept for {months} months; you can withdraw it at any time.',
  },
  noMunicipality: { nl: '(geen gemeente)', en: '(no municipality)' },
  submit: { nl: 'Indienen ter beoordeling', en: 'Submit for review' },
  placeholders: { nl: 'Vervang door placeholders', en: 'Replace with placeholders' },
  confirmRequired: { nl: 'Bevestig dat de casus geanonimiseerd is.', en: 'Please confirm the case is anonymised.' },
  incomplete: { nl: 'Nog niet compleet: {fields}.', en: 'Not complete yet: {fields}.' },
  blockedTitle: { nl: 'Niet opgeslagen: er staan persoonsgegevens in', en: 'Not stored: it contains personal data' },
  blocked: {
    nl: 'Gevonden: {kinds}. De casus is niet opgeslagen en niet verstuurd. Pas de tekst hieronder aan, of laat Wegwijs de gemarkeerde stukken vervangen door placeholders.',
    en: 'Found: {kinds}. The case has not been stored or sent. Edit the text below, or let Wegwijs replace the marked parts with placeholders.',
  },
  replaced: {
    nl: 'De gemarkeerde stukken zijn vervangen. Lees de casus nog eens door en dien hem in.',
    en: 'The marked parts have been replaced. Read the case through once more and submit it.',
  },
  shareInChat: {
    nl: 'Een casus deel je in je eigen chat met Wegwijs, niet in een kanaal: typ daar "casus delen".',
    en: 'Share a case in your own chat with Wegwijs, not in a channel: type "share case" there.',
  },
  openChat: { nl: 'Open de chat met Wegwijs', en: 'Open the chat with Wegwijs' },
} as const;

/** The choice for "no municipality" (a ChoiceSet value may not be empty). */
const NO_MUNICIPALITY = 'geen';

export interface Municipality {
  code: string;
  name: string;
}

/** The form; `values` refills it (after a block or for an edit), `notice` goes above it. */
export function buildShareForm(
  language: Language,
  municipalities: readonly Municipality[],
  retentionMonths: number,
  options: {
    values?: Partial<CaseFields>;
    notice?: readonly CardElement[];
    anonymised?: boolean;
    /** Offer to replace what the guard found with placeholders. */
    placeholders?: boolean;
  } = {},
): AdaptiveCard {
  const values = options.values ?? {};
  const body: CardElement[] = [
    heading(TEXT.formTitle[language]),
    textBlock(fill(TEXT.formIntro[language], { months: String(retentionMonths) }), { size: 'Small' }),
    ...(options.notice ?? []),
    ...textInputs(language, values),
    ...choiceInputs(language, municipalities, values),
    anonymisedToggle(language, options.anonymised === true),
  ];
  const actions: CardAction[] = [
    { type: 'Action.Submit', title: TEXT.submit[language], data: { verb: CASE_VERBS.submit }, style: 'positive' },
  ];
  if (options.placeholders === true)
    actions.push({
      type: 'Action.Submit',
      title: TEXT.placeholders[language],
      data: { verb: CASE_VERBS.placeholders },
    });
  return card(language, body, TEXT.formTitle[language], actions);
}

function textInputs(language: Language, values: Partial<CaseFields>): CardElement[] {
  const text = (field: TextField, multiline: boolean, required: boolean): CardElement => ({
    type: 'Input.Text',
    id: field,
    label: LABELS[field][language],
    isMultiline: multiline,
    maxLength: TEXT_FIELDS[field],
    ...(required ? { isRequired: true, errorMessage: SHARED_TEXT.required[language] } : {}),
    ...(values[field] ? { value: values[field] } : {}),
  });
  return [
    text('title', false, true),
    text('situation', true, true),
    text('tried', true, false),
    text('worked', true, false),
    text('lesson', true, true),
  ];
}

function choiceInputs(
  language: Language,
  municipalities: readonly Municipality[],
  values: Partial<CaseFields>,
): CardElement[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'themes',
      label: LABELS.themes[language],
      isMultiSelect: true,
      style: 'expanded',
      isRequired: true,
      errorMessage: SHARED_TEXT.required[language],
      choices: THEMES.map((theme) => ({ title: theme.label[language], value: theme.id })),
      ...(values.themes !== undefined && values.themes.length > 0 ? { value: values.themes.join(',') } : {}),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'municipality',
      label: LABELS.municipality[language],
      style: 'compact',
      choices: [
        { title: TEXT.noMunicipality[language], value: NO_MUNICIPALITY },
        ...municipalities.map((place) => ({ title: place.name, value: place.code })),
      ],
      value: values.municipality ?? NO_MUNICIPALITY,
    },
    {
      type: 'Input.ChoiceSet',
      id: 'organisationType',
      label: LABELS.organisationType[language],
      style: 'compact',
      isRequired: true,
      errorMessage: SHARED_TEXT.required[language],
      choices: ORGANISATION_TYPES.map((type) => ({ title: type.label[language], value: type.id })),
      ...(values.organisationType ? { value: values.organisationType } : {}),
    },
  ];
}

function anonymisedToggle(language: Language, anonymised: boolean): CardElement {
  return {
    type: 'Input.Toggle',
    id: 'anonymised',
    label: LABELS.confirmation[language],
    title: LABELS.anonymised[language],
    valueOn: 'true',
    valueOff: 'false',
    value: anonymised ? 'true' : 'false',
    isRequired: true,
    errorMessage: TEXT.confirmRequired[language],
  };
}

/** What is missing, in words, above the refilled form. */
export function incompleteNotice(problems: readonly FormProblem[], language: Language): CardElement {
  const fields = problems.map((problem) =>
    problem === 'anonymised' ? TEXT.confirmRequired[language].replace(/\.$/, '') : LABELS[problem][language],
  );
  return textBlock(fill(TEXT.incomplete[language], { fields: fields.join(', ') }), { color: 'Attention' });
}

/**
 * The guard's answer: nothing stored. Names the kinds, shows each field with the found parts marked, and
 * gives the form back (refilled) with a button to replace the marked parts with placeholders.
 */
export function buildBlockedForm(
  check: CaseCheck,
  fields: CaseFields,
  language: Language,
  municipalities: readonly Municipality[],
  retentionMonths: number,
): AdaptiveCard {
  const notice: CardElement[] = [
    textBlock(TEXT.blockedTitle[language], { weight: 'Bolder', color: 'Attention', spacing: 'Medium' }),
    textBlock(fill(TEXT.blocked[language], { kinds: check.kinds }), { color: 'Attention' }),
    {
      type: 'Container',
      style: 'warning',
      // The spots only: the whole text is in the form below, and repeating it could make the card too large.
      items: check.fields.flatMap((item) => [
        textBlock(LABELS[item.field][language], { weight: 'Bolder', size: 'Small' }),
        textBlock(highlightFindings(item.text, item.findings, plain), { size: 'Small' }),
      ]),
    },
  ];
  return buildShareForm(language, municipalities, retentionMonths, {
    values: fields,
    notice,
    anonymised: true,
    placeholders: true,
  });
}

export function replacedNotice(language: Language): CardElement {
  return textBlock(TEXT.replaced[language], { color: 'Good' });
}

/** In a channel or group chat: sharing happens in the personal chat, where nothing is read by others. */
export function buildShareElsewhereCard(botId: string, language: Language): AdaptiveCard {
  return card(language, [textBlock(TEXT.shareInChat[language])], TEXT.shareInChat[language], [
    openUrlAction(TEXT.openChat[language], `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`),
  ]);
}
