/**
 * The front door: Teams-shaped activities over HTTP, asserting what reached the fake Bot Connector.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  botAddedToTeam,
  botInstalledPersonally,
  CHANNEL_ID,
  channelMention,
  invoke,
  personalMessage,
  userAddedToTeam,
} from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';

type Card = { body: Array<Record<string, unknown>>; fallbackText: string; version: string };

function cardOf(activity: Record<string, unknown>): Card {
  const attachments = activity.attachments as Array<{ contentType: string; content: Card }>;
  expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]?.content as Card;
}

const cardText = (card: Card) => JSON.stringify(card.body);

describe('POST /api/messages (local mode)', () => {
  let connector: FakeConnector;
  let app: TestApp;
  const serviceUrl = () => connector.url;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startApp({ USER_RATE_LIMIT: '0' });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });
  afterEach(() => connector.clear());

  it('answers a personal message with the Dutch help card, emergency numbers first', async () => {
    const response = await app.post(personalMessage('hulp', { serviceUrl: serviceUrl() }));
    expect(response.status).toBe(200);
    const [reply] = await connector.waitForActivities(1);
    expect(connector.requests[0]?.conversationId).toBe('a:personal-29:synthetic-user-1');
    const card = cardOf(reply as Record<string, unknown>);
    expect(card.version).toBe('1.5');
    const first = JSON.stringify(card.body[0]);
    expect(first).toContain('Bel 112');
    expect(first).toContain('Veilig Thuis 0800-2000');
    expect(cardText(card)).toContain('schuldhulp');
  });

  // What lets the tests assert right after a POST (no pause to let replies land): the HTTP reply waits for
  // the turn, and the turn for each send's answer from the connector.
  it('answers the POST only after the Bot Connector has answered every send of the turn', async () => {
    connector.latencyMs = 300;
    try {
      const started = performance.now();
      const response = await app.post(personalMessage('hulp', { serviceUrl: serviceUrl() }));
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      expect(connector.activities).toHaveLength(1);
    } finally {
      connector.latencyMs = 0;
    }
  });

  it('answers in English when Teams says the locale is en-US', async () => {
    await app.post(personalMessage('help', { serviceUrl: serviceUrl(), locale: 'en-US' }));
    const [reply] = await connector.waitForActivities(1);
    const card = cardOf(reply as Record<string, unknown>);
    expect(JSON.stringify(card.body[0])).toContain('Call 112');
    expect(cardText(card)).toContain('debt help');
  });

  it('replies in the channel when @mentioned there, with the mention removed before routing', async () => {
    await app.post(channelMention('help', { serviceUrl: serviceUrl() }));
    await connector.waitForActivities(1);
    expect(connector.requests[0]?.conversationId).toContain(CHANNEL_ID);
    expect(app.logs.at(-1)).toMatchObject({ msg: 'turn', route: 'help', outcome: 'handled', status: 200 });
  });

  it('greets a team when the bot is added, and stays quiet when a person joins', async () => {
    await app.post(userAddedToTeam({ serviceUrl: serviceUrl() }));
    await app.post(botAddedToTeam({ serviceUrl: serviceUrl() }));
    const activities = await connector.waitForActivities(1);
    expect(activities).toHaveLength(1);
    expect(cardText(cardOf(activities[0] as Record<string, unknown>))).toContain('Wegwijs');
  });

  it('greets a user who installs the bot personally', async () => {
    const response = await app.post(botInstalledPersonally({ serviceUrl: serviceUrl() }));
    expect(response.status).toBe(200);
    expect(await connector.waitForActivities(1)).toHaveLength(1);
  });

  it('logs one line per turn without the text the user typed', async () => {
    const secret = 'Synthetische-Zin-Die-Nooit-In-Een-Log-Mag-7731';
    await app.post(personalMessage(secret, { serviceUrl: serviceUrl() }));
    await connector.waitForActivities(1);
    const line = app.logs.filter((entry) => entry.msg === 'turn').at(-1);
    expect(line).toMatchObject({ type: 'message', route: 'answer.no-match', outcome: 'handled', status: 200 });
    expect(typeof line?.durationMs).toBe('number');
    expect(app.logText()).not.toContain(secret);
  });

  it('answers an invoke nobody handles with a 400, not a 5xx', async () => {
    const response = await app.post(invoke('unknown/thing', { x: 1 }, { serviceUrl: serviceUrl() }));
    expect(response.status).toBe(400);
  });

  it.each([
    ['malformed JSON', '{"type": "message",', { 'content-type': 'application/json' }, 400],
    ['text/plain', 'hallo', { 'content-type': 'text/plain' }, 415],
    ['no content type', '{}', {}, 415],
    ['a gzip body', '{}', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 415],
    ['an empty body', '', { 'content-type': 'application/json' }, 400],
    ['a JSON array', '[]', { 'content-type': 'application/json' }, 400],
    ['a latin-1 charset', '{}', { 'content-type': 'application/json; charset=iso-8859-1' }, 415],
  ])('rejects %s with %s and stays healthy', async (_name, body, headers, status) => {
    const response = await app.postRaw(body, headers as Record<string, string>);
    expect(response.status).toBe(status);
    expect(await response.json()).toHaveProperty('error');
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it.each([
    ['/', 'Veilig Thuis 0800-2000'],
    ['/privacy', 'Wat je typt wordt niet gelogd'],
    ['/terms', 'het vervangt ze niet'],
  ])('serves the page the Teams manifest links to at %s', async (route, text) => {
    const response = await fetch(`${app.url}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await response.text()).toContain(text);
  });

  it('rejects an activity without a conversation with 400 and a short reason', async () => {
    const { conversation: _, ...activity } = personalMessage('hallo', { serviceUrl: serviceUrl() });
    const response = await app.post(activity);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'conversation.id must be a non-empty string' });
  });

  it('rejects a 2 MB body with 413, declared or streamed, and then still answers', async () => {
    const huge = JSON.stringify({
      ...personalMessage('x', { serviceUrl: serviceUrl() }),
      padding: 'x'.repeat(2_000_000),
    });
    expect((await app.postRaw(huge, { 'content-type': 'application/json' })).status).toBe(413);
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      body: streamed,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    await app.post(personalMessage('hulp', { serviceUrl: serviceUrl() }));
    expect(await connector.waitForActivities(1)).toHaveLength(1);
  });

  it('answers GET /api/messages with 405 and unknown paths with 404, echoing neither', async () => {
    const wrongMethod = await fetch(`${app.url}/api/messages`);
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toEqual({ error: 'method not allowed' });
    const probe = '/nope-<script>alert(1)</script>';
    const unknown = await fetch(`${app.url}${probe}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await unknown.text();
    expect(JSON.parse(body)).toEqual({ error: 'not found' });
    expect(body).not.toContain('nope');
  });
});

describe('when a turn fails', () => {
  it('tells the user in friendly words with an error code, logs the code, and answers 200', async () => {
    const connector = await startFakeConnector();
    const app = await startApp({ USER_RATE_LIMIT: '0' });
    try {
      // botbuilder retries a 5xx; a 403 fails the send at once.
      connector.failNext({ status: 403 });
      const response = await app.post(personalMessage('hulp', { serviceUrl: connector.url }));
      expect(response.status).toBe(200);
      const [apology] = await connector.waitForActivities(1);
      expect(apology?.text).toMatch(/^Sorry, er ging bij mij iets mis \(foutcode [0-9a-f]{8}\)/);
      expect(apology?.text).toContain('Bel 112');
      const failure = app.logs.find((line) => line.msg === 'turn failed');
      expect(failure).toMatchObject({ level: 'error' });
      expect(String(failure?.errorId)).toMatch(/^[0-9a-f]{8}$/);
      expect(app.logs.at(-1)).toMatchObject({ msg: 'turn', outcome: 'error' });
    } finally {
      await app.close();
      await connector.stop();
    }
  });
});
