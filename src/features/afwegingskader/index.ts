export type { FlowAction, FlowDeps, FlowOwner } from './afwegingskader.js';
export {
  afwegingskaderCommand,
  handleFlowAction,
  isAfwegingVerb,
  startFlow,
} from './afwegingskader.js';
export { AFWEGING_VERBS, buildOutcomeCard, buildQuestionCard, dossierSummary } from './cards.js';
export { stepFor } from './flow.js';
export { afwegingRoute, afwegingskaderRoute } from './routes.js';
