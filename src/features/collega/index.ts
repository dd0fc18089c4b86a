export { askColleagueAction, buildAnswerForAsker, buildAskForm, buildExpertCard, COLLEGA_VERBS } from './cards.js';
export type { ColleagueQuestion, ConversationRef, ExpertsChannel } from './collega.js';
export { expertsChannelCommand, setExpertsChannel } from './collega.js';
export type { CollegaDeps, Messenger } from './flow.js';
export { answerColleague, markColleagueQuestion, sendQuestion } from './flow.js';
export { askRoute, expertRoute, expertsChannelRoute } from './routes.js';
