/**
 * Sharing a case: the form for ambassadors in their personal chat, the personal-data guard, and the
 * clean case stored for review and sent to the organisation's ambassadors.
 */
import { fill } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import type { DesignatedChat } from '../designated-chats.js';
import type { ConversationRef } from '../messenger.js';
import { type CaseFields, checkCase, createCase, getReviewChannel, retentionMs, updateCase } from './cases.js';
import {
  audit,
  type CaseDeps,
  clock,
  municipalities,
  NOT_AMBASSADOR,
  type Outcome,
  readForm,
  type Scope,
  tenant,
  text,
} from './deps.js';
import { buildReviewCard } from './review-cards.js';
import { type Actor, roleOf } from './roles.js';
import {
  buildBlockedForm,
  buildShareElsewhereCard,
  buildShareForm,
  incompleteNotice,
  replacedNotice,
} from './share-cards.js';

const TEXT = {
  noChannel: {
    nl: 'Er is nog geen kanaal voor ambassadeurs ingesteld, dus niemand kan je casus beoordelen. Er is niets opgeslagen. Vraag een beheerder om in dat kanaal "ambassadeurskanaal" te typen.',
    en: 'No ambassadors’ channel has been set up yet, so nobody can review your case. Nothing has been stored. Ask an admin to type "ambassadors channel" in that channel.',
  },
  submitted: {
    nl: 'Dank je! Je casus "{title}" is ter beoordeling naar de ambassadeurs gestuurd. Je hoort hier wanneer hij is goedgekeurd of afgewezen.',
    en: 'Thank you! Your case "{title}" has been sent to the ambassadors for review. You will hear here when it has been approved or rejected.',
  },
} as const;

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
    return { route: 'case.form.not-ambassador', replies: [text(NOT_AMBASSADOR[language])] };
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
    return { route: 'case.submit.not-ambassador', replies: [text(NOT_AMBASSADOR[language])] };
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
    await audit(deps, { action: 'case.blocked', actor: actor.aadObjectId, ...tenant(actor), kinds: check.kindIds });
    const form = buildBlockedForm(check, fields, language, places, deps.retentionMonths);
    return { route: 'case.submit.personal-data', replies: [{ kind: 'card', card: form }] };
  }
  const channel = await getReviewChannel(deps.store, actor.tenantId);
  if (channel === undefined) {
    const form = buildShareForm(language, places, deps.retentionMonths, { values: fields, anonymised });
    return { route: 'case.submit.no-channel', replies: [text(TEXT.noChannel[language]), { kind: 'card', card: form }] };
  }
  await sendForReview(deps, { actor, aadObjectId: actor.aadObjectId, author: input.author }, fields, channel, language);
  return { route: 'case.submitted', replies: [text(fill(TEXT.submitted[language], { title: fields.title }))] };
}

/** Stores the clean case and posts its review card in the ambassadors' channel (remembering the post). */
async function sendForReview(
  deps: CaseDeps,
  by: { actor: Actor; aadObjectId: string; author: ConversationRef },
  fields: CaseFields,
  channel: DesignatedChat,
  language: Language,
): Promise<void> {
  const { actor } = by;
  const record = await createCase(
    deps.store,
    { ...tenant(actor), fields, language, authorAad: by.aadObjectId, authorName: actor.name, author: by.author },
    retentionMs(deps.retentionMonths),
    clock(deps),
  );
  await audit(deps, { action: 'case.submitted', actor: by.aadObjectId, ...tenant(actor), caseId: record.id });
  const sent = await deps.messenger.send(channel.ref, buildReviewCard(record, channel.language));
  const activityId = sent.activityId;
  if (activityId !== undefined) {
    await updateCase(deps.store, record.id, (current) => ({
      ...current,
      post: { conversationId: sent.conversationId, activityId },
    }));
  }
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
