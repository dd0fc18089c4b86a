/**
 * A fake Bot Connector: the service the bot replies to (`activity.serviceUrl`). It records every request
 * the bot makes, answers the calls Wegwijs uses (send, reply, update, delete, createConversation,
 * members, team details and channels) and can be told to fail the next requests with 429, 5xx or 403.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Conversation id from the path, decoded, where the path has one. */
  conversationId?: string;
  body: Record<string, unknown> | undefined;
  authorization: string | undefined;
  at: number;
}

export interface InjectedFault {
  status: number;
  retryAfterSeconds?: number;
  /** Only requests whose path matches; all when absent. */
  pathIncludes?: string;
  /** Only requests whose body contains this text. */
  bodyIncludes?: string;
}

export interface FakeMember {
  id: string;
  name: string;
  aadObjectId?: string;
  /** Teams' roster role in a team: "owner", "user" or "guest". */
  userRole?: string;
}

export interface FakeChannel {
  id: string;
  name?: string;
}

/** Teams-like throttling: posts per second overall and per thread, and a share of random 429/503 faults. */
export interface Throttle {
  perSecond: number;
  perThread: number;
  faultRate: number;
  random?: () => number;
}

export class FakeConnector {
  /** When set, sends are throttled like Teams does: 429 with Retry-After past the limits, random faults. */
  throttle: Throttle | undefined;
  /** How long each answer is held back after the request was recorded (a slow Bot Connector); 0 by default. */
  latencyMs = 0;
  private readonly sendTimes: number[] = [];
  private readonly threadTimes = new Map<string, number[]>();

  readonly requests: RecordedRequest[] = [];
  readonly members: FakeMember[] = [];
  readonly channels = new Map<string, FakeChannel[]>();
  private readonly faults: InjectedFault[] = [];
  private readonly waiters: Array<() => void> = [];
  private server: http.Server | undefined;
  private port = 0;

  /** The serviceUrl to put in activities, ending in a slash as Teams' does. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next matching requests fail with these statuses, in order. */
  failNext(...faults: InjectedFault[]): void {
    this.faults.push(...faults);
  }

  /** New channel threads the bot started (createConversation), with the channel and the first activity. */
  get threads(): Array<{ channelId: string; activity: Record<string, unknown> }> {
    return this.requests
      .filter((r) => r.method === 'POST' && r.path === '/v3/conversations')
      .map((r) => {
        const body = (r.body ?? {}) as {
          channelData?: { channel?: { id?: string } };
          activity?: Record<string, unknown>;
        };
        return { channelId: body.channelData?.channel?.id ?? '', activity: body.activity ?? {} };
      });
  }

  /**
   * Messages the bot sent (new messages and replies, text or cards), in order. Typing indicators are left
   * out: teams-ai 1.7 sends one whenever a turn takes over a second (its `startTypingTimer: false` is never
   * read), which on a busy machine is any turn; they are in {@link typing}.
   */
  get activities(): Array<Record<string, unknown>> {
    return this.sent().filter((body) => body.type !== 'typing');
  }

  /** The typing indicators the bot sent. */
  get typing(): Array<Record<string, unknown>> {
    return this.sent().filter((body) => body.type === 'typing');
  }

  private sent(): Array<Record<string, unknown>> {
    return this.requests
      .filter((r) => r.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(r.path))
      .map((r) => r.body ?? {});
  }

  clear(): void {
    this.requests.length = 0;
  }

  /** Resolves once `predicate` holds for the recorded requests; rejects after `timeoutMs`. */
  async waitFor(predicate: (requests: RecordedRequest[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.requests)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`FakeConnector: condition not met within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until the bot has sent at least `count` activities and returns them. */
  async waitForActivities(count: number, timeoutMs = 5000): Promise<Array<Record<string, unknown>>> {
    await this.waitFor(() => this.activities.length >= count, timeoutMs);
    return this.activities;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const conversationMatch = /\/v3\/conversations\/([^/]+)/.exec(path);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
      authorization: request.headers.authorization,
      at: Date.now(),
    };
    if (conversationMatch?.[1] !== undefined) recorded.conversationId = decodeURIComponent(conversationMatch[1]);
    const faultIndex = this.faults.findIndex(
      (f) =>
        (f.pathIncludes === undefined || path.includes(f.pathIncludes)) &&
        (f.bodyIncludes === undefined || text.includes(f.bodyIncludes)),
    );
    if (faultIndex >= 0) {
      const [fault] = this.faults.splice(faultIndex, 1);
      if (fault !== undefined) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        response.writeHead(fault.status, headers);
        response.end(JSON.stringify({ error: { code: 'Injected', message: 'fault' } }));
        return;
      }
    }
    const throttled = this.throttled(recorded);
    if (throttled !== undefined) {
      response.writeHead(throttled, { 'content-type': 'application/json', 'retry-after': '1' });
      response.end(JSON.stringify({ error: { code: 'Throttled', message: 'throttled' } }));
      return;
    }
    this.requests.push(recorded);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const [status, body] = this.route(recorded);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** The status to answer instead, when throttling applies to this send. */
  private throttled(request: RecordedRequest): number | undefined {
    const throttle = this.throttle;
    if (throttle === undefined || request.method !== 'POST') return undefined;
    const now = Date.now();
    const random = throttle.random ?? Math.random;
    if (random() < throttle.faultRate) return random() < 0.5 ? 429 : 503;
    while (this.sendTimes.length > 0 && (this.sendTimes[0] as number) <= now - 1000) this.sendTimes.shift();
    if (this.sendTimes.length >= throttle.perSecond) return 429;
    const thread =
      request.conversationId ??
      JSON.stringify((request.body as { channelData?: unknown } | undefined)?.channelData ?? '');
    const times = (this.threadTimes.get(thread) ?? []).filter((time) => time > now - 1000);
    if (times.length >= throttle.perThread) return 429;
    times.push(now);
    this.threadTimes.set(thread, times);
    this.sendTimes.push(now);
    return undefined;
  }

  private route(request: RecordedRequest): [number, unknown] {
    const { method, path } = request;
    if (method === 'POST' && path === '/v3/conversations') {
      const id = `conv-${randomUUID()}`;
      return [201, { id, activityId: randomUUID() }];
    }
    if (/\/v3\/conversations\/[^/]+\/activities/.test(path)) {
      if (method === 'POST' || method === 'PUT') return [method === 'POST' ? 201 : 200, { id: randomUUID() }];
      if (method === 'DELETE') return [200, {}];
    }
    const member = /\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(path);
    if (method === 'GET' && member?.[1] !== undefined) {
      const id = decodeURIComponent(member[1]);
      const found = this.members.find((m) => m.id === id || m.aadObjectId === id);
      return found === undefined ? [404, { error: { code: 'MemberNotFound' } }] : [200, found];
    }
    if (method === 'GET' && /\/v3\/conversations\/[^/]+\/members$/.test(path)) return [200, this.members];
    if (method === 'GET' && /\/v3\/conversations\/[^/]+\/pagedmembers$/.test(path)) {
      return [200, { members: this.members }];
    }
    const team = /\/v3\/teams\/([^/]+)(\/conversations)?$/.exec(path);
    if (method === 'GET' && team?.[1] !== undefined) {
      const teamId = decodeURIComponent(team[1]);
      if (team[2] !== undefined) return [200, { conversations: this.channels.get(teamId) ?? [{ id: teamId }] }];
      return [200, { id: teamId, name: 'Team', aadGroupId: randomUUID() }];
    }
    return [404, { error: { code: 'NotFound', message: `${method} ${path}` } }];
  }
}

export async function startFakeConnector(): Promise<FakeConnector> {
  return new FakeConnector().start();
}
