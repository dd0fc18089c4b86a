/**
 * Cards of the guided afwegingskader: one question at a time with Ja / Nee (Action.Execute, falling back to
 * Action.Submit where the client has no universal actions), back and restart; and the outcome with a
 * summary to paste into the dossier (answers and date, no names).
 */
import {
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  card,
  executeAction,
  heading,
  openUrlAction,
  textBlock,
} from '../../cards/adaptive-card.js';
import { displayDate, fill } from '../../i18n/format.js';
import type { Language, Localized } from '../../i18n/language.js';
import type { Source } from '../../kb/schema.js';
import { type Answer, isMelden, type Outcome, QUESTION_COUNT } from './flow.js';

export const AFWEGING_VERBS = {
  start: 'afweging.start',
  answer: 'afweging.antwoord',
  back: 'afweging.terug',
  restart: 'afweging.opnieuw',
} as const;

export const QUESTIONS: ReadonlyArray<{ short: Localized; question: Localized; explanation: Localized }> = [
  {
    short: { nl: 'Vermoeden', en: 'Suspicion' },
    question: {
      nl: 'Heb ik (nog steeds) een vermoeden van huiselijk geweld of kindermishandeling?',
      en: 'Do I (still) suspect domestic violence or child abuse?',
    },
    explanation: {
      nl: 'Na de stappen 1 tot en met 4: de signalen, het overleg met collega’s en het gesprek met de cliënt.',
      en: 'After steps 1 to 4: the signs, consulting colleagues and the conversation with the client.',
    },
  },
  {
    short: { nl: 'Acute of structurele onveiligheid', en: 'Acute or structural unsafety' },
    question: {
      nl: 'Is er sprake van acute of structurele onveiligheid?',
      en: 'Is there acute or structural unsafety?',
    },
    explanation: {
      nl: 'Structureel: onveilige, schadelijke situaties die terugkomen of voortduren. Acuut: direct gevaar.',
      en: 'Structural: unsafe, harmful situations that recur or continue. Acute: immediate danger.',
    },
  },
  {
    short: { nl: 'Zelf hulp bieden of organiseren', en: 'Offer or organise help yourself' },
    question: {
      nl: 'Kan ik zelf effectieve hulp bieden of organiseren om het (risico op) geweld af te wenden?',
      en: 'Can I offer or organise effective help myself to avert (the risk of) violence?',
    },
    explanation: {
      nl: 'Gezien je competenties, verantwoordelijkheden en professionele grenzen.',
      en: 'Given your competences, responsibilities and professional limits.',
    },
  },
  {
    short: { nl: 'Aanvaarden van hulp', en: 'Acceptance of help' },
    question: {
      nl: 'Aanvaarden de betrokkenen die hulp en zijn ze bereid zich daarvoor in te zetten?',
      en: 'Do those involved accept the help and are they willing to commit to it?',
    },
    explanation: {
      nl: 'Niet alleen ja zeggen, maar ook meewerken.',
      en: 'Not only saying yes, but also taking part.',
    },
  },
  {
    short: { nl: 'Gewenst resultaat', en: 'Desired result' },
    question: {
      nl: 'Leidt de hulp binnen de gewenste tijd tot de nodige veiligheid en het welzijn van alle betrokkenen?',
      en: 'Does the help lead, within the desired time, to the needed safety and wellbeing of everyone involved?',
    },
    explanation: {
      nl: 'Kijk naar de veiligheid en het herstel van iedereen, ook van de kinderen.',
      en: 'Look at the safety and recovery of everyone, the children included.',
    },
  },
];

const OUTCOMES: Record<Outcome, { title: Localized; text: Localized; summary: Localized }> = {
  'melden-onveilig': {
    title: { nl: 'Melden bij Veilig Thuis', en: 'Report to Veilig Thuis' },
    text: {
      nl: 'Er is acute of structurele onveiligheid: meld bij Veilig Thuis (0800-2000). Bij acuut gevaar bel je eerst 112. Of hulp (ook) mogelijk is, weeg je daarna samen met Veilig Thuis (vragen 3 tot en met 5).',
      en: 'There is acute or structural unsafety: report to Veilig Thuis (0800-2000). In acute danger call 112 first. Whether help is (also) possible you then weigh together with Veilig Thuis (questions 3 to 5).',
    },
    summary: {
      nl: 'melden bij Veilig Thuis (acute of structurele onveiligheid)',
      en: 'report to Veilig Thuis (acute or structural unsafety)',
    },
  },
  'melden-geen-hulp': {
    title: { nl: 'Melden bij Veilig Thuis', en: 'Report to Veilig Thuis' },
    text: {
      nl: 'Je kunt zelf geen effectieve hulp bieden of organiseren: meld bij Veilig Thuis (0800-2000).',
      en: 'You cannot offer or organise effective help yourself: report to Veilig Thuis (0800-2000).',
    },
    summary: {
      nl: 'melden bij Veilig Thuis (geen eigen effectieve hulp mogelijk)',
      en: 'report to Veilig Thuis (no effective help of my own possible)',
    },
  },
  'melden-niet-aanvaard': {
    title: { nl: 'Melden bij Veilig Thuis', en: 'Report to Veilig Thuis' },
    text: {
      nl: 'De betrokkenen aanvaarden de hulp niet of werken niet mee: meld bij Veilig Thuis (0800-2000).',
      en: 'Those involved do not accept the help or do not take part: report to Veilig Thuis (0800-2000).',
    },
    summary: { nl: 'melden bij Veilig Thuis (hulp niet aanvaard)', en: 'report to Veilig Thuis (help not accepted)' },
  },
  'melden-resultaat': {
    title: { nl: '(Opnieuw) melden bij Veilig Thuis', en: 'Report (again) to Veilig Thuis' },
    text: {
      nl: 'De hulp leidt niet op tijd tot de nodige veiligheid: meld (opnieuw) bij Veilig Thuis (0800-2000).',
      en: 'The help does not reach the needed safety in time: report (again) to Veilig Thuis (0800-2000).',
    },
    summary: {
      nl: '(opnieuw) melden bij Veilig Thuis (onvoldoende resultaat)',
      en: 'report (again) to Veilig Thuis (insufficient result)',
    },
  },
  hulp: {
    title: { nl: 'Hulp bieden of organiseren', en: 'Offer or organise help' },
    text: {
      nl: 'Je biedt of organiseert hulp, zonder melding. Maak met de betrokkenen en samenwerkingspartners afspraken over het volgen van de veiligheid, en beoordeel opnieuw: verbetert het niet, meld dan alsnog.',
      en: 'You offer or organise help, without a report. Agree with those involved and partners on how safety will be monitored, and re-assess: if it does not improve, report after all.',
    },
    summary: {
      nl: 'hulp bieden of organiseren, met monitoring en herbeoordeling',
      en: 'offer or organise help, with monitoring and re-assessment',
    },
  },
  'geen-vermoeden': {
    title: { nl: 'Geen vermoeden (meer)', en: 'No (more) suspicion' },
    text: {
      nl: 'Sluit af en leg in het dossier vast waarom. Blijf alert en blijf observeren: signalen kunnen terugkomen. Twijfel je? Bespreek het met een collega of de aandachtsfunctionaris, of vraag anoniem advies bij Veilig Thuis (0800-2000).',
      en: 'Close and record in the file why. Stay alert and keep observing: signs may come back. In doubt? Discuss it with a colleague or the designated expert, or ask Veilig Thuis for anonymous advice (0800-2000).',
    },
    summary: {
      nl: 'geen vermoeden (meer); afgesloten, blijven observeren',
      en: 'no (more) suspicion; closed, keep observing',
    },
  },
};

const TEXT = {
  header: {
    nl: 'Afwegingskader meldcode — vraag {n} van {total}',
    en: 'Reporting code assessment — question {n} of {total}',
  },
  outcomeHeader: { nl: 'Afwegingskader meldcode — uitkomst', en: 'Reporting code assessment — outcome' },
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  back: { nl: 'Terug', en: 'Back' },
  restart: { nl: 'Opnieuw', en: 'Start again' },
  source: { nl: 'Bron', en: 'Source' },
  summaryTitle: { nl: 'Voor het dossier (geen namen)', en: 'For the file (no names)' },
  summaryIntro: {
    nl: 'Afwegingskader doorlopen op {date} met Wegwijs.',
    en: 'Assessment framework completed on {date} with Wegwijs.',
  },
  summaryOutcome: { nl: 'Uitkomst', en: 'Outcome' },
  summaryOwn: { nl: 'Eigen afweging en onderbouwing: …', en: 'My own assessment and reasoning: …' },
  callVeiligThuis: { nl: 'Bel Veilig Thuis', en: 'Call Veilig Thuis' },
  disclaimer: {
    nl: 'Dit hulpmiddel ondersteunt je professionele oordeel en de meldcode van je eigen organisatie; het vervangt ze niet. Bij acuut gevaar: 112.',
    en: "This tool supports your professional judgement and your organisation's own reporting code; it does not replace them. In acute danger: 112.",
  },
  answerWord: { nl: { ja: 'ja', nee: 'nee' }, en: { ja: 'yes', nee: 'no' } },
} as const;

export interface FlowView {
  flowId: string;
  answers: readonly Answer[];
  /** When the flow started (YYYY-MM-DD), for the dossier summary. */
  date: string;
}

export function buildQuestionCard(
  view: FlowView,
  index: number,
  language: Language,
  source: Source | undefined,
): AdaptiveCard {
  const question = QUESTIONS[index] as (typeof QUESTIONS)[number];
  const body: CardElement[] = [
    textBlock(fill(TEXT.header[language], { n: String(index + 1), total: String(QUESTION_COUNT) }), {
      isSubtle: true,
      size: 'Small',
    }),
    heading(question.question[language]),
    textBlock(question.explanation[language]),
  ];
  if (source !== undefined) body.push(sourceLine(source, language));
  body.push({
    type: 'ActionSet',
    actions: [answerAction(view, index, 'ja', TEXT.yes[language]), answerAction(view, index, 'nee', TEXT.no[language])],
  });
  body.push(textBlock(TEXT.disclaimer[language], { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  return card(
    language,
    body,
    `${question.question[language]} (${TEXT.yes[language]} / ${TEXT.no[language]})`,
    navigation(view, language),
  );
}

export function buildOutcomeCard(
  view: FlowView,
  outcome: Outcome,
  language: Language,
  source: Source | undefined,
): AdaptiveCard {
  const text = OUTCOMES[outcome];
  const body: CardElement[] = [
    textBlock(TEXT.outcomeHeader[language], { isSubtle: true, size: 'Small' }),
    heading(text.title[language]),
    textBlock(text.text[language]),
    textBlock(TEXT.summaryTitle[language], { weight: 'Bolder', spacing: 'Medium' }),
    textBlock(dossierSummary(view, outcome, language), { fontType: 'Monospace', size: 'Small' }),
  ];
  if (source !== undefined) body.push(sourceLine(source, language));
  body.push(textBlock(TEXT.disclaimer[language], { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  const actions: CardAction[] = isMelden(outcome)
    ? [openUrlAction(TEXT.callVeiligThuis[language], 'tel:08002000')]
    : [];
  return card(language, body, `${text.title[language]}. ${text.text[language]}`, [
    ...actions,
    ...navigation(view, language),
  ]);
}

/** The lines to paste into the dossier: the date, every question with its answer, the outcome. No names. */
export function dossierSummary(view: FlowView, outcome: Outcome, language: Language): string {
  const lines = [fill(TEXT.summaryIntro[language], { date: displayDate(view.date) })];
  view.answers.forEach((answer, index) => {
    const question = QUESTIONS[index];
    if (question !== undefined)
      lines.push(`${index + 1}. ${question.short[language]}: ${TEXT.answerWord[language][answer]}`);
  });
  lines.push(`${TEXT.summaryOutcome[language]}: ${OUTCOMES[outcome].summary[language]}`);
  lines.push(TEXT.summaryOwn[language]);
  // Adaptive Card text needs a blank line between lines to keep them apart.
  return lines.join('\n\n');
}

function answerAction(view: FlowView, step: number, answer: Answer, title: string): CardAction {
  return executeAction(AFWEGING_VERBS.answer, title, { flowId: view.flowId, step, answer });
}

function navigation(view: FlowView, language: Language): CardAction[] {
  const actions: CardAction[] = [];
  const data = { flowId: view.flowId };
  if (view.answers.length > 0) actions.push(executeAction(AFWEGING_VERBS.back, TEXT.back[language], data));
  actions.push(executeAction(AFWEGING_VERBS.restart, TEXT.restart[language], data));
  return actions;
}

function sourceLine(source: Source, language: Language): CardElement {
  return textBlock(`${TEXT.source[language]}: [${source.title}](${source.url})`, { isSubtle: true, size: 'Small' });
}
