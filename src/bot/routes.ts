/**
 * Which feature handles which activity. The only place that maps teams-ai routes onto features.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { languageOfAction } from '../cards/adaptive-card.js';
import { buildEmergencyCard } from '../cards/emergency-card.js';
import { errorCode } from '../errors.js';
import {
  AFWEGING_VERBS,
  afwegingskaderCommand,
  type FlowOwner,
  handleFlowAction,
  isAfwegingVerb,
  startFlow,
} from '../features/afwegingskader/index.js';
import {
  type Answer,
  answerQuestion,
  handleAnswerSubmit,
  loadConversation,
  recordGap,
  saveConversation,
} from '../features/answer/index.js';
import { boundedText, MAX_QUESTION_CHARS } from '../features/bounded-text.js';
import { type CaseLibrary, isCaseQuery, searchCases } from '../features/cases/index.js';
import {
  answerColleague,
  COLLEGA_VERBS,
  type ConversationRef,
  expertsChannelCommand,
  type Messenger,
  markColleagueQuestion,
  sendQuestion,
  setExpertsChannel,
} from '../features/collega/index.js';
import { commands } from '../features/commands.js';
import { help, isHelpRequest } from '../features/help/index.js';
import { type Language, languageFromLocale } from '../i18n/language.js';
import type { ConversationContext, KnowledgeEngine } from '../kb/engine.js';
import type { KnowledgeHolder } from '../kb/holder.js';
import type { Logger } from '../logger.js';
import type { DocumentStore } from '../storage/index.js';
import { caseDeps, handleCaseSubmit, isCaseVerb, registerCaseRoutes } from './cases-routes.js';
import {
  handleLeerruimteSubmit,
  isLeerruimteVerb,
  registerLeerruimteRoutes,
  welcomeTeam,
} from './leerruimte-routes.js';
import { sendReplies } from './send.js';
import { tenantIdOf } from './tenant.js';
import { markRoute } from './turn-info.js';

export interface RouteDeps {
  knowledge: KnowledgeHolder;
  store: DocumentStore;
  logger: Logger;
  messenger: Messenger;
  /** AAD object ids of Wegwijs admins. */
  adminAadIds: ReadonlySet<string>;
  /** The published cases, searchable. */
  cases: CaseLibrary;
  /** How long a shared case is kept. */
  caseRetentionMonths: number;
}

/**
 * The reply language: a button press is answered in the language of its card; anything else follows the
 * client's locale (the answer engine refines that from the question's own words).
 */
export function languageOf(context: TurnContext): Language {
  return languageOfAction(context.activity.value) ?? languageFromLocale(context.activity.locale);
}

export function registerRoutes(app: Application<TurnState>, deps: RouteDeps): void {
  // Teams sends membersAdded for every person who joins a team too; only the bot's own arrival is ours.
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient.id;
    if (!(context.activity.membersAdded ?? []).some((member) => member.id === botId)) return;
    // In a team: the leerruimte welcome with its settings; in a personal chat: the help card.
    if (await welcomeTeam(app, context, deps)) return;
    markRoute(context, 'welcome');
    await sendReplies(context, help(languageOf(context)));
  });
  registerLeerruimteRoutes(app, deps);

  // Teams sends an Action.Submit as a message without text, the card's data in `value`.
  app.message(
    async (context) => typeof submitOf(context)?.verb === 'string',
    async (context) => handleSubmit(app, context, deps, submitOf(context) ?? {}),
  );

  // The guided afwegingskader: started by a command or a button, answered with Action.Execute (the card is
  // replaced in place) or, on clients without universal actions, with Action.Submit (a new card).
  app.message(
    async (context) => afwegingskaderCommand(context.activity.text) !== undefined,
    async (context) => {
      markRoute(context, 'afweging.start');
      const language = afwegingskaderCommand(context.activity.text)?.language ?? languageOf(context);
      const card = await startFlow(flowDeps(deps), ownerOf(context), language);
      await sendReplies(context, [{ kind: 'card', card }]);
    },
  );
  app.adaptiveCards.actionExecute(
    Object.values(AFWEGING_VERBS),
    async (context, _state, data: Record<string, unknown>) => {
      const verb = String((context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb ?? '');
      markRoute(context, verb);
      return handleFlowAction(flowDeps(deps), ownerOf(context), { ...data, verb }, languageOf(context));
    },
  );

  // Admins reload the knowledge base from Teams; a failed reload keeps the last good version.
  app.message(
    async (context) => reloadCommand(context.activity.text) !== undefined,
    async (context) => {
      const language = reloadCommand(context.activity.text)?.language ?? languageOf(context);
      const aad = context.activity.from.aadObjectId;
      if (aad === undefined || !deps.adminAadIds.has(aad)) {
        markRoute(context, 'knowledge.reload.not-admin');
        await sendReplies(context, [{ kind: 'text', text: RELOAD_TEXT.notAdmin[language] }]);
        return;
      }
      const result = await deps.knowledge.reload();
      markRoute(context, result.ok ? 'knowledge.reload.ok' : 'knowledge.reload.failed');
      const text = result.ok
        ? RELOAD_TEXT.ok[language].replace('{n}', String(result.entries))
        : `${RELOAD_TEXT.failed[language]}\n\n${result.errors.slice(0, 10).join('\n\n')}`;
      await sendReplies(context, [{ kind: 'text', text }]);
    },
  );

  // "Vraag een collega": an admin designates the experts' channel; questions go there, answers come back.
  app.message(
    async (context) => expertsChannelCommand(context.activity.text) !== undefined,
    async (context) => {
      const language = expertsChannelCommand(context.activity.text)?.language ?? languageOf(context);
      const activity = context.activity;
      const admin = activity.from.aadObjectId !== undefined && deps.adminAadIds.has(activity.from.aadObjectId);
      if (!admin) {
        markRoute(context, 'collega.channel.not-admin');
        await sendReplies(context, [{ kind: 'text', text: COLLEGA_TEXT.notAdmin[language] }]);
        return;
      }
      if (activity.conversation.conversationType !== 'channel') {
        markRoute(context, 'collega.channel.not-channel');
        await sendReplies(context, [{ kind: 'text', text: COLLEGA_TEXT.notChannel[language] }]);
        return;
      }
      await setExpertsChannel(deps.store, {
        ref: channelRefOf(context),
        language,
        setBy: activity.from.name ?? '',
        setAt: new Date().toISOString(),
      });
      markRoute(context, 'collega.channel.set');
      await sendReplies(context, [{ kind: 'text', text: COLLEGA_TEXT.channelSet[language] }]);
    },
  );
  app.adaptiveCards.actionExecute(
    [COLLEGA_VERBS.answer, COLLEGA_VERBS.mark],
    async (context, _state, data: Record<string, unknown>) => {
      const verb = String((context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb ?? '');
      const result = await expertAction(context, deps, verb, data);
      markRoute(context, result.route);
      return result.card ?? result.notice ?? '';
    },
  );

  registerCaseRoutes(app, deps);

  app.message(
    async (context) => isHelpRequest(context.activity.text),
    async (context) => {
      markRoute(context, 'help');
      await sendReplies(context, help(languageOf(context)));
    },
  );

  app.activity('message', async (context) => {
    const text = (context.activity.text ?? '').trim();
    if (text === '') {
      markRoute(context, 'help');
      await sendReplies(context, help(languageOf(context)));
      return;
    }
    if (isCaseQuery(text)) {
      const outcome = await searchCases(caseDeps(deps), text, languageOf(context));
      markRoute(context, outcome.route);
      await sendReplies(context, outcome.replies);
      return;
    }
    const engine = deps.knowledge.engine;
    const owner = { conversationId: context.activity.conversation.id, userId: context.activity.from.id };
    // A follow-up is read against the last answer; without it (or storage) the question stands on its own.
    const previous = await loadConversation(deps.store, owner).catch((error: unknown) => {
      deps.logger.warn({ code: errorCode(error) }, 'could not read the conversation context');
      return undefined;
    });
    const answer = answerLongQuestion(engine, text, languageOf(context), previous);
    markRoute(context, answer.route);
    await sendReplies(context, answer.replies);
    if (answer.context !== undefined) {
      await saveConversation(deps.store, owner, answer.context, new Date()).catch((error: unknown) =>
        deps.logger.warn({ code: errorCode(error) }, 'could not keep the conversation context'),
      );
    }
    if (answer.gap) {
      // For the editors' gap report, scrubbed of personal data; the card told the user so.
      await recordGap(deps.store, text, engine.placeNames).catch((error: unknown) =>
        deps.logger.warn({ code: errorCode(error) }, 'could not record an unanswered question'),
      );
    }
  });
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
): Answer {
  const question = boundedText(text, MAX_QUESTION_CHARS);
  const answer = answerQuestion(engine, question, language, previous);
  if (question === text || answer.route.endsWith('+safety')) return answer;
  const danger = engine.assessDanger(text);
  if (!danger.acute) return answer;
  return {
    ...answer,
    route: `${answer.route}+safety`,
    replies: [{ kind: 'card', card: buildEmergencyCard(danger.kinds, answer.language) }, ...answer.replies],
  };
}

function submitOf(context: TurnContext): Record<string, unknown> | undefined {
  const value: unknown = context.activity.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An expert's answer or mark, from Action.Execute or its Action.Submit fallback. */
function expertAction(context: TurnContext, deps: RouteDeps, verb: string, data: Record<string, unknown>) {
  const collegaDeps = { store: deps.store, engine: deps.knowledge.engine, messenger: deps.messenger };
  const expertName = context.activity.from.name ?? '';
  const language = languageOf(context);
  const inChannel = context.activity.conversation.conversationType === 'channel';
  const from = {
    tenantId: tenantIdOf(context),
    channelId: inChannel ? channelRefOf(context).conversationId : undefined,
  };
  return verb === COLLEGA_VERBS.answer
    ? answerColleague(collegaDeps, { id: data.id, text: data.antwoord, expertName, language, from })
    : markColleagueQuestion(collegaDeps, { id: data.id, expertName, language, from });
}

/** Where to reach this conversation later (for answers to the asker). */
export function refOf(context: TurnContext): ConversationRef {
  const activity = context.activity;
  const tenantId = tenantIdOf(context);
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    botId: activity.recipient.id,
    ...(tenantId === undefined ? {} : { tenantId }),
  };
}

/** The channel a message was typed in, to start new threads there (experts', ambassadors' channel). */
export function channelRefOf(context: TurnContext): ConversationRef {
  const activity = context.activity;
  const channelId = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  return {
    ...refOf(context),
    conversationId: channelId ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id,
    channel: true,
  };
}

function flowDeps(deps: RouteDeps) {
  return { store: deps.store, engine: deps.knowledge.engine };
}

/** The afwegingskader is per user per conversation (a channel thread is its own conversation). */
function ownerOf(context: TurnContext): FlowOwner {
  return {
    conversationId: context.activity.conversation.id,
    userId: context.activity.from.aadObjectId ?? context.activity.from.id,
  };
}

/** Card submits: each feature validates its own payloads; anything else gets a friendly answer. */
async function handleSubmit(
  app: Application<TurnState>,
  context: TurnContext,
  deps: RouteDeps,
  data: Record<string, unknown>,
): Promise<void> {
  if (isCaseVerb(data.verb)) {
    await handleCaseSubmit(context, deps, data);
    return;
  }
  if (isLeerruimteVerb(data.verb)) {
    await handleLeerruimteSubmit(app, context, deps, data);
    return;
  }
  if (data.verb === COLLEGA_VERBS.send) {
    const collegaDeps = { store: deps.store, engine: deps.knowledge.engine, messenger: deps.messenger };
    const askerName = context.activity.from.name ?? '';
    const result = await sendQuestion(collegaDeps, {
      text: data.vraag,
      askerName,
      asker: refOf(context),
      language: languageOf(context),
    });
    markRoute(context, result.route);
    await sendReplies(context, result.replies);
    return;
  }
  if (data.verb === COLLEGA_VERBS.answer || data.verb === COLLEGA_VERBS.mark) {
    const result = await expertAction(context, deps, data.verb, data);
    markRoute(context, result.route);
    if (result.notice !== undefined) await sendReplies(context, [{ kind: 'text', text: result.notice }]);
    return;
  }
  if (isAfwegingVerb(data.verb)) {
    markRoute(context, String(data.verb));
    const card = await handleFlowAction(
      flowDeps(deps),
      ownerOf(context),
      { ...data, verb: String(data.verb) },
      languageOf(context),
    );
    await sendReplies(context, [{ kind: 'card', card }]);
    return;
  }
  const result = await handleAnswerSubmit(
    { engine: deps.knowledge.engine, store: deps.store },
    data,
    languageOf(context),
  );
  markRoute(context, result.route);
  await sendReplies(context, result.replies);
}

const COLLEGA_TEXT = {
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

const reloadCommand = commands({ 'kennisbank herladen': ['reload', 'nl'], 'reload knowledge': ['reload', 'en'] });

const RELOAD_TEXT = {
  notAdmin: {
    nl: 'Alleen een beheerder van Wegwijs kan de kennisbank herladen.',
    en: 'Only a Wegwijs admin can reload the knowledge base.',
  },
  ok: { nl: 'De kennisbank is herladen: {n} ingangen.', en: 'The knowledge base has been reloaded: {n} entries.' },
  failed: {
    nl: 'Herladen mislukt; de vorige versie blijft in gebruik. Problemen:',
    en: 'Reload failed; the previous version stays in use. Problems:',
  },
} as const;
