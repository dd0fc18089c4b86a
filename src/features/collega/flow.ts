/**
 * The steps of "vraag een collega", as plain data: what to store, what to send where, what to reply.
 * Sending happens through a `Messenger` port that `src/bot/` implements.
 */
import { withNotice } from '../../cards/adaptive-card.js';
import type { Language } from '../../i18n/language.js';
import type { KnowledgeEngine } from '../../kb/engine.js';
import type { DocumentStore } from '../../storage/index.js';
import type { Messenger } from '../messenger.js';
import type { Outcome } from '../route.js';

export type { Messenger };

import { blockedNotice, buildAnswerForAsker, buildAskForm, buildExpertCard } from './cards.js';
import {
  type ColleagueQuestion,
  type ConversationRef,
  checkText,
  createQuestion,
  getExpertsChannel,
  getQuestion,
  markForEditors,
  updateQuestion,
  withAnswer,
} from './collega.js';

export interface CollegaDeps {
  store: DocumentStore;
  engine: KnowledgeEngine;
  messenger: Messenger;
  now: () => Date;
}

const TEXT = {
  empty: { nl: 'Typ eerst je vraag in het vak.', en: 'Please type your question in the box first.' },
  noChannel: {
    nl: 'Er is nog geen kanaal voor experts ingesteld. Vraag een beheerder om in dat kanaal "expertkanaal" te typen.',
    en: 'No experts’ channel has been set up yet. Ask an admin to type "experts channel" in that channel.',
  },
  sent: {
    nl: 'Je vraag is naar de experts gestuurd. Hun antwoord komt hier in je chat.',
    en: 'Your question has been sent to the experts. Their answer will come here in your chat.',
  },
  notFound: {
    nl: 'Die vraag kon ik niet meer vinden (vragen worden 90 dagen bewaard).',
    en: 'I could not find that question any more (questions are kept for 90 days).',
  },
  answerBlocked: {
    nl: 'Het antwoord bevat {kinds}; het is niet verstuurd. Haal die gegevens weg en probeer het opnieuw.',
    en: 'The answer contains {kinds}; it was not sent. Remove those details and try again.',
  },
  answerEmpty: { nl: 'Typ eerst een antwoord in het vak.', en: 'Please type an answer in the box first.' },
  notExpertsChannel: {
    nl: 'Een vraag aan collega’s beantwoord of markeer je in het kanaal van de experts waar hij binnenkwam.',
    en: 'A question to colleagues is answered or marked in the experts’ channel where it arrived.',
  },
} as const;

/** Where an expert acts from: the tenant of the activity and, in a channel, that channel's id. */
export interface ExpertPlace {
  tenantId: string | undefined;
  /** Undefined outside a channel (a personal or group chat). */
  channelId: string | undefined;
}

/**
 * Only the experts' channel of the asker's own organisation answers or marks a question: anyone else who
 * has (or guesses) a question's id is refused, and is shown nothing of the question.
 */
async function fromExpertsChannel(deps: CollegaDeps, record: ColleagueQuestion, place: ExpertPlace): Promise<boolean> {
  if (place.channelId === undefined || place.tenantId !== record.asker.tenantId) return false;
  const channel = await getExpertsChannel(deps.store, record.asker.tenantId);
  return channel !== undefined && channel.ref.conversationId === place.channelId;
}

export async function sendQuestion(
  deps: CollegaDeps,
  input: { text: unknown; askerName: string; asker: ConversationRef; language: Language },
): Promise<Outcome> {
  const { language } = input;
  const check = checkText(input.text, deps.engine, language);
  if (check.kind === 'empty')
    return { route: 'collega.empty', replies: [{ kind: 'text', text: TEXT.empty[language] }] };
  if (check.kind === 'personal-data') {
    const form = buildAskForm(check.redacted, language, blockedNotice(check.kinds, language));
    return { route: 'collega.personal-data', replies: [{ kind: 'card', card: form }] };
  }
  const channel = await getExpertsChannel(deps.store, input.asker.tenantId);
  if (channel === undefined)
    return { route: 'collega.no-channel', replies: [{ kind: 'text', text: TEXT.noChannel[language] }] };
  const now = deps.now();
  const record = await createQuestion(
    deps.store,
    { question: check.text, askerName: input.askerName, asker: input.asker, language },
    now,
  );
  const sent = await deps.messenger.send(channel.ref, buildExpertCard(record, channel.language));
  const activityId = sent.activityId;
  if (activityId !== undefined) {
    await updateQuestion(deps.store, record.id, (current) => ({
      ...current,
      post: { conversationId: sent.conversationId, activityId },
    }));
  }
  return { route: 'collega.sent', replies: [{ kind: 'text', text: TEXT.sent[language] }] };
}

/**
 * An expert's answer: checked for personal data, stored (the first answer wins), sent to the asker, and the
 * channel card updated for everyone. Returns the card to show the expert.
 */
export async function answerColleague(
  deps: CollegaDeps,
  input: { id: unknown; text: unknown; expertName: string; language: Language; from: ExpertPlace },
): Promise<Outcome> {
  const record = await getQuestion(deps.store, input.id);
  if (record === undefined) return notice('collega.not-found', TEXT.notFound[input.language]);
  if (!(await fromExpertsChannel(deps, record, input.from)))
    return notice('collega.answer.not-experts-channel', TEXT.notExpertsChannel[input.language]);
  const check = checkText(input.text, deps.engine, input.language);
  if (check.kind !== 'ok') {
    const notice =
      check.kind === 'empty'
        ? TEXT.answerEmpty[input.language]
        : TEXT.answerBlocked[input.language].replace('{kinds}', check.kinds);
    return {
      route: `collega.answer.${check.kind}`,
      replies: [{ kind: 'text', text: notice }],
      replace: withNotice(buildExpertCard(record, input.language), notice),
    };
  }
  const now = deps.now();
  const updated = await updateQuestion(deps.store, record.id, withAnswer(check.text, input.expertName, now));
  if (updated === undefined) return notice('collega.not-found', TEXT.notFound[input.language]);
  const answeredNow = updated.answeredBy === input.expertName && updated.answeredAt === now.toISOString();
  if (answeredNow) {
    await deps.messenger.send(updated.asker, buildAnswerForAsker(updated, updated.language));
    await refreshPost(deps, updated, input.language);
  }
  return {
    route: answeredNow ? 'collega.answered' : 'collega.already-answered',
    replies: [],
    replace: buildExpertCard(updated, input.language),
  };
}

export async function markColleagueQuestion(
  deps: CollegaDeps,
  input: { id: unknown; expertName: string; language: Language; from: ExpertPlace },
): Promise<Outcome> {
  const record = await getQuestion(deps.store, input.id);
  if (record === undefined) return notice('collega.not-found', TEXT.notFound[input.language]);
  if (!(await fromExpertsChannel(deps, record, input.from)))
    return notice('collega.mark.not-experts-channel', TEXT.notExpertsChannel[input.language]);
  const updated = await markForEditors(deps.store, deps.engine, record.id, input.expertName, deps.now());
  if (updated === undefined) return notice('collega.not-found', TEXT.notFound[input.language]);
  await refreshPost(deps, updated, input.language);
  return { route: 'collega.marked', replies: [], replace: buildExpertCard(updated, input.language) };
}

/** A notice for the expert; the card they pressed stays as it was. */
function notice(route: string, text: string): Outcome {
  return { route, replies: [{ kind: 'text', text }] };
}

async function refreshPost(deps: CollegaDeps, record: ColleagueQuestion, language: Language): Promise<void> {
  if (record.post === undefined) return;
  const channel = await getExpertsChannel(deps.store, record.asker.tenantId);
  if (channel === undefined) return;
  // The post is its own thread now: update it there, not in the channel.
  await deps.messenger.update(
    { ...channel.ref, conversationId: record.post.conversationId, channel: false },
    record.post.activityId,
    buildExpertCard(record, language),
  );
}
