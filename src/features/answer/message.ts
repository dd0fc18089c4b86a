/**
 * A typed question in the conversation: read against the conversation's last answer, answered, and the
 * context kept for a follow-up; a question nothing answered goes, scrubbed, to the editors' gap report.
 */
import { buildEmergencyCard } from '../../cards/emergency-card.js';
import { errorCode } from '../../errors.js';
import type { Language } from '../../i18n/language.js';
import type { ConversationContext, KnowledgeEngine } from '../../kb/engine.js';
import { boundedText, MAX_QUESTION_CHARS } from '../bounded-text.js';
import { recordGap } from '../gaps/index.js';
import type { FeatureDeps, Outcome, TurnRequest, VerbRoute } from '../route.js';
import { type Answer, answerQuestion } from './answer.js';
import { VERBS } from './answer-card.js';
import { conversationKey, loadConversation, saveConversation } from './conversation.js';
import { handleAnswerSubmit } from './submit.js';

/** Answers `request.text`; storage trouble costs the follow-up, never the answer. */
export async function answerMessage(request: TurnRequest, deps: FeatureDeps): Promise<Outcome> {
  const { store, logger } = deps;
  const engine = deps.knowledge.engine;
  const key = conversationKey({ conversationId: request.conversationId, userId: request.from.id });
  // A follow-up is read against the last answer; without it (or storage) the question stands on its own.
  const previous = await loadConversation(store, key).catch((error: unknown) => {
    logger.warn({ code: errorCode(error) }, 'could not read the conversation context');
    return undefined;
  });
  const today = deps.clock.now().toISOString().slice(0, 10);
  const answer = answerLongQuestion(engine, request.text, request.language, previous, today);
  if (answer.context !== undefined) {
    await saveConversation(store, key, answer.context, deps.clock.now()).catch((error: unknown) =>
      logger.warn({ code: errorCode(error) }, 'could not keep the conversation context'),
    );
  }
  if (answer.gap) {
    // For the editors' gap report, scrubbed of personal data; the card told the user so.
    await recordGap(store, request.text, engine.placeNames, { now: deps.clock.now() }).catch((error: unknown) =>
      logger.warn({ code: errorCode(error) }, 'could not record an unanswered question'),
    );
  }
  return { route: answer.route, replies: answer.replies };
}

/**
 * The answer engine reads at most {@link MAX_QUESTION_CHARS} (its search grows faster than the text on long
 * words); a danger cue further on in a long paste still gets 112 first — that check is linear.
 */
function answerLongQuestion(
  engine: KnowledgeEngine,
  text: string,
  language: Language,
  previous: ConversationContext | undefined,
  today: string,
): Answer {
  const question = boundedText(text, MAX_QUESTION_CHARS);
  const answer = answerQuestion(engine, question, language, previous, today);
  if (question === text || answer.route.endsWith('+safety')) return answer;
  const danger = engine.assessDanger(text);
  if (!danger.acute) return answer;
  return {
    ...answer,
    route: `${answer.route}+safety`,
    replies: [{ kind: 'card', card: buildEmergencyCard(danger.kinds, answer.language) }, ...answer.replies],
  };
}

/**
 * The answer cards' buttons: follow-ups, the municipality choice, 👍/👎 and the 👎 note. Also the
 * shell's answer to a verb nobody knows (`submit.invalid`).
 */
export const answerVerbsRoute: VerbRoute = {
  name: 'answer',
  verbs: Object.values(VERBS),
  who: 'anyone',
  execute: false,
  handle: (request, verb, data, deps) =>
    handleAnswerSubmit(
      { engine: deps.knowledge.engine, store: deps.store, now: deps.clock.now() },
      { ...data, verb },
      request.language,
    ),
};
