/**
 * The one module that imports the Azure Monitor OpenTelemetry distro. Loaded only when
 * `APPLICATIONINSIGHTS_CONNECTION_STRING` is set (see `./index.ts`).
 *
 * What reaches Application Insights:
 * - requests: every HTTP request except the health probes (path, status, duration — no bodies);
 * - dependencies: outgoing HTTP (Bot Connector, Microsoft's token endpoint, Azure Tables), with the
 *   conversation, activity and user ids in their URLs replaced by `*`, and every store call
 *   (`storage get`, … with the partition name, never keys or data);
 * - custom metrics: `wegwijs.turns` (duration histogram by type, route, outcome, status),
 *   `wegwijs.leerruimte.deliveries` (by outcome) and `wegwijs.errors` (by code and where).
 * Logs stay in pino (stdout); nothing a user typed is in any of the above.
 */
import { createRequire } from 'node:module';
import { useAzureMonitor } from '@azure/monitor-opentelemetry';
import { metrics, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import type { Telemetry, TelemetryOptions } from './index.js';

const PROBES = new Set(['/healthz', '/readyz']);
/** Bot Connector paths carry conversation, activity, team and user ids: pseudonyms of people and chats. */
const ID_SEGMENT = /\/(conversations|activities|members|teams|channels|users)\/[^/?#]+/g;
const URL_ATTRIBUTES = ['http.url', 'url.full', 'http.target', 'url.path'];
type SpanProcessor = NonNullable<NonNullable<Parameters<typeof useAzureMonitor>[0]>['spanProcessors']>[number];

/** Replaces the ids in outgoing URLs with `*` before the span is exported (dependency names come from them). */
const REDACT_IDS: SpanProcessor = {
  onStart(span) {
    const attributes = (span as unknown as { attributes?: Record<string, unknown> }).attributes ?? {};
    for (const key of URL_ATTRIBUTES) {
      const value = attributes[key];
      if (typeof value !== 'string') continue;
      const redacted = value.replace(ID_SEGMENT, '/$1/*');
      if (redacted !== value) span.setAttribute(key, redacted);
    }
  },
  onEnd: () => {},
  forceFlush: async () => {},
  shutdown: async () => {},
};

interface Flushable {
  forceFlush?: () => Promise<void>;
  shutdown?: () => Promise<void>;
  getDelegate?: () => Flushable;
}

export function createAzureMonitorTelemetry(connectionString: string, options: TelemetryOptions): Telemetry {
  startAzureMonitor(connectionString);
  const meter = metrics.getMeter('wegwijs');
  const turns = meter.createHistogram('wegwijs.turns', {
    description: 'Turns by activity type, route, outcome and status, with their duration',
    unit: 'ms',
  });
  const deliveries = meter.createCounter('wegwijs.leerruimte.deliveries', {
    description: 'Leerruimte prompts per outcome',
  });
  const errors = meter.createCounter('wegwijs.errors', { description: 'Errors by code and where they were caught' });
  const tracer = trace.getTracer('wegwijs');
  const storageKind = options.storageKind ?? 'storage';

  const providers = (): Flushable[] => {
    const tracerProvider = trace.getTracerProvider() as Flushable;
    return [tracerProvider.getDelegate?.() ?? tracerProvider, metrics.getMeterProvider() as Flushable];
  };

  return {
    enabled: true,
    turn(turn) {
      const attributes = { type: turn.type, route: turn.route, outcome: turn.outcome, status: turn.status };
      turns.record(turn.durationMs, attributes);
      // The HTTP request this turn came in on: name its route and outcome, so requests can be split by them.
      trace.getActiveSpan()?.setAttributes({ 'wegwijs.route': turn.route, 'wegwijs.outcome': turn.outcome });
    },
    deliveries(counts) {
      for (const outcome of ['sent', 'failed', 'retired', 'skipped'] as const) {
        if (counts[outcome] > 0) deliveries.add(counts[outcome], { outcome });
      }
    },
    error(code, where) {
      errors.add(1, { code, where });
    },
    storage(operation, partition, call) {
      return storageSpan(tracer, storageKind, operation, partition, call);
    },
    async flush() {
      await Promise.all(providers().map((provider) => provider.forceFlush?.()));
    },
    async shutdown() {
      await Promise.all(providers().map((provider) => provider.shutdown?.()));
    },
  };
}

/** Starts the distro: exporter, the HTTP and Azure SDK instrumentations, identifiers redacted from spans. */
function startAzureMonitor(connectionString: string): void {
  // Statsbeat is the SDK's report about itself to Microsoft's own collection endpoint, not to this
  // resource; a deployment that promises to send nothing else leaves it off. A setting wins.
  process.env.APPLICATIONINSIGHTS_STATSBEAT_DISABLED ??= 'true';
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    // Live Metrics keeps a second connection polling every second; the portal's metrics suffice here.
    enableLiveMetrics: false,
    spanProcessors: [REDACT_IDS],
    instrumentationOptions: {
      // The distro passes this on to @opentelemetry/instrumentation-http, whose config has the hook.
      http: {
        enabled: true,
        ignoreIncomingRequestHook: (request: { url?: string }) => PROBES.has(request.url ?? ''),
      } as { enabled: boolean },
      azureSdk: { enabled: true },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
    },
  });
  // The distro patches `http` and `https` when they are next required. restify and the Azure SDK
  // required them before this ran (ES modules load first), so require them once more now: the patch
  // lands on the shared module objects, which restify and the SDK read at each call.
  const require = createRequire(import.meta.url);
  require('node:http');
  require('node:https');
}

/** One client span around a storage call; on failure its status carries the error's code only. */
function storageSpan<T>(
  tracer: Tracer,
  storageKind: string,
  operation: string,
  partition: string,
  call: () => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(
    `storage ${operation}`,
    {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': storageKind, 'db.operation': operation, 'db.collection.name': partition },
    },
    async (span) => {
      try {
        return await call();
      } catch (error) {
        // The code only: an error's message may quote a key.
        const code = (error as { code?: unknown }).code;
        span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'error' });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
