/**
 * Readiness that tells the truth: a real write and read through the document-store port, not a
 * `SELECT 1` that answers while the database file under it is damaged or its disk is full. The result is
 * kept a few seconds, so that a load balancer probing every second costs one write per few seconds.
 */
import { randomUUID } from 'node:crypto';
import { type Clock, SYSTEM_CLOCK } from '../clock.js';
import type { DocumentStore } from './document-store.js';

export const PROBE_PARTITION = 'health';

export interface StorageProbeOptions {
  /** How long a result is reused. Default 5 s. */
  cacheMs: number;
  /** A probe slower than this counts as a failure. Default 2 s. */
  timeoutMs: number;
  /** Called on every failed probe (a metric). */
  onFailure?: () => void;
  /** Ages a kept answer and dates the probe document's expiry; the system clock by default. */
  clock?: Clock;
}

export const DEFAULT_STORAGE_PROBE_OPTIONS: StorageProbeOptions = { cacheMs: 5_000, timeoutMs: 2_000 };

export interface StorageProbe {
  /** True when a document could be written and read back just now (or within `cacheMs`). */
  check(): Promise<boolean>;
}

export function createStorageProbe(store: DocumentStore, options: Partial<StorageProbeOptions> = {}): StorageProbe {
  const { cacheMs, timeoutMs, onFailure, clock = SYSTEM_CLOCK } = { ...DEFAULT_STORAGE_PROBE_OPTIONS, ...options };
  const now = () => clock.now().getTime();
  // One document per process, overwritten by every probe; it expires, so a stopped instance leaves nothing.
  const key = `probe:${randomUUID()}`;
  let last: { at: number; ok: boolean } | undefined;
  let running: Promise<boolean> | undefined;

  const probe = async (): Promise<boolean> => {
    const nonce = randomUUID();
    const expiresAt = new Date(now() + 10 * 60_000);
    const roundTrip = async () => {
      const written = await store.put(PROBE_PARTITION, key, { nonce }, { expiresAt });
      if (written.kind !== 'ok') return false;
      return (await store.get<{ nonce: string }>(PROBE_PARTITION, key))?.data.nonce === nonce;
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([roundTrip().catch(() => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async check() {
      if (last !== undefined && now() - last.at < cacheMs) return last.ok;
      // Concurrent probes share one round trip.
      running ??= probe().then((ok) => {
        last = { at: now(), ok };
        running = undefined;
        if (!ok) onFailure?.();
        return ok;
      });
      return running;
    },
  };
}
