import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env, '/srv/wegwijs');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('has working defaults: local mode on loopback, sqlite under ./data, 30 messages a minute', () => {
    const config = loadConfig({}, '/srv/wegwijs');
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/wegwijs', 'data'),
      nodeEnv: 'development',
      logLevel: 'info',
      credentials: undefined,
      adminToken: undefined,
      userRateLimit: 30,
      storage: 'sqlite',
    });
    expect(config.allowedTenants.size).toBe(0);
  });

  it('reads botbuilder names and listens on all interfaces with credentials', () => {
    const config = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' });
    expect(config.credentials).toEqual({ appId: 'app', appPassword: 'secret', appType: 'MultiTenant', tenantId: '' });
    expect(config.host).toBe('0.0.0.0');
  });

  it('accepts the Teams Toolkit names BOT_ID and BOT_PASSWORD', () => {
    expect(loadConfig({ BOT_ID: 'app', BOT_PASSWORD: 'secret' }).credentials?.appId).toBe('app');
  });

  it('parses lists and numbers', () => {
    const config = loadConfig({
      ALLOWED_TENANTS: ' t1, t2 ,,',
      ADMIN_AAD_IDS: 'a1',
      USER_RATE_LIMIT: '0',
      PORT: '8080',
      DATA_DIR: '/var/lib/wegwijs',
    });
    expect([...config.allowedTenants]).toEqual(['t1', 't2']);
    expect([...config.adminAadIds]).toEqual(['a1']);
    expect(config.userRateLimit).toBe(0);
    expect(config.port).toBe(8080);
    expect(config.dataDir).toBe('/var/lib/wegwijs');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc" must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT="70000" must be a whole number from 0 to 65535'],
    [{ USER_RATE_LIMIT: '-1' }, 'USER_RATE_LIMIT="-1" must be a whole number from 0 to 100000'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV="prod" must be one of development, production, test'],
    [
      { NODE_ENV: 'production' },
      'NODE_ENV=production needs bot credentials: set MicrosoftAppId and MicrosoftAppPassword (or BOT_ID and BOT_PASSWORD)',
    ],
    [{ MicrosoftAppId: 'app' }, 'MicrosoftAppId is set but MicrosoftAppPassword is not'],
    [{ MicrosoftAppPassword: 'secret' }, 'MicrosoftAppPassword is set but MicrosoftAppId is not'],
    [
      { MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId',
    ],
    [
      { MicrosoftAppId: 'app', MicrosoftAppType: 'Other' },
      'MicrosoftAppType="Other" must be one of MultiTenant, SingleTenant, UserAssignedMSI',
    ],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN must be at least 24 characters (it guards the admin endpoints)'],
    [{ ADMIN_TOKEN: 'a'.repeat(24) }, 'ADMIN_TOKEN must not be one character repeated (it guards the admin endpoints)'],
    [{ STORAGE: 'redis' }, 'STORAGE="redis" must be one of sqlite, azure-tables, memory'],
    [{ STORAGE: 'azure-tables' }, 'STORAGE=azure-tables needs AZURE_STORAGE_CONNECTION_STRING'],
  ])('rejects %o with one clear line', (env, problem) => {
    expect(problemsOf(env)).toEqual([problem]);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });

  it('allows a managed identity without a password', () => {
    const config = loadConfig({
      MicrosoftAppId: 'app',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 't',
    });
    expect(config.credentials?.appType).toBe('UserAssignedMSI');
  });
});
