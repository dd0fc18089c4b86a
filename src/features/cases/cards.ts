/**
 * Cards of shared cases: the form, the guard's "not stored" answer with the spots marked, the review card
 * in the ambassadors' channel, the case itself, search results, an author's own cases and the ambassadors.
 */
import {
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  card,
  executeAction,
  factSet,
  heading,
  openUrlAction,
  textBlock,
} from '../../cards/adaptive-card.js';
import { displayDate, fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import {
  type CaseCheck,
  type CaseFields,
  type CaseRecord,
  type FormProblem,
  TEXT_FIELD_NAMES,
  TEXT_FIELDS,
  type TextField,
} from './cases.js';
import type { CaseSearchResult } from './library.js';
import type { Ambassador } from './roles.js';
import { ORGANISATION_TYPES, organisationLabel, THEMES, themeLabel } from './themes.js';

export const CASE_VERBS = {
  form: 'casus.formulier',
  submit: 'casus.indienen',
  placeholders: 'casus.placeholders',
  approve: 'casus.goedkeuren',
  reject: 'casus.afwijzen',
  show: 'casus.tonen',
  withdraw: 'casus.intrekken',
  delete: 'casus.verwijderen',
  removeAmbassador: 'ambassadeur.verwijderen',
} as const;

const LABELS: Record<
  TextField | 'themes' | 'municipality' | 'organisationType' | 'anonymised' | 'confirmation',
  Record<Language, string>
> = {
  title: { nl: 'Titel', en: 'Title' },
  situation: { nl: 'De situatie', en: 'The situation' },
  tried: { nl: 'Wat is er geprobeerd?', en: 'What was tried?' },
  worked: { nl: 'Wat werkte?', en: 'What worked?' },
  lesson: { nl: 'De les voor collega’s', en: 'The lesson for colleagues' },
  themes: { nl: 'Thema’s', en: 'Themes' },
  municipality: { nl: 'Gemeente (mag leeg)', en: 'Municipality (optional)' },
  organisationType: { nl: 'Soort organisatie', en: 'Type of organisation' },
  confirmation: { nl: 'Bevestiging', en: 'Confirmation' },
  anonymised: {
    nl: 'Ik heb de casus geanonimiseerd: geen namen, adressen, nummers, data of andere details waaraan iemand te herkennen is.',
    en: 'I have anonymised this case: no names, addresses, numbers, dates or other details by which anyone could be recognised.',
  },
};

const TEXT = {
  formTitle: { nl: 'Deel een casus', en: 'Share a case' },
  formIntro: {
    nl: 'Een casus helpt collega’s leren van jouw ervaring. Hij gaat eerst ter beoordeling naar een andere ambassadeur; pas na goedkeuring kunnen collega’s hem vinden. Hij wordt {months} maanden bewaard; je kunt hem altijd intrekken.',
    en: 'A case helps colleagues learn from your experience. It first goes to another ambassador for review; only once approved can colleagues find it. It is kept for {months} months; you can withdraw it at any time.',
  },
  noMunicipality: { nl: '(geen gemeente)', en: '(no municipality)' },
  submit: { nl: 'Indienen ter beoordeling', en: 'Submit for review' },
  placeholders: { nl: 'Vervang door placeholders', en: 'Replace with placeholders' },
  required: { nl: 'Vul dit in.', en: 'Please fill this in.' },
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
  reviewTitle: { nl: 'Casus ter beoordeling', en: 'Case for review' },
  reviewBy: {
    nl: 'Gedeeld door {name} op {date}. Beoordeel hem als je niet de auteur bent: staat er niets in waaraan iemand te herkennen is, en is hij leerzaam?',
    en: 'Shared by {name} on {date}. Review it if you are not its author: is there nothing by which anyone could be recognised, and is it instructive?',
  },
  approve: { nl: 'Goedkeuren en publiceren', en: 'Approve and publish' },
  reject: { nl: 'Afwijzen', en: 'Reject' },
  reasonLabel: { nl: 'Waarom? (de auteur leest dit)', en: 'Why? (the author reads this)' },
  rejectConfirm: { nl: 'Afwijzen met deze reden', en: 'Reject with this reason' },
  approvedBy: { nl: '✅ Goedgekeurd door {name} op {date}', en: '✅ Approved by {name} on {date}' },
  rejectedBy: { nl: '❌ Afgewezen door {name} op {date}: {reason}', en: '❌ Rejected by {name} on {date}: {reason}' },
  withdrawn: { nl: 'Deze casus is ingetrokken of verwijderd.', en: 'This case has been withdrawn or deleted.' },
  sharedBy: { nl: 'Gedeeld door een ambassadeur ({organisation})', en: 'Shared by an ambassador ({organisation})' },
  published: { nl: 'Gepubliceerd op {date}', en: 'Published on {date}' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  read: { nl: 'Lees de casus', en: 'Read the case' },
  withdraw: { nl: 'Intrekken', en: 'Withdraw' },
  delete: { nl: 'Verwijderen (beheerder)', en: 'Delete (admin)' },
  resultsTitle: { nl: 'Gedeelde casussen', en: 'Shared cases' },
  resultsAbout: { nl: 'Over {what}: {n} gevonden.', en: 'About {what}: {n} found.' },
  widened: {
    nl: 'Geen casus uit {place}; wel uit andere gemeenten.',
    en: 'No case from {place}; these are from other municipalities.',
  },
  none: {
    nl: 'Nog geen gedeelde casus over {what}. Ambassadeurs kunnen er een delen met "casus delen".',
    en: 'No shared case about {what} yet. Ambassadors can share one with "share case".',
  },
  overview: {
    nl: 'Casussen die ambassadeurs deelden, per thema. Kies een thema of vraag bijvoorbeeld "casus tandem Dordrecht".',
    en: 'Cases shared by ambassadors, by theme. Pick a theme or ask, for example, "cases about debt".',
  },
  overviewEmpty: {
    nl: 'Er zijn nog geen gedeelde casussen. Ambassadeurs kunnen er een delen met "casus delen".',
    en: 'No cases have been shared yet. Ambassadors can share one with "share case".',
  },
  themeCount: { nl: '{theme} ({n})', en: '{theme} ({n})' },
  askTheme: { nl: 'casussen over {theme}', en: 'cases about {theme}' },
  mineTitle: { nl: 'Jouw casussen', en: 'Your cases' },
  mineEmpty: { nl: 'Je hebt (nog) geen casussen gedeeld.', en: 'You have not shared any cases (yet).' },
  status: {
    review: { nl: 'ter beoordeling', en: 'in review' },
    published: { nl: 'gepubliceerd', en: 'published' },
    rejected: { nl: 'afgewezen', en: 'rejected' },
  },
  ambassadorsTitle: { nl: 'Ambassadeurs van deze organisatie', en: 'Ambassadors of this organisation' },
  ambassadorsEmpty: {
    nl: 'Er zijn nog geen ambassadeurs. Een beheerder voegt ze toe met "ambassadeur toevoegen @naam".',
    en: 'There are no ambassadors yet. An admin adds them with "add ambassador @name".',
  },
  added: { nl: 'sinds {date}', en: 'since {date}' },
  remove: { nl: 'Verwijder {name}', en: 'Remove {name}' },
  caseOfWeek: { nl: 'Casus van de week', en: 'Case of the week' },
  share: { nl: 'Deel een casus', en: 'Share a case' },
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
    ...formInputs(language, municipalities, values, options.anonymised === true),
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

function formInputs(
  language: Language,
  municipalities: readonly Municipality[],
  values: Partial<CaseFields>,
  anonymised: boolean,
): CardElement[] {
  const text = (field: TextField, multiline: boolean, required: boolean): CardElement => ({
    type: 'Input.Text',
    id: field,
    label: LABELS[field][language],
    isMultiline: multiline,
    maxLength: TEXT_FIELDS[field],
    ...(required ? { isRequired: true, errorMessage: TEXT.required[language] } : {}),
    ...(values[field] ? { value: values[field] } : {}),
  });
  return [
    text('title', false, true),
    text('situation', true, true),
    text('tried', true, false),
    text('worked', true, false),
    text('lesson', true, true),
    {
      type: 'Input.ChoiceSet',
      id: 'themes',
      label: LABELS.themes[language],
      isMultiSelect: true,
      style: 'expanded',
      isRequired: true,
      errorMessage: TEXT.required[language],
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
      errorMessage: TEXT.required[language],
      choices: ORGANISATION_TYPES.map((type) => ({ title: type.label[language], value: type.id })),
      ...(values.organisationType ? { value: values.organisationType } : {}),
    },
    {
      type: 'Input.Toggle',
      id: 'anonymised',
      label: LABELS.confirmation[language],
      title: LABELS.anonymised[language],
      valueOn: 'true',
      valueOff: 'false',
      value: anonymised ? 'true' : 'false',
      isRequired: true,
      errorMessage: TEXT.confirmRequired[language],
    },
  ];
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
      items: check.fields.flatMap((item) => [
        textBlock(LABELS[item.field][language], { weight: 'Bolder', size: 'Small' }),
        textBlock(marked(item.text, item.findings), { size: 'Small' }),
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

/** How much text around a finding is shown, and at most how many spots per field. */
const SPOT_CONTEXT = 40;
const MAX_SPOTS = 8;

/**
 * The spots of a text where the guard found something: each finding in bold between ⟦ ⟧ with a little
 * text around it, joined by "…" (the whole text is in the form below; repeating it could make the card
 * too large for Teams). Other Markdown in the text is neutralised.
 */
export function marked(text: string, findings: CaseCheck['fields'][number]['findings']): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let position = 0;
  let spots = 0;
  for (const [index, finding] of sorted.entries()) {
    if (finding.start < position) continue;
    if (spots === MAX_SPOTS) {
      parts.push(' …');
      return parts.join('');
    }
    const from = Math.max(position, finding.start - SPOT_CONTEXT);
    if (from > position) parts.push(from === 0 ? '' : '…');
    parts.push(plain(text.slice(from, finding.start)), `**⟦${plain(text.slice(finding.start, finding.end))}⟧**`);
    spots += 1;
    const next = sorted[index + 1];
    // Up to the next finding when it is close, else a little context.
    const until =
      next !== undefined && next.start - finding.end <= 2 * SPOT_CONTEXT
        ? next.start
        : Math.min(text.length, finding.end + SPOT_CONTEXT);
    parts.push(plain(text.slice(finding.end, until)));
    position = until;
  }
  if (position < text.length) parts.push('…');
  return parts.join('');
}

/** Text shown as typed: Markdown characters escaped, so a case cannot inject links or formatting. */
function plain(text: string): string {
  return text.replace(/([\\`*_[\]()#+\-!>~|])/g, '\\$1');
}

/** The case as colleagues read it: title, then `byline` (who shared it, when), facts and the texts. */
function caseBody(record: CaseRecord, language: Language, byline: string): CardElement[] {
  const { fields } = record;
  const body: CardElement[] = [heading(plain(fields.title)), textBlock(byline, { isSubtle: true, size: 'Small' })];
  const facts: Array<[string, string]> = [
    [LABELS.themes[language], fields.themes.map((theme) => themeLabel(theme, language)).join(', ')],
    [LABELS.organisationType[language], organisationLabel(fields.organisationType, language)],
  ];
  if (fields.municipality !== undefined) facts.push([TEXT.municipality[language], fields.municipalityName ?? '']);
  body.push(factSet(facts));
  for (const field of TEXT_FIELD_NAMES) {
    if (field === 'title' || fields[field] === '') continue;
    body.push(
      textBlock(LABELS[field][language], { weight: 'Bolder', spacing: 'Medium' }),
      textBlock(plain(fields[field])),
    );
  }
  return body;
}

/** The card in the ambassadors' channel: open with approve/reject, or decided (by whom, when, why). */
export function buildReviewCard(record: CaseRecord, language: Language): AdaptiveCard {
  const body: CardElement[] = [
    textBlock(TEXT.reviewTitle[language], { isSubtle: true, weight: 'Bolder' }),
    ...caseBody(
      record,
      language,
      fill(TEXT.reviewBy[language], { name: record.authorName, date: displayDate(record.createdAt) }),
    ),
  ];
  const actions: CardAction[] = [];
  if (record.status === 'review') {
    actions.push(executeAction(CASE_VERBS.approve, TEXT.approve[language], { id: record.id }));
    actions.push({
      type: 'Action.ShowCard',
      title: TEXT.reject[language],
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.Text',
            id: 'reason',
            label: TEXT.reasonLabel[language],
            isMultiline: true,
            maxLength: 500,
            isRequired: true,
            errorMessage: TEXT.required[language],
          },
        ],
        actions: [executeAction(CASE_VERBS.reject, TEXT.rejectConfirm[language], { id: record.id })],
      },
    });
  } else {
    body.push(textBlock(decision(record, language), { weight: 'Bolder', spacing: 'Medium' }));
  }
  return card(language, body, `${TEXT.reviewTitle[language]}: ${record.fields.title}`, actions);
}

/** The review card once the case is gone (withdrawn or deleted before or after review). */
export function buildGoneCard(language: Language): AdaptiveCard {
  return card(language, [textBlock(TEXT.withdrawn[language], { isSubtle: true })], TEXT.withdrawn[language]);
}

function decision(record: CaseRecord, language: Language): string {
  const values = {
    name: record.reviewerName ?? '',
    date: displayDate(record.reviewedAt ?? record.createdAt),
    reason: record.reason ?? '',
  };
  return fill(record.status === 'published' ? TEXT.approvedBy[language] : TEXT.rejectedBy[language], values);
}

/** A published case as colleagues read it; the author may withdraw it, an admin may delete it. */
export function buildCaseCard(
  record: CaseRecord,
  language: Language,
  viewer: { author: boolean; admin: boolean },
): AdaptiveCard {
  const organisation = organisationLabel(record.fields.organisationType, language);
  const date = displayDate(record.reviewedAt ?? record.createdAt);
  const body = caseBody(
    record,
    language,
    `${fill(TEXT.sharedBy[language], { organisation })} · ${fill(TEXT.published[language], { date })}`,
  );
  const actions: CardAction[] = [];
  if (viewer.author)
    actions.push({
      type: 'Action.Submit',
      title: TEXT.withdraw[language],
      data: { verb: CASE_VERBS.withdraw, id: record.id },
    });
  else if (viewer.admin)
    actions.push({
      type: 'Action.Submit',
      title: TEXT.delete[language],
      data: { verb: CASE_VERBS.delete, id: record.id },
    });
  return card(language, body, `${record.fields.title}: ${record.fields.lesson}`, actions);
}

export function buildSearchCard(result: CaseSearchResult, language: Language): AdaptiveCard {
  const body: CardElement[] = [heading(TEXT.resultsTitle[language])];
  const actions: CardAction[] = [];
  if (result.kind === 'overview') {
    body.push(textBlock(result.counts.length === 0 ? TEXT.overviewEmpty[language] : TEXT.overview[language]));
    for (const { theme, count } of result.counts) {
      const label = themeLabel(theme, language);
      actions.push({
        type: 'Action.Submit',
        title: fill(TEXT.themeCount[language], { theme: label, n: String(count) }),
        data: { msteams: { type: 'imBack', value: fill(TEXT.askTheme[language], { theme: label }) } },
      });
    }
    for (const record of result.newest) body.push(...summary(record, language));
    return card(language, body, body.map((element) => String(element.text ?? '')).join(' '), actions);
  }
  const what = describe(result.query, language);
  if (result.kind === 'none') {
    body.push(textBlock(fill(TEXT.none[language], { what })));
    return card(language, body, fill(TEXT.none[language], { what }));
  }
  body.push(textBlock(fill(TEXT.resultsAbout[language], { what, n: String(result.total) }), { isSubtle: true }));
  if (result.widened && result.query.municipality !== undefined) {
    body.push(textBlock(fill(TEXT.widened[language], { place: result.query.municipality.name })));
  }
  for (const record of result.cases) body.push(...summary(record, language));
  return card(
    language,
    body,
    result.cases.map((record) => `${record.fields.title}: ${record.fields.lesson}`).join('\n'),
    actions,
  );
}

function describe(query: Extract<CaseSearchResult, { kind: 'none' }>['query'], language: Language): string {
  const parts = [
    ...query.themes.map((theme) => themeLabel(theme, language)),
    ...query.words,
    ...(query.municipality === undefined ? [] : [query.municipality.name]),
  ];
  return parts.join(', ');
}

/** One case in a list: title, themes and lesson, and a button to read it whole. */
function summary(record: CaseRecord, language: Language): CardElement[] {
  return [
    {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        textBlock(plain(record.fields.title), { weight: 'Bolder' }),
        textBlock(
          [
            record.fields.themes.map((theme) => themeLabel(theme, language)).join(', '),
            organisationLabel(record.fields.organisationType, language),
            record.fields.municipalityName,
          ]
            .filter((part) => part !== undefined && part !== '')
            .join(' · '),
          { isSubtle: true, size: 'Small', spacing: 'None' },
        ),
        textBlock(plain(record.fields.lesson), { maxLines: 3 }),
        {
          type: 'ActionSet',
          actions: [
            { type: 'Action.Submit', title: TEXT.read[language], data: { verb: CASE_VERBS.show, id: record.id } },
          ],
        },
      ],
    },
  ];
}

export function buildMyCasesCard(records: readonly CaseRecord[], language: Language): AdaptiveCard {
  const body: CardElement[] = [heading(TEXT.mineTitle[language])];
  if (records.length === 0) body.push(textBlock(TEXT.mineEmpty[language]));
  for (const record of records) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        textBlock(plain(record.fields.title), { weight: 'Bolder' }),
        textBlock(`${TEXT.status[record.status][language]} · ${displayDate(record.createdAt)}`, {
          isSubtle: true,
          size: 'Small',
          spacing: 'None',
        }),
        ...(record.reason === undefined ? [] : [textBlock(plain(record.reason), { size: 'Small' })]),
        {
          type: 'ActionSet',
          actions: [
            {
              type: 'Action.Submit',
              title: TEXT.withdraw[language],
              data: { verb: CASE_VERBS.withdraw, id: record.id },
            },
          ],
        },
      ],
    });
  }
  return card(language, body, TEXT.mineTitle[language]);
}

export function buildAmbassadorsCard(
  ambassadors: readonly Ambassador[],
  language: Language,
  canRemove: boolean,
): AdaptiveCard {
  const body: CardElement[] = [heading(TEXT.ambassadorsTitle[language])];
  if (ambassadors.length === 0) body.push(textBlock(TEXT.ambassadorsEmpty[language]));
  else
    body.push(
      factSet(
        ambassadors.map((item) => [plain(item.name), fill(TEXT.added[language], { date: displayDate(item.addedAt) })]),
      ),
    );
  const actions: CardAction[] = canRemove
    ? ambassadors.map((item) => ({
        type: 'Action.Submit',
        title: fill(TEXT.remove[language], { name: item.name }),
        data: { verb: CASE_VERBS.removeAmbassador, aad: item.aadObjectId },
      }))
    : [];
  return card(language, body, TEXT.ambassadorsTitle[language], actions);
}

/** In a channel or group chat: sharing happens in the personal chat, where nothing is read by others. */
export function buildShareElsewhereCard(botId: string, language: Language): AdaptiveCard {
  return card(language, [textBlock(TEXT.shareInChat[language])], TEXT.shareInChat[language], [
    openUrlAction(TEXT.openChat[language], `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`),
  ]);
}

/** For the leerruimte prompt: the share button, and the case of the week when there is one. */
export function caseOfWeekElements(
  featured: { id: string; title: string } | undefined,
  language: Language,
): { body: CardElement[]; actions: CardAction[] } {
  const actions: CardAction[] = [
    { type: 'Action.Submit', title: TEXT.share[language], data: { verb: CASE_VERBS.form } },
  ];
  if (featured === undefined) return { body: [], actions };
  return {
    body: [
      textBlock(`${TEXT.caseOfWeek[language]}: ${plain(featured.title)}`, { spacing: 'Medium', weight: 'Bolder' }),
    ],
    actions: [
      { type: 'Action.Submit', title: TEXT.read[language], data: { verb: CASE_VERBS.show, id: featured.id } },
      ...actions,
    ],
  };
}
