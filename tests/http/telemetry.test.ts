/**
 * Telemetry against a loopback stand-in for Application Insights' ingestion endpoint: without a
 * connection string nothing is sent and the SDK is never loaded; with one, requests, dependencies (Bot
 * Connector, storage), turn metrics by route and outcome and leerruimte delivery counts arrive — and none
 * of the words a user typed or put in a card. The process may open loopback connections only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_TELEMETRY, startTelemetry, type Telemetry } from '../../src/telemetry/index.js';
import { botAddedToTeam, cardSubmit, installationUpdate, personalMessage } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { acceptTestCertificate, FakeIngestion, loopbackOnly } from '../support/ingestion.js';
import { startApp, type TestApp } from '../support/start-app.js';

const ADMIN_TOKEN = 'synthetic-admin-token-0123456789abcdef';
/** Typed by the "user" below; none may reach the ingestion endpoint in any form. */
const TYPED_WORDS = ['Kwartelkoning', 'Zwanebloem', 'schuldhulp', 'Zoetermeer', 'Gruttoweide'];
const TEAM = '19:synthetic-team-telemetry@thread.tacv2';

let ingestion: FakeIngestion;
let connector: FakeConnector;
const guard = loopbackOnly();
const restoreTls = acceptTestCertificate();

beforeAll(async () => {
  ingestion = await new FakeIngestion().start();
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.stop();
  await ingestion.stop();
  guard.restore();
  restoreTls();
});

/** A question, a 👎 with a note, and a leerruimte delivery: the traffic both tests send. */
async function traffic(app: TestApp): Promise<void> {
  const options = { serviceUrl: connector.url };
  expect(
    (await app.post(personalMessage('Kwartelkoning vraagt: wie doet schuldhulp in Zoetermeer?', options))).status,
  ).toBe(200);
  const note = { verb: 'wegwijs.feedback-comment', id: 'zoetermeer-schuldhulp', comment: 'Zwanebloem Gruttoweide' };
  expect((await app.post(cardSubmit(note, options))).status).toBe(200);
  await app.post(installationUpdate('add', { ...options, teamId: TEAM }));
  await app.post(botAddedToTeam({ ...options, teamId: TEAM }));
  const dispatched = await fetch(`${app.url}/api/intervision/dispatch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ all: true }),
  });
  expect(await dispatched.json()).toMatchObject({ sent: 1 });
}

describe('telemetry', () => {
  // First: once the distro is loaded it stays loaded in this process.
  it('without APPLICATIONINSIGHTS_CONNECTION_STRING sends nothing and never loads the SDK', async () => {
    const telemetry = await startTelemetry(undefined);
    expect(telemetry).toBe(NO_TELEMETRY);
    const app = await startApp({ ADMIN_TOKEN, USER_RATE_LIMIT: '0' }, { telemetry });
    try {
      await traffic(app);
    } finally {
      await app.close();
    }
    expect(ingestion.requests).toBe(0);
    // The distro sets this when its module is evaluated.
    expect(process.env.AZURE_MONITOR_DISTRO_VERSION).toBeUndefined();
    expect(guard.blocked).toEqual([]);
  });

  it('sends requests, dependencies, turns by route and outcome and deliveries, without the typed words', {
    timeout: 60_000,
  }, async () => {
    let telemetry: Telemetry | undefined;
    let app: TestApp | undefined;
    // Every trace, not Application Insights' default of five per second, so that each request shows.
    process.env.OTEL_TRACES_SAMPLER = 'always_on';
    try {
      telemetry = await startTelemetry(ingestion.connectionString(), { storageKind: 'memory' });
      app = await startApp({ ADMIN_TOKEN, USER_RATE_LIMIT: '0' }, { telemetry });
      await traffic(app);
      await telemetry.flush();
      await waitFor(() => ingestion.of('MetricData').length > 0 && ingestion.of('RequestData').length > 0);
    } finally {
      await app?.close();
      await telemetry?.shutdown();
      delete process.env.OTEL_TRACES_SAMPLER;
    }

    const requests = ingestion.of('RequestData');
    expect(requests.some((request) => String(request.url).endsWith('/api/messages'))).toBe(true);
    expect(requests.some((request) => String(request.url).endsWith('/api/intervision/dispatch'))).toBe(true);
    const dependencies = ingestion.of('RemoteDependencyData');
    const connectorHost = new URL(connector.url).host;
    expect(dependencies.some((dependency) => String(dependency.target).includes(connectorHost))).toBe(true);
    expect(dependencies.some((dependency) => String(dependency.name).startsWith('storage '))).toBe(true);

    const metrics = ingestion.of('MetricData').flatMap((data) => {
      const properties = (data.properties ?? {}) as Record<string, string>;
      return ((data.metrics ?? []) as Array<{ name: string; value: number; count?: number }>).map((metric) => ({
        ...metric,
        properties,
      }));
    });
    const turns = metrics.filter((metric) => metric.name === 'wegwijs.turns');
    expect(
      turns.some((turn) => turn.properties.route?.startsWith('answer') && turn.properties.outcome === 'handled'),
    ).toBe(true);
    const delivered = metrics.find((metric) => metric.name === 'wegwijs.leerruimte.deliveries');
    expect(delivered).toMatchObject({ value: 1, properties: { outcome: 'sent' } });

    const everything = ingestion.bodies.join('\n').toLowerCase();
    for (const word of TYPED_WORDS) expect(everything).not.toContain(word.toLowerCase());
    // Nor the ids of the people and chats (Bot Connector URLs carry them): `*` instead.
    for (const id of ['synthetic-user-1', 'synthetic-team-telemetry']) expect(everything).not.toContain(id);
    expect(
      dependencies.some((dependency) => String(dependency.name).includes('/v3/conversations/*/activities/*')),
    ).toBe(true);
    // Only loopback, except the distro's Azure VM detector asking the instance metadata service once.
    expect(guard.blocked.filter((host) => host !== '169.254.169.254')).toEqual([]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`telemetry test: nothing arrived within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
