/**
 * A clock that stands still until the test moves it: time-dependent behaviour (a kept readiness answer,
 * an expiry, a stale claim) is tested by advancing it, not by sleeping.
 */
import type { Clock } from '../../src/clock.js';

export class FixedClock implements Clock {
  private ms: number;

  /** Starts at `start` (an ISO string or Date); the default is an ordinary Monday morning in Amsterdam. */
  constructor(start: string | Date = '2026-03-02T08:00:00Z') {
    this.ms = new Date(start).getTime();
    if (Number.isNaN(this.ms)) throw new Error(`FixedClock: invalid start "${String(start)}"`);
  }

  now(): Date {
    return new Date(this.ms);
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`FixedClock: cannot advance by ${ms} ms`);
    this.ms += ms;
  }

  /** Sets the clock to `at`. */
  set(at: string | Date): void {
    this.ms = new Date(at).getTime();
  }
}
