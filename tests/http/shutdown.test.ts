/**
 * Graceful shutdown: once closing, no new connection is accepted; a turn in flight finishes (its reply
 * reaches Teams and the request its 200), but only within the grace period; a running leerruimte cycle
 * stops at a claim boundary, leaving unclaimed teams to the next cycle.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { personalMessage } from '../support/activities.js';
import { startApp } from '../support/start-app.js';

/** A Bot Connector that holds every reply until released (or forever). */
async function slowConnector() {
  const held: Array<() => void> = [];
  let received = 0;
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      held.push(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id: `activity-${received}` }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received: () => received,
    release: () => {
      for (const answer of held.splice(0)) answer();
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('shutdown test: condition not met');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

describe('graceful shutdown', () => {
  it('stops accepting at once and lets a turn in flight finish', async () => {
    const connector = await slowConnector();
    stops.push(connector.stop);
    const app = await startApp();
    const inFlight = app.post(personalMessage('wie doet schuldhulp in Zoetermeer?', { serviceUrl: connector.url }));
    await until(() => connector.received() > 0);

    const closing = app.close({ graceMs: 10_000 });
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    connector.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    await closing;
  });

  it('cuts a turn off when the grace period is over', async () => {
    const connector = await slowConnector();
    stops.push(connector.stop);
    const app = await startApp();
    const inFlight = app
      .post(personalMessage('wie doet schuldhulp in Zoetermeer?', { serviceUrl: connector.url }))
      .then((response) => response.status)
      .catch(() => 'cut off');
    await until(() => connector.received() > 0);

    const started = Date.now();
    await app.close({ graceMs: 300 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await inFlight).toBe('cut off');
    expect(app.logs.some((line) => line.msg === 'shutdown: cutting off what is still in flight')).toBe(true);
  });
});
