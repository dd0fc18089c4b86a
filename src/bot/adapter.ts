/**
 * The Bot Framework adapter, with one entry point that takes an already guarded activity and reports the
 * outcome as data instead of writing an HTTP response (so `src/http/` decides every status code).
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { BotCredentials } from '../config.js';

export class WegwijsAdapter extends TeamsAdapter {
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
