/**
 * Leerruimte fan-out benchmark: N teams served by one delivery cycle against a fake connector that enforces
 * a posts-per-second limit (answering 429 with Retry-After past it, as Teams does). The goal: total time
 * within 10% of what the limit allows (N / rate), memory flat.
 */
import path from 'node:path';
import type { AdaptiveCard } from '../src/cards/adaptive-card.js';
import { installTeam, runDeliveryCycle } from '../src/features/leerruimte/index.js';
import { type ConversationRef, DeliveryError, type Messenger } from '../src/features/messenger.js';
import { KnowledgeEngine } from '../src/kb/engine.js';
import { loadKnowledge } from '../src/kb/load.js';
import { MemoryDocumentStore } from '../src/storage/memory-document-store.js';

export interface FanoutResult {
  teams: number;
  limitPerSecond: number;
  seconds: number;
  idealSeconds: number;
  throttled: number;
  rssStartMiB: number;
  rssPeakMiB: number;
  rssEndMiB: number;
}

/** Accepts at most `perSecond` sends in any second; beyond that, 429 with Retry-After: 1. */
function limitedMessenger(perSecond: number): Messenger & { throttled: number } {
  const times: number[] = [];
  const messenger = {
    throttled: 0,
    async send(_ref: ConversationRef, _card: AdaptiveCard) {
      const now = Date.now();
      while (times.length > 0 && (times[0] as number) <= now - 1000) times.shift();
      if (times.length >= perSecond) {
        messenger.throttled += 1;
        throw new DeliveryError(429, 1000);
      }
      times.push(now);
      return { conversationId: 'thread', activityId: String(now) };
    },
    async update() {},
  };
  return messenger;
}

export async function benchFanout(teams: number, perSecond: number): Promise<FanoutResult> {
  const loaded = await loadKnowledge(path.resolve('knowledge'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const engine = new KnowledgeEngine(loaded.kb);
  const store = new MemoryDocumentStore();
  for (let n = 0; n < teams; n += 1) {
    const channel = {
      channelId: 'msteams',
      serviceUrl: 'http://fake/',
      conversationId: `team-${n}`,
      botId: 'bot',
      tenantId: 'tenant',
      channel: true,
    };
    await installTeam(store, { teamId: `team-${n}`, channel, language: 'nl' }, new Date());
  }
  const messenger = limitedMessenger(perSecond);
  const mib = () => process.memoryUsage().rss / 2 ** 20;
  const rssStart = mib();
  let rssPeak = rssStart;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, mib());
  }, 250);
  const started = performance.now();
  const report = await runDeliveryCycle(
    { store, engine, messenger, now: () => new Date(), options: { tenantRate: perSecond, concurrency: 16 } },
    { all: true },
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (report.sent !== teams) throw new Error(`fan-out sent ${report.sent} of ${teams}`);
  return {
    teams,
    limitPerSecond: perSecond,
    seconds,
    idealSeconds: teams / perSecond,
    throttled: messenger.throttled,
    rssStartMiB: rssStart,
    rssPeakMiB: rssPeak,
    rssEndMiB: mib(),
  };
}

export function formatFanout(result: FanoutResult): string {
  const ratio = result.seconds / result.idealSeconds;
  return [
    '| Teams | Limit (posts/s) | Time (s) | Limit allows (s) | Ratio | 429s | RSS start / peak / end (MiB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${result.teams.toLocaleString('en')} | ${result.limitPerSecond} | ${result.seconds.toFixed(1)} | ${result.idealSeconds.toFixed(1)} | ${ratio.toFixed(3)} | ${result.throttled} | ${result.rssStartMiB.toFixed(0)} / ${result.rssPeakMiB.toFixed(0)} / ${result.rssEndMiB.toFixed(0)} |`,
    '',
    `- Goal: within 10% of what the limit allows — ${ratio <= 1.1 ? 'met' : 'NOT met'} (${((ratio - 1) * 100).toFixed(1)}% over).`,
  ].join('\n');
}
