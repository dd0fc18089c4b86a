/**
 * A slow turn sends its answer and nothing else: no typing indicators (teams-ai's timer would send one a
 * second; the shell switches it off).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { personalMessage } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';

/** A store whose reads take 1.5 s, so that a turn (which reads the conversation context) takes longer. */
class SlowStore extends MemoryDocumentStore {
  override async get<T>(partition: string, key: string) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return super.get<T>(partition, key);
  }
}

let connector: FakeConnector;
let app: TestApp;

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startApp({ USER_RATE_LIMIT: '0' }, { store: new SlowStore() });
});
afterAll(async () => {
  await app.close();
  await connector.stop();
});

it('sends no typing indicator during a turn that takes over a second', async () => {
  const started = Date.now();
  const response = await app.post(personalMessage('wie doet schuldhulp in Zoetermeer?', { serviceUrl: connector.url }));
  expect(response.status).toBe(200);
  expect(Date.now() - started).toBeGreaterThan(1000);
  expect(connector.activities.length).toBeGreaterThan(0);
  expect(connector.typing).toEqual([]);
});
