/**
 * The bot: one guarded activity in, one HTTP status (and invoke body) out. Owns the adapter, the
 * teams-ai Application, tenant filtering, the per-user rate limit and the one log line per turn.
 */
import { randomUUID } from 'node:crypto';
import { Application, TurnState } from '@microsoft/teams-ai';
import { type Activity, INVOKE_RESPONSE_KEY, type Storage, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import { errorCode, stackFrames } from '../errors.js';
import { type FeatureDeps, type Messenger, rateLimitedOutcome, turnFailedOutcome } from '../features/index.js';
import type { GuardedActivity } from '../http/activity-guard.js';
import { UserRateLimiter } from '../limits/user-rate-limiter.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { NO_TELEMETRY, type Telemetry, type TurnRecord } from '../telemetry/index.js';
import { decideTenant, languageOf, sendReplies, tenantAllowed } from './activity.js';
import { createAdapter, type WegwijsAdapter } from './adapter.js';
import { createMessenger } from './messenger.js';
import { registerRoutes } from './routes.js';
import { startTurnInfo, type TurnInfo, turnInfoOf } from './turn-info.js';

export interface BotOptions {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** Each turn's type, route, outcome, status and duration, and errors by code; none by default. */
  telemetry?: Telemetry;
  /** Turn-state storage; without it conversation state lives only for the turn. */
  storage?: Storage;
  /** What the features share, but the messenger (the bot builds it) and what the config says. */
  features: Omit<FeatureDeps, 'messenger' | 'admins' | 'caseRetentionMonths'>;
}

export interface BotResponse {
  status: number;
  body?: unknown;
}

export interface Bot {
  /** Runs one turn; never throws. `authorization` is the request's Authorization header. */
  handle(activity: GuardedActivity, authorization: string | undefined): Promise<BotResponse>;
  /** Proactive messages (leerruimte, answers to colleagues). */
  messenger: Messenger;
}

/** How long authentication (which may fetch Microsoft's signing keys) may take before we answer 401. */
const AUTH_TIMEOUT_MS = 10_000;
const BEARER_JWT = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const KNOWN_TYPES = new Set([
  'message',
  'conversationUpdate',
  'installationUpdate',
  'invoke',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'event',
  'typing',
  'endOfConversation',
]);

export function createBot(options: BotOptions): Bot {
  const { config } = options;
  const adapter = createAdapter(config.credentials);
  const app = new Application<TurnState>({
    adapter,
    ...(options.storage !== undefined ? { storage: options.storage } : {}),
    removeRecipientMention: true,
    // The typing timer is one field on the Application, shared by concurrent turns, and sends an extra
    // activity per turn: off.
    startTypingTimer: false,
    longRunningMessages: false,
    turnStateFactory: () => new TurnState(),
  });
  const messenger = createMessenger(adapter, config.credentials?.appId ?? '');
  registerRoutes(app, {
    ...options.features,
    messenger,
    admins: config.adminAadIds,
    caseRetentionMonths: config.caseRetentionMonths,
  });
  app.error(onTurnError(options));
  const logic = turnLogic(app, options);
  return {
    handle: (activity, authorization) => handleActivity(adapter, logic, options, activity, authorization),
    messenger,
  };
}

/** The turn's error handler: logs the code (never the message, which may quote input) and apologises. */
function onTurnError({ logger, metrics, telemetry = NO_TELEMETRY }: BotOptions) {
  return async (context: TurnContext, error: Error) => {
    const info = turnInfoOf(context);
    const id = randomUUID().slice(0, 8);
    if (info !== undefined) {
      info.outcome = 'error';
      info.errorCode = errorCode(error);
    }
    metrics.turnErrors += 1;
    telemetry.error(errorCode(error), 'turn');
    logger.error({ errorId: id, code: errorCode(error), frames: stackFrames(error) }, 'turn failed');
    try {
      await sendReplies(context, turnFailedOutcome(languageOf(context), id));
    } catch (sendError) {
      logger.warn({ errorId: id, code: errorCode(sendError) }, 'could not tell the user about the error');
    }
  };
}

type Logic = (onStart: (info: TurnInfo) => boolean) => (context: TurnContext) => Promise<void>;

/** The turn itself: channel and tenant filters, the rate limit, then the routes. */
function turnLogic(app: Application<TurnState>, { config, metrics }: BotOptions): Logic {
  const limiter = new UserRateLimiter({ perMinute: config.userRateLimit });
  const refuse = (context: TurnContext) => {
    if (context.activity.type === 'invoke')
      context.turnState.set(INVOKE_RESPONSE_KEY, { type: 'invokeResponse', value: { status: 403 } });
  };
  return (onStart) => async (context) => {
    const info = startTurnInfo(context);
    if (!onStart(info)) return;
    metrics.turns += 1;
    const activity = context.activity;
    if (config.teamsOnly && activity.channelId !== 'msteams') {
      // Azure Bot Service also connects Web Chat, Direct Line and others: this bot is for Teams alone.
      info.outcome = 'blocked_channel';
      metrics.blockedChannels += 1;
      return refuse(context);
    }
    const tenant = decideTenant(activity);
    if (tenant.kind === 'conflict' || !tenantAllowed(config.allowedTenants, tenant.tenantId)) {
      // Two tenant fields that disagree: which organisation is asking cannot be known, so nobody is served.
      info.outcome = tenant.kind === 'conflict' ? 'tenant_conflict' : 'blocked_tenant';
      if (tenant.kind === 'conflict') metrics.tenantConflicts += 1;
      else metrics.blockedTenants += 1;
      return refuse(context);
    }
    // A card submit carries no text; teams-ai's mention removal would throw on it when mentions are present.
    if (activity.type === 'message' && typeof activity.text !== 'string') activity.text = '';
    if (activity.type === 'message') {
      const decision = limiter.take(activity.from.aadObjectId ?? activity.from.id);
      if (decision !== 'allow') {
        info.outcome = 'rate_limited';
        metrics.rateLimited += 1;
        if (decision === 'deny-notify') await sendReplies(context, rateLimitedOutcome(languageOf(context)));
        return;
      }
    }
    await app.run(context);
  };
}

type Processed = { ok: true; value: { status?: number; body?: unknown } | undefined } | { ok: false; error: unknown };

/**
 * One activity through the adapter, within {@link AUTH_TIMEOUT_MS} for authentication, mapped onto an HTTP
 * status, with the turn's log line.
 */
async function handleActivity(
  adapter: WegwijsAdapter,
  logic: Logic,
  { config, logger, metrics, telemetry = NO_TELEMETRY }: BotOptions,
  activity: GuardedActivity,
  authorization: string | undefined,
): Promise<BotResponse> {
  const startedAt = performance.now();
  const secured = config.credentials !== undefined;
  // Local mode has no authentication at all; a stray header must not send the SDK to Microsoft's keys.
  const auth = secured ? (authorization ?? '') : '';
  const line: Record<string, unknown> = {
    type: safeType(activity),
    route: 'none',
    outcome: 'unauthorized',
    status: 401,
  };
  const finish = (response: BotResponse): BotResponse => {
    line.status = response.status;
    line.durationMs = Math.round((performance.now() - startedAt) * 10) / 10;
    logger.info(line, 'turn');
    telemetry.turn(line as unknown as TurnRecord);
    return response;
  };
  if (secured && !BEARER_JWT.test(auth)) {
    metrics.unauthorized += 1;
    return finish({ status: 401, body: { error: 'unauthorized' } });
  }
  const turn = await runTurn(adapter, logic, auth, activity);
  if (turn.outcome === 'timeout' || (!turn.outcome.ok && turn.info === undefined)) {
    if (turn.outcome !== 'timeout' && !turn.outcome.ok) line.code = errorCode(turn.outcome.error);
    if (secured) {
      // Fail closed: whatever kept us from verifying the token (a forged one, Microsoft's key endpoint
      // out of reach) is a 401, never a 5xx.
      metrics.unauthorized += 1;
      return finish({ status: 401, body: { error: 'unauthorized' } });
    }
    metrics.rejectedRequests += 1;
    line.outcome = 'rejected';
    return finish({ status: 400, body: { error: 'activity rejected' } });
  }
  return finish(responseOf(line, turn.info, turn.outcome, activity));
}

/** The response for a turn that started: its route and outcome go on the log line. */
function responseOf(
  line: Record<string, unknown>,
  info: TurnInfo | undefined,
  outcome: Processed,
  activity: GuardedActivity,
): BotResponse {
  line.route = info?.route ?? 'none';
  line.outcome = info?.outcome ?? 'ignored';
  if (info?.errorCode !== undefined) line.code = info.errorCode;
  if (!outcome.ok) {
    // The turn's own error handler failed too; the user may not have been told.
    line.outcome = 'error';
    line.code = errorCode(outcome.error);
    return { status: 500, body: { error: 'internal error' } };
  }
  const status = outcome.value?.status ?? 200;
  // botbuilder answers an invoke nobody handled with 501; to the sender that is a request we do not support.
  if (status === 501 && activity.type === 'invoke') return { status: 400, body: { error: 'unsupported invoke' } };
  return { status, body: outcome.value?.body };
}

/**
 * Runs the adapter; a turn that has not started (authenticated) within {@link AUTH_TIMEOUT_MS} is
 * abandoned: it will not start later. `info` is set once the turn started.
 */
async function runTurn(
  adapter: WegwijsAdapter,
  logic: Logic,
  auth: string,
  activity: GuardedActivity,
): Promise<{ outcome: Processed | 'timeout'; info: TurnInfo | undefined }> {
  let abandoned = false;
  // Kept here, not read from the context: botbuilder clears the turn state when the turn ends.
  let info: TurnInfo | undefined;
  const onStart = (turnInfo: TurnInfo) => {
    if (abandoned) return false;
    info = turnInfo;
    return true;
  };
  const processing: Promise<Processed> = adapter
    .processGuarded(auth, activity as unknown as Activity, logic(onStart))
    .then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
  // A plain timer, cleared when the turn ends: an aborted timers/promises sleep builds an AbortError
  // (a DOMException with a stack) on every turn, which the profile showed at ~2% of a turn.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Processed | 'timeout'>((resolve) => {
    timer = setTimeout(() => resolve(info !== undefined ? processing : 'timeout'), AUTH_TIMEOUT_MS);
  });
  const outcome = await Promise.race([processing, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout' || (!outcome.ok && info === undefined)) abandoned = true;
  return { outcome, info };
}

/** The activity type for logs: the value itself only when it is one we know (it is sender-controlled). */
function safeType(activity: GuardedActivity): string {
  return KNOWN_TYPES.has(activity.type) ? activity.type : 'other';
}
