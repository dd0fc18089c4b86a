/**
 * A loopback stand-in for Application Insights' ingestion endpoint (`POST /v2.1/track`): it keeps every
 * envelope the exporter sends (gzipped JSON arrays) and the raw text of each body, for "never contains"
 * assertions. The exporter turns an `http://` endpoint into `https://`, so this serves TLS with a
 * certificate made for the run (openssl); the test process must accept it (see `acceptTestCertificate`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Envelope {
  name: string;
  data?: { baseType?: string; baseData?: Record<string, unknown> };
  [field: string]: unknown;
}

export class FakeIngestion {
  readonly envelopes: Envelope[] = [];
  /** Every body as received, unzipped. */
  readonly bodies: string[] = [];
  /** Every request, whatever its path. */
  requests = 0;
  private server: https.Server | undefined;
  private port = 0;

  /** For `IngestionEndpoint=` in a connection string. */
  get url(): string {
    return `https://127.0.0.1:${this.port}/`;
  }

  connectionString(): string {
    return `InstrumentationKey=00000000-0000-4000-8000-0000000000ee;IngestionEndpoint=${this.url}`;
  }

  async start(): Promise<this> {
    this.server = https.createServer(selfSignedCertificate(), (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.requests += 1;
        const raw = Buffer.concat(chunks);
        const text = (request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        this.bodies.push(text);
        let count = 0;
        try {
          const parsed: unknown = JSON.parse(text);
          const items = (Array.isArray(parsed) ? parsed : [parsed]) as Envelope[];
          this.envelopes.push(...items);
          count = items.length;
        } catch {
          // Not JSON: kept in `bodies` only.
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ itemsReceived: count, itemsAccepted: count, errors: [] }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Envelopes of one kind: `RequestData`, `RemoteDependencyData`, `MetricData`, … */
  of(baseType: string): Array<Record<string, unknown>> {
    return this.envelopes
      .filter((envelope) => envelope.data?.baseType === baseType)
      .map((envelope) => envelope.data?.baseData ?? {});
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * Lets this process open TCP connections to loopback addresses only; any other attempt fails as a
 * connection error and is recorded. Returns the recorded targets and a function that lifts the guard.
 */
export function loopbackOnly(): { blocked: string[]; restore: () => void } {
  const blocked: string[] = [];
  const original = net.Socket.prototype.connect;
  // biome-ignore lint/suspicious/noExplicitAny: connect has several overloads; the guard reads the first argument.
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: any[]) {
    const first = args[0] as { host?: string; path?: string } | number | string | undefined;
    const host = typeof first === 'object' && first !== null ? (first.host ?? 'localhost') : 'localhost';
    const local = typeof first === 'object' && first?.path !== undefined;
    if (!local && !/^(127\.|::1$|localhost$|\[::1\]$)/.test(host)) {
      blocked.push(host);
      process.nextTick(() => this.destroy(new Error(`loopbackOnly: connection to ${host} refused by the test`)));
      return this;
    }
    return original.apply(this, args as Parameters<typeof original>);
  } as typeof original;
  const restore = () => {
    net.Socket.prototype.connect = original;
  };
  return { blocked, restore };
}

/** A throwaway key and certificate for 127.0.0.1, valid for a day. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-tls-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'].concat([
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Makes this process accept the stand-in's certificate (and every other: the loopback guard keeps all
 * connections on this machine). Returns a function that restores verification.
 */
export function acceptTestCertificate(): () => void {
  const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  // Node reads this per connection; it warns once that verification is off, which is the point here.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  return () => {
    if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
  };
}
