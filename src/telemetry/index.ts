/**
 * The telemetry port: what Wegwijs reports about itself, as counts, routes, outcomes, durations and error
 * codes — never what a user typed or a card's values. {@link NO_TELEMETRY} does nothing; with an
 * Application Insights connection string, {@link startTelemetry} loads the Azure Monitor OpenTelemetry
 * distro (`./azure-monitor.ts`, the only module that imports it) and sends to that resource.
 */
import type { DocumentStore, ListOptions, PutOptions, WriteOptions } from '../storage/index.js';

/** One finished turn, as its log line has it. */
export interface TurnRecord {
  /** The activity type (`message`, `invoke`, …, or `other`). */
  type: string;
  /** The feature route that handled it (`answer`, `afweging`, …) or `none`. */
  route: string;
  /** `handled`, `ignored`, `error`, `unauthorized`, `rejected`, `rate_limited`, `blocked_tenant`. */
  outcome: string;
  status: number;
  durationMs: number;
  /** The error code, when the turn failed. */
  code?: string;
}

/** What one leerruimte cycle did. */
export interface DeliveryCounts {
  sent: number;
  failed: number;
  retired: number;
  skipped: number;
}

export interface Telemetry {
  /** True when telemetry leaves the process. */
  readonly enabled: boolean;
  turn(turn: TurnRecord): void;
  deliveries(counts: DeliveryCounts): void;
  /** An error by its stable code, and where it was caught (`turn`, `http`, `leerruimte`, …). */
  error(code: string, where: string): void;
  /** Records a call to the store as a dependency: the operation and the partition, never keys or data. */
  storage<T>(operation: string, partition: string, call: () => Promise<T>): Promise<T>;
  /** Sends what is buffered now. */
  flush(): Promise<void>;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

export const NO_TELEMETRY: Telemetry = {
  enabled: false,
  turn: () => {},
  deliveries: () => {},
  error: () => {},
  storage: (_operation, _partition, call) => call(),
  flush: async () => {},
  shutdown: async () => {},
};

export interface TelemetryOptions {
  /** Backend name for the storage dependency (`sqlite`, `azure-tables`). */
  storageKind?: string;
}

/**
 * Telemetry for a connection string, or {@link NO_TELEMETRY} without one. Call before the HTTP server
 * starts: the distro patches Node's `http` module so that requests and outgoing calls (Bot Connector,
 * Azure Tables, Microsoft's token endpoint) are recorded.
 */
export async function startTelemetry(
  connectionString: string | undefined,
  options: TelemetryOptions = {},
): Promise<Telemetry> {
  if (connectionString === undefined) return NO_TELEMETRY;
  const { createAzureMonitorTelemetry } = await import('./azure-monitor.js');
  return createAzureMonitorTelemetry(connectionString, options);
}

/** The store, with every call recorded as a dependency. Without telemetry, the store itself. */
export function instrumentStore(store: DocumentStore, telemetry: Telemetry): DocumentStore {
  if (!telemetry.enabled) return store;
  const record = telemetry.storage.bind(telemetry);
  return {
    kind: store.kind,
    init: () => store.init(),
    get<T>(partition: string, key: string) {
      return record('get', partition, () => store.get<T>(partition, key));
    },
    put<T>(partition: string, key: string, data: T, options?: PutOptions) {
      return record('put', partition, () => store.put(partition, key, data, options));
    },
    create<T>(partition: string, key: string, data: T, options?: WriteOptions) {
      return record('create', partition, () => store.create(partition, key, data, options));
    },
    delete: (partition, key, options) => record('delete', partition, () => store.delete(partition, key, options)),
    list<T>(partition: string, options?: ListOptions) {
      return record('list', partition, () => store.list<T>(partition, options));
    },
    scan: (options) => record('scan', '*', () => store.scan(options)),
    deleteExpired: (now) => record('deleteExpired', '*', () => store.deleteExpired(now)),
    // Readiness probes every few seconds are not dependencies anyone wants to chart.
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
