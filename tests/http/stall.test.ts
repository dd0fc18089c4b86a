/**
 * No message stalls the bot: the reproductions, posted through the front door while `/healthz` is
 * asked every 10 ms. Before the fix "x" + 20,160 newlines + "Jan van Dijk" × 403 held the event loop for
 * 116 s (the personal-data guard re-read the text before every name) and 60,000 × "a" for 3.5–6 s. The
 * bounds here are the "done when" (2 s per message, `/healthz` within 1 s) — far above what
 * it measures now, so a busy machine does not make them fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalMessage } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';

const MAX_BODY_BYTES = 256 * 1024;

describe('a hostile message does not make every other user wait', () => {
  let connector: FakeConnector;
  let app: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startApp({ USER_RATE_LIMIT: '0' });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });

  /** Posts `activity` while probing /healthz; the turn's time and the slowest probe. */
  async function postWhileProbing(activity: Record<string, unknown>) {
    let done = false;
    let slowestProbe = 0;
    const probing = (async () => {
      while (!done) {
        const started = performance.now();
        await (await fetch(`${app.url}/healthz`)).arrayBuffer();
        slowestProbe = Math.max(slowestProbe, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const started = performance.now();
    const response = await app.post(activity);
    const turnMs = performance.now() - started;
    done = true;
    await probing;
    return { status: response.status, turnMs, slowestProbe };
  }

  const names = (n: number) => `x${'\n'.repeat(n)}${'Jan van Dijk '.repeat(n / 50)}`;
  it.each([
    ['the issue’s names after newlines, N = 20,160', names(20_160)],
    ['the same with CRLF', `x${'\r\n'.repeat(10_080)}${'Jan van Dijk '.repeat(403)}`],
    ['60,000 × "a"', 'a'.repeat(60_000)],
    ['60,000 digits', '7'.repeat(60_000)],
    ['30,000 × "a."', 'a.'.repeat(30_000)],
    ['capitalised words in mixed scripts', 'Jan Иван ١٢٣٤ １２３ Ölçü Bakker-De Vries '.repeat(1_500)],
  ])('%s: answered in under 2 s, /healthz within 1 s meanwhile', async (_name, text) => {
    connector.clear();
    const { status, turnMs, slowestProbe } = await postWhileProbing(
      personalMessage(text, { serviceUrl: connector.url }),
    );
    expect(status).toBe(200);
    expect(turnMs).toBeLessThan(2_000);
    expect(slowestProbe).toBeLessThan(1_000);
    expect(connector.activities.length).toBeGreaterThan(0);
  });

  it('a message of almost 256 KiB (text and attachments) neither', async () => {
    const text = names(60_000).slice(0, 64 * 1024 - 1);
    const filler = '１２３４５６７８９'.repeat(2_000); // full-width digits, three bytes each
    const activity = {
      ...personalMessage(text, { serviceUrl: connector.url }),
      attachments: [
        { contentType: 'text/plain', content: filler },
        { contentType: 'text/plain', content: filler.slice(0, 10_000) },
      ],
    };
    const bytes = Buffer.byteLength(JSON.stringify(activity));
    expect(bytes).toBeGreaterThan(200 * 1024);
    expect(bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const { status, turnMs, slowestProbe } = await postWhileProbing(activity);
    expect(status).toBe(200);
    expect(turnMs).toBeLessThan(2_000);
    expect(slowestProbe).toBeLessThan(1_000);
  });

  it('reads a danger cue past the answer engine’s window: 112 still comes first', async () => {
    connector.clear();
    const text = `${'We hebben het gezin lang begeleid en veel geprobeerd. '.repeat(100)}Hij heeft nu een mes.`;
    expect(text.length).toBeGreaterThan(5_000);
    const response = await app.post(personalMessage(text, { serviceUrl: connector.url }));
    expect(response.status).toBe(200);
    const [first] = await connector.waitForActivities(1);
    expect(JSON.stringify(first)).toContain('Bel 112');
  });
});
