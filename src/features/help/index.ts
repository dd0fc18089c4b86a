export { HELP_PHRASES, help, helpOutcome, helpRoute, isHelpRequest } from './help.js';
export { buildHelpCard } from './help-card.js';
