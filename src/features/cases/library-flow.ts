/**
 * Reading the library: search the published cases, read one, list one's own; and taking a case out of it
 * (the author withdraws, an admin deletes).
 */
import { buildEmergencyCard } from '../../cards/emergency-card.js';
import type { Language } from '../../i18n/language.js';
import { detectLanguage } from '../../kb/language.js';
import type { Reply } from '../reply.js';
import { deleteCase, getCase, listCases } from './cases.js';
import { audit, bestEffort, type CaseDeps, type Outcome, tenant, text } from './deps.js';
import { caseQueryLanguage, parseCaseQuery } from './library.js';
import { buildCaseCard, buildMyCasesCard, buildSearchCard } from './library-cards.js';
import { refreshPost } from './review.js';
import { buildGoneCard } from './review-cards.js';
import type { Actor } from './roles.js';

const TEXT = {
  gone: {
    nl: 'Die casus bestaat niet meer (ingetrokken, verwijderd of verlopen).',
    en: 'That case no longer exists (withdrawn, deleted or expired).',
  },
  withdrawn: { nl: 'Je casus is ingetrokken en verwijderd.', en: 'Your case has been withdrawn and deleted.' },
  deleted: { nl: 'De casus is verwijderd.', en: 'The case has been deleted.' },
  notYours: {
    nl: 'Alleen de auteur kan een casus intrekken, en een beheerder kan hem verwijderen.',
    en: 'Only its author can withdraw a case, and an admin can delete it.',
  },
} as const;

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
