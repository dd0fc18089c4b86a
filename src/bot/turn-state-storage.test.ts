import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TurnState } from '@microsoft/teams-ai';
import { TestAdapter, TurnContext } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryDocumentStore } from '../storage/memory-document-store.js';
import { SqliteDocumentStore } from '../storage/sqlite-document-store.js';
import { DocumentTurnStateStorage, TURN_STATE_PARTITION, TURN_STATE_TTL_MS } from './turn-state-storage.js';

type FlowState = { flow?: { name: string; step: number } };

const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-turnstate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context(): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'msteams',
    conversation: { id: 'a:synthetic-conversation', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: '29:synthetic-user', name: 'Test' },
    recipient: { id: '28:synthetic-bot', name: 'Wegwijs' },
    text: 'x',
  });
}

describe('DocumentTurnStateStorage', () => {
  it('reads what it wrote, with an eTag, and deletes it', async () => {
    const storage = new DocumentTurnStateStorage(new MemoryDocumentStore());
    await storage.write({ a: { step: 2 } });
    const items = await storage.read(['a', 'missing']);
    expect(items.a).toMatchObject({ step: 2 });
    expect(typeof items.a.eTag).toBe('string');
    expect(items.missing).toBeUndefined();
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });

  it('refuses a write over a version changed since it was read; * and no eTag overwrite', async () => {
    const storage = new DocumentTurnStateStorage(new MemoryDocumentStore());
    await storage.write({ a: { n: 1 } });
    const first = (await storage.read(['a'])).a;
    await storage.write({ a: { ...first, n: 2 } });
    await expect(storage.write({ a: { ...first, n: 3 } })).rejects.toMatchObject({ code: 'storage_conflict' });
    await storage.write({ a: { n: 4, eTag: '*' } });
    expect((await storage.read(['a'])).a).toMatchObject({ n: 4 });
  });

  it('keeps state for 30 days after the last change, under a hashed key', async () => {
    const store = new MemoryDocumentStore(() => new Date('2026-05-01T00:00:00Z'));
    const storage = new DocumentTurnStateStorage(store, () => new Date('2026-05-01T00:00:00Z'));
    await storage.write({ 'msteams/28:bot/conversations/a:synthetic': { x: 1 } });
    const [doc] = (await store.list(TURN_STATE_PARTITION)).items;
    expect(doc?.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(doc?.expiresAt?.getTime()).toBe(Date.parse('2026-05-01T00:00:00Z') + TURN_STATE_TTL_MS);
  });

  it('carries teams-ai conversation state across a restart and to a second instance (SQLite)', async () => {
    const file = path.join(dir, 'state.db');
    const first = new SqliteDocumentStore({ file });
    await first.init();
    const state = new TurnState<FlowState>();
    await state.load(context(), new DocumentTurnStateStorage(first));
    state.conversation.flow = { name: 'afwegingskader', step: 3 };
    await state.save(context(), new DocumentTurnStateStorage(first));
    await first.close();

    const restarted = new SqliteDocumentStore({ file });
    await restarted.init();
    const again = new TurnState<FlowState>();
    await again.load(context(), new DocumentTurnStateStorage(restarted));
    expect(again.conversation.flow).toEqual({ name: 'afwegingskader', step: 3 });
    await restarted.close();
  });
});
