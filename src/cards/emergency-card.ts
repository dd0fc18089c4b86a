/**
 * The first card for any message with acute-danger cues: 112 first, then 113 or the Centrum Seksueel
 * Geweld where they fit, then Veilig Thuis. It comes before any other content.
 */
import type { Language } from '../i18n/language.js';
import type { DangerKind } from '../kb/schema.js';
import { type AdaptiveCard, card, emphasis, openUrlAction, textBlock } from './adaptive-card.js';

const TEXT = {
  title: { nl: 'Is er nu direct gevaar? Bel 112.', en: 'Is anyone in immediate danger? Call 112.' },
  police: {
    nl: 'Bij acute onveiligheid schakel je eerst de politie in via **112** — Veilig Thuis is geen spoeddienst.',
    en: 'In acute danger involve the police first through **112** — Veilig Thuis is not an emergency service.',
  },
  suicide: {
    nl: 'Denkt iemand aan zelfdoding? **113 Zelfmoordpreventie: bel 113 of 0800-0113** (gratis, anoniem, dag en nacht).',
    en: 'Is someone thinking about suicide? **113 Suicide Prevention: call 113 or 0800-0113** (free, anonymous, day and night).',
  },
  sexual: {
    nl: 'Na verkrachting of aanranding: **Centrum Seksueel Geweld 0800-0188** (gratis, dag en nacht) — liefst binnen 7 dagen, voor medische en forensische hulp.',
    en: 'After rape or sexual assault: **Centre for Sexual Violence 0800-0188** (free, day and night) — preferably within 7 days, for medical and forensic help.',
  },
  veiligThuis: {
    nl: 'Voor advies of een melding over huiselijk geweld of kindermishandeling: **Veilig Thuis 0800-2000** (gratis, dag en nacht).',
    en: 'For advice or a report on domestic violence or child abuse: **Veilig Thuis 0800-2000** (free, day and night).',
  },
  call112: { nl: 'Bel 112', en: 'Call 112' },
  call113: { nl: 'Bel 113', en: 'Call 113' },
  callCsg: { nl: 'Bel Centrum Seksueel Geweld', en: 'Call Centre for Sexual Violence' },
  callVeiligThuis: { nl: 'Bel Veilig Thuis', en: 'Call Veilig Thuis' },
} as const;

export function buildEmergencyCard(kinds: ReadonlySet<DangerKind>, language: Language): AdaptiveCard {
  const lines = [textBlock(`**${TEXT.title[language]}**`, { size: 'Large' }), textBlock(TEXT.police[language])];
  const actions = [openUrlAction(TEXT.call112[language], 'tel:112')];
  if (kinds.has('suicide')) {
    lines.push(textBlock(TEXT.suicide[language]));
    actions.push(openUrlAction(TEXT.call113[language], 'tel:113'));
  }
  if (kinds.has('sexual')) {
    lines.push(textBlock(TEXT.sexual[language]));
    actions.push(openUrlAction(TEXT.callCsg[language], 'tel:08000188'));
  }
  lines.push(textBlock(TEXT.veiligThuis[language]));
  actions.push(openUrlAction(TEXT.callVeiligThuis[language], 'tel:08002000'));
  const fallback = [
    TEXT.title[language],
    kinds.has('suicide') ? '113 / 0800-0113' : '',
    kinds.has('sexual') ? 'Centrum Seksueel Geweld 0800-0188' : '',
    'Veilig Thuis 0800-2000',
  ]
    .filter((part) => part !== '')
    .join(' — ');
  return card(language, [emphasis(lines, 'attention')], fallback, actions);
}
