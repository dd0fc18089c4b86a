/**
 * Token buckets per key (a tenant, a thread): at most `perSecond` sends per second each, waiting instead of
 * failing. Teams' documented limits for bots: 7 posts per second per thread, 50 per second per tenant.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Real time on purpose: it only paces sends (see `src/clock.ts`); nothing it reads is recorded. */
export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class RateLimiter {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly perSecond: number,
    private readonly clock: Clock = REAL_CLOCK,
  ) {}

  /** Resolves when `key` may send again; reserves that slot. */
  async acquire(key: string): Promise<void> {
    const interval = 1000 / this.perSecond;
    const now = this.clock.now();
    const at = Math.max(now, this.next.get(key) ?? 0);
    this.next.set(key, at + interval);
    if (at > now) await this.clock.sleep(at - now);
  }
}
