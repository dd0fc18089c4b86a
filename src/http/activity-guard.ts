/**
 * Checks an incoming request body before any SDK code sees it. Bot Framework SDK code assumes a
 * well-formed activity and answers a malformed one with a 500 or a crash; this guard turns every such
 * case into a 400 with a short reason. Pure: no SDK import.
 */

/** Hard limits on what one activity may contain; generous for Teams, small for an attacker. */
export const ACTIVITY_LIMITS = {
  /** Deepest nesting of objects and arrays (Teams activities nest about 6 deep). */
  maxDepth: 32,
  /** Longest string anywhere in the activity. */
  maxStringLength: 64 * 1024,
  /** Most array elements plus object keys in one activity. */
  maxNodes: 20_000,
} as const;

/** Keys that could reach an object's prototype in a careless merge further down. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Fields that must be strings when present (dotted paths). */
const OPTIONAL_STRINGS = [
  'id',
  'text',
  'textFormat',
  'locale',
  'name',
  'action',
  'replyToId',
  'deliveryMode',
  'inputHint',
  'localTimezone',
  'summary',
  'from.name',
  'from.aadObjectId',
  'from.role',
  'recipient.name',
  'conversation.tenantId',
  'conversation.conversationType',
  'conversation.name',
  'channelData.tenant.id',
  'channelData.team.id',
  'channelData.channel.id',
  'channelData.eventType',
] as const;

const OPTIONAL_OBJECTS = ['channelData', 'channelData.tenant', 'channelData.team', 'channelData.channel'] as const;
const OPTIONAL_OBJECT_ARRAYS = ['entities', 'attachments', 'membersAdded', 'membersRemoved', 'reactionsAdded'] as const;
const OPTIONAL_DATES = ['timestamp', 'localTimestamp', 'expiration'] as const;
/** The dotted paths split once, not on every activity. */
const withPath = (fields: readonly string[]) => fields.map((field) => ({ field, path: field.split('.') }));
const OBJECT_PATHS = withPath(OPTIONAL_OBJECTS);
const STRING_PATHS = withPath(OPTIONAL_STRINGS);

/** A validated activity: the fields the SDK dereferences without checking are known to be there. */
export interface GuardedActivity extends Record<string, unknown> {
  type: string;
  channelId: string;
  serviceUrl: string;
  conversation: { id: string } & Record<string, unknown>;
  from: { id: string } & Record<string, unknown>;
  recipient: { id: string } & Record<string, unknown>;
}

export type GuardResult = { ok: true; activity: GuardedActivity } | { ok: false; reason: string };

/**
 * Validates the shape of a parsed JSON body.
 *
 * @example
 * const result = guardActivity(JSON.parse(body));
 * if (!result.ok) return reply(400, result.reason);
 */
export function guardActivity(body: unknown): GuardResult {
  const structural = checkStructure(body);
  if (structural !== undefined) return { ok: false, reason: structural };
  if (!isRecord(body)) return { ok: false, reason: 'body must be a JSON object' };

  for (const field of ['type', 'channelId'] as const) {
    if (!isNonEmptyString(body[field])) return { ok: false, reason: `${field} must be a non-empty string` };
  }
  for (const party of ['conversation', 'from', 'recipient'] as const) {
    const value = body[party];
    if (!isRecord(value) || !isNonEmptyString(value.id)) {
      return { ok: false, reason: `${party}.id must be a non-empty string` };
    }
  }
  if (!isHttpUrl(body.serviceUrl)) return { ok: false, reason: 'serviceUrl must be an http(s) URL' };

  for (const { field, path } of OBJECT_PATHS) {
    const value = at(body, path);
    if (value !== undefined && value !== null && !isRecord(value)) {
      return { ok: false, reason: `${field} must be an object` };
    }
  }
  for (const { field, path } of STRING_PATHS) {
    const value = at(body, path);
    if (value !== undefined && value !== null && typeof value !== 'string') {
      return { ok: false, reason: `${field} must be a string` };
    }
  }
  for (const field of OPTIONAL_OBJECT_ARRAYS) {
    const value = body[field];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.every(isRecord))) {
      return { ok: false, reason: `${field} must be an array of objects` };
    }
  }
  for (const field of ['membersAdded', 'membersRemoved'] as const) {
    const members = body[field];
    if (Array.isArray(members) && !members.every((member) => isRecord(member) && isNonEmptyString(member.id))) {
      return { ok: false, reason: `${field}[].id must be a non-empty string` };
    }
  }
  for (const field of OPTIONAL_DATES) {
    const value = body[field];
    if (value !== undefined && value !== null && !(typeof value === 'string' && !Number.isNaN(Date.parse(value)))) {
      return { ok: false, reason: `${field} must be an ISO date string` };
    }
  }
  return { ok: true, activity: body as GuardedActivity };
}

/** Depth, size and key checks over the whole value, iteratively so that deep input cannot overflow the stack. */
function checkStructure(root: unknown): string | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof value === 'string') {
      if (value.length > ACTIVITY_LIMITS.maxStringLength) return 'a string in the activity is too long';
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= ACTIVITY_LIMITS.maxDepth) return 'the activity is nested too deeply';
    const children = Array.isArray(value) ? value : Object.keys(value);
    nodes += children.length;
    if (nodes > ACTIVITY_LIMITS.maxNodes) return 'the activity has too many fields';
    if (Array.isArray(value)) {
      for (const child of value) stack.push({ value: child, depth: depth + 1 });
      continue;
    }
    for (const key of children as string[]) {
      if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}"`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return undefined;
}

function at(record: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 2048;
}

/**
 * The last service URL that passed. Teams sends the same one (per region) on every activity, and parsing it
 * with `URL` was a third of the guard's time; the same string gives the same answer, so it is parsed once.
 */
let lastHttpUrl: string | undefined;

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  if (value === lastHttpUrl) return true;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  } catch {
    return false;
  }
  lastHttpUrl = value;
  return true;
}
