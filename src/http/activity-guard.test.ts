import { describe, expect, it } from 'vitest';
import { ACTIVITY_LIMITS, guardActivity } from './activity-guard.js';

const valid = () => ({
  type: 'message',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: 'a:1', tenantId: 't' },
  from: { id: '29:1', aadObjectId: 'x' },
  recipient: { id: '28:bot' },
  text: 'hallo',
  timestamp: '2026-01-05T08:00:00.000Z',
});

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { child: value };
  return value;
}

describe('guardActivity', () => {
  it('accepts a Teams message', () => {
    expect(guardActivity(valid())).toEqual({ ok: true, activity: valid() });
  });

  it.each<[string, (a: Record<string, unknown>) => unknown, string]>([
    ['an array', () => [valid()], 'body must be a JSON object'],
    ['null', () => null, 'body must be a JSON object'],
    ['a string', () => 'hello', 'body must be a JSON object'],
    ['no type', ({ type: _, ...rest }) => rest, 'type must be a non-empty string'],
    ['a numeric type', (a) => ({ ...a, type: 5 }), 'type must be a non-empty string'],
    ['an empty channelId', (a) => ({ ...a, channelId: ' ' }), 'channelId must be a non-empty string'],
    ['no conversation', ({ conversation: _, ...rest }) => rest, 'conversation.id must be a non-empty string'],
    ['a conversation without id', (a) => ({ ...a, conversation: {} }), 'conversation.id must be a non-empty string'],
    ['a string conversation', (a) => ({ ...a, conversation: 'c' }), 'conversation.id must be a non-empty string'],
    ['no from', ({ from: _, ...rest }) => rest, 'from.id must be a non-empty string'],
    ['a numeric recipient id', (a) => ({ ...a, recipient: { id: 1 } }), 'recipient.id must be a non-empty string'],
    ['no serviceUrl', ({ serviceUrl: _, ...rest }) => rest, 'serviceUrl must be an http(s) URL'],
    ['a file serviceUrl', (a) => ({ ...a, serviceUrl: 'file:///etc/passwd' }), 'serviceUrl must be an http(s) URL'],
    ['a relative serviceUrl', (a) => ({ ...a, serviceUrl: '/v3' }), 'serviceUrl must be an http(s) URL'],
    ['numeric text', (a) => ({ ...a, text: 42 }), 'text must be a string'],
    ['an object locale', (a) => ({ ...a, locale: {} }), 'locale must be a string'],
    ['a string channelData', (a) => ({ ...a, channelData: 'x' }), 'channelData must be an object'],
    [
      'a numeric tenant id',
      (a) => ({ ...a, channelData: { tenant: { id: 3 } } }),
      'channelData.tenant.id must be a string',
    ],
    ['entities as object', (a) => ({ ...a, entities: {} }), 'entities must be an array of objects'],
    ['attachments of strings', (a) => ({ ...a, attachments: ['x'] }), 'attachments must be an array of objects'],
    ['membersAdded without ids', (a) => ({ ...a, membersAdded: [{}] }), 'membersAdded[].id must be a non-empty string'],
    ['a bad timestamp', (a) => ({ ...a, timestamp: 'yesterday' }), 'timestamp must be an ISO date string'],
    ['a __proto__ key', (a) => JSON.parse(`{"__proto__":{"x":1},"type":"${a.type}"}`), 'forbidden key "__proto__"'],
    [
      'a nested constructor key',
      (a) => ({ ...a, value: { constructor: { prototype: {} } } }),
      'forbidden key "constructor"',
    ],
    [
      'deep nesting',
      (a) => ({ ...a, value: nested(ACTIVITY_LIMITS.maxDepth + 1) }),
      'the activity is nested too deeply',
    ],
    [
      'a huge string',
      (a) => ({ ...a, text: 'x'.repeat(ACTIVITY_LIMITS.maxStringLength + 1) }),
      'a string in the activity is too long',
    ],
    [
      'too many fields',
      (a) => ({ ...a, value: Array.from({ length: ACTIVITY_LIMITS.maxNodes + 1 }, () => 0) }),
      'the activity has too many fields',
    ],
  ])('rejects %s', (_name, mutate, reason) => {
    expect(guardActivity(mutate(valid()))).toEqual({ ok: false, reason });
  });

  it('judges each service URL on its own, also right after one that passed', () => {
    for (const serviceUrl of ['https://smba.trafficmanager.net/emea/', 'ftp://x/', 'http://127.0.0.1:9/', 'nope']) {
      const first = guardActivity({ ...valid(), serviceUrl }).ok;
      expect(guardActivity({ ...valid(), serviceUrl }).ok).toBe(first);
      expect(first).toBe(serviceUrl.startsWith('http'));
    }
  });

  it('accepts nesting up to the limit', () => {
    expect(guardActivity({ ...valid(), value: nested(ACTIVITY_LIMITS.maxDepth - 2) }).ok).toBe(true);
  });
});
