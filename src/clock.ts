/**
 * The one source of wall time. The composition root ({@link startWegwijs}) creates it and passes it to
 * the store, the readiness probe, the leerruimte cycle and every feature (`FeatureDeps.clock`), so that a
 * test can set the time instead of waiting for it (`tests/support/clock.ts` has a fixed clock to advance by hand).
 *
 * Timers that only pace or bound work (a request timeout, the rate limiter's waits) stay on real time.
 *
 * @example
 * const clock: Clock = SYSTEM_CLOCK;
 * const expiresAt = new Date(clock.now().getTime() + 30 * 60_000);
 */
export interface Clock {
  /** The current time; a new Date on every call, so callers may keep it. */
  now(): Date;
}

/** The machine's clock. */
export const SYSTEM_CLOCK: Clock = { now: () => new Date() };
