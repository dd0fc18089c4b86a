/**
 * One contract suite for every DocumentStore backend: memory, SQLite and Azure Tables run the same
 * tests, so that the semantics the features rely on (conditional writes, the atomic claim, expiry,
 * paging) cannot drift between backends.
 */
import { describe, expect, it } from 'vitest';
import { type DocumentStore, StorageError } from './document-store.js';

export interface ContractBackend {
  name: string;
  /** Two independent store instances over one fresh, empty backing store (as two processes would have). */
  open(now: () => Date): Promise<[DocumentStore, DocumentStore]>;
}

const T0 = new Date('2026-03-02T09:00:00.000Z');

export function describeDocumentStoreContract(backend: ContractBackend): void {
  describe(`DocumentStore contract: ${backend.name}`, () => {
    async function open() {
      const clock = { now: new Date(T0) };
      const [store, other] = await backend.open(() => clock.now);
      return { store, other, clock };
    }

    it('gets nothing for a missing key', async () => {
      const { store } = await open();
      expect(await store.get('p', 'missing')).toBeUndefined();
      expect(await store.ping()).toBe(true);
    });

    it('puts and gets a document with its metadata', async () => {
      const { store, other } = await open();
      const put = await store.put('teams', 'team-1', { name: 'Synthetisch', tracks: ['a'] }, { schemaVersion: 2 });
      expect(put.kind).toBe('ok');
      const doc = await other.get<{ name: string }>('teams', 'team-1');
      expect(doc).toMatchObject({ partition: 'teams', key: 'team-1', schemaVersion: 2, expiresAt: undefined });
      expect(doc?.data).toEqual({ name: 'Synthetisch', tracks: ['a'] });
      expect(doc?.etag).toBe(put.kind === 'ok' ? put.etag : '');
      expect(doc?.updatedAt.getTime()).toBe(T0.getTime());
    });

    it('defaults the schema version to 1 and overwrites without ifMatch, with a new etag', async () => {
      const { store } = await open();
      const first = await store.put('p', 'k', 1);
      const second = await store.put('p', 'k', 2);
      const doc = await store.get('p', 'k');
      expect(doc?.data).toBe(2);
      expect(doc?.schemaVersion).toBe(1);
      expect(first.kind === 'ok' && second.kind === 'ok' && first.etag !== second.etag).toBe(true);
    });

    it('writes with ifMatch only over that exact version', async () => {
      const { store } = await open();
      const first = await store.put('p', 'k', 'v1');
      if (first.kind !== 'ok') throw new Error('put failed');
      expect((await store.put('p', 'k', 'v2', { ifMatch: first.etag })).kind).toBe('ok');
      expect(await store.put('p', 'k', 'v3', { ifMatch: first.etag })).toEqual({ kind: 'conflict' });
      expect((await store.get('p', 'k'))?.data).toBe('v2');
      expect(await store.put('p', 'absent', 'x', { ifMatch: first.etag })).toEqual({ kind: 'conflict' });
      expect(await store.get('p', 'absent')).toBeUndefined();
    });

    it('creates only when absent', async () => {
      const { store } = await open();
      expect((await store.create('claims', 'team-1:2026-W10', { by: 'a' })).kind).toBe('created');
      expect(await store.create('claims', 'team-1:2026-W10', { by: 'b' })).toEqual({ kind: 'exists' });
      expect((await store.get('claims', 'team-1:2026-W10'))?.data).toEqual({ by: 'a' });
    });

    it('treats an expired document as gone: not read, not listed, and claimable again', async () => {
      const { store, clock } = await open();
      const expiresAt = new Date(T0.getTime() + 60_000);
      await store.put('p', 'k', 'old', { expiresAt });
      expect((await store.get('p', 'k'))?.expiresAt?.getTime()).toBe(expiresAt.getTime());
      clock.now = new Date(expiresAt.getTime());
      expect(await store.get('p', 'k')).toBeUndefined();
      expect((await store.list('p')).items).toEqual([]);
      expect((await store.create('p', 'k', 'new')).kind).toBe('created');
      expect((await store.get('p', 'k'))?.data).toBe('new');
    });

    it('deletes, conditionally too', async () => {
      const { store } = await open();
      const stale = await store.put('p', 'k', 0);
      const put = await store.put('p', 'k', 1);
      if (put.kind !== 'ok' || stale.kind !== 'ok') throw new Error('put failed');
      expect(await store.delete('p', 'k', { ifMatch: stale.etag })).toBe('conflict');
      expect(await store.delete('p', 'k', { ifMatch: 'not-an-etag-of-this-store' })).toBe('conflict');
      expect(await store.delete('p', 'k', { ifMatch: put.etag })).toBe('deleted');
      expect(await store.delete('p', 'k')).toBe('not-found');
      await store.put('p', 'k2', 1);
      expect(await store.delete('p', 'k2')).toBe('deleted');
      expect(await store.get('p', 'k2')).toBeUndefined();
    });

    it('lists one partition in key order, a page at a time, with an optional prefix', async () => {
      const { store } = await open();
      const keys = Array.from({ length: 25 }, (_, i) => `team-${String(i).padStart(2, '0')}`);
      for (const key of [...keys].reverse()) await store.put('subs', key, { key });
      await store.put('subs', 'zz-other', {});
      await store.put('other-partition', 'team-99', {});
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.list<{ key: string }>('subs', {
          limit: 10,
          prefix: 'team-',
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...page.items.map((item) => item.key));
        cursor = page.cursor;
        pages += 1;
      } while (cursor !== undefined && pages < 10);
      expect(seen).toEqual(keys);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect((await store.list('subs')).items).toHaveLength(26);
      expect((await store.list('empty')).items).toEqual([]);
    });

    it('scans every partition, a page at a time', async () => {
      const { store } = await open();
      for (let i = 0; i < 7; i += 1) await store.put(`p${i % 3}`, `k${i}`, i);
      const seen: number[] = [];
      let cursor: string | undefined;
      let guard = 0;
      do {
        const page = await store.scan({ limit: 3, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => item.data as number));
        cursor = page.cursor;
        guard += 1;
      } while (cursor !== undefined && guard < 20);
      expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    });

    it('sweeps expired documents and keeps the rest', async () => {
      const { store, clock } = await open();
      await store.put('p', 'gone-1', 1, { expiresAt: new Date(T0.getTime() + 1000) });
      await store.put('p', 'gone-2', 2, { expiresAt: new Date(T0.getTime() + 2000) });
      await store.put('p', 'later', 3, { expiresAt: new Date(T0.getTime() + 3_600_000) });
      await store.put('q', 'forever', 4);
      clock.now = new Date(T0.getTime() + 5000);
      expect(await store.deleteExpired()).toBe(2);
      expect(await store.deleteExpired()).toBe(0);
      const keys = (await store.scan()).items.map((item) => item.key).sort();
      expect(keys).toEqual(['forever', 'later']);
    });

    it('keeps keys with characters that Azure Tables forbids, and lists them by prefix', async () => {
      const { store } = await open();
      const odd = ['a/b', 'a#c', 'a?d', 'a\\e', 'a f', 'a:ë', "a'g", 'a%h'];
      for (const key of odd) await store.put('19:x@thread.tacv2/chan', key, key);
      for (const key of odd) expect((await store.get('19:x@thread.tacv2/chan', key))?.data).toBe(key);
      const listed = (await store.list('19:x@thread.tacv2/chan', { prefix: 'a' })).items.map((item) => item.key);
      expect(listed.sort()).toEqual([...odd].sort());
      expect((await store.list('19:x@thread.tacv2/chan', { prefix: 'a/' })).items.map((i) => i.key)).toEqual(['a/b']);
    });

    it('stores a large document whole, every character outside ASCII included', async () => {
      const { store } = await open();
      // Over 300 KB on the wire: it spans many request segments and (on Azure Tables) many properties, so
      // a character split between two of them would come back broken.
      const text = 'ë'.repeat(30_000) + '😀'.repeat(10_000) + 'x'.repeat(50_001);
      await store.put('p', 'big', { text });
      const read = (await store.get<{ text: string }>('p', 'big'))?.data.text;
      expect(read?.length).toBe(text.length);
      expect(read).toBe(text);
    });

    it('rejects keys no backend can hold as a bug', async () => {
      const { store } = await open();
      await expect(store.put('', 'k', 1)).rejects.toBeInstanceOf(StorageError);
      await expect(store.get('p', 'x'.repeat(256))).rejects.toMatchObject({ code: 'storage_invalid_key' });
    });

    it('race: two writers on one version — exactly one wins, the other gets a conflict', async () => {
      const { store, other } = await open();
      const base = await store.put('p', 'k', { writer: 'none' });
      if (base.kind !== 'ok') throw new Error('put failed');
      const results = await Promise.all([
        store.put('p', 'k', { writer: 'a' }, { ifMatch: base.etag }),
        other.put('p', 'k', { writer: 'b' }, { ifMatch: base.etag }),
      ]);
      expect(results.map((result) => result.kind).sort()).toEqual(['conflict', 'ok']);
      const winner = results[0]?.kind === 'ok' ? 'a' : 'b';
      expect((await store.get('p', 'k'))?.data).toEqual({ writer: winner });
    });

    it('race: optimistic increments from two instances lose no update', async () => {
      const { store, other } = await open();
      await store.put('p', 'counter', 0);
      const increment = async (s: DocumentStore) => {
        for (let attempt = 0; attempt < 100; attempt += 1) {
          const doc = await s.get<number>('p', 'counter');
          if (doc === undefined) throw new Error('counter vanished');
          if ((await s.put('p', 'counter', doc.data + 1, { ifMatch: doc.etag })).kind === 'ok') return;
        }
        throw new Error('gave up');
      };
      await Promise.all(Array.from({ length: 20 }, (_, i) => increment(i % 2 === 0 ? store : other)));
      expect((await store.get('p', 'counter'))?.data).toBe(20);
    });

    it('race: twenty claimers on two instances — exactly one succeeds', async () => {
      const { store, other } = await open();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? store : other).create('claims', 'team:2026-W10', { by: i }),
        ),
      );
      expect(results.filter((result) => result.kind === 'created')).toHaveLength(1);
      expect(results.filter((result) => result.kind === 'exists')).toHaveLength(19);
    });
  });
}
