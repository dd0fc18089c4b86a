export { changeAmbassador, showAmbassadors } from './ambassadors.js';
export { type AuditEntry, CASE_AUDIT_PARTITION, readAudit } from './audit.js';
export { CASE_PARTITION, type CaseRecord, retentionMs, setReviewChannel } from './cases.js';
export { AMBASSADOR_PHRASES, ambassadorCommand, caseCommand, reviewChannelCommand } from './commands.js';
export type { CaseDeps, Scope } from './deps.js';
export { CaseLibrary, isCaseQuery } from './library.js';
export { caseOfWeekElements } from './library-cards.js';
export { myCases, removeCase, searchCases, showCase } from './library-flow.js';
export { reviewCase } from './review.js';
export { type Actor, AMBASSADOR_PARTITION, listAmbassadors } from './roles.js';
export {
  ambassadorRoute,
  caseActionsRoute,
  caseSearchRoute,
  casesRoute,
  reviewChannelRoute,
  reviewRoute,
} from './routes.js';
export { openShareForm, replaceWithPlaceholders, submitCase } from './share.js';
export { CASE_VERBS } from './verbs.js';
