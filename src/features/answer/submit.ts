/**
 * Card submits of the answer feature: follow-up entries, the municipality choice, 👍/👎 and the 👎 note.
 * A card's data comes back from the client unchecked, so every payload is validated before use.
 */
import type { Language } from '../../i18n/language.js';
import type { KnowledgeEngine } from '../../kb/engine.js';
import type { DocumentStore } from '../../storage/index.js';
import type { Reply } from '../reply.js';
import type { Outcome } from '../route.js';
import { answerEntry, answerPlaceChoice } from './answer.js';
import { buildFeedbackCommentCard, VERBS } from './answer-card.js';
import { recordFeedback, recordFeedbackComment } from './feedback.js';
import { fill, TEXT } from './texts.js';

export type SubmitResult = Outcome;

const ID = /^[a-z0-9-]{1,80}$/;
const CBS = /^(GM\d{4}|other)$/;

/** Whether `verb` belongs to this feature. */
export function isAnswerVerb(verb: unknown): boolean {
  return typeof verb === 'string' && (Object.values(VERBS) as string[]).includes(verb);
}

export async function handleAnswerSubmit(
  deps: { engine: KnowledgeEngine; store: DocumentStore; now: Date },
  data: Readonly<Record<string, unknown>>,
  language: Language,
): Promise<SubmitResult> {
  const { engine, store, now } = deps;
  const today = now.toISOString().slice(0, 10);
  const { verb, id, vote, topic, gemeente, comment, feedback } = data;
  const knownEntry = typeof id === 'string' && ID.test(id) && engine.kb.byId.has(id);
  if (verb === VERBS.entry && typeof id === 'string' && ID.test(id)) {
    return { route: 'answer.entry', replies: answerEntry(engine, id, language, today) };
  }
  if (verb === VERBS.feedback && knownEntry && (vote === 'up' || vote === 'down')) {
    const key = await recordFeedback(store, { entryId: id as string, vote, language }, now);
    // After 👎, ask what was missing (the note goes into this vote's record); after 👍, just thanks.
    const replies: Reply[] =
      vote === 'down'
        ? [{ kind: 'card', card: buildFeedbackCommentCard(id as string, language, { feedbackKey: key }) }]
        : [{ kind: 'text', text: TEXT.thanks[language] }];
    return { route: `feedback.${vote}`, replies };
  }
  if (verb === VERBS.feedbackComment && knownEntry && typeof comment === 'string') {
    const outcome = await recordFeedbackComment(
      store,
      {
        entryId: id as string,
        comment,
        language,
        allowed: engine.placeNames,
        ...(typeof feedback === 'string' ? { feedbackKey: feedback } : {}),
      },
      now,
    );
    if (outcome.kind === 'personal-data') {
      const notice = fill(TEXT.commentBlocked[language], { kinds: outcome.kinds });
      const card = buildFeedbackCommentCard(id as string, language, {
        prefill: outcome.redacted,
        notice,
        ...(typeof feedback === 'string' ? { feedbackKey: feedback } : {}),
      });
      return { route: 'feedback.comment.personal-data', replies: [{ kind: 'card', card }] };
    }
    const text = outcome.kind === 'stored' ? TEXT.commentThanks[language] : TEXT.thanks[language];
    return { route: `feedback.comment.${outcome.kind}`, replies: [{ kind: 'text', text }] };
  }
  if (
    verb === VERBS.place &&
    typeof topic === 'string' &&
    ID.test(topic) &&
    typeof gemeente === 'string' &&
    CBS.test(gemeente)
  ) {
    return { route: 'answer.place', replies: answerPlaceChoice(engine, topic, gemeente, language, today) };
  }
  return { route: 'submit.invalid', replies: [{ kind: 'text', text: TEXT.invalidSubmit[language] }] };
}
