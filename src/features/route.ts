/**
 * The contract between the Teams shell (`src/bot/`) and the features: a plain {@link TurnRequest} in, one
 * {@link Outcome} out, and routes as data ({@link CommandRoute}, {@link VerbRoute}) that the shell
 * registers in the order of `./routes.ts`. Nothing here knows botbuilder or teams-ai.
 */
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import type { Reply } from '../cards/reply.js';
import type { Clock } from '../clock.js';
import type { Language } from '../i18n/language.js';
import type { KnowledgeHolder } from '../kb/holder.js';
import type { Logger } from '../logger.js';
import type { DocumentStore } from '../storage/index.js';
import type { CaseLibrary } from './cases/index.js';
import type { ConversationRef, Messenger } from './messenger.js';

/** What every feature returns for a turn; the shell alone turns it into activities. */
export interface Outcome {
  /** For the turn's one log line: what kind of answer (`answer.municipal`, `leerruimte.pause`), never content. */
  route: string;
  /** Messages to post in the conversation, in order. */
  replies: Reply[];
  /**
   * Action.Execute only: the card that replaces the pressed one. Without it the invoke answers with the
   * first text reply (a notice) and the card stays as it was. A submit (message) posts `replies`.
   */
  replace?: AdaptiveCard;
}

/** An outcome with one text message. */
export function textOutcome(route: string, text: string): Outcome {
  return { route, replies: [{ kind: 'text', text }] };
}

/** Where the message was typed: sharing cases (which shows a case's text back) happens only in personal chat. */
export type Scope = 'personal' | 'channel' | 'groupChat';

/**
 * What only Teams can tell, asked through the shell when a feature needs it. Each lookup answers
 * `undefined` (or `[]`) when Teams cannot be reached: a feature decides what that means.
 */
export interface TeamsLookup {
  /** The team's channels (with the real team id: teams-ai's helper loses it in a thread); Teams leaves the General channel unnamed. */
  channels(teamId: string): Promise<Array<{ id: string; name: string | undefined }>>;
  /** The sender's `userRole` on the team's roster; undefined when not on it or Teams is out of reach. */
  memberRole(teamId: string): Promise<unknown>;
  /** The first person @mentioned besides the bot, with their AAD object id. */
  mentionedPerson(): Promise<{ aadObjectId: string; name: string } | undefined>;
}

/** One activity as plain data: who, where, what — read from the activity by the shell, never from card data. */
export interface TurnRequest {
  /** The message text with the bot's @mention removed; '' for a card action. */
  text: string;
  /** A card action's data (Action.Submit: with its `verb`); {} otherwise. */
  data: Record<string, unknown>;
  /** A button press is answered in the language of its card; anything else follows the client's locale. */
  language: Language;
  from: { id: string; aadObjectId: string | undefined; name: string };
  /** The one tenant of the activity (see `src/bot/activity.ts`). */
  tenantId: string | undefined;
  scope: Scope;
  conversationId: string;
  /** Where to reach this conversation later (answers to the asker). */
  ref: ConversationRef;
  /** The channel a message was typed in, to start new threads there (experts', ambassadors' channel). */
  channelRef: ConversationRef;
  /** In a team: its id and its General channel (whose id equals the team id). */
  team: { teamId: string; channel: ConversationRef } | undefined;
  /** The bot's own id in this conversation. */
  botId: string;
  teams: TeamsLookup;
}

/** What the features share; `src/main.ts` builds it once. */
export interface FeatureDeps {
  knowledge: KnowledgeHolder;
  store: DocumentStore;
  logger: Logger;
  messenger: Messenger;
  /** AAD object ids of Wegwijs admins (`ADMIN_AAD_IDS`). */
  admins: ReadonlySet<string>;
  /** The published cases, searchable. */
  cases: CaseLibrary;
  /** How long a shared case is kept. */
  caseRetentionMonths: number;
  /** Wall time for everything a feature records or expires (dates, retention, review dates). */
  clock: Clock;
}

/**
 * Who may use a route. `admins` is checked before the handler runs ({@link runCommand}); the others are
 * decided by the feature, which knows the roster, the ambassadors or the experts' channel.
 */
export type Who = 'anyone' | 'admins' | 'team owners and admins' | 'ambassadors' | 'experts';

/** A typed command. `match` parses the text once; the shell hands its result to `handle`. */
export interface CommandRoute<M extends { language?: Language } = { language?: Language }> {
  /** A name for the docs and tests (`leerruimte`, `knowledge.reload`). */
  name: string;
  /** Every phrase that starts it, normalised; the manifest's commands and the help card are tested against them. */
  phrases: readonly string[];
  who: Who;
  match(text: string): M | undefined;
  /** For `who: 'admins'`: what anyone else is told. */
  refused?(match: M, request: TurnRequest, deps: FeatureDeps): Outcome | Promise<Outcome>;
  handle(request: TurnRequest, match: M, deps: FeatureDeps): Promise<Outcome>;
}

/** Card buttons. Every verb arrives as Action.Submit; `execute` verbs arrive as Action.Execute too. */
export interface VerbRoute {
  name: string;
  verbs: readonly string[];
  who: Who;
  /** Sent as Action.Execute (the card is replaced in place), with an Action.Submit fallback. */
  execute: boolean;
  /** `data` is the card's data, unchecked: each handler validates its own payload. */
  handle(request: TurnRequest, verb: string, data: Record<string, unknown>, deps: FeatureDeps): Promise<Outcome>;
}

/** The one admin check: by AAD object id, which Teams sets and a card cannot. */
export function isAdmin(deps: Pick<FeatureDeps, 'admins'>, aadObjectId: string | undefined): boolean {
  return aadObjectId !== undefined && deps.admins.has(aadObjectId);
}

/** Runs a matched command: refuses whom `who` excludes, else hands the match to the handler. */
export async function runCommand<M extends { language?: Language }>(
  route: CommandRoute<M>,
  request: TurnRequest,
  match: M,
  deps: FeatureDeps,
): Promise<Outcome> {
  if (route.who === 'admins' && !isAdmin(deps, request.from.aadObjectId))
    return (await route.refused?.(match, request, deps)) ?? { route: `${route.name}.not-admin`, replies: [] };
  return route.handle(request, match, deps);
}

/** The language a command was typed in, else the request's. */
export function languageOfMatch(match: { language?: Language }, request: TurnRequest): Language {
  return match.language ?? request.language;
}
