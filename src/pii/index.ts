export { isValidBsn, isValidIban } from './checksums.js';
export type { DetectOptions, Finding, FindingType } from './detect.js';
export { detectPersonalData, FINDING_TYPES } from './detect.js';
export { highlightFindings } from './highlight.js';
export { describeFindings, FINDING_LABELS, redact } from './redact.js';
