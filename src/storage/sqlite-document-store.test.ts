import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeDocumentStoreContract } from './document-store.contract.js';
import { SqliteDocumentStore } from './sqlite-document-store.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-sqlite-'));
const opened: SqliteDocumentStore[] = [];
let files = 0;

afterAll(async () => {
  for (const store of opened) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describeDocumentStoreContract({
  name: 'sqlite',
  async open(now) {
    // Two connections to one file, as two processes would have.
    files += 1;
    const file = path.join(dir, `contract-${files}.db`);
    const stores = [new SqliteDocumentStore({ file, now }), new SqliteDocumentStore({ file, now })] as const;
    for (const store of stores) {
      await store.init();
      opened.push(store);
    }
    return [stores[0], stores[1]];
  },
});

// One instance that remembers every partition the contract writes: the same semantics, read back from memory.
describeDocumentStoreContract({
  name: 'sqlite, one instance remembering what it wrote',
  async open(now) {
    files += 1;
    const file = path.join(dir, `contract-${files}.db`);
    const remembered = ['p', 'q', 'teams', 'subs', 'claims', 'empty', 'other-partition', '19:x@thread.tacv2/chan'];
    const store = new SqliteDocumentStore({ file, now, remembered });
    await store.init();
    opened.push(store);
    return [store, store];
  },
});

describe('SQLite partitions read back from memory', () => {
  async function open(name: string, options: { limit?: number } = {}) {
    const file = path.join(dir, `${name}.db`);
    const clock = { now: new Date('2026-03-02T09:00:00.000Z') };
    const store = new SqliteDocumentStore({
      file,
      now: () => clock.now,
      remembered: ['conversation'],
      ...(options.limit === undefined ? {} : { rememberedLimit: options.limit }),
    });
    const file2 = new SqliteDocumentStore({ file, now: () => clock.now });
    await store.init();
    await file2.init();
    opened.push(store, file2);
    return { store, file: file2, clock };
  }

  it('gives back what it wrote, as the file has it, without reading the file', async () => {
    const { store, file, clock } = await open('remembered');
    const expiresAt = new Date(clock.now.getTime() + 60_000);
    await store.put('conversation', 'c1', { entryIds: ['a'] }, { expiresAt, schemaVersion: 1 });
    const fromMemory = await store.get('conversation', 'c1');
    expect(fromMemory).toEqual(await file.get('conversation', 'c1'));
    // Another connection's write is not seen: the partition is this instance's alone.
    await file.put('conversation', 'c1', { entryIds: ['b'] }, { expiresAt });
    expect((await store.get('conversation', 'c1'))?.data).toEqual({ entryIds: ['a'] });
    // Every other partition reads the file, as the readiness probe must.
    await store.put('health', 'probe', { nonce: 1 });
    await file.put('health', 'probe', { nonce: 2 });
    expect((await store.get('health', 'probe'))?.data).toEqual({ nonce: 2 });
    // A fresh object on every read: a caller that changes one does not change the next.
    const first = await store.get<{ entryIds: string[] }>('conversation', 'c1');
    first?.data.entryIds.push('changed');
    expect((await store.get('conversation', 'c1'))?.data).toEqual({ entryIds: ['a'] });
  });

  it('reads nothing once a document expired, was deleted or swept, and the file after a failed conditional write', async () => {
    const { store, file, clock } = await open('remembered-expiry');
    await store.put('conversation', 'short', 1, { expiresAt: new Date(clock.now.getTime() + 1_000) });
    await store.put('conversation', 'deleted', 2);
    await store.put('conversation', 'swept', 3, { expiresAt: new Date(clock.now.getTime() + 60_000) });
    clock.now = new Date(clock.now.getTime() + 1_000);
    expect(await store.get('conversation', 'short')).toBeUndefined();
    expect(await store.delete('conversation', 'deleted')).toBe('deleted');
    expect(await store.get('conversation', 'deleted')).toBeUndefined();
    // The sweep may be given a later time than the clock's: what it removed is gone from memory too.
    await store.deleteExpired(new Date(clock.now.getTime() + 60_000));
    expect(await store.get('conversation', 'swept')).toBeUndefined();
    const written = await store.put('conversation', 'etag', 'mine');
    await file.put('conversation', 'etag', 'theirs');
    expect(
      await store.put('conversation', 'etag', 'stale', { ifMatch: written.kind === 'ok' ? written.etag : '' }),
    ).toEqual({
      kind: 'conflict',
    });
    expect((await store.get('conversation', 'etag'))?.data).toBe('theirs');
  });

  it('forgets the longest unwritten document beyond its limit, which then reads from the file', async () => {
    const { store, file } = await open('remembered-limit', { limit: 2 });
    for (const key of ['a', 'b', 'c']) await store.put('conversation', key, key);
    await store.put('conversation', 'b', 'b2');
    await file.put('conversation', 'a', 'a-file');
    await file.put('conversation', 'b', 'b-file');
    await file.put('conversation', 'c', 'c-file');
    expect((await store.get('conversation', 'a'))?.data).toBe('a-file');
    expect((await store.get('conversation', 'b'))?.data).toBe('b2');
    expect((await store.get('conversation', 'c'))?.data).toBe('c');
  });
});

describe('SQLite shared by several processes', () => {
  it('gives each claim to exactly one of four processes racing for 1000 keys', async () => {
    const file = path.join(dir, 'processes.db');
    const init = new SqliteDocumentStore({ file });
    await init.init();
    await init.close();
    const module = pathToFileURL(path.resolve('dist/src/storage/sqlite-document-store.js')).href;
    expect(existsSync(fileURLToPath(module)), 'run `npm run build` first').toBe(true);
    const startAt = Date.now() + 1500;
    const program = `
      const { SqliteDocumentStore } = await import(${JSON.stringify(module)});
      const store = new SqliteDocumentStore({ file: ${JSON.stringify(file)} });
      await store.init();
      while (Date.now() < ${startAt}) {}
      let created = 0;
      // Each process walks the keys in its own random order, so that they collide all the way through.
      const keys = Array.from({ length: 1000 }, (_, i) => i).sort(() => Math.random() - 0.5);
      for (const i of keys) {
        if ((await store.create('claims', 'team-' + i + ':2026-W10', { pid: process.pid })).kind === 'created') created += 1;
        // Yield so that the four processes interleave instead of one finishing before the others start.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      await store.close();
      process.stdout.write(String(created));
    `;
    const runs = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', program], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      return new Promise<number>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
        });
        child.once('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`child exited ${code}`))));
      });
    });
    const counts = await Promise.all(runs);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(1000);
    // More than one process won keys: they really ran side by side.
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    const check = new SqliteDocumentStore({ file });
    await check.init();
    expect((await check.list('claims', { limit: 1000 })).items).toHaveLength(1000);
    await check.close();
  });
});

describe('SQLite puts made in one turn of the event loop', () => {
  it('are written together, each resolving once written, in the order they were made', async () => {
    const file = path.join(dir, 'batched.db');
    const store = new SqliteDocumentStore({ file });
    const other = new SqliteDocumentStore({ file });
    await store.init();
    await other.init();
    opened.push(store, other);
    const puts = Array.from({ length: 20 }, (_, i) => store.put('p', `k${i % 5}`, i));
    // Asked for before the puts are written: each sees the order of the calls.
    const read = store.get<number>('p', 'k4');
    const deleted = store.delete('p', 'k3');
    const results = await Promise.all(puts);
    expect(results.every((result) => result.kind === 'ok')).toBe(true);
    expect((await read)?.data).toBe(19);
    expect(await deleted).toBe('deleted');
    expect((await other.get<number>('p', 'k0'))?.data).toBe(15);
    expect(await other.get('p', 'k3')).toBeUndefined();
    const last = results[19];
    expect((await other.get('p', 'k4'))?.etag).toBe(last?.kind === 'ok' ? last.etag : '');
  });

  it('are written before the store closes, and fail after it closed', async () => {
    const file = path.join(dir, 'closing.db');
    const store = new SqliteDocumentStore({ file });
    await store.init();
    const put = store.put('p', 'k', 'kept');
    await store.close();
    expect((await put).kind).toBe('ok');
    await expect(store.put('p', 'k', 'late')).rejects.toThrow(/after close/);
    const check = new SqliteDocumentStore({ file });
    await check.init();
    opened.push(check);
    expect((await check.get('p', 'k'))?.data).toBe('kept');
  });
});
