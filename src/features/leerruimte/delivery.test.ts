import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import { KnowledgeEngine } from '../../kb/engine.js';
import { realKnowledge } from '../../kb/test-kb.js';
import { MemoryDocumentStore } from '../../storage/memory-document-store.js';
import { type ConversationRef, DeliveryError, type Messenger } from '../messenger.js';
import { runDeliveryCycle } from './delivery.js';
import type { Clock } from './rate-limiter.js';
import { getSubscription, installTeam, listDeliveries, updateSubscription } from './subscriptions.js';

const engine = new KnowledgeEngine(await realKnowledge());

/** A messenger that records posts and fails on demand, per conversation. */
function fakeMessenger(failures: Record<string, Array<DeliveryError>> = {}) {
  const posts: Array<{ conversationId: string; title: string }> = [];
  const messenger: Messenger = {
    async send(ref: ConversationRef, card: AdaptiveCard) {
      const failure = failures[ref.conversationId]?.shift();
      if (failure !== undefined) throw failure;
      posts.push({ conversationId: ref.conversationId, title: JSON.stringify(card.body[1]) });
      return {
        conversationId: `${ref.conversationId};messageid=${posts.length}`,
        activityId: `activity-${posts.length}`,
      };
    },
    async update() {},
  };
  return { messenger, posts };
}

/** A clock that never really waits, and remembers what it was asked to wait. */
function fakeClock(): Clock & { waits: number[] } {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}

async function teams(store: MemoryDocumentStore, count: number) {
  for (let i = 0; i < count; i += 1) {
    await installTeam(
      store,
      {
        teamId: `team-${i}`,
        channel: {
          channelId: 'msteams',
          serviceUrl: 'http://x/',
          conversationId: `team-${i}`,
          botId: 'b',
          tenantId: 't',
        },
        language: 'nl',
      },
      new Date('2026-11-01T10:00:00Z'),
    );
  }
}

const MONDAY_AFTER_SLOT = new Date('2026-11-23T08:30:00Z'); // 09:30 in Amsterdam
const MONDAY_BEFORE_SLOT = new Date('2026-11-23T07:30:00Z'); // 08:30 in Amsterdam

describe('leerruimte delivery cycle', () => {
  it('serves each due team once per week, whatever the number of runs', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 25);
    const { messenger, posts } = fakeMessenger();
    const deps = { store, engine, messenger, clock: fakeClock(), now: () => MONDAY_AFTER_SLOT };
    expect(await runDeliveryCycle(deps)).toMatchObject({ week: '2026-W48', sent: 25, skipped: 0 });
    expect(await runDeliveryCycle(deps, { all: true })).toMatchObject({ sent: 0, skipped: 25 });
    expect(new Set(posts.map((post) => post.conversationId)).size).toBe(25);
    expect(posts).toHaveLength(25);
  });

  it('waits for the slot unless asked to serve all', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 3);
    const { messenger, posts } = fakeMessenger();
    const early = { store, engine, messenger, clock: fakeClock(), now: () => MONDAY_BEFORE_SLOT };
    expect(await runDeliveryCycle(early)).toMatchObject({ sent: 0, skipped: 3 });
    expect(await runDeliveryCycle(early, { all: true })).toMatchObject({ sent: 3 });
    expect(posts).toHaveLength(3);
  });

  it('gives a team installed after its slot (03:30 on Tuesday) its first prompt at its next slot, not at once', async () => {
    const store = new MemoryDocumentStore();
    const installedAt = new Date('2026-11-24T02:30:00Z'); // Tuesday 03:30 in Amsterdam; the slot was Monday 09:00
    await installTeam(
      store,
      {
        teamId: 'late',
        channel: { channelId: 'msteams', serviceUrl: 'http://x/', conversationId: 'late', botId: 'b', tenantId: 't' },
        language: 'nl',
      },
      installedAt,
    );
    const { messenger, posts } = fakeMessenger();
    const at = (iso: string) => ({ store, engine, messenger, clock: fakeClock(), now: () => new Date(iso) });
    expect(await runDeliveryCycle(at('2026-11-24T02:35:00Z'))).toMatchObject({ sent: 0, skipped: 1 });
    expect(await runDeliveryCycle(at('2026-11-27T10:00:00Z'))).toMatchObject({ sent: 0, skipped: 1 });
    expect(await runDeliveryCycle(at('2026-11-30T08:05:00Z'))).toMatchObject({ week: '2026-W49', sent: 1 });
    expect(posts).toHaveLength(1);
  });

  it('stops at a claim boundary when the process shuts down: no team left claimed, the rest for the next cycle', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 10);
    const stopping = new AbortController();
    const { messenger, posts } = fakeMessenger({ 'team-3': [new DeliveryError(503, undefined)] });
    const send = messenger.send.bind(messenger);
    // SIGTERM arrives while the third team's post is on its way.
    messenger.send = async (ref, card) => {
      if (ref.conversationId === 'team-2') stopping.abort();
      return send(ref, card);
    };
    const deps = {
      store,
      engine,
      messenger,
      clock: fakeClock(),
      now: () => MONDAY_AFTER_SLOT,
      options: { concurrency: 1 },
    };
    const report = await runDeliveryCycle(deps, { signal: stopping.signal });
    // The post in flight finishes; nothing after it is claimed.
    expect(report).toMatchObject({ sent: 3, failed: 0, skipped: 7 });
    expect(posts.map((post) => post.conversationId)).toEqual(['team-0', 'team-1', 'team-2']);
    const deliveries = await listDeliveries(store, '2026-W48');
    expect(deliveries.map((delivery) => delivery.status)).toEqual(['sent', 'sent', 'sent']);
    // The next cycle (here or on another instance) serves the other seven; team-3's 503 is retried there.
    expect(await runDeliveryCycle(deps)).toMatchObject({ sent: 7, skipped: 3 });
  });

  it('gives a claim back as failed instead of waiting out a retry while shutting down', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 1);
    const stopping = new AbortController();
    const { messenger } = fakeMessenger({ 'team-0': [new DeliveryError(429, 60_000)] });
    const send = messenger.send.bind(messenger);
    messenger.send = async (ref, card) => {
      stopping.abort();
      return send(ref, card);
    };
    const clock = fakeClock();
    const report = await runDeliveryCycle(
      { store, engine, messenger, clock, now: () => MONDAY_AFTER_SLOT },
      { signal: stopping.signal },
    );
    expect(report).toMatchObject({ sent: 0, failed: 1 });
    expect(clock.waits).toEqual([]);
    const [delivery] = await listDeliveries(store, '2026-W48');
    expect(delivery).toMatchObject({ status: 'failed', reason: 'HTTP 429; stopped' });
  });

  it('posts exactly once per team when two instances run the cycle at the same moment', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 40);
    const { messenger, posts } = fakeMessenger();
    const deps = { store, engine, messenger, clock: fakeClock(), now: () => MONDAY_AFTER_SLOT };
    const [first, second] = await Promise.all([runDeliveryCycle(deps), runDeliveryCycle(deps)]);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(40);
    expect(posts).toHaveLength(40);
  });

  it('gives a team a new prompt each week, following its tracks, without repeating', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 1);
    await updateSubscription(store, 'team-0', (current) => ({ ...current, tracks: ['meldcode', 'tandem'] }));
    const { messenger, posts } = fakeMessenger();
    for (let week = 0; week < 21; week += 1) {
      const now = new Date(MONDAY_AFTER_SLOT.getTime() + week * 7 * 86_400_000);
      await runDeliveryCycle({ store, engine, messenger, clock: fakeClock(), now: () => now });
    }
    const sent = (await getSubscription(store, 'team-0'))?.data.sent ?? [];
    // 11 meldcode + 10 tandem prompts: 21 weeks exhaust the library without a repeat.
    expect(new Set(sent).size).toBe(21);
    expect(sent.slice(0, 4).map((id) => id.split('-')[1])).toEqual(['meldcode', 'tandem', 'meldcode', 'tandem']);
    expect(posts).toHaveLength(21);
  });

  it('honours Retry-After on 429, backs off on 503, and retires a team on 403', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 3);
    const { messenger, posts } = fakeMessenger({
      'team-0': [new DeliveryError(429, 2000)],
      'team-1': [new DeliveryError(503, undefined), new DeliveryError(502, undefined)],
      'team-2': [new DeliveryError(403, undefined)],
    });
    const clock = fakeClock();
    const report = await runDeliveryCycle({
      store,
      engine,
      messenger,
      clock,
      now: () => MONDAY_AFTER_SLOT,
      options: { concurrency: 1 },
    });
    expect(report).toMatchObject({ sent: 2, retired: 1, failed: 0 });
    expect(clock.waits).toContain(2000);
    expect(posts.map((post) => post.conversationId).sort()).toEqual(['team-0', 'team-1']);
    expect((await getSubscription(store, 'team-2'))?.data).toMatchObject({
      status: 'retired',
      retiredReason: 'HTTP 403',
    });
  });

  it('marks a team failed after its attempts, and serves it in the next cycle', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 1);
    const outage = Array.from({ length: 4 }, () => new DeliveryError(503, undefined));
    const { messenger, posts } = fakeMessenger({ 'team-0': outage });
    const deps = { store, engine, messenger, clock: fakeClock(), now: () => MONDAY_AFTER_SLOT };
    expect(await runDeliveryCycle(deps)).toMatchObject({ failed: 1 });
    expect((await listDeliveries(store, '2026-W48'))[0]).toMatchObject({
      status: 'failed',
      reason: 'HTTP 503',
      attempts: 4,
    });
    expect(await runDeliveryCycle(deps)).toMatchObject({ sent: 1 });
    expect(posts).toHaveLength(1);
  });

  it('takes over a claim left in flight by a crashed process only once it is stale', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 1);
    await store.create('leerruimte-delivery', '2026-W48:team-0', {
      teamId: 'team-0',
      week: '2026-W48',
      status: 'claimed',
      claimedAt: MONDAY_AFTER_SLOT.toISOString(),
      attempts: 0,
    });
    const { messenger, posts } = fakeMessenger();
    let now = MONDAY_AFTER_SLOT;
    const deps = { store, engine, messenger, clock: fakeClock(), now: () => now, options: { staleClaimMs: 60_000 } };
    expect(await runDeliveryCycle(deps)).toMatchObject({ sent: 0, skipped: 1 });
    now = new Date(MONDAY_AFTER_SLOT.getTime() + 60_000);
    expect(await runDeliveryCycle(deps)).toMatchObject({ sent: 1 });
    expect(posts).toHaveLength(1);
  });

  it('respects a tenant rate: 120 teams at 50 per second take 2.4 seconds of waiting', async () => {
    const store = new MemoryDocumentStore();
    await teams(store, 120);
    const { messenger } = fakeMessenger();
    const clock = fakeClock();
    await runDeliveryCycle({
      store,
      engine,
      messenger,
      clock,
      now: () => MONDAY_AFTER_SLOT,
      options: { tenantRate: 50 },
    });
    expect(clock.now()).toBeGreaterThanOrEqual(2_360);
    expect(clock.now()).toBeLessThanOrEqual(2_400);
  });
});
