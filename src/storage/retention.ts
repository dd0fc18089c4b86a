/**
 * The retention sweep: deletes documents whose expiry has passed, at start and then every hour. Reads
 * already ignore expired documents; the sweep is what makes them gone from disk and from backups.
 */
import { errorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import type { DocumentStore } from './document-store.js';

export interface RetentionSweep {
  /** One sweep now; resolves with the number deleted (0 when it failed, which is logged). */
  runOnce(): Promise<number>;
  stop(): void;
}

export const DEFAULT_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export function startRetentionSweep(
  store: DocumentStore,
  logger: Logger,
  intervalMs: number = DEFAULT_SWEEP_INTERVAL_MS,
): RetentionSweep {
  let running: Promise<number> | undefined;
  const runOnce = (): Promise<number> => {
    // Never two sweeps at once: a slow backend must not pile them up.
    running ??= store
      .deleteExpired()
      .then(
        (deleted) => {
          if (deleted > 0) logger.info({ deleted }, 'retention sweep');
          return deleted;
        },
        (error: unknown) => {
          logger.warn({ code: errorCode(error) }, 'retention sweep failed; retrying next round');
          return 0;
        },
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  void runOnce();
  const timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
