/**
 * The review card in the ambassadors' channel: the case with approve / reject while it is open, then who
 * decided, when and why; and what it becomes when the case is gone.
 */
import {
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  card,
  executeAction,
  textBlock,
} from '../../cards/adaptive-card.js';
import { displayDate, fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { caseBody, SHARED_TEXT } from './case-view.js';
import type { CaseRecord } from './cases.js';
import { CASE_VERBS } from './verbs.js';

/** The longest reason a reviewer can give (the form's limit, enforced again on submit). */
export const MAX_REASON_LENGTH = 500;

const TEXT = {
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
} as const;

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
  if (record.status === 'review') actions.push(...reviewActions(record, language));
  else body.push(textBlock(decision(record, language), { weight: 'Bolder', spacing: 'Medium' }));
  return card(language, body, `${TEXT.reviewTitle[language]}: ${record.fields.title}`, actions);
}

function reviewActions(record: CaseRecord, language: Language): CardAction[] {
  return [
    executeAction(CASE_VERBS.approve, TEXT.approve[language], { id: record.id }),
    {
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
            maxLength: MAX_REASON_LENGTH,
            isRequired: true,
            errorMessage: SHARED_TEXT.required[language],
          },
        ],
        actions: [executeAction(CASE_VERBS.reject, TEXT.rejectConfirm[language], { id: record.id })],
      },
    },
  ];
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
