/**
 * The Teams app manifest template and what fills it: `${{NAME}}` placeholders (the Agents Toolkit
 * spelling) replaced from the environment, so one template serves every deployment.
 */

export const PLACEHOLDER = /\$\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}/g;

export interface Filled {
  text: string;
  /** Placeholders that had no value; the text still holds them. */
  missing: string[];
}

export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): Filled {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    // Values land inside JSON strings: escape them the way JSON would.
    return JSON.stringify(value).slice(1, -1);
  });
  return { text: filled, missing: [...missing] };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export interface PackageValues {
  values: Record<string, string>;
  problems: string[];
}

/**
 * The placeholder values from the environment: BOT_ID (or MicrosoftAppId, as the bot itself reads it),
 * BOT_DOMAIN (the public host name of the bot; a URL is reduced to its host), TEAMS_APP_ID (defaults to
 * BOT_ID), and APP_VERSION from package.json.
 */
export function packageValues(env: Readonly<Record<string, string | undefined>>, appVersion: string): PackageValues {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const botId = read('BOT_ID') ?? read('MicrosoftAppId');
  if (botId === undefined) {
    problems.push('set BOT_ID (or MicrosoftAppId): the Microsoft App ID of the Azure Bot registration');
  } else if (!GUID.test(botId)) {
    problems.push(`BOT_ID="${botId}" is not a GUID (like 00000000-0000-0000-0000-000000000000)`);
  }
  const teamsAppId = read('TEAMS_APP_ID') ?? botId;
  if (teamsAppId !== undefined && teamsAppId !== botId && !GUID.test(teamsAppId)) {
    problems.push(`TEAMS_APP_ID="${teamsAppId}" is not a GUID`);
  }
  const rawDomain = read('BOT_DOMAIN');
  let domain: string | undefined;
  if (rawDomain === undefined) {
    problems.push('set BOT_DOMAIN: the public host name the bot runs on, like wegwijs.example.org');
  } else {
    domain = rawDomain.replace(/^https?:\/\//i, '').replace(/[/:].*$/, '');
    if (!DOMAIN.test(domain)) problems.push(`BOT_DOMAIN="${rawDomain}" is not a host name`);
  }
  if (!/^\d+\.\d+\.\d+$/.test(appVersion)) problems.push(`package.json version "${appVersion}" is not x.y.z`);
  const values: Record<string, string> = { APP_VERSION: appVersion };
  if (botId !== undefined) values.BOT_ID = botId;
  if (teamsAppId !== undefined) values.TEAMS_APP_ID = teamsAppId;
  if (domain !== undefined) values.BOT_DOMAIN = domain;
  return { values, problems };
}
