export { recordGap } from '../gaps/index.js';
export type { Answer } from './answer.js';
export { answerEntry, answerPlaceChoice, answerQuestion } from './answer.js';
export {
  buildAnswerCard,
  buildAskPlaceCard,
  buildFeedbackCommentCard,
  buildNoMatchCard,
  VERBS,
} from './answer-card.js';
export { CONVERSATION_PARTITION, conversationKey, loadConversation, saveConversation } from './conversation.js';
export { recordFeedback, recordFeedbackComment } from './feedback.js';
export { answerMessage, answerVerbsRoute } from './message.js';
export type { SubmitResult } from './submit.js';
export { handleAnswerSubmit, isAnswerVerb } from './submit.js';
