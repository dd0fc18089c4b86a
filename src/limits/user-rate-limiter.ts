/**
 * Per-user message limit over a sliding minute. Pure: the clock is injected.
 */
export interface UserRateLimiterOptions {
  /** Messages per user per minute; 0 switches the limit off. */
  perMinute: number;
  /** Most users tracked at once; the oldest are forgotten first. Bounds memory under a flood of ids. */
  maxUsers?: number;
  now?: () => number;
}

export type RateDecision = 'allow' | 'deny-notify' | 'deny-silent';

const WINDOW_MS = 60_000;

export class UserRateLimiter {
  private readonly perMinute: number;
  private readonly maxUsers: number;
  private readonly now: () => number;
  /** Per user: timestamps of allowed messages in the last minute, and whether they were told. */
  private readonly users = new Map<string, { times: number[]; notified: boolean }>();

  constructor(options: UserRateLimiterOptions) {
    this.perMinute = options.perMinute;
    this.maxUsers = options.maxUsers ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Records one message by `userId`. The first message over the limit is answered once with a notice
   * (`deny-notify`); more in the same minute are dropped silently, so a flood cannot make the bot flood.
   */
  take(userId: string): RateDecision {
    if (this.perMinute <= 0) return 'allow';
    const now = this.now();
    let entry = this.users.get(userId);
    if (entry === undefined) {
      if (this.users.size >= this.maxUsers) this.forgetOldest();
      entry = { times: [], notified: false };
    } else {
      this.users.delete(userId); // re-inserted below: Map order is least recently used first
    }
    this.users.set(userId, entry);
    while (entry.times.length > 0 && (entry.times[0] as number) <= now - WINDOW_MS) entry.times.shift();
    if (entry.times.length < this.perMinute) {
      entry.times.push(now);
      entry.notified = false;
      return 'allow';
    }
    if (entry.notified) return 'deny-silent';
    entry.notified = true;
    return 'deny-notify';
  }

  private forgetOldest(): void {
    const oldest = this.users.keys().next();
    if (oldest.done !== true) this.users.delete(oldest.value);
  }
}
