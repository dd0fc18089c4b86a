/** The ambassadors of an organisation, with a remove button for each when an admin asks. */
import {
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  card,
  factSet,
  heading,
  textBlock,
} from '../../cards/adaptive-card.js';
import type { SubmitAction } from '../../cards/schema.js';
import { displayDate, fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { plain } from './case-view.js';
import type { Ambassador } from './roles.js';
import { CASE_VERBS } from './verbs.js';

const TEXT = {
  ambassadorsTitle: { nl: 'Ambassadeurs van deze organisatie', en: 'Ambassadors of this organisation' },
  ambassadorsEmpty: {
    nl: 'Er zijn nog geen ambassadeurs. Een beheerder voegt ze toe met "ambassadeur toevoegen @naam".',
    en: 'There are no ambassadors yet. An admin adds them with "add ambassador @name".',
  },
  added: { nl: 'sinds {date}', en: 'since {date}' },
  remove: { nl: 'Verwijder {name}', en: 'Remove {name}' },
} as const;

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
    ? ambassadors.map(
        (item): SubmitAction => ({
          type: 'Action.Submit',
          title: fill(TEXT.remove[language], { name: item.name }),
          data: { verb: CASE_VERBS.removeAmbassador, aad: item.aadObjectId },
        }),
      )
    : [];
  return card(language, body, TEXT.ambassadorsTitle[language], actions);
}
