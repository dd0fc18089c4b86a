export type { Gap } from './gaps.js';
export { GAP_TTL_MS, GAPS_PARTITION, listGaps, recordGap, scrubQuestion } from './gaps.js';
