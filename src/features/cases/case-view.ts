/**
 * What the cards of shared cases have in common: the fields' labels (on the form and on the case) and the
 * case as colleagues read it.
 */
import { type CardElement, factSet, heading, textBlock } from '../../cards/adaptive-card.js';
import { escapeMarkdown } from '../../cards/markdown.js';
import type { Language } from '../../i18n/language.js';
import { type CaseRecord, TEXT_FIELD_NAMES, type TextField } from './cases.js';
import { organisationLabel, themeLabel } from './themes.js';

export const LABELS: Record<
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

/** Texts more than one card says. */
export const SHARED_TEXT = {
  required: { nl: 'Vul dit in.', en: 'Please fill this in.' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
} as const;

/** Text shown as typed: Markdown characters escaped, so a case cannot inject links or formatting. */
export const plain = escapeMarkdown;

/** The case as colleagues read it: title, then `byline` (who shared it, when), facts and the texts. */
export function caseBody(record: CaseRecord, language: Language, byline: string): CardElement[] {
  const { fields } = record;
  const body: CardElement[] = [heading(plain(fields.title)), textBlock(byline, { isSubtle: true, size: 'Small' })];
  const facts: Array<[string, string]> = [
    [LABELS.themes[language], fields.themes.map((theme) => themeLabel(theme, language)).join(', ')],
    [LABELS.organisationType[language], organisationLabel(fields.organisationType, language)],
  ];
  if (fields.municipality !== undefined)
    facts.push([SHARED_TEXT.municipality[language], fields.municipalityName ?? '']);
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
