/**
 * Reviewing a case: approve or reject by an ambassador of the case's organisation or an admin — never its
 * author. The first decision wins; the author is told; the review card is updated for every reviewer.
 */
import { type AdaptiveCard, textBlock } from '../../cards/adaptive-card.js';
import { fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { describeFindings, detectPersonalData } from '../../pii/index.js';
import { type CaseRecord, deleteCase, getCase, getReviewChannel, updateCase } from './cases.js';
import {
  audit,
  bestEffort,
  type CardOutcome,
  type CaseDeps,
  clock,
  municipalities,
  NOT_AMBASSADOR,
  tenant,
} from './deps.js';
import { buildCaseCard } from './library-cards.js';
import { buildGoneCard, buildReviewCard, MAX_REASON_LENGTH } from './review-cards.js';
import { type Actor, roleOf } from './roles.js';
import { buildShareForm } from './share-cards.js';

const TEXT = {
  ownCase: {
    nl: 'Je eigen casus kun je niet beoordelen; een andere ambassadeur doet dat.',
    en: 'You cannot review your own case; another ambassador will.',
  },
  otherOrganisation: {
    nl: 'Deze casus is van een andere organisatie; de ambassadeurs daar beoordelen hem.',
    en: 'This case belongs to another organisation; its ambassadors review it.',
  },
  alreadyDecided: { nl: 'Iemand anders was je net voor.', en: 'Someone else got there first.' },
  reasonEmpty: {
    nl: 'Schrijf kort waarom je de casus afwijst; de auteur leest dat.',
    en: 'Write briefly why you reject the case; the author reads it.',
  },
  reasonBlocked: {
    nl: 'Je reden bevat {kinds}; die stuur ik niet door. Haal die gegevens weg en probeer het opnieuw.',
    en: 'Your reason contains {kinds}; I will not pass that on. Remove those details and try again.',
  },
  approvedAuthor: {
    nl: 'Je casus "{title}" is goedgekeurd door {name} en gepubliceerd. Collega’s vinden hem nu, bijvoorbeeld met "casussen over {theme}".',
    en: 'Your case "{title}" was approved by {name} and published. Colleagues can now find it, for example with "cases about {theme}".',
  },
  rejectedAuthor: {
    nl: 'Je casus "{title}" is niet gepubliceerd. {name} schreef: "{reason}". Hij is niet bewaard; pas hem hieronder aan en dien hem opnieuw in als je wilt.',
    en: 'Your case "{title}" was not published. {name} wrote: "{reason}". It has not been kept; edit it below and submit it again if you like.',
  },
} as const;

interface ReviewInput {
  actor: Actor;
  id: unknown;
  decision: 'approve' | 'reject';
  reason?: unknown;
}

/**
 * Approve or reject, by an ambassador of the case's organisation or an admin — never its author. The first
 * decision wins; the author is told; a rejected case is deleted (the author gets the form back to edit).
 */
export async function reviewCase(deps: CaseDeps, input: ReviewInput, language: Language): Promise<CardOutcome> {
  const { actor } = input;
  const record = await getCase(deps.store, input.id);
  if (record === undefined) return { route: 'case.review.gone', card: buildGoneCard(language) };
  const allowed = await mayDecide(deps, input, record, language);
  if (allowed.kind === 'refused') return allowed.outcome;
  const { reviewer, reason } = allowed;
  const now = clock(deps).toISOString();
  const decided = await updateCase(deps.store, record.id, (stored) =>
    stored.status !== 'review'
      ? undefined
      : {
          ...stored,
          status: input.decision === 'approve' ? 'published' : 'rejected',
          reviewerAad: reviewer,
          reviewerName: actor.name,
          reviewedAt: now,
          ...(reason === undefined ? {} : { reason }),
        },
  );
  if (decided === undefined) return { route: 'case.review.gone', card: buildGoneCard(language) };
  if (!decided.changed)
    return {
      route: 'case.review.already-decided',
      card: buildReviewCard(decided.data, language),
      notice: TEXT.alreadyDecided[language],
    };
  return announce(deps, { ...input, reviewer }, decided.data, language);
}

/** Who may decide, and a reason that is there and free of personal data when rejecting. */
async function mayDecide(
  deps: CaseDeps,
  input: ReviewInput,
  record: CaseRecord,
  language: Language,
): Promise<{ kind: 'allowed'; reviewer: string; reason?: string } | { kind: 'refused'; outcome: CardOutcome }> {
  const { actor } = input;
  const role = await roleOf(deps.store, deps.admins, actor);
  const card = buildReviewCard(record, language);
  const refuse = (route: string, notice: string) => ({ kind: 'refused' as const, outcome: { route, card, notice } });
  if (role === 'none' || actor.aadObjectId === undefined)
    return refuse('case.review.not-ambassador', NOT_AMBASSADOR[language]);
  if (role === 'ambassador' && actor.tenantId !== record.tenantId)
    return refuse('case.review.other-organisation', TEXT.otherOrganisation[language]);
  if (actor.aadObjectId === record.authorAad) return refuse('case.review.own-case', TEXT.ownCase[language]);
  const reviewer = actor.aadObjectId;
  if (input.decision !== 'reject') return { kind: 'allowed', reviewer };
  const reason = typeof input.reason === 'string' ? input.reason.trim().slice(0, MAX_REASON_LENGTH) : '';
  if (reason === '') return refuse('case.review.reason-empty', TEXT.reasonEmpty[language]);
  const findings = detectPersonalData(reason, { allowed: deps.engine.placeNames });
  if (findings.length > 0)
    return refuse(
      'case.review.reason-personal-data',
      fill(TEXT.reasonBlocked[language], { kinds: describeFindings(findings, language) }),
    );
  return { kind: 'allowed', reviewer, reason };
}

/** After the decision: the audit trail, the library, the author, and the review card for everyone. */
async function announce(
  deps: CaseDeps,
  input: ReviewInput & { reviewer: string },
  decided: CaseRecord,
  language: Language,
): Promise<CardOutcome> {
  const { actor } = input;
  await audit(deps, {
    action: input.decision === 'approve' ? 'case.approved' : 'case.rejected',
    actor: input.reviewer,
    ...tenant(actor),
    caseId: decided.id,
  });
  if (input.decision === 'reject') await deleteCase(deps.store, decided.id);
  deps.library.invalidate();
  // The decision stands even when Teams refuses a message (the author removed the app, the chat is gone).
  await bestEffort(tellAuthor(deps, decided));
  const card = buildReviewCard(decided, language);
  await bestEffort(refreshPost(deps, decided, card));
  return { route: input.decision === 'approve' ? 'case.approved' : 'case.rejected', card };
}

async function tellAuthor(deps: CaseDeps, record: CaseRecord): Promise<void> {
  const language = record.language;
  const values = {
    title: record.fields.title,
    name: record.reviewerName ?? '',
    reason: record.reason ?? '',
    theme: record.fields.themes[0] ?? '',
  };
  if (record.status === 'published') {
    const card = buildCaseCard(record, language, { author: true, admin: false });
    await deps.messenger.send(record.author, {
      ...card,
      body: [textBlock(fill(TEXT.approvedAuthor[language], values)), ...card.body],
    });
    return;
  }
  const form = buildShareForm(language, municipalities(deps.engine), deps.retentionMonths, {
    values: record.fields,
    notice: [textBlock(fill(TEXT.rejectedAuthor[language], values), { color: 'Attention' })],
  });
  await deps.messenger.send(record.author, form);
}

/** Updates the case's review card in the ambassadors' channel, where it is its own thread. */
export async function refreshPost(deps: CaseDeps, record: CaseRecord, card: AdaptiveCard): Promise<void> {
  if (record.post === undefined) return;
  const channel = await getReviewChannel(deps.store, record.tenantId);
  if (channel === undefined) return;
  await deps.messenger.update(
    { ...channel.ref, conversationId: record.post.conversationId, channel: false },
    record.post.activityId,
    card,
  );
}
