import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCollection, type InvalidDocument, logInvalidDocument, reportInvalidDocuments } from './collection.js';
import type { StoredDocument } from './document-store.js';
import { MemoryDocumentStore } from './memory-document-store.js';

interface Team {
  name: string;
  day: number;
}

const TEAMS = defineCollection<Team>({
  partition: 'teams',
  schemaVersion: 2,
  schema: z.object({ name: z.string(), day: z.number().int() }),
  // Version 1 kept the day as a string.
  migrate: (data, from) => (from === 1 ? { ...(data as object), day: Number((data as { day: string }).day) } : data),
});

function setup() {
  const store = new MemoryDocumentStore();
  const invalid: InvalidDocument[] = [];
  return { store, invalid, teams: TEAMS.in(store, { onInvalid: (found) => invalid.push(found) }) };
}

describe('a typed collection', () => {
  it('stamps its schema version on every write and reads its own documents back', async () => {
    const { store, teams } = setup();
    await teams.put('a', { name: 'Synthetisch team', day: 1 });
    expect(await store.get('teams', 'a')).toMatchObject({ schemaVersion: 2 });
    expect((await teams.get('a'))?.data).toEqual({ name: 'Synthetisch team', day: 1 });
    expect(await teams.create('b', { name: 'B', day: 2 })).toMatchObject({ kind: 'created' });
    expect(await teams.create('b', { name: 'B2', day: 2 })).toEqual({ kind: 'exists' });
    expect((await store.get('teams', 'b'))?.schemaVersion).toBe(2);
  });

  it('reads a document that does not match as absent, and reports its key and first problem', async () => {
    const { store, teams, invalid } = setup();
    await store.put('teams', 'bad', { name: 'X', day: 'maandag' }, { schemaVersion: 2 });
    expect(await teams.get('bad')).toBeUndefined();
    expect(invalid).toEqual([
      { partition: 'teams', key: 'bad', schemaVersion: 2, paths: ['day'], problem: expect.stringMatching(/^day: /) },
    ]);
  });

  it('migrates an older version on read, and refuses a newer one it cannot know', async () => {
    const { store, teams, invalid } = setup();
    await store.put('teams', 'old', { name: 'Oud', day: '3' }, { schemaVersion: 1 });
    await store.put('teams', 'new', { name: 'Nieuw', day: 3 }, { schemaVersion: 3 });
    expect((await teams.get('old'))?.data).toEqual({ name: 'Oud', day: 3 });
    expect(await teams.get('new')).toBeUndefined();
    expect(invalid.map((found) => found.problem)).toEqual(['schema version 3 is newer than 2']);
    const strict = defineCollection<Team>({
      partition: 'teams',
      schemaVersion: 2,
      schema: z.object({ name: z.string(), day: z.number() }),
    });
    expect(strict.parse({ name: 'Oud', day: '3' }, 1)).toEqual({
      ok: false,
      problem: 'schema version 1 has no migration',
      paths: [],
    });
  });

  it('lists only valid documents, in key order, and updates only a valid one', async () => {
    const { store, teams, invalid } = setup();
    await teams.put('b', { name: 'B', day: 2 });
    await teams.put('a', { name: 'A', day: 1 });
    await store.put('teams', 'c', { name: 3 }, { schemaVersion: 2 });
    expect(await teams.list()).toEqual([
      { name: 'A', day: 1 },
      { name: 'B', day: 2 },
    ]);
    expect(invalid.map((found) => found.key)).toEqual(['c']);
    expect(await teams.update('c', (team) => ({ ...team, day: 5 }))).toBeUndefined();
    expect((await store.get('teams', 'c'))?.data).toEqual({ name: 3 });
    expect(await teams.update('a', (team) => ({ ...team, day: 5 }))).toEqual({
      data: { name: 'A', day: 5 },
      changed: true,
    });
    expect(await teams.update('a', () => undefined)).toEqual({ data: { name: 'A', day: 5 }, changed: false });
  });

  it('re-reads and applies the change again when another writer came in between', async () => {
    const { store, teams } = setup();
    await teams.put('a', { name: 'A', day: 1 });
    let calls = 0;
    const result = await teams.update('a', (team) => {
      calls += 1;
      // The first time, someone else writes after our read: our write must lose and be retried on theirs.
      if (calls === 1) void store.put('teams', 'a', { name: 'A', day: 7 }, { schemaVersion: 2 });
      return { ...team, name: 'A2' };
    });
    expect(calls).toBe(2);
    expect(result).toEqual({ data: { name: 'A2', day: 7 }, changed: true });
  });

  it('reads a document without a version (written before the collection existed) as version 1', async () => {
    const store = new MemoryDocumentStore();
    const PLAIN = defineCollection<{ name: string }>({
      partition: 'plain',
      schemaVersion: 1,
      schema: z.object({ name: z.string() }),
    });
    await store.put('plain', 'default', { name: 'Zonder versie' });
    // An entity written by hand, or by an old version, may have no version column at all.
    const bare = Object.create(store) as MemoryDocumentStore;
    bare.get = async <T>(partition: string, key: string) => {
      const stored = await store.get<T>(partition, key);
      return stored === undefined
        ? undefined
        : ({ ...stored, schemaVersion: undefined } as unknown as StoredDocument<T>);
    };
    expect((await PLAIN.in(store).get('default'))?.data).toEqual({ name: 'Zonder versie' });
    expect(await PLAIN.in(bare).get('default')).toMatchObject({ schemaVersion: 1, data: { name: 'Zonder versie' } });
    expect(await TEAMS.in(bare, { onInvalid: () => {} }).get('x')).toBeUndefined();
  });

  it("reports through the store's reporter, and the log line names paths and a hashed key, never contents", async () => {
    const store = new MemoryDocumentStore();
    const lines: Array<[Record<string, unknown>, string]> = [];
    reportInvalidDocuments(
      store,
      logInvalidDocument({
        warn: ((fields: Record<string, unknown>, message: string) => lines.push([fields, message])) as never,
      }),
    );
    await store.put(
      'teams',
      'tenant-1:user-7',
      { name: 'Geheime tekst van een gebruiker', day: 'maandag' },
      { schemaVersion: 2 },
    );
    expect(await TEAMS.in(store).get('tenant-1:user-7')).toBeUndefined();
    expect(lines).toEqual([
      [
        {
          code: 'storage_invalid_document',
          partition: 'teams',
          keyHash: expect.stringMatching(/^[\w-]{12}$/),
          schemaVersion: 2,
          paths: ['day'],
        },
        'stored document does not match its schema; read as absent',
      ],
    ]);
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain('Geheime');
    expect(logged).not.toContain('maandag');
    expect(logged).not.toContain('user-7');
  });
});
