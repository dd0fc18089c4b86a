/**
 * Two instances sharing Azure Table Storage (Azurite), triggered at the same moment, never post the same
 * week's prompt twice: the (team, week) claim is Azure's createEntity, which only one caller wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/adaptive-card.js';
import { installTeam, runDeliveryCycle } from '../../src/features/leerruimte/index.js';
import type { ConversationRef, Messenger } from '../../src/features/messenger.js';
import { KnowledgeEngine } from '../../src/kb/engine.js';
import { realKnowledge } from '../../src/kb/test-kb.js';
import { AzureTableDocumentStore } from '../../src/storage/azure-table-document-store.js';
import { type Azurite, startAzurite } from '../support/azurite.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

describe('leerruimte on Azure Table Storage', () => {
  it('two instances triggered at once post each team’s prompt exactly once', { timeout: 60_000 }, async () => {
    const engine = new KnowledgeEngine(await realKnowledge());
    const open = async () => {
      const store = new AzureTableDocumentStore({
        connectionString: azurite.connectionString,
        tableName: 'leerruimte1',
      });
      await store.init();
      return store;
    };
    const [first, second] = [await open(), await open()];
    for (let n = 0; n < 30; n += 1) {
      const channel = {
        channelId: 'msteams',
        serviceUrl: 'http://fake/',
        conversationId: `team-${n}`,
        botId: 'bot',
        tenantId: 't',
        channel: true,
      };
      await installTeam(first, { teamId: `team-${n}`, channel, language: 'nl' }, new Date());
    }
    const posts: string[] = [];
    const messenger: Messenger = {
      async send(ref: ConversationRef, _card: AdaptiveCard) {
        posts.push(ref.conversationId);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { conversationId: ref.conversationId, activityId: String(posts.length) };
      },
      async update() {},
    };
    const [a, b] = await Promise.all([
      runDeliveryCycle({ store: first, engine, messenger, now: () => new Date() }, { all: true }),
      runDeliveryCycle({ store: second, engine, messenger, now: () => new Date() }, { all: true }),
    ]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(30);
    expect(posts).toHaveLength(30);
    expect(new Set(posts).size).toBe(30);
  });
});
