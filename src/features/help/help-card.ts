/**
 * The greeting and help card: what Wegwijs can do, with example questions as buttons, and the
 * emergency numbers first so that nobody in danger has to search for them.
 */
import {
  type AdaptiveCard,
  askAction,
  card,
  emphasis,
  heading,
  openUrlAction,
  textBlock,
} from '../../cards/adaptive-card.js';
import type { Language, Localized } from '../../i18n/language.js';

const TEXT: Localized<{
  title: string;
  emergency: string;
  intro: string;
  abilities: string;
  examplesTitle: string;
  examples: readonly string[];
  disclaimer: string;
  call112: string;
  callVeiligThuis: string;
  fallback: string;
}> = {
  nl: {
    title: 'Wegwijs',
    emergency:
      '**Acuut gevaar? Bel 112.** Zorgen over huiselijk geweld of kindermishandeling: **Veilig Thuis 0800-2000** (gratis, dag en nacht, ook voor anoniem advies).',
    intro:
      'Ik help professionals in de aanpak van huiselijk geweld en kindermishandeling snel de weg te vinden, met bronnen erbij.',
    abilities:
      '- de **meldcode**, en het **afwegingskader** stap voor stap (typ *afwegingskader*)\n- **schuldhulp** en financiële hulp per gemeente in Haaglanden en Zuid-Holland Zuid\n- **stress-sensitief werken**: tips voor gesprekken met mensen onder geldstress\n- de landelijke **hulplijnen**\n- **casussen** die ambassadeurs deelden, geanonimiseerd (typ *casussen*; ambassadeurs delen er een met *casus delen*)',
    examplesTitle: 'Vraag bijvoorbeeld:',
    examples: ['Wie doet schuldhulp in Zoetermeer?', 'Moet ik melden?', 'Mijn cliënt komt steeds niet op afspraken'],
    disclaimer:
      'Wegwijs ondersteunt je professionele oordeel en de meldcode van je eigen organisatie; het vervangt ze niet.',
    call112: 'Bel 112',
    callVeiligThuis: 'Bel Veilig Thuis',
    fallback:
      'Wegwijs: vragen over de meldcode, schuldhulp per gemeente, stress-sensitief werken en hulplijnen. Acuut gevaar? Bel 112. Veilig Thuis: 0800-2000.',
  },
  en: {
    title: 'Wegwijs',
    emergency:
      '**In immediate danger? Call 112.** Worried about domestic violence or child abuse: **Veilig Thuis 0800-2000** (free, day and night, anonymous advice too).',
    intro:
      'I help professionals working against domestic violence and child abuse find their way quickly, with sources.',
    abilities:
      '- the **reporting code** (meldcode), and its assessment framework step by step (type *reporting code check*)\n- **debt help** and financial services per municipality in Haaglanden and Zuid-Holland Zuid\n- **stress-sensitive working**: tips for conversations with people under money stress\n- the national **help lines**\n- anonymised **cases** shared by ambassadors (type *cases*; ambassadors share one with *share case*)',
    examplesTitle: 'Try for example:',
    examples: ['Who offers debt help in Zoetermeer?', 'Do I have to report?', 'My client keeps missing appointments'],
    disclaimer:
      "Wegwijs supports your professional judgement and your organisation's own reporting code; it does not replace them.",
    call112: 'Call 112',
    callVeiligThuis: 'Call Veilig Thuis',
    fallback:
      'Wegwijs: questions about the reporting code, debt help per municipality, stress-sensitive working and help lines. In danger? Call 112. Veilig Thuis: 0800-2000.',
  },
};

/** The greeting/help card in `language`. */
export function buildHelpCard(language: Language): AdaptiveCard {
  const text = TEXT[language];
  return card(
    language,
    [
      emphasis([textBlock(text.emergency)]),
      heading(text.title),
      textBlock(text.intro),
      textBlock(text.abilities),
      textBlock(text.examplesTitle, { weight: 'Bolder', spacing: 'Medium' }),
      {
        type: 'ActionSet',
        actions: text.examples.map((example) => askAction(example, example)),
      },
      textBlock(text.disclaimer, { isSubtle: true, size: 'Small', spacing: 'Medium' }),
    ],
    text.fallback,
    [openUrlAction(text.call112, 'tel:112'), openUrlAction(text.callVeiligThuis, 'tel:08002000')],
  );
}
