/**
 * Hostile input: mutated and malformed activities posted to /api/messages — wrong types, missing fields,
 * huge and deeply nested values, invalid card payloads for every verb the bot knows, unknown invoke names,
 * prototype-pollution keys, unicode oddities, truncated JSON. Never a 5xx, never a crash, memory bounded,
 * and a normal question answered correctly afterwards.
 *
 * `npm test` runs a seeded 400; `npm run fuzz` runs 3,000 (FUZZ_COUNT and FUZZ_SEED change that).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERB_ROUTES } from '../../src/features/index.js';
import {
  actionExecute,
  botAddedToTeam,
  cardSubmit,
  channelMention,
  installationUpdate,
  invoke,
  personalMessage,
} from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';

const COUNT = Number(process.env.FUZZ_COUNT ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202eRTL override',
  '\ud800 lone surrogate',
  'zero\u200bwidth',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'x'.repeat(70_000),
  '<at>Wegwijs</at>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style probe, meant as a literal string.
  '${jndi:ldap://x}',
  "'; DROP TABLE documents; --",
  '../../etc/passwd',
  'NaN',
  '{"verb":"wegwijs.entry"}',
];

/** Every verb of the route table, and one nobody knows. */
const ALL_VERBS = [...VERB_ROUTES.flatMap((route) => route.verbs), 'unknown.verb'];

describe(`hostile input (${COUNT} requests, seed ${SEED})`, () => {
  let connector: FakeConnector;
  let app: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startApp({ USER_RATE_LIMIT: '0', LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });

  it('never answers with a 5xx, stays healthy, keeps memory bounded, and still answers properly', {
    timeout: 30_000 + COUNT * 100,
  }, async () => {
    const next = random(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const base = { serviceUrl: connector.url };
    const randomValue = (depth = 0): unknown => {
      const kind = Math.floor(next() * 9);
      if (kind === 0) return null;
      if (kind === 1) return Math.floor(next() * 1e9) - 5e8;
      if (kind === 2) return next() < 0.5;
      if (kind === 3) return pick(ODD_STRINGS);
      if (kind === 4) return depth > 3 ? [] : [randomValue(depth + 1), randomValue(depth + 1)];
      if (kind === 5) return depth > 3 ? {} : { a: randomValue(depth + 1), verb: pick(ALL_VERBS) };
      if (kind === 6) return nested(Math.floor(next() * 100));
      if (kind === 7) return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
      return `text ${Math.floor(next() * 1000)}`;
    };
    const seeds = (): Record<string, unknown> => {
      const choice = Math.floor(next() * 10);
      if (choice === 0)
        return personalMessage(
          pick(['wie doet schuldhulp in Zoetermeer?', 'hulp', 'afwegingskader', 'expertkanaal']),
          base,
        );
      if (choice === 1) return channelMention('schulden Naaldwijk', base);
      if (choice === 2)
        return cardSubmit(
          {
            verb: pick(ALL_VERBS),
            id: randomValue(),
            vote: randomValue(),
            gemeente: randomValue(),
            topic: randomValue(),
            comment: randomValue(),
            vraag: randomValue(),
            flowId: randomValue(),
            step: randomValue(),
            answer: randomValue(),
          },
          base,
        );
      if (choice === 3)
        return actionExecute(
          pick(ALL_VERBS),
          {
            id: randomValue(),
            antwoord: randomValue(),
            flowId: randomValue(),
            step: randomValue(),
            answer: pick(['ja', 'nee', randomValue()]),
          },
          base,
        );
      if (choice === 4)
        return invoke(
          pick([
            'unknown/thing',
            'adaptiveCard/action',
            'task/fetch',
            'composeExtension/query',
            'signin/verifyState',
            'config/fetch',
          ]),
          randomValue(),
          base,
        );
      if (choice === 5) return botAddedToTeam(base);
      if (choice === 6) return installationUpdate(pick(['add', 'remove']), base);
      if (choice === 7)
        return {
          ...personalMessage('x', base),
          type: pick([
            'messageReaction',
            'event',
            'typing',
            'endOfConversation',
            'messageUpdate',
            'deleteUserData',
            'weird',
          ]),
        };
      if (choice === 8)
        return {
          ...personalMessage('hallo', base),
          entities: [{ type: 'mention', mentioned: randomValue(), text: randomValue() }],
        };
      return personalMessage(String(randomValue()), base);
    };
    const mutate = (activity: Record<string, unknown>): Record<string, unknown> => {
      const copy: Record<string, unknown> = JSON.parse(JSON.stringify(activity));
      const fields = [
        'type',
        'text',
        'value',
        'from',
        'recipient',
        'conversation',
        'channelData',
        'locale',
        'serviceUrl',
        'name',
        'membersAdded',
        'entities',
        'attachments',
        'timestamp',
        'replyToId',
        'action',
      ];
      const times = Math.floor(next() * 3);
      for (let i = 0; i < times; i += 1) {
        const field = pick(fields);
        const how = Math.floor(next() * 4);
        if (how === 0) delete copy[field];
        else if (how === 1) copy[field] = randomValue();
        else if (how === 2 && typeof copy[field] === 'object' && copy[field] !== null) {
          (copy[field] as Record<string, unknown>)[pick(['id', 'tenantId', 'aadObjectId', 'name', 'verb', 'tenant'])] =
            randomValue();
        } else if (field === 'serviceUrl')
          copy.serviceUrl = pick(['http://127.0.0.1:1/', 'ftp://x', connector.url, 'not a url']);
      }
      return copy;
    };
    const send = async (): Promise<number> => {
      const shape = next();
      const activity = mutate(seeds());
      let body = JSON.stringify(activity);
      let contentType = 'application/json';
      if (shape < 0.05)
        body = body.slice(0, Math.floor(next() * body.length)); // truncated JSON
      else if (shape < 0.08)
        contentType = pick(['text/plain', 'application/xml', 'application/json; charset=latin1', '']);
      // Built as text: JSON.stringify itself would overflow on this depth.
      else if (shape < 0.1) body = `${'{"type":"message","x":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
      else if (shape < 0.11) body = JSON.stringify({ ...activity, padding: 'x'.repeat(300_000) });
      const headers: Record<string, string> = contentType === '' ? {} : { 'content-type': contentType };
      const response = await app.postRaw(body, headers);
      await response.arrayBuffer();
      return response.status;
    };

    const before = process.memoryUsage().rss;
    const statuses = new Map<number, number>();
    for (let i = 0; i < COUNT; i += 1) {
      const status = await send();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      expect(status, `request ${i} (seed ${SEED})`).toBeLessThan(500);
    }
    const grown = (process.memoryUsage().rss - before) / 2 ** 20;
    if (process.env.FUZZ_VERBOSE) console.log('STATUSES', JSON.stringify([...statuses].sort()));

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect(grown, `RSS grew ${grown.toFixed(0)} MiB; statuses ${JSON.stringify([...statuses])}`).toBeLessThan(300);

    connector.clear();
    const answer = await app.post(personalMessage('wie doet schuldhulp in Zoetermeer?', base));
    expect(answer.status).toBe(200);
    const [reply] = await connector.waitForActivities(1);
    expect(JSON.stringify(reply)).toContain('14 079');
  });
});

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { child: value };
  return value;
}
