/**
 * "Vraag een collega" in the route table: the admins' command that designates the experts' channel, the
 * asker's form and the experts' answer and mark buttons.
 */
import {
  type CommandRoute,
  type FeatureDeps,
  languageOfMatch,
  type TurnRequest,
  textOutcome,
  type VerbRoute,
} from '../route.js';
import { COLLEGA_VERBS } from './cards.js';
import { expertsChannelCommand, setExpertsChannel } from './collega.js';
import { answerColleague, markColleagueQuestion, sendQuestion } from './flow.js';

const TEXT = {
  notAdmin: {
    nl: 'Alleen een beheerder van Wegwijs kan het kanaal voor experts instellen.',
    en: 'Only a Wegwijs admin can set up the experts’ channel.',
  },
  notChannel: {
    nl: 'Typ dit in het kanaal van de experts (met een @vermelding van Wegwijs), niet in een chat.',
    en: 'Type this in the experts’ channel (with an @mention of Wegwijs), not in a chat.',
  },
  channelSet: {
    nl: 'Dit kanaal is nu het kanaal voor experts: vragen via "Vraag een collega" komen hier binnen.',
    en: 'This channel is now the experts’ channel: questions sent with "Ask a colleague" will arrive here.',
  },
} as const;

export const expertsChannelRoute: CommandRoute<NonNullable<ReturnType<typeof expertsChannelCommand>>> = {
  name: 'collega.channel',
  phrases: expertsChannelCommand.phrases,
  who: 'admins',
  match: expertsChannelCommand,
  refused: (match, request) => textOutcome('collega.channel.not-admin', TEXT.notAdmin[languageOfMatch(match, request)]),
  async handle(request, match, deps) {
    const language = languageOfMatch(match, request);
    if (request.scope !== 'channel') return textOutcome('collega.channel.not-channel', TEXT.notChannel[language]);
    await setExpertsChannel(deps.store, {
      ref: request.channelRef,
      language,
      setBy: request.from.name,
      setAt: deps.clock.now().toISOString(),
    });
    return textOutcome('collega.channel.set', TEXT.channelSet[language]);
  },
};

function collegaDeps(deps: FeatureDeps) {
  return { store: deps.store, engine: deps.knowledge.engine, messenger: deps.messenger, now: () => deps.clock.now() };
}

/** The asker's form: the question goes, checked for personal data, to the experts' channel. */
export const askRoute: VerbRoute = {
  name: 'collega.ask',
  verbs: [COLLEGA_VERBS.send],
  who: 'anyone',
  execute: false,
  handle: (request, _verb, data, deps) =>
    sendQuestion(collegaDeps(deps), {
      text: data.vraag,
      askerName: request.from.name,
      asker: request.ref,
      language: request.language,
    }),
};

/** An expert's answer or mark, in the experts' channel of the asker's organisation only. */
export const expertRoute: VerbRoute = {
  name: 'collega.expert',
  verbs: [COLLEGA_VERBS.answer, COLLEGA_VERBS.mark],
  who: 'experts',
  execute: true,
  handle(request, verb, data, deps) {
    const input = { id: data.id, expertName: request.from.name, language: request.language, from: placeOf(request) };
    return verb === COLLEGA_VERBS.answer
      ? answerColleague(collegaDeps(deps), { ...input, text: data.antwoord })
      : markColleagueQuestion(collegaDeps(deps), input);
  },
};

function placeOf(request: TurnRequest) {
  return {
    tenantId: request.tenantId,
    channelId: request.scope === 'channel' ? request.channelRef.conversationId : undefined,
  };
}
