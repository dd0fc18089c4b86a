export { buildPromptCard, buildSettingsCard, buildStatusCard, LEERRUIMTE_VERBS } from './cards.js';
export type { CycleReport, DeliveryDeps, DeliveryOptions } from './delivery.js';
export { DEFAULT_DELIVERY_OPTIONS, runDeliveryCycle } from './delivery.js';
export type { ManageDecision, RosterRole } from './permissions.js';
export { mayManageTeam, rosterRole } from './permissions.js';
export { nextPrompt } from './prompts.js';
export { RateLimiter } from './rate-limiter.js';
export {
  leerruimteRoute,
  leerruimteSettingsRoute,
  leerruimteStatusRoute,
  retireTeam,
  welcomeTeam,
} from './routes.js';
export { isDue, isoWeek, isValidSlot, slotInWeekOf, TIME_ZONE } from './schedule.js';
export type { Delivery, Subscription } from './subscriptions.js';
export {
  DEFAULT_SETTINGS,
  getSubscription,
  installTeam,
  listDeliveries,
  listSubscriptions,
  updateSubscription,
} from './subscriptions.js';
