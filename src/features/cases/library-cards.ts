/**
 * The cards of the library of published cases: a case as colleagues read it, search results, an author's
 * own cases, and the case of the week in the leerruimte prompt.
 */
import {
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  card,
  heading,
  textBlock,
} from '../../cards/adaptive-card.js';
import { displayDate, fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { caseBody, plain } from './case-view.js';
import type { CaseRecord } from './cases.js';
import type { CaseSearchResult } from './library.js';
import { organisationLabel, themeLabel } from './themes.js';
import { CASE_VERBS } from './verbs.js';

const TEXT = {
  sharedBy: { nl: 'Gedeeld door een ambassadeur ({organisation})', en: 'Shared by an ambassador ({organisation})' },
  published: { nl: 'Gepubliceerd op {date}', en: 'Published on {date}' },
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
  caseOfWeek: { nl: 'Casus van de week', en: 'Case of the week' },
  share: { nl: 'Deel een casus', en: 'Share a case' },
} as const;

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
  if (result.kind === 'overview') return overviewCard(result, language);
  const body: CardElement[] = [heading(TEXT.resultsTitle[language])];
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
  );
}

/** "casussen" alone: the themes with their counts as buttons, and the newest cases. */
function overviewCard(result: Extract<CaseSearchResult, { kind: 'overview' }>, language: Language): AdaptiveCard {
  const body: CardElement[] = [heading(TEXT.resultsTitle[language])];
  const actions: CardAction[] = [];
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
  const fallback = body.map((element) => (element.type === 'TextBlock' ? element.text : '')).join(' ');
  return card(language, body, fallback, actions);
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
