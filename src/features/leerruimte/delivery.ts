/**
 * The delivery cycle: for every active team whose slot this week has passed (or every team, with `all`)
 * and that has not had this week's prompt, claim (team, week) atomically, post the prompt as a new thread,
 * and record sent or failed. Teams' limits are respected by construction: a token bucket per tenant,
 * Retry-After on 429, backoff with jitter on 412/502/503/504, and 403 (removed or blocked) retires the team.
 * A crash in the middle loses no team: unclaimed teams are served by the next cycle, and a claim left in
 * flight is taken over once stale — so duplicates are limited to the posts in flight at the crash.
 */

import type { KnowledgeEngine } from '../../kb/engine.js';
import type { Logger } from '../../logger.js';
import type { DocumentStore } from '../../storage/index.js';
import { DeliveryError, type Messenger } from '../messenger.js';
import { buildPromptCard } from './cards.js';
import { nextPrompt } from './prompts.js';
import { type Clock, RateLimiter, REAL_CLOCK } from './rate-limiter.js';
import { isDue, isoWeek, slotInWeekOf } from './schedule.js';
import {
  DELIVERIES,
  DELIVERY_TTL_MS,
  type Delivery,
  listSubscriptions,
  type Subscription,
  updateSubscription,
} from './subscriptions.js';

export interface DeliveryOptions {
  /** Posts per second per tenant (Teams allows 50). */
  tenantRate: number;
  /** Teams served at once. */
  concurrency: number;
  /** Tries per team in one cycle before it is marked failed (and retried next cycle). */
  maxAttempts: number;
  /** A claim older than this is taken over: its process died mid-post. */
  staleClaimMs: number;
  /** First backoff after a 5xx or 412; doubles per attempt, with jitter. */
  backoffMs: number;
}

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  tenantRate: 50,
  concurrency: 16,
  maxAttempts: 4,
  staleClaimMs: 2 * 60_000,
  backoffMs: 500,
};

export interface DeliveryDeps {
  store: DocumentStore;
  engine: KnowledgeEngine;
  messenger: Messenger;
  logger?: Logger;
  /** The shared case to feature on this week's prompt, if any. */
  caseOfWeek?: (week: string) => Promise<{ id: string; fields: { title: string } } | undefined>;
  /** Wall time: records, expiry, staleness. */
  now: () => Date;
  clock?: Clock;
  options?: Partial<DeliveryOptions>;
}

export interface CycleReport {
  week: string;
  considered: number;
  sent: number;
  failed: number;
  retired: number;
  /** Not due yet, paused, or already served this week. */
  skipped: number;
}

const RETRIED = new Set([412, 429, 502, 503, 504]);

export interface CycleRequest {
  /** Every active team not yet served this week, whatever its slot. */
  all?: boolean;
  /**
   * Stops the cycle at a claim boundary (the process is shutting down): no new team is claimed, and a team
   * waiting to retry gives its claim back as failed, so the next cycle (on any instance) serves it.
   */
  signal?: AbortSignal;
}

export async function runDeliveryCycle(deps: DeliveryDeps, request: CycleRequest = {}): Promise<CycleReport> {
  const options = { ...DEFAULT_DELIVERY_OPTIONS, ...deps.options };
  const clock = deps.clock ?? REAL_CLOCK;
  // Wall time (records, expiry, staleness) comes from `now`; the clock only paces and waits.
  const wall = deps.now;
  const now = wall();
  const week = isoWeek(now);
  // One featured case per cycle; without it the prompt still goes out.
  const featuredCase = await deps.caseOfWeek?.(week).catch(() => undefined);
  const featured = featuredCase === undefined ? undefined : { id: featuredCase.id, title: featuredCase.fields.title };
  const limiter = new RateLimiter(options.tenantRate, clock);
  const report: CycleReport = { week, considered: 0, sent: 0, failed: 0, retired: 0, skipped: 0 };
  const teams = (await listSubscriptions(deps.store)).filter((subscription) => subscription.status === 'active');
  report.considered = teams.length;
  const queue = teams.filter(
    (subscription) => request.all === true || (isDue(now, subscription) && !installedAfterSlot(now, subscription)),
  );
  report.skipped += teams.length - queue.length;

  const worker = async () => {
    for (let team = queue.shift(); team !== undefined; team = queue.shift()) {
      if (request.signal?.aborted === true) {
        report.skipped += 1;
        continue;
      }
      const outcome = await serveTeam(deps, team, { week, featured }, limiter, clock, wall, options, request.signal);
      report[outcome] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  deps.logger?.info({ ...report }, 'leerruimte cycle');
  return report;
}

/**
 * A team that installed Wegwijs after this week's slot had passed waits for its next slot: otherwise the
 * first prompt came the moment it was installed, even at 03:30 at night.
 */
function installedAfterSlot(now: Date, subscription: Subscription): boolean {
  return Date.parse(subscription.installedAt) > slotInWeekOf(now, subscription).getTime();
}

async function serveTeam(
  deps: DeliveryDeps,
  team: Subscription,
  { week, featured }: { week: string; featured: { id: string; title: string } | undefined },
  limiter: RateLimiter,
  clock: Clock,
  wall: () => Date,
  options: DeliveryOptions,
  signal: AbortSignal | undefined,
): Promise<'sent' | 'failed' | 'retired' | 'skipped'> {
  const claim = await claimWeek(deps.store, team.teamId, week, wall().getTime(), options.staleClaimMs);
  if (claim === undefined) return 'skipped';
  const choice = nextPrompt(deps.engine.kb, team.tracks, team.sent);
  if (choice === undefined) {
    await finish(deps.store, claim, { status: 'failed', reason: 'no prompts for these tracks' }, wall().getTime());
    return 'failed';
  }
  const card = buildPromptCard(choice.prompt, deps.engine.kb, week, team.language, featured);
  let attempts = 0;
  for (;;) {
    attempts += 1;
    await limiter.acquire(team.channel.tenantId ?? 'default');
    try {
      await deps.messenger.send(team.channel, card);
      await finish(deps.store, claim, { status: 'sent', promptId: choice.prompt.id, attempts }, wall().getTime());
      await updateSubscription(deps.store, team.teamId, (current) => ({
        ...current,
        sent: choice.restart ? [choice.prompt.id] : [...current.sent, choice.prompt.id],
      }));
      return 'sent';
    } catch (error) {
      const status = error instanceof DeliveryError ? error.status : undefined;
      if (status === 403) {
        // The app was removed from the team, or blocked: stop, and keep the reason.
        await finish(deps.store, claim, { status: 'retired', reason: 'HTTP 403', attempts }, wall().getTime());
        await updateSubscription(deps.store, team.teamId, (current) => ({
          ...current,
          status: 'retired',
          retiredReason: 'HTTP 403',
        }));
        return 'retired';
      }
      const retry = status === undefined || RETRIED.has(status);
      if (!retry || attempts >= options.maxAttempts || signal?.aborted === true) {
        const reason = status === undefined ? 'no connection' : `HTTP ${status}`;
        await finish(
          deps.store,
          claim,
          { status: 'failed', reason: signal?.aborted === true ? `${reason}; stopped` : reason, attempts },
          wall().getTime(),
        );
        return 'failed';
      }
      const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : undefined;
      const backoff = options.backoffMs * 2 ** (attempts - 1);
      await clock.sleep(retryAfter ?? backoff / 2 + Math.random() * backoff);
    }
  }
}

interface Claim {
  key: string;
  etag: string;
  delivery: Delivery;
}

/**
 * Claims (team, week): exactly one caller gets a fresh claim. A failed delivery may be claimed again (the
 * next cycle retries it); a claim still in flight only once it is stale.
 */
async function claimWeek(
  store: DocumentStore,
  teamId: string,
  week: string,
  nowMs: number,
  staleMs: number,
): Promise<Claim | undefined> {
  const key = `${week}:${teamId}`;
  const delivery: Delivery = { teamId, week, status: 'claimed', claimedAt: new Date(nowMs).toISOString(), attempts: 0 };
  const expiresAt = new Date(nowMs + DELIVERY_TTL_MS);
  const deliveries = DELIVERIES.in(store);
  const created = await deliveries.create(key, delivery, { expiresAt });
  if (created.kind === 'created') return { key, etag: created.etag, delivery };
  const existing = await deliveries.get(key);
  if (existing === undefined) return undefined;
  const stale = existing.data.status === 'claimed' && nowMs - Date.parse(existing.data.claimedAt) >= staleMs;
  if (existing.data.status !== 'failed' && !stale) return undefined;
  const retaken = await deliveries.put(key, delivery, { ifMatch: existing.etag, expiresAt });
  return retaken.kind === 'ok' ? { key, etag: retaken.etag, delivery } : undefined;
}

async function finish(store: DocumentStore, claim: Claim, result: Partial<Delivery>, nowMs: number): Promise<void> {
  await DELIVERIES.in(store).put(
    claim.key,
    { ...claim.delivery, ...result, finishedAt: new Date(nowMs).toISOString() },
    { expiresAt: new Date(nowMs + DELIVERY_TTL_MS) },
  );
}
