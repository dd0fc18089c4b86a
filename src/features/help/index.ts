export { help, isHelpRequest } from './help.js';
export { buildHelpCard } from './help-card.js';
