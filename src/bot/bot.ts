/**
 * The bot: one guarded activity in, a turn result out (`src/http/turn.ts` makes the status and the log
 * line of it). Owns the adapter, the teams-ai Application, the Teams-only and tenant filters and the
 * per-user rate limit; what to answer is the features' business (`./routes.ts`).
 */
import { randomUUID } from 'node:crypto';
import { Application, TurnState } from '@microsoft/teams-ai';
import { type Activity, INVOKE_RESPONSE_KEY, type Storage, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import { errorCode, stackFrames } from '../errors.js';
import { type FeatureDeps, type Messenger, rateLimitedOutcome, turnFailedOutcome } from '../features/index.js';
import type { GuardedActivity } from '../http/activity-guard.js';
import { decideTenant, tenantAllowed } from '../http/tenant.js';
import type { Processed, TurnInfo, TurnResult } from '../http/turn.js';
import { UserRateLimiter } from '../limits/user-rate-limiter.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { NO_TELEMETRY, type Telemetry } from '../telemetry/index.js';
import { languageOf, sendReplies } from './activity.js';
import { createAdapter, type WegwijsAdapter } from './adapter.js';
import { createMessenger } from './messenger.js';
import { registerRoutes } from './routes.js';
import { startTurnInfo, turnInfoOf } from './turn-info.js';

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

export interface Bot {
  /** Runs one turn and reports what happened; `src/http/turn.ts` turns that into a status. Never throws. */
  run(activity: GuardedActivity, auth: string): Promise<TurnResult>;
  /** Proactive messages (leerruimte, answers to colleagues). */
  messenger: Messenger;
}

/** How long authentication (which may fetch Microsoft's signing keys) may take before we answer 401. */
const AUTH_TIMEOUT_MS = 10_000;

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
  // teams-ai 1.7.4 never reads `startTypingTimer` (Application.run starts the timer regardless), so a turn
  // over a second sent typing indicators after all: switch the timer off where run() calls it.
  (app as unknown as { startTypingTimer: (context: TurnContext) => void }).startTypingTimer = () => {};
  const messenger = createMessenger(adapter, config.credentials?.appId ?? '');
  registerRoutes(app, {
    ...options.features,
    messenger,
    admins: config.adminAadIds,
    caseRetentionMonths: config.caseRetentionMonths,
  });
  app.error(onTurnError(options));
  const logic = turnLogic(app, options);
  return { run: (activity, auth) => runTurn(adapter, logic, auth, activity), messenger };
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

/**
 * Runs the adapter; a turn that has not started (authenticated) within {@link AUTH_TIMEOUT_MS} is
 * abandoned: it will not start later. `info` is set once the turn started.
 */
async function runTurn(
  adapter: WegwijsAdapter,
  logic: Logic,
  auth: string,
  activity: GuardedActivity,
): Promise<TurnResult> {
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
