export { type AuditEntry, CASE_AUDIT_PARTITION, readAudit } from './audit.js';
export { CASE_VERBS, caseOfWeekElements } from './cards.js';
export { CASE_PARTITION, type CaseRecord, retentionMs, setReviewChannel } from './cases.js';
export { AMBASSADOR_PHRASES, ambassadorCommand, caseCommand, reviewChannelCommand } from './commands.js';
export {
  type CaseDeps,
  changeAmbassador,
  myCases,
  openShareForm,
  removeCase,
  replaceWithPlaceholders,
  reviewCase,
  type Scope,
  searchCases,
  showAmbassadors,
  showCase,
  submitCase,
} from './flow.js';
export { CaseLibrary, isCaseQuery } from './library.js';
export { type Actor, AMBASSADOR_PARTITION, listAmbassadors } from './roles.js';
export {
  ambassadorRoute,
  caseActionsRoute,
  caseSearchRoute,
  casesRoute,
  reviewChannelRoute,
  reviewRoute,
} from './routes.js';
