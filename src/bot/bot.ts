/**
 * The bot: one guarded activity in, one HTTP status (and invoke body) out. Owns the adapter, the
 * teams-ai Application, tenant filtering, the per-user rate limit and the one log line per turn.
 */
import { randomUUID } from 'node:crypto';
import { Application, TurnState } from '@microsoft/teams-ai';
import { type Activity, INVOKE_RESPONSE_KEY, type Storage, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import { errorCode, stackFrames } from '../errors.js';
import type { Messenger } from '../features/messenger.js';
import type { GuardedActivity } from '../http/activity-guard.js';
import { UserRateLimiter } from '../limits/user-rate-limiter.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { NO_TELEMETRY, type Telemetry, type TurnRecord } from '../telemetry/index.js';
import { createAdapter } from './adapter.js';
import { createMessenger } from './messenger.js';
import { languageOf, type RouteDeps, registerRoutes } from './routes.js';
import { decideTenant, tenantAllowed } from './tenant.js';
import { startTurnInfo, type TurnInfo, turnInfoOf } from './turn-info.js';

export interface BotOptions {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** Each turn's type, route, outcome, status and duration, and errors by code; none by default. */
  telemetry?: Telemetry;
  /** Turn-state storage; without it conversation state lives only for the turn. */
  storage?: Storage;
  routes: Omit<RouteDeps, 'messenger' | 'adminAadIds' | 'caseRetentionMonths'>;
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

const FRIENDLY_ERROR = {
  nl: (id: string) =>
    `Sorry, er ging bij mij iets mis (foutcode ${id}). Probeer het zo nog eens. Acuut gevaar? Bel 112. Zorgen over huiselijk geweld of kindermishandeling: Veilig Thuis 0800-2000.`,
  en: (id: string) =>
    `Sorry, something went wrong on my side (error code ${id}). Please try again in a moment. In immediate danger? Call 112. Worried about domestic violence or child abuse: Veilig Thuis 0800-2000.`,
} as const;

const RATE_LIMITED = {
  nl: 'Je stuurt veel berichten kort na elkaar. Wacht even een minuut; dan help ik je graag verder. Acuut gevaar? Bel 112.',
  en: "You're sending a lot of messages in a short time. Please wait a minute and I'll gladly help again. In immediate danger? Call 112.",
} as const;

export function createBot(options: BotOptions): Bot {
  const { config, logger, metrics } = options;
  const telemetry = options.telemetry ?? NO_TELEMETRY;
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
    ...options.routes,
    messenger,
    adminAadIds: config.adminAadIds,
    caseRetentionMonths: config.caseRetentionMonths,
  });
  app.error(async (context, error) => {
    const info = turnInfoOf(context);
    const id = randomUUID().slice(0, 8);
    if (info !== undefined) {
      info.outcome = 'error';
      info.errorCode = errorCode(error);
    }
    metrics.turnErrors += 1;
    telemetry.error(errorCode(error), 'turn');
    // The message of an unknown error may quote input: log its code, id and stack frames only.
    logger.error({ errorId: id, code: errorCode(error), frames: stackFrames(error) }, 'turn failed');
    try {
      await context.sendActivity(FRIENDLY_ERROR[languageOf(context)](id));
    } catch (sendError) {
      logger.warn({ errorId: id, code: errorCode(sendError) }, 'could not tell the user about the error');
    }
  });
  const limiter = new UserRateLimiter({ perMinute: config.userRateLimit });

  /** The turn itself. `onStart` receives the turn's info and says whether to go on. */
  const logic = (onStart: (info: TurnInfo) => boolean) => async (context: TurnContext) => {
    const info = startTurnInfo(context);
    if (!onStart(info)) return;
    metrics.turns += 1;
    const activity = context.activity;
    if (config.teamsOnly && activity.channelId !== 'msteams') {
      // Azure Bot Service also connects Web Chat, Direct Line and others: this bot is for Teams alone.
      info.outcome = 'blocked_channel';
      metrics.blockedChannels += 1;
      if (activity.type === 'invoke') {
        context.turnState.set(INVOKE_RESPONSE_KEY, { type: 'invokeResponse', value: { status: 403 } });
      }
      return;
    }
    const tenant = decideTenant(activity);
    if (tenant.kind === 'conflict' || !tenantAllowed(config.allowedTenants, tenant.tenantId)) {
      // Two tenant fields that disagree: which organisation is asking cannot be known, so nobody is served.
      info.outcome = tenant.kind === 'conflict' ? 'tenant_conflict' : 'blocked_tenant';
      if (tenant.kind === 'conflict') metrics.tenantConflicts += 1;
      else metrics.blockedTenants += 1;
      if (activity.type === 'invoke') {
        context.turnState.set(INVOKE_RESPONSE_KEY, { type: 'invokeResponse', value: { status: 403 } });
      }
      return;
    }
    // A card submit carries no text; teams-ai's mention removal would throw on it when mentions are present.
    if (activity.type === 'message' && typeof activity.text !== 'string') activity.text = '';
    if (activity.type === 'message' && !(await allowedByRate(context, info))) return;
    await app.run(context);
  };

  async function allowedByRate(context: TurnContext, info: TurnInfo): Promise<boolean> {
    const user = context.activity.from.aadObjectId ?? context.activity.from.id;
    const decision = limiter.take(user);
    if (decision === 'allow') return true;
    info.outcome = 'rate_limited';
    metrics.rateLimited += 1;
    if (decision === 'deny-notify') await context.sendActivity(RATE_LIMITED[languageOf(context)]);
    return false;
  }

  async function handle(activity: GuardedActivity, authorization: string | undefined): Promise<BotResponse> {
    const startedAt = performance.now();
    const secured = config.credentials !== undefined;
    // Local mode has no authentication at all; a stray header must not send the SDK to Microsoft's keys.
    const auth = secured ? (authorization ?? '') : '';
    const line = { type: safeType(activity), route: 'none', outcome: 'unauthorized', status: 401 } as Record<
      string,
      unknown
    >;
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

    let started = false;
    let abandoned = false;
    // Kept here, not read from the context: botbuilder clears the turn state when the turn ends.
    let info: TurnInfo | undefined;
    const onStart = (turnInfo: TurnInfo) => {
      if (abandoned) return false;
      started = true;
      info = turnInfo;
      return true;
    };
    const processing = adapter.processGuarded(auth, activity as unknown as Activity, logic(onStart)).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    type Outcome = Awaited<typeof processing> | 'timeout';
    // A plain timer, cleared when the turn ends: an aborted timers/promises sleep builds an AbortError
    // (a DOMException with a stack) on every turn, which the profile showed at ~2% of a turn.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve(started ? processing : 'timeout'), AUTH_TIMEOUT_MS);
    });
    const outcome: Outcome = await Promise.race([processing, timeout]);
    clearTimeout(timer);

    if (outcome === 'timeout' || (!outcome.ok && !started)) {
      abandoned = true;
      if (outcome !== 'timeout') line.code = errorCode(outcome.error);
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
    line.route = info?.route ?? 'none';
    line.outcome = info?.outcome ?? 'ignored';
    if (info?.errorCode !== undefined) line.code = info.errorCode;
    if (!outcome.ok) {
      // The turn's own error handler failed too; the user may not have been told.
      line.outcome = 'error';
      line.code = errorCode(outcome.error);
      return finish({ status: 500, body: { error: 'internal error' } });
    }
    const status = outcome.value?.status ?? 200;
    // botbuilder answers an invoke nobody handled with 501; to the sender that is a request we do not support.
    if (status === 501 && activity.type === 'invoke')
      return finish({ status: 400, body: { error: 'unsupported invoke' } });
    return finish({ status, body: outcome.value?.body });
  }

  return { handle, messenger };
}

/** The activity type for logs: the value itself only when it is one we know (it is sender-controlled). */
function safeType(activity: GuardedActivity): string {
  return KNOWN_TYPES.has(activity.type) ? activity.type : 'other';
}
