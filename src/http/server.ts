/**
 * The HTTP front door (restify). Transport only: it checks the request, hands a guarded activity to the
 * bot and writes the status the bot decided. Every bad request ends here with a 4xx.
 */
import restify from 'restify';
import { errorCode, stackFrames } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { type GuardedActivity, guardActivity } from './activity-guard.js';
import { isAdminAuthorized } from './admin-auth.js';
import { INFO_PAGES } from './info-pages.js';
import { readJsonBody } from './read-body.js';

export interface ActivityResponse {
  status: number;
  body?: unknown;
}

export interface ReadinessCheck {
  name: string;
  /** Resolves true when the part is usable; false or a rejection means not ready. */
  check: () => Promise<boolean> | boolean;
}

export interface HttpServerOptions {
  logger: Logger;
  metrics: Metrics;
  handleActivity: (activity: GuardedActivity, authorization: string | undefined) => Promise<ActivityResponse>;
  readiness: readonly ReadinessCheck[];
  /** Undefined switches the admin endpoints off (404). */
  adminToken: string | undefined;
  /** Extra admin routes, each behind the admin token. */
  adminRoutes?: readonly AdminRoute[];
}

export interface AdminRoute {
  method: 'get' | 'post';
  path: string;
  handle: (body: unknown) => Promise<ActivityResponse>;
}

type Handler = (request: restify.Request, response: restify.Response) => Promise<void>;

/** How every route answers: a rejection with its reason logged, and a handler's own bug as a bare 500. */
interface Answering {
  reject: (response: restify.Response, status: number, reason: string) => void;
  safely: (name: string, handler: Handler) => Handler;
}

export function createHttpServer(options: HttpServerOptions): restify.Server {
  const { logger } = options;
  const server = restify.createServer({
    name: 'wegwijs',
    // restify 11 logs through pino; @types/restify still describes its old bunyan logger.
    log: logger.child({ component: 'restify' }) as unknown as restify.ServerOptions['log'],
  });
  withSafeDefaults(server);
  const answering = answeringFor(options);
  addMessages(server, options, answering);
  addPagesAndProbes(server, options, answering);
  addAdminRoutes(server, options, answering);
  return server;
}

function withSafeDefaults(server: restify.Server): void {
  // On every answer: no MIME sniffing, no referrer to elsewhere (the pages link out).
  server.pre((_request, response, next) => {
    response.header('X-Content-Type-Options', 'nosniff');
    response.header('Referrer-Policy', 'no-referrer');
    return next();
  });
  // restify's own 404 and 405 bodies quote the path and method that were asked: say only what happened.
  for (const [event, error] of [
    ['NotFound', 'not found'],
    ['MethodNotAllowed', 'method not allowed'],
  ] as const) {
    server.on(event, (_request: restify.Request, _response: restify.Response, err: Error, callback: () => void) => {
      (err as Error & { toJSON: () => unknown }).toJSON = () => ({ error });
      return callback();
    });
  }
}

function answeringFor({ logger, metrics }: HttpServerOptions): Answering {
  return {
    reject: (response, status, reason) => {
      metrics.rejectedRequests += 1;
      logger.info({ status, reason }, 'request rejected');
      response.send(status, { error: reason });
    },
    // A handler that throws is our bug: answer 500 with no detail, log the code, keep serving.
    safely: (name, handler) => async (request, response) => {
      try {
        await handler(request, response);
      } catch (error) {
        logger.error({ route: name, code: errorCode(error), frames: stackFrames(error) }, 'handler failed');
        if (!response.headersSent) response.send(500, { error: 'internal error' });
      }
    },
  };
}

function addMessages(server: restify.Server, options: HttpServerOptions, { reject, safely }: Answering): void {
  server.post(
    '/api/messages',
    safely('messages', async (request, response) => {
      const body = await readJsonBody(request);
      if (!body.ok) {
        // Unread bytes may remain after a 413: close rather than read an attacker's upload to the end.
        if (body.status === 413) response.header('Connection', 'close');
        return reject(response, body.status, body.reason);
      }
      const guarded = guardActivity(body.value);
      if (!guarded.ok) return reject(response, 400, guarded.reason);
      const result = await options.handleActivity(guarded.activity, request.headers.authorization);
      if (result.body === undefined) response.send(result.status);
      else response.send(result.status, result.body);
    }),
  );
}

function addPagesAndProbes(server: restify.Server, options: HttpServerOptions, { safely }: Answering): void {
  // The pages the Teams manifest links to (developer website, privacy, terms).
  for (const [route, html] of Object.entries(INFO_PAGES)) {
    server.get(
      route,
      safely(route, async (_request, response) => {
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          // Not to be framed by another site; nothing to load, post or navigate to from the page itself.
          'Content-Security-Policy':
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        });
        response.end(html);
      }),
    );
  }
  server.get(
    '/healthz',
    safely('healthz', async (_request, response) => {
      response.send(200, { status: 'ok' });
    }),
  );
  server.get(
    '/readyz',
    safely('readyz', async (_request, response) => {
      const checks: Record<string, boolean> = {};
      for (const { name, check } of options.readiness) {
        checks[name] = await Promise.resolve()
          .then(check)
          .catch(() => false);
      }
      const ready = Object.values(checks).every(Boolean);
      response.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
    }),
  );
}

function addAdminRoutes(server: restify.Server, options: HttpServerOptions, { reject, safely }: Answering): void {
  const { metrics } = options;
  const adminRoutes: AdminRoute[] = [
    { method: 'get', path: '/api/admin/stats', handle: async () => ({ status: 200, body: { ...metrics } }) },
    ...(options.adminRoutes ?? []),
  ];
  for (const route of adminRoutes) {
    server[route.method](
      route.path,
      safely(route.path, async (request, response) => {
        if (options.adminToken === undefined) return reject(response, 404, 'admin endpoints are off');
        if (!isAdminAuthorized(request.headers.authorization, options.adminToken)) {
          metrics.unauthorized += 1;
          return reject(response, 401, 'unauthorized');
        }
        let payload: unknown;
        if (route.method === 'post') {
          const body = await readJsonBody(request);
          if (!body.ok) return reject(response, body.status, body.reason);
          payload = body.value;
        }
        const result = await route.handle(payload);
        response.send(result.status, result.body ?? {});
      }),
    );
  }
}
