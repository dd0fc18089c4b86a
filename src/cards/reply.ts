/**
 * One message of a reply: a text or an Adaptive Card. Plain data; `src/bot/` turns it into an activity.
 */
import type { AdaptiveCard } from './adaptive-card.js';

export type Reply = { kind: 'text'; text: string } | { kind: 'card'; card: AdaptiveCard };
