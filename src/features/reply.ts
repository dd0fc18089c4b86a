/**
 * What a feature returns: plain data, sent by `src/bot/`. Features never send anything themselves.
 */
import type { AdaptiveCard } from '../cards/adaptive-card.js';

export type Reply = { kind: 'text'; text: string } | { kind: 'card'; card: AdaptiveCard };
