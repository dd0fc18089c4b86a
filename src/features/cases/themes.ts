/**
 * The fixed vocabularies of a case: its themes (what it is about, also how colleagues search for it) and
 * the type of organisation that shared it. Fixed lists, so that a case never carries free-text labels.
 */
import type { Localized } from '../../i18n/language.js';
import { normalize } from '../../kb/normalize.js';

export interface Theme {
  id: string;
  label: Localized;
  /** Normalised words or phrases that name the theme in a question ("casussen over geldzorgen"). */
  cues: readonly string[];
}

export const THEMES: readonly Theme[] = [
  {
    id: 'geldstress',
    label: { nl: 'geldstress', en: 'money stress' },
    cues: ['geldstress', 'geldzorgen', 'geldproblemen', 'armoede', 'money stress', 'poverty', 'stress'],
  },
  {
    id: 'schulden',
    label: { nl: 'schulden', en: 'debt' },
    cues: ['schulden', 'schuld', 'schuldhulp', 'schuldhulpverlening', 'debt', 'debts'],
  },
  {
    id: 'meldcode',
    label: { nl: 'meldcode', en: 'reporting code' },
    cues: ['meldcode', 'melden', 'melding', 'afwegingskader', 'reporting code', 'report'],
  },
  { id: 'tandem', label: { nl: 'tandem', en: 'tandem' }, cues: ['tandem', 'duo', 'samen optrekken'] },
  {
    id: 'veiligheid',
    label: { nl: 'veiligheid', en: 'safety' },
    cues: ['veiligheid', 'geweld', 'huiselijk geweld', 'onveilig', 'safety', 'violence', 'domestic violence'],
  },
  {
    id: 'gesprek',
    label: { nl: 'gespreksvoering', en: 'conversations' },
    cues: ['gesprek', 'gesprekken', 'gespreksvoering', 'conversation', 'conversations', 'talking'],
  },
  {
    id: 'kinderen',
    label: { nl: 'kinderen en jongeren', en: 'children and young people' },
    cues: ['kind', 'kinderen', 'jongeren', 'jeugd', 'child', 'children', 'young people'],
  },
  {
    id: 'samenwerking',
    label: { nl: 'samenwerking', en: 'cooperation' },
    cues: ['samenwerking', 'samenwerken', 'ketensamenwerking', 'cooperation', 'collaboration'],
  },
];

export const THEME_IDS: ReadonlySet<string> = new Set(THEMES.map((theme) => theme.id));

export interface OrganisationType {
  id: string;
  label: Localized;
}

export const ORGANISATION_TYPES: readonly OrganisationType[] = [
  { id: 'wijkteam', label: { nl: 'Wijkteam / sociaal team', en: 'Neighbourhood or social team' } },
  { id: 'veilig-thuis', label: { nl: 'Veilig Thuis', en: 'Veilig Thuis' } },
  { id: 'jeugd', label: { nl: 'Jeugdteam / jeugdbescherming', en: 'Youth team / child protection' } },
  { id: 'schuldhulp', label: { nl: 'Schuldhulpverlening', en: 'Debt counselling' } },
  { id: 'onderwijs', label: { nl: 'Onderwijs', en: 'Education' } },
  { id: 'reclassering', label: { nl: 'Reclassering', en: 'Probation service' } },
  { id: 'zorg', label: { nl: 'Zorg (huisarts, GGZ, ziekenhuis)', en: 'Health care (GP, mental health, hospital)' } },
  { id: 'anders', label: { nl: 'Andere organisatie', en: 'Other organisation' } },
];

export const ORGANISATION_TYPE_IDS: ReadonlySet<string> = new Set(ORGANISATION_TYPES.map((type) => type.id));

/** The themes a question names, in the order of THEMES. */
export function themesIn(text: string): string[] {
  const padded = ` ${normalize(text)} `;
  return THEMES.filter((theme) => theme.cues.some((cue) => padded.includes(` ${cue} `))).map((theme) => theme.id);
}

export function themeLabel(id: string, language: 'nl' | 'en'): string {
  return THEMES.find((theme) => theme.id === id)?.label[language] ?? id;
}

export function organisationLabel(id: string, language: 'nl' | 'en'): string {
  return ORGANISATION_TYPES.find((type) => type.id === id)?.label[language] ?? id;
}
