export type { Answer } from './answer.js';
export { answerEntry, answerPlaceChoice, answerQuestion } from './answer.js';
export { buildAnswerCard, buildAskPlaceCard, buildNoMatchCard, VERBS } from './answer-card.js';
