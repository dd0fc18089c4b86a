/**
 * The composition root: reads the config once, wires every part, and starts the HTTP server.
 * `node dist/src/main.js` runs it; tests call {@link startWegwijs} with their own config.
 */
import { pathToFileURL } from 'node:url';
import { Cron } from 'croner';
import { createBot } from './bot/index.js';
import { type Clock, SYSTEM_CLOCK } from './clock.js';
import { type Config, loadConfig, loadEnvFile } from './config.js';
import { ConfigError, errorCode } from './errors.js';
import { CONVERSATION_PARTITION } from './features/answer/index.js';
import { CaseLibrary, readAudit } from './features/cases/index.js';
import type { Messenger } from './features/index.js';
import { runDeliveryCycle, TIME_ZONE } from './features/leerruimte/index.js';
import { type AdminRoute, createHttpServer } from './http/server.js';
import { createTurnHandler } from './http/turn.js';
import { KnowledgeHolder, KnowledgeInvalidError } from './kb/holder.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import {
  createDocumentStore,
  createStorageProbe,
  type DocumentStore,
  logInvalidDocument,
  reportInvalidDocuments,
  startRetentionSweep,
} from './storage/index.js';
import { instrumentStore, NO_TELEMETRY, startTelemetry, type Telemetry } from './telemetry/index.js';

export interface StartOptions {
  logger?: Logger;
  /** A store to use instead of the one the config names (tests share one between app instances). */
  store?: DocumentStore;
  /** Where telemetry goes; none by default (`main` starts it when the config names Application Insights). */
  telemetry?: Telemetry;
  /** Wall time for the store, the readiness probe and the leerruimte cycle; the system clock by default. */
  clock?: Clock;
  /** Knowledge already loaded from `config.knowledgeDir` (tests load it once per worker); loaded here otherwise. */
  knowledge?: LoadedKnowledge;
}

export type LoadedKnowledge = Awaited<ReturnType<typeof KnowledgeHolder.load>>;

export interface CloseOptions {
  /**
   * How long in-flight requests and a running leerruimte cycle may go on. 0 (the default, for tests)
   * cuts them off at once; SIGTERM gives `SHUTDOWN_TIMEOUT_SECONDS`.
   */
  graceMs?: number;
}

export interface RunningWegwijs {
  /** Base URL, e.g. `http://127.0.0.1:3978`. */
  url: string;
  port: number;
  /**
   * Stops accepting connections, stops the scheduler and lets a running leerruimte cycle stop at its next
   * claim, waits up to `graceMs` for requests in flight, then closes the store.
   */
  close(options?: CloseOptions): Promise<void>;
}

export async function startWegwijs(config: Config, options: StartOptions = {}): Promise<RunningWegwijs> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const metrics = createMetrics();
  const telemetry = options.telemetry ?? NO_TELEMETRY;
  const clock = options.clock ?? SYSTEM_CLOCK;
  // The store first: an unreachable or unusable store fails the start in a moment, before the knowledge base
  // (a second or two of parsing) is loaded for nothing.
  const store = instrumentStore(options.store ?? openStore(config, clock), telemetry);
  await store.init();
  const { knowledge, stopWatching } = await loadKnowledge(config, logger, options.knowledge).catch(async (error) => {
    if (options.store === undefined) await store.close().catch(() => undefined);
    throw error;
  });
  // A stored document that does not match its collection's schema reads as absent; the log says where.
  reportInvalidDocuments(store, logInvalidDocument(logger));
  const retention = startRetentionSweep(store, logger);
  const cases = new CaseLibrary(store);
  const bot = createBot({
    config,
    logger,
    metrics,
    telemetry,
    // No teams-ai turn-state storage: no feature keeps state in TurnState (each keeps its own documents),
    // and with storage teams-ai read two keys per turn for nothing (the --cpu-prof run showed it).
    features: { knowledge, store, logger, cases, clock },
  });
  const delivery = createDelivery(config, {
    store,
    knowledge,
    cases,
    messenger: bot.messenger,
    logger,
    telemetry,
    clock,
  });
  const storageProbe = createStorageProbe(store, { clock, onFailure: () => (metrics.storageProbeFailures += 1) });
  const server = createHttpServer({
    logger,
    metrics,
    handleActivity: createTurnHandler({
      secured: config.credentials !== undefined,
      logger,
      metrics,
      telemetry,
      run: bot.run,
    }),
    readiness: [
      { name: 'knowledge', check: () => knowledge.engine.index.size > 0 },
      // A real write and read, kept 5 s: a SELECT 1 answered while the file under it was damaged.
      { name: 'storage', check: storageProbe.check },
    ],
    adminToken: config.adminToken,
    adminRoutes: adminRoutes({ deliver: delivery.deliver, knowledge, retention, store }),
  });
  const port = await listen(server, config, logger);
  const stopOthers = () => {
    delivery.stop();
    retention.stop();
    stopWatching();
  };
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    close: closer({
      server,
      logger,
      stopOthers,
      inFlight: delivery.inFlight,
      store,
      ownStore: options.store === undefined,
    }),
  };
}

/**
 * The configured store. The conversation contexts are read and written on every turn: SQLite, which serves one
 * instance, reads them back from memory as it wrote them.
 */
function openStore(config: Config, clock: Clock): DocumentStore {
  return createDocumentStore(config, clock, { remembered: [CONVERSATION_PARTITION] });
}

/**
 * The knowledge base, validated (or as the caller loaded it from `config.knowledgeDir`); in development it
 * reloads itself when a file changes.
 */
async function loadKnowledge(config: Config, logger: Logger, loaded?: LoadedKnowledge) {
  const { holder: knowledge, warnings } = loaded ?? (await KnowledgeHolder.load(config.knowledgeDir));
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
  return { knowledge, stopWatching };
}

interface DeliveryParts {
  store: DocumentStore;
  knowledge: KnowledgeHolder;
  cases: CaseLibrary;
  messenger: Messenger;
  logger: Logger;
  telemetry: Telemetry;
  clock: Clock;
}

/**
 * The leerruimte delivery: run on demand (`deliver`) and, when the config says so, every five minutes,
 * Dutch time. `stop` lets a running cycle stop at its next claim; `inFlight` are the cycles still running.
 */
function createDelivery(config: Config, parts: DeliveryParts) {
  const { store, knowledge, cases, messenger, logger, telemetry, clock } = parts;
  const stopping = new AbortController();
  const cycles = new Set<Promise<unknown>>();
  const deliver = async (all: boolean) => {
    const cycle = runDeliveryCycle(
      {
        store,
        engine: knowledge.engine,
        messenger,
        logger,
        caseOfWeek: (week) => cases.caseOfWeek(week),
        now: () => clock.now(),
        options: { tenantRate: config.leerruimteTenantRate, staleClaimMs: config.leerruimteStaleClaimMs },
      },
      { all, signal: stopping.signal },
    );
    cycles.add(cycle);
    try {
      const report = await cycle;
      telemetry.deliveries(report);
      return report;
    } finally {
      cycles.delete(cycle);
    }
  };
  // Each run serves the teams whose slot has passed and that have not had this week's prompt. Claims make
  // runs idempotent, here and across instances.
  const scheduler = config.scheduler
    ? new Cron('*/5 * * * *', { timezone: TIME_ZONE, protect: true }, async () => {
        await deliver(false).catch((error: unknown) => {
          logger.error({ code: errorCode(error) }, 'leerruimte cycle failed');
          telemetry.error(errorCode(error), 'leerruimte');
        });
      })
    : undefined;
  const stop = () => {
    stopping.abort();
    scheduler?.stop();
  };
  return { deliver, stop, inFlight: () => [...cycles] };
}

function adminRoutes(parts: {
  deliver: (all: boolean) => Promise<unknown>;
  knowledge: KnowledgeHolder;
  retention: { runOnce(): Promise<unknown> };
  store: DocumentStore;
}): AdminRoute[] {
  const { deliver, knowledge, retention, store } = parts;
  return [
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
  ];
}

type HttpServer = ReturnType<typeof createHttpServer>;

/** Listens on the configured host and port; says so, and warns in local mode. Returns the port. */
async function listen(server: HttpServer, config: Config, logger: Logger): Promise<number> {
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
  return port;
}

/** See {@link RunningWegwijs.close}. */
function closer(parts: {
  server: HttpServer;
  logger: Logger;
  stopOthers: () => void;
  inFlight: () => Array<Promise<unknown>>;
  store: DocumentStore;
  ownStore: boolean;
}) {
  const { server, logger, store } = parts;
  return async ({ graceMs = 0 }: CloseOptions = {}) => {
    parts.stopOthers();
    // Stop listening at once; requests in flight go on, idle keep-alive connections are closed.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.server.closeIdleConnections();
    // A failed cycle has been logged by its caller; here it only has to be over.
    const drained = Promise.all([closed, ...parts.inFlight().map((cycle) => cycle.catch(() => {}))]).then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), graceMs);
    });
    const inTime = await Promise.race([drained, late]);
    clearTimeout(timer);
    if (!inTime && graceMs > 0) logger.warn({ graceMs }, 'shutdown: cutting off what is still in flight');
    // Whatever is still open now is cut; a claim still in flight is taken over by the next cycle once stale.
    server.server.closeAllConnections();
    await closed;
    if (parts.ownStore) await store.close();
  };
}

async function main(): Promise<void> {
  let config: Config;
  let envFile: string | undefined;
  try {
    envFile = loadEnvFile();
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
  if (envFile !== undefined) logger.info({ file: envFile }, 'read settings from .env (the environment wins)');
  process.on('unhandledRejection', (reason) => {
    // Logged and survived: one failed promise must not take every user's conversation down.
    logger.error({ code: errorCode(reason) }, 'unhandled rejection');
  });
  // Before the server starts: the distro patches `http` so that requests and outgoing calls are recorded.
  const telemetry = await startTelemetry(config.applicationInsightsConnectionString, { storageKind: config.storage });
  if (telemetry.enabled) logger.info('telemetry: sending to Application Insights');
  let running: RunningWegwijs;
  try {
    running = await startWegwijs(config, { logger, telemetry });
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
    logger.info({ signal, graceMs: config.shutdownTimeoutMs }, 'stopping');
    void running
      .close({ graceMs: config.shutdownTimeoutMs })
      // The last telemetry goes out, unless the ingestion endpoint takes longer than a few seconds.
      .then(() => Promise.race([telemetry.shutdown(), new Promise((resolve) => setTimeout(resolve, 3000))]))
      .then(() => {
        logger.info({ signal }, 'stopped');
        logger.flush(() => process.exit(0));
      });
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
