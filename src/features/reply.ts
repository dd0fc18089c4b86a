/**
 * What a feature replies: plain data, sent by `src/bot/`. Features never send anything themselves.
 * (The type lives in `src/cards/` so that card helpers can read replies without importing a feature.)
 */
export type { Reply } from '../cards/reply.js';
