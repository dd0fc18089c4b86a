/**
 * The steps of sharing cases, as plain data: who may do what, what to store, what to send where, what to
 * reply. Sending happens through the `Messenger` port; nothing here imports an SDK.
 */
import { type AdaptiveCard, textBlock } from '../../cards/adaptive-card.js';
import { buildEmergencyCard } from '../../cards/emergency-card.js';
import { fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import type { KnowledgeEngine } from '../../kb/engine.js';
import { detectLanguage } from '../../kb/language.js';
import { describeFindings, detectPersonalData } from '../../pii/index.js';
import type { DocumentStore } from '../../storage/index.js';
import { type ConversationRef, DeliveryError, type Messenger } from '../messenger.js';
import type { Reply } from '../reply.js';
import { type AuditEntry, recordAudit } from './audit.js';
import {
  buildAmbassadorsCard,
  buildBlockedForm,
  buildCaseCard,
  buildGoneCard,
  buildMyCasesCard,
  buildReviewCard,
  buildSearchCard,
  buildShareElsewhereCard,
  buildShareForm,
  incompleteNotice,
  type Municipality,
  replacedNotice,
} from './cards.js';
import {
  type CaseRecord,
  checkCase,
  createCase,
  deleteCase,
  getCase,
  getReviewChannel,
  listCases,
  readCaseForm,
  retentionMs,
  updateCase,
} from './cases.js';
import { type CaseLibrary, caseQueryLanguage, parseCaseQuery } from './library.js';
import { type Actor, addAmbassador, listAmbassadors, removeAmbassador, roleOf } from './roles.js';

export interface CaseDeps {
  store: DocumentStore;
  engine: KnowledgeEngine;
  messenger: Messenger;
  library: CaseLibrary;
  admins: ReadonlySet<string>;
  retentionMonths: number;
  now?: () => Date;
}

/** Where the actor is: sharing (which shows the case's text back) happens only in the personal chat. */
export type Scope = 'personal' | 'channel' | 'groupChat';

export interface Outcome {
  route: string;
  replies: Reply[];
}

/** For Action.Execute: the card that replaces the one pressed, or a notice when it stays. */
export interface CardOutcome {
  route: string;
  card?: AdaptiveCard;
  notice?: string;
}

const MAX_REASON_LENGTH = 500;

const TEXT = {
  notAmbassador: {
    nl: 'Casussen delen en beoordelen kunnen alleen ambassadeurs. Wil je ambassadeur worden? Vraag het een beheerder van Wegwijs in je organisatie.',
    en: 'Only ambassadors can share and review cases. Want to become one? Ask a Wegwijs admin in your organisation.',
  },
  notAdmin: {
    nl: 'Alleen een beheerder van Wegwijs kan ambassadeurs aanwijzen of verwijderen.',
    en: 'Only a Wegwijs admin can appoint or remove ambassadors.',
  },
  noChannel: {
    nl: 'Er is nog geen kanaal voor ambassadeurs ingesteld, dus niemand kan je casus beoordelen. Er is niets opgeslagen. Vraag een beheerder om in dat kanaal "ambassadeurskanaal" te typen.',
    en: 'No ambassadors’ channel has been set up yet, so nobody can review your case. Nothing has been stored. Ask an admin to type "ambassadors channel" in that channel.',
  },
  submitted: {
    nl: 'Dank je! Je casus "{title}" is ter beoordeling naar de ambassadeurs gestuurd. Je hoort hier wanneer hij is goedgekeurd of afgewezen.',
    en: 'Thank you! Your case "{title}" has been sent to the ambassadors for review. You will hear here when it has been approved or rejected.',
  },
  gone: {
    nl: 'Die casus bestaat niet meer (ingetrokken, verwijderd of verlopen).',
    en: 'That case no longer exists (withdrawn, deleted or expired).',
  },
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
  withdrawn: { nl: 'Je casus is ingetrokken en verwijderd.', en: 'Your case has been withdrawn and deleted.' },
  deleted: { nl: 'De casus is verwijderd.', en: 'The case has been deleted.' },
  notYours: {
    nl: 'Alleen de auteur kan een casus intrekken, en een beheerder kan hem verwijderen.',
    en: 'Only its author can withdraw a case, and an admin can delete it.',
  },
  noMention: {
    nl: 'Noem de collega met een @vermelding, bijvoorbeeld: "ambassadeur toevoegen @Naam". Dat kan in een kanaal of groepschat waar die collega in zit.',
    en: 'Name the colleague with an @mention, for example: "add ambassador @Name". That works in a channel or group chat the colleague is in.',
  },
  added: { nl: '{name} is nu ambassadeur.', en: '{name} is now an ambassador.' },
  alreadyAmbassador: { nl: '{name} was al ambassadeur.', en: '{name} already was an ambassador.' },
  removed: { nl: '{name} is geen ambassadeur meer.', en: '{name} is no longer an ambassador.' },
  notAmbassadorTarget: { nl: '{name} was geen ambassadeur.', en: '{name} was not an ambassador.' },
} as const;

function clock(deps: CaseDeps): Date {
  return (deps.now ?? (() => new Date()))();
}

function municipalities(engine: KnowledgeEngine): Municipality[] {
  return engine.kb.entries
    .flatMap((entry) => (entry.kind === 'place' ? [{ code: entry.municipality, name: entry.name }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The submitted form read against the region's municipalities, which the form is rebuilt from too. */
function readForm(deps: CaseDeps, data: Record<string, unknown>) {
  const places = municipalities(deps.engine);
  return { places, ...readCaseForm(data, new Map(places.map((place) => [place.code, place.name]))) };
}

function text(value: string): Reply {
  return { kind: 'text', text: value };
}

async function audit(deps: CaseDeps, entry: Omit<AuditEntry, 'at'>): Promise<void> {
  await recordAudit(deps.store, entry, retentionMs(deps.retentionMonths), clock(deps));
}

/** "casus delen" or the button: the form, for ambassadors and admins, in the personal chat. */
export async function openShareForm(
  deps: CaseDeps,
  actor: Actor,
  scope: Scope,
  botId: string,
  language: Language,
): Promise<Outcome> {
  if (scope !== 'personal')
    return {
      route: 'case.form.elsewhere',
      replies: [{ kind: 'card', card: buildShareElsewhereCard(botId, language) }],
    };
  if ((await roleOf(deps.store, deps.admins, actor)) === 'none')
    return { route: 'case.form.not-ambassador', replies: [text(TEXT.notAmbassador[language])] };
  const form = buildShareForm(language, municipalities(deps.engine), deps.retentionMonths);
  return { route: 'case.form', replies: [{ kind: 'card', card: form }] };
}

/**
 * A filled-in form. Incomplete: the form back, filled. Personal data: nothing stored, the kinds named and
 * the spots marked. Clean: stored for review and sent to the organisation's ambassadors.
 */
export async function submitCase(
  deps: CaseDeps,
  input: { actor: Actor; author: ConversationRef; scope: Scope; botId: string; data: Record<string, unknown> },
  language: Language,
): Promise<Outcome> {
  const { actor } = input;
  if (input.scope !== 'personal')
    return {
      route: 'case.submit.elsewhere',
      replies: [{ kind: 'card', card: buildShareElsewhereCard(input.botId, language) }],
    };
  const role = await roleOf(deps.store, deps.admins, actor);
  if (role === 'none' || actor.aadObjectId === undefined)
    return { route: 'case.submit.not-ambassador', replies: [text(TEXT.notAmbassador[language])] };
  const { places, fields, problems } = readForm(deps, input.data);
  const anonymised = !problems.includes('anonymised');
  if (problems.length > 0) {
    const form = buildShareForm(language, places, deps.retentionMonths, {
      values: fields,
      notice: [incompleteNotice(problems, language)],
      anonymised,
    });
    return { route: 'case.submit.incomplete', replies: [{ kind: 'card', card: form }] };
  }
  const check = checkCase(fields, deps.engine.placeNames, language);
  if (check !== undefined) {
    await audit(deps, {
      action: 'case.blocked',
      actor: actor.aadObjectId,
      ...tenant(actor),
      kinds: check.kindIds,
    });
    const form = buildBlockedForm(check, fields, language, places, deps.retentionMonths);
    return { route: 'case.submit.personal-data', replies: [{ kind: 'card', card: form }] };
  }
  const channel = await getReviewChannel(deps.store, actor.tenantId);
  if (channel === undefined) {
    const form = buildShareForm(language, places, deps.retentionMonths, { values: fields, anonymised });
    return { route: 'case.submit.no-channel', replies: [text(TEXT.noChannel[language]), { kind: 'card', card: form }] };
  }
  const record = await createCase(
    deps.store,
    {
      ...tenant(actor),
      fields,
      language,
      authorAad: actor.aadObjectId,
      authorName: actor.name,
      author: input.author,
    },
    retentionMs(deps.retentionMonths),
    clock(deps),
  );
  await audit(deps, { action: 'case.submitted', actor: actor.aadObjectId, ...tenant(actor), caseId: record.id });
  const sent = await deps.messenger.send(channel.ref, buildReviewCard(record, channel.language));
  const activityId = sent.activityId;
  if (activityId !== undefined) {
    await updateCase(deps.store, record.id, (current) => ({
      ...current,
      post: { conversationId: sent.conversationId, activityId },
    }));
  }
  return { route: 'case.submitted', replies: [text(fill(TEXT.submitted[language], { title: fields.title }))] };
}

/** "Vervang door placeholders": the form back with every finding replaced; nothing stored. */
export function replaceWithPlaceholders(deps: CaseDeps, data: Record<string, unknown>, language: Language): Outcome {
  const { places, fields, problems } = readForm(deps, data);
  const check = checkCase(fields, deps.engine.placeNames, language);
  const form = buildShareForm(language, places, deps.retentionMonths, {
    values: check?.redacted ?? fields,
    notice: [replacedNotice(language)],
    anonymised: !problems.includes('anonymised'),
  });
  return { route: 'case.placeholders', replies: [{ kind: 'card', card: form }] };
}

/**
 * Approve or reject, by an ambassador of the case's organisation or an admin — never its author. The first
 * decision wins; the author is told; a rejected case is deleted (the author gets the form back to edit).
 */
export async function reviewCase(
  deps: CaseDeps,
  input: { actor: Actor; id: unknown; decision: 'approve' | 'reject'; reason?: unknown },
  language: Language,
): Promise<CardOutcome> {
  const { actor } = input;
  const record = await getCase(deps.store, input.id);
  if (record === undefined) return { route: 'case.review.gone', card: buildGoneCard(language) };
  const role = await roleOf(deps.store, deps.admins, actor);
  const current = buildReviewCard(record, language);
  if (role === 'none' || actor.aadObjectId === undefined)
    return { route: 'case.review.not-ambassador', card: current, notice: TEXT.notAmbassador[language] };
  if (role === 'ambassador' && actor.tenantId !== record.tenantId)
    return { route: 'case.review.other-organisation', card: current, notice: TEXT.otherOrganisation[language] };
  if (actor.aadObjectId === record.authorAad)
    return { route: 'case.review.own-case', card: current, notice: TEXT.ownCase[language] };
  let reason: string | undefined;
  if (input.decision === 'reject') {
    reason = typeof input.reason === 'string' ? input.reason.trim().slice(0, MAX_REASON_LENGTH) : '';
    if (reason === '') return { route: 'case.review.reason-empty', card: current, notice: TEXT.reasonEmpty[language] };
    const findings = detectPersonalData(reason, { allowed: deps.engine.placeNames });
    if (findings.length > 0) {
      const notice = fill(TEXT.reasonBlocked[language], { kinds: describeFindings(findings, language) });
      return { route: 'case.review.reason-personal-data', card: current, notice };
    }
  }
  const now = clock(deps).toISOString();
  const decided = await updateCase(deps.store, record.id, (stored) =>
    stored.status !== 'review'
      ? undefined
      : {
          ...stored,
          status: input.decision === 'approve' ? 'published' : 'rejected',
          reviewerAad: actor.aadObjectId,
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
  const decidedRecord = decided.data;
  await audit(deps, {
    action: input.decision === 'approve' ? 'case.approved' : 'case.rejected',
    actor: actor.aadObjectId,
    ...tenant(actor),
    caseId: record.id,
  });
  if (input.decision === 'reject') await deleteCase(deps.store, record.id);
  deps.library.invalidate();
  // The decision stands even when Teams refuses a message (the author removed the app, the chat is gone).
  await bestEffort(tellAuthor(deps, decidedRecord));
  const card = buildReviewCard(decidedRecord, language);
  await bestEffort(refreshPost(deps, decidedRecord, card));
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

async function refreshPost(deps: CaseDeps, record: CaseRecord, card: AdaptiveCard): Promise<void> {
  if (record.post === undefined) return;
  const channel = await getReviewChannel(deps.store, record.tenantId);
  if (channel === undefined) return;
  // The review card is its own thread: update it there.
  await deps.messenger.update(
    { ...channel.ref, conversationId: record.post.conversationId, channel: false },
    record.post.activityId,
    card,
  );
}

/** "Lees de casus": a published case for anyone; the author also sees their own case in review. */
export async function showCase(deps: CaseDeps, actor: Actor, id: unknown, language: Language): Promise<Outcome> {
  const record = await getCase(deps.store, id);
  const author = record !== undefined && actor.aadObjectId !== undefined && record.authorAad === actor.aadObjectId;
  if (record === undefined || (record.status !== 'published' && !author))
    return { route: 'case.show.gone', replies: [text(TEXT.gone[language])] };
  const admin = actor.aadObjectId !== undefined && deps.admins.has(actor.aadObjectId);
  return { route: 'case.show', replies: [{ kind: 'card', card: buildCaseCard(record, language, { author, admin }) }] };
}

/** The author withdraws their case, or an admin deletes any: gone from the store, the review card updated. */
export async function removeCase(deps: CaseDeps, actor: Actor, id: unknown, language: Language): Promise<Outcome> {
  const record = await getCase(deps.store, id);
  if (record === undefined || actor.aadObjectId === undefined)
    return { route: 'case.remove.gone', replies: [text(TEXT.gone[language])] };
  const author = record.authorAad === actor.aadObjectId;
  const admin = deps.admins.has(actor.aadObjectId);
  if (!author && !admin) return { route: 'case.remove.not-allowed', replies: [text(TEXT.notYours[language])] };
  await deleteCase(deps.store, record.id);
  await audit(deps, {
    action: author ? 'case.withdrawn' : 'case.deleted',
    actor: actor.aadObjectId,
    ...tenant(actor),
    caseId: record.id,
  });
  deps.library.invalidate();
  if (record.status === 'review') await bestEffort(refreshPost(deps, record, buildGoneCard(record.language)));
  return {
    route: author ? 'case.withdrawn' : 'case.deleted',
    replies: [text(author ? TEXT.withdrawn[language] : TEXT.deleted[language])],
  };
}

/** "mijn casussen": the author's own cases in any state, each with a withdraw button. */
export async function myCases(deps: CaseDeps, actor: Actor, language: Language): Promise<Outcome> {
  const mine = (await listCases(deps.store))
    .filter((record) => actor.aadObjectId !== undefined && record.authorAad === actor.aadObjectId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { route: 'case.mine', replies: [{ kind: 'card', card: buildMyCasesCard(mine, language) }] };
}

/** "casussen over geldstress": search the published cases. A danger cue still gets 112 first. */
export async function searchCases(deps: CaseDeps, question: string, locale: Language): Promise<Outcome> {
  // Like a typed command, the request's own word decides the language; otherwise as for any question.
  const language = caseQueryLanguage(question) ?? detectLanguage(question, locale);
  const replies: Reply[] = [];
  const danger = deps.engine.assessDanger(question);
  if (danger.acute) replies.push({ kind: 'card', card: buildEmergencyCard(danger.kinds, language) });
  const result = await deps.library.search(parseCaseQuery(question, deps.engine.places));
  replies.push({ kind: 'card', card: buildSearchCard(result, language) });
  return { route: `case.search.${result.kind}${danger.acute ? '+safety' : ''}`, replies };
}

export async function showAmbassadors(deps: CaseDeps, actor: Actor, language: Language): Promise<Outcome> {
  const admin = actor.aadObjectId !== undefined && deps.admins.has(actor.aadObjectId);
  const ambassadors = await listAmbassadors(deps.store, actor.tenantId);
  return {
    route: 'ambassadors.list',
    replies: [{ kind: 'card', card: buildAmbassadorsCard(ambassadors, language, admin) }],
  };
}

/** An admin appoints (`add`) or removes an ambassador of the admin's own organisation. */
export async function changeAmbassador(
  deps: CaseDeps,
  input: { actor: Actor; change: 'add' | 'remove'; target: { aadObjectId: string; name: string } | undefined },
  language: Language,
): Promise<Outcome> {
  const { actor, target } = input;
  if (actor.aadObjectId === undefined || !deps.admins.has(actor.aadObjectId))
    return { route: 'ambassadors.not-admin', replies: [text(TEXT.notAdmin[language])] };
  if (target === undefined) return { route: 'ambassadors.no-mention', replies: [text(TEXT.noMention[language])] };
  const name = { name: target.name };
  if (input.change === 'add') {
    const added = await addAmbassador(deps.store, {
      tenantId: actor.tenantId ?? 'default',
      aadObjectId: target.aadObjectId,
      name: target.name,
      addedBy: actor.aadObjectId,
      addedAt: clock(deps).toISOString(),
    });
    if (added)
      await audit(deps, {
        action: 'ambassador.added',
        actor: actor.aadObjectId,
        ...tenant(actor),
        subject: target.aadObjectId,
      });
    return {
      route: added ? 'ambassadors.added' : 'ambassadors.already',
      replies: [text(fill(added ? TEXT.added[language] : TEXT.alreadyAmbassador[language], name))],
    };
  }
  const removed = await removeAmbassador(deps.store, actor.tenantId, target.aadObjectId);
  if (removed)
    await audit(deps, {
      action: 'ambassador.removed',
      actor: actor.aadObjectId,
      ...tenant(actor),
      subject: target.aadObjectId,
    });
  return {
    route: removed ? 'ambassadors.removed' : 'ambassadors.not-ambassador',
    replies: [text(fill(removed ? TEXT.removed[language] : TEXT.notAmbassadorTarget[language], name))],
  };
}

/** Waits for a send that may be refused; a refusal (`DeliveryError`) is not the user's problem here. */
async function bestEffort(send: Promise<void>): Promise<void> {
  try {
    await send;
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
  }
}

function tenant(actor: Actor): { tenantId?: string } {
  return actor.tenantId === undefined ? {} : { tenantId: actor.tenantId };
}
