/**
 * The Bot Framework adapter, with one entry point that takes an already guarded activity and reports the
 * outcome as data instead of writing an HTTP response (so `src/http/` decides every status code).
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import {
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  JwtTokenValidation,
  type UserTokenClient,
} from 'botframework-connector';
import type { BotCredentials } from '../config.js';

export class WegwijsAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // The field is readonly in the typings only; replacing it is the one way to reach every use.
    const self = this as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication };
    self.botFrameworkAuthentication = withClientCache(self.botFrameworkAuthentication);
  }

  /**
   * Authenticates (when credentials are set) and runs `logic` for one activity. Throws whatever the SDK
   * throws; the caller maps that onto a status code.
   */
  async processGuarded(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, fixTimestamps(activity), logic);
  }
}

/** Most clients kept; more distinct service URLs than this means a flood, and the cache starts over. */
const MAX_CLIENTS = 100;

/**
 * botbuilder's CloudAdapter builds a new ConnectorClient and a new UserTokenClient — each with its own
 * HTTP pipeline of policies — for every turn, and throws them away. The older BotFrameworkAdapter kept one
 * per service URL. This does the same: one client per bot app id, audience and service URL (and one token
 * client per app id), so a turn only sends. The credentials inside a client renew their token as before.
 */
export function withClientCache(auth: BotFrameworkAuthentication): BotFrameworkAuthentication {
  const connectors = new Map<string, Promise<ConnectorClient>>();
  const tokenClients = new Map<string, Promise<UserTokenClient>>();
  const remember = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (cache.size >= MAX_CLIENTS) cache.clear();
    const made = make();
    cache.set(key, made);
    // A failed creation is not remembered: the next turn tries again.
    made.catch(() => cache.delete(key));
    return made;
  };
  const caching = (factory: ConnectorFactory, appId: string): ConnectorFactory => ({
    create: (serviceUrl, audience) =>
      remember(connectors, `${appId}|${audience ?? ''}|${serviceUrl}`, () => factory.create(serviceUrl, audience)),
  });
  const wrapped = Object.create(auth) as BotFrameworkAuthentication;
  wrapped.authenticateRequest = async (activity, authHeader) => {
    const result = await auth.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory === undefined
      ? result
      : { ...result, connectorFactory: caching(factory, appIdOf(result.claimsIdentity)) };
  };
  wrapped.createConnectorFactory = (claims) => caching(auth.createConnectorFactory(claims), appIdOf(claims));
  wrapped.createUserTokenClient = (claims) =>
    remember(tokenClients, appIdOf(claims), () => auth.createUserTokenClient(claims));
  return wrapped;
}

function appIdOf(identity: ClaimsIdentity): string {
  return JwtTokenValidation.getAppIdFromClaims(identity.claims) ?? '';
}

export function createAdapter(credentials: BotCredentials | undefined): WegwijsAdapter {
  if (credentials === undefined) return new WegwijsAdapter({});
  return new WegwijsAdapter({
    MicrosoftAppId: credentials.appId,
    MicrosoftAppPassword: credentials.appPassword,
    MicrosoftAppType: credentials.appType,
    MicrosoftAppTenantId: credentials.tenantId,
  });
}

/** What botbuilder's `validateAndFixActivity` does in `CloudAdapter.process`: dates arrive as strings. */
function fixTimestamps(activity: Activity): Activity {
  const raw = activity as unknown as Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}
