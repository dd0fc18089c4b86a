/**
 * From a turn's result to the HTTP answer and the one log line per turn: this is where every status code
 * of `/api/messages` is decided. The shell (`src/bot/`) runs the turn and reports what happened as data.
 */
import { errorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { Telemetry, TurnRecord } from '../telemetry/index.js';
import type { GuardedActivity } from './activity-guard.js';
import type { ActivityResponse } from './server.js';

/** Per-turn facts for the log line: route, outcome. Never content. */
export interface TurnInfo {
  route: string;
  outcome: 'handled' | 'ignored' | 'blocked_tenant' | 'tenant_conflict' | 'blocked_channel' | 'rate_limited' | 'error';
  errorCode?: string;
}

/** What the adapter did: its invoke response, or what it threw. */
export type Processed =
  | { ok: true; value: { status?: number; body?: unknown } | undefined }
  | { ok: false; error: unknown };

/** A turn as the shell reports it; `info` is undefined when it never started (not authenticated in time). */
export interface TurnResult {
  outcome: Processed | 'timeout';
  info: TurnInfo | undefined;
}

export interface TurnHandlerOptions {
  /** Whether Bot Framework authentication is on (credentials set). */
  secured: boolean;
  logger: Logger;
  metrics: Metrics;
  telemetry: Telemetry;
  /** Runs one turn; `auth` is '' in local mode. */
  run: (activity: GuardedActivity, auth: string) => Promise<TurnResult>;
}

const BEARER_JWT = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** Activity types the log line names; any other (sender-controlled) value is logged as `other`. */
const KNOWN_TYPES = new Set(
  'message conversationUpdate installationUpdate invoke messageReaction messageUpdate messageDelete event typing endOfConversation'.split(
    ' ',
  ),
);

/** `handleActivity` for the HTTP server: never throws. */
export function createTurnHandler(options: TurnHandlerOptions) {
  const { secured, logger, metrics, telemetry } = options;
  return async (activity: GuardedActivity, authorization: string | undefined): Promise<ActivityResponse> => {
    const startedAt = performance.now();
    // Local mode has no authentication at all; a stray header must not send the SDK to Microsoft's keys.
    const auth = secured ? (authorization ?? '') : '';
    const type = KNOWN_TYPES.has(activity.type) ? activity.type : 'other';
    const line: Record<string, unknown> = { type, route: 'none', outcome: 'unauthorized', status: 401 };
    const finish = (response: ActivityResponse): ActivityResponse => {
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
    const turn = await options.run(activity, auth);
    if (turn.outcome !== 'timeout' && (turn.outcome.ok || turn.info !== undefined))
      return finish(responseOf(line, turn.info, turn.outcome, activity));
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
  };
}

/** The response for a turn that started: its route and outcome go on the log line. */
function responseOf(
  line: Record<string, unknown>,
  info: TurnInfo | undefined,
  outcome: Processed,
  activity: GuardedActivity,
): ActivityResponse {
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
