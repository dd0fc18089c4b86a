export type { ConversationRef, Messenger, Sent } from './messenger.js';
export { DeliveryError } from './messenger.js';
export type {
  CommandRoute,
  FeatureDeps,
  Outcome,
  Scope,
  TeamsLookup,
  TurnRequest,
  VerbRoute,
  Who,
} from './route.js';
export { runCommand } from './route.js';
export { answerText, COMMAND_ROUTES, EVENTS, UNKNOWN_VERB_ROUTE, VERB_ROUTES } from './routes.js';
export { rateLimitedOutcome, turnFailedOutcome } from './turn-texts.js';
