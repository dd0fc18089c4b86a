/**
 * The composition root: reads the config once, wires every part, and starts the HTTP server.
 * `node dist/src/main.js` runs it; tests call {@link startWegwijs} with their own config.
 */
import { pathToFileURL } from 'node:url';
import { Cron } from 'croner';
import { createBot } from './bot/index.js';
import { type Config, loadConfig } from './config.js';
import { ConfigError, errorCode } from './errors.js';
import { CaseLibrary, readAudit } from './features/cases/index.js';
import { runDeliveryCycle, TIME_ZONE } from './features/leerruimte/index.js';
import { createHttpServer } from './http/server.js';
import { KnowledgeHolder, KnowledgeInvalidError } from './kb/holder.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { createDocumentStore, createStorageProbe, type DocumentStore, startRetentionSweep } from './storage/index.js';

export interface StartOptions {
  logger?: Logger;
  /** A store to use instead of the one the config names (tests share one between app instances). */
  store?: DocumentStore;
}

export interface RunningWegwijs {
  /** Base URL, e.g. `http://127.0.0.1:3978`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startWegwijs(config: Config, options: StartOptions = {}): Promise<RunningWegwijs> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const metrics = createMetrics();
  const { holder: knowledge, warnings } = await KnowledgeHolder.load(config.knowledgeDir);
  for (const warning of warnings)
    logger.warn({ code: 'kb_review_due', detail: warning }, 'knowledge entry due for review');
  const stopWatching =
    config.nodeEnv === 'development'
      ? knowledge.watch((result) =>
          result.ok
            ? logger.info({ entries: result.entries }, 'knowledge reloaded')
            : logger.error(
                { code: 'kb_invalid', problems: result.errors },
                'knowledge reload failed; keeping the last good version',
              ),
        )
      : () => {};
  const store = options.store ?? createDocumentStore(config);
  await store.init();
  const retention = startRetentionSweep(store, logger);
  const cases = new CaseLibrary(store);
  const bot = createBot({
    config,
    logger,
    metrics,
    // No teams-ai turn-state storage: no feature keeps state in TurnState (each keeps its own documents),
    // and with storage teams-ai read two keys per turn for nothing (the --cpu-prof run showed it).
    routes: { knowledge, store, logger, cases },
  });
  const deliver = (all: boolean) =>
    runDeliveryCycle(
      {
        store,
        engine: knowledge.engine,
        messenger: bot.messenger,
        logger,
        caseOfWeek: (week) => cases.caseOfWeek(week),
        options: { tenantRate: config.leerruimteTenantRate, staleClaimMs: config.leerruimteStaleClaimMs },
      },
      { all },
    );
  // Every five minutes, Dutch time: each run serves the teams whose slot has passed and that have not had
  // this week's prompt. Claims make runs idempotent, here and across instances.
  const scheduler = config.scheduler
    ? new Cron('*/5 * * * *', { timezone: TIME_ZONE, protect: true }, async () => {
        await deliver(false).catch((error: unknown) =>
          logger.error({ code: errorCode(error) }, 'leerruimte cycle failed'),
        );
      })
    : undefined;
  const storageProbe = createStorageProbe(store, { onFailure: () => (metrics.storageProbeFailures += 1) });
  const server = createHttpServer({
    logger,
    metrics,
    handleActivity: bot.handle,
    readiness: [
      { name: 'knowledge', check: () => knowledge.engine.index.size > 0 },
      // A real write and read, kept 5 s: a SELECT 1 answered while the file under it was damaged.
      { name: 'storage', check: storageProbe.check },
    ],
    adminToken: config.adminToken,
    adminRoutes: [
      {
        // For an external timer (Azure Functions, Logic Apps); {"all": true} serves every team not yet
        // served this week, whatever its slot.
        method: 'post',
        path: '/api/intervision/dispatch',
        handle: async (body) => {
          const all = typeof body === 'object' && body !== null && (body as { all?: unknown }).all === true;
          return { status: 200, body: await deliver(all) };
        },
      },
      {
        method: 'post',
        path: '/api/admin/knowledge/reload',
        handle: async () => {
          const result = await knowledge.reload();
          return { status: result.ok ? 200 : 422, body: result };
        },
      },
      {
        method: 'post',
        path: '/api/admin/retention',
        handle: async () => ({ status: 200, body: { deleted: await retention.runOnce() } }),
      },
      {
        // Who did what to which case and ambassador, and when: ids only, never a case's text.
        method: 'get',
        path: '/api/admin/cases/audit',
        handle: async () => ({ status: 200, body: { entries: await readAudit(store) } }),
      },
    ],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  if (config.credentials === undefined) {
    logger.warn(
      { host: config.host, port },
      'local mode: no bot credentials, so no Bot Framework authentication; listening on 127.0.0.1 only',
    );
  }
  logger.info({ host: config.host, port, storage: config.storage }, 'wegwijs listening');
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    close: async () => {
      scheduler?.stop();
      retention.stop();
      stopWatching();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open until they time out.
        server.server.closeAllConnections?.();
      });
      if (options.store === undefined) await store.close();
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`wegwijs: config: ${problem}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (reason) => {
    // Logged and survived: one failed promise must not take every user's conversation down.
    logger.error({ code: errorCode(reason) }, 'unhandled rejection');
  });
  let running: RunningWegwijs;
  try {
    running = await startWegwijs(config, { logger });
  } catch (error) {
    if (error instanceof KnowledgeInvalidError) {
      // The editors' format: one `file:line: message` per problem.
      for (const problem of error.errors) process.stderr.write(`wegwijs: knowledge: ${problem}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    void running.close().then(() => logger.flush(() => process.exit(0)));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // Our own errors name the part and the setting; the cause (e.g. ECONNREFUSED) helps the admin.
    const cause =
      error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message.split('\n')[0]})` : '';
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`wegwijs: failed to start [${errorCode(error)}]: ${message}${cause}\n`);
    process.exit(1);
  });
}
