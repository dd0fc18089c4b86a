/**
 * Secure by default: authentication with credentials, local mode without, tenant allow-list, admin
 * token, per-user rate limit, and refusing to start in production without credentials.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionExecute, personalMessage } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const FORGED_TOKEN = [
  base64url({ alg: 'RS256', typ: 'JWT', kid: 'synthetic-key' }),
  base64url({ iss: 'https://api.botframework.com', aud: 'synthetic-app-id', exp: 4_102_444_800 }),
  Buffer.from('not a signature').toString('base64url'),
].join('.');

describe('with bot credentials', () => {
  let connector: FakeConnector;
  let app: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startApp({ MicrosoftAppId: 'synthetic-app-id', MicrosoftAppPassword: 'synthetic-secret' });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });

  it.each([
    ['no token', {}],
    ['a token that is not a JWT', { authorization: 'Bearer hello' }],
    ['basic auth', { authorization: 'Basic dXNlcjpwYXNz' }],
    // Microsoft's key endpoint is out of reach here: the check must fail closed, not with a 5xx.
    ['a forged token', { authorization: `Bearer ${FORGED_TOKEN}` }],
  ])('answers %s with 401 and sends nothing', async (_name, headers) => {
    const response = await app.post(personalMessage('hulp', { serviceUrl: connector.url }), headers);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized' });
    expect(connector.requests).toHaveLength(0);
  });

  it('counts the refusals', () => {
    expect(app.logs.filter((line) => line.msg === 'turn' && line.status === 401)).toHaveLength(4);
  });
});

describe('tenant allow-list, admin endpoints and rate limit', () => {
  const ADMIN_TOKEN = 'synthetic-admin-token-0123456789abcdef';
  let connector: FakeConnector;
  let app: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startApp({ ALLOWED_TENANTS: 'tenant-allowed', ADMIN_TOKEN, USER_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });

  it('does not answer a tenant outside ALLOWED_TENANTS, and logs it without content', async () => {
    const secret = 'Synthetisch-Geheim-Bericht-4417';
    const response = await app.post(personalMessage(secret, { serviceUrl: connector.url, tenantId: 'tenant-other' }));
    expect(response.status).toBe(200);
    // The HTTP reply comes after the whole turn, sends included: had it sent anything, it would be here.
    expect(connector.requests).toHaveLength(0);
    expect(app.logs.at(-1)).toMatchObject({ msg: 'turn', outcome: 'blocked_tenant' });
    expect(app.logText()).not.toContain(secret);
  });

  it('answers an allowed tenant, up to USER_RATE_LIMIT messages a minute, then says so once', async () => {
    const ask = () =>
      app.post(
        personalMessage('hulp', { serviceUrl: connector.url, tenantId: 'tenant-allowed', user: { id: '29:rl' } }),
      );
    for (let i = 0; i < 5; i += 1) expect((await ask()).status).toBe(200);
    const activities = await connector.waitForActivities(4);
    expect(activities).toHaveLength(4);
    expect(activities.slice(0, 3).every((a) => Array.isArray(a.attachments))).toBe(true);
    expect(activities[3]?.text).toMatch(/^Je stuurt veel berichten kort na elkaar/);
  });

  it.each([
    ['the allowed tenant in channelData, another in the conversation', 'tenant-allowed', 'tenant-other'],
    ['another tenant in channelData, the allowed one in the conversation', 'tenant-other', 'tenant-allowed'],
  ])('does not answer a message with %s (one tenant truth)', async (_name, inChannelData, inConversation) => {
    connector.clear();
    const message = personalMessage('wie doet schuldhulp in Zoetermeer?', {
      serviceUrl: connector.url,
      tenantId: inChannelData,
    });
    const response = await app.post({
      ...message,
      conversation: { ...(message.conversation as object), tenantId: inConversation },
    });
    expect(response.status).toBe(200);
    expect(connector.requests).toHaveLength(0);
    expect(app.logs.at(-1)).toMatchObject({ msg: 'turn', outcome: 'tenant_conflict' });
  });

  it('answers an invoke with disagreeing tenant fields with 403', async () => {
    connector.clear();
    const execute = actionExecute(
      'afweging.start',
      { lang: 'nl' },
      { serviceUrl: connector.url, tenantId: 'tenant-allowed' },
    );
    const response = await app.post({
      ...execute,
      channelData: { tenant: { id: 'tenant-other' } },
    });
    expect(response.status).toBe(403);
    expect(connector.requests).toHaveLength(0);
  });

  it('serves counters to an admin with the bearer token only', async () => {
    expect((await fetch(`${app.url}/api/admin/stats`)).status).toBe(401);
    const wrong = await fetch(`${app.url}/api/admin/stats`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${app.url}/api/admin/stats`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.json()).toMatchObject({ blockedTenants: 1, tenantConflicts: 3, rateLimited: 2 });
  });

  it('has no admin endpoints without ADMIN_TOKEN', async () => {
    const plain = await startApp();
    try {
      expect((await fetch(`${plain.url}/api/admin/stats`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('in production only Teams is served', () => {
  let connector: FakeConnector;
  let app: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    // NODE_ENV=production sets teamsOnly, but also demands credentials this test cannot verify.
    app = await startApp({ ADMIN_TOKEN: 'synthetic-admin-token-0123456789abcdef' }, { config: { teamsOnly: true } });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });

  it.each(['webchat', 'directline', 'emulator'])('does not answer a message from channel %s', async (channelId) => {
    connector.clear();
    const response = await app.post({ ...personalMessage('hulp', { serviceUrl: connector.url }), channelId });
    expect(response.status).toBe(200);
    expect(connector.requests).toHaveLength(0);
    expect(app.logs.at(-1)).toMatchObject({ msg: 'turn', outcome: 'blocked_channel' });
  });

  it('answers an invoke from another channel with 403, and Teams itself as usual', async () => {
    const execute = actionExecute('afweging.start', { lang: 'nl' }, { serviceUrl: connector.url });
    expect((await app.post({ ...execute, channelId: 'webchat' })).status).toBe(403);
    connector.clear();
    expect((await app.post(personalMessage('hulp', { serviceUrl: connector.url }))).status).toBe(200);
    await connector.waitForActivities(1);
    const stats = await fetch(`${app.url}/api/admin/stats`, {
      headers: { authorization: 'Bearer synthetic-admin-token-0123456789abcdef' },
    });
    expect(await stats.json()).toMatchObject({ blockedChannels: 4 });
  });
});

describe('starting', () => {
  const entry = path.resolve('dist/src/main.js');

  it('refuses production without credentials: exit code 1 and one clear line', () => {
    expect(existsSync(entry), 'run `npm run build` first').toBe(true);
    const result = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(result.status).toBe(1);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('wegwijs:')),
    ).toEqual([
      'wegwijs: config: NODE_ENV=production needs bot credentials: set MicrosoftAppId and MicrosoftAppPassword (or BOT_ID and BOT_PASSWORD)',
    ]);
  });
});
