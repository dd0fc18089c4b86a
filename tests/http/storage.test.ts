/**
 * Storage seen from outside: the SQLite default is created on first start, /readyz reports the store,
 * an unreachable store fails start-up with one clear line, and backups round-trip through the CLI.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { type Azurite, startAzurite } from '../support/azurite.js';
import { FixedClock } from '../support/clock.js';
import { startApp } from '../support/start-app.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runScript(script: string, args: string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, [path.resolve('dist/scripts', script), ...args], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 30_000,
    ...(input === undefined ? {} : { input }),
  });
}

describe('SQLite by default', () => {
  it('creates $DATA_DIR/wegwijs.db on first start and reports the store ready', async () => {
    const dataDir = path.join(dir, 'fresh');
    const app = await startApp({ STORAGE: 'sqlite', DATA_DIR: dataDir });
    try {
      expect(existsSync(path.join(dataDir, 'wegwijs.db'))).toBe(true);
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { knowledge: true, storage: true } });
    } finally {
      await app.close();
    }
  });
});

describe('an unusable DATA_DIR', () => {
  it.each(['/proc/self/rt', '/etc/hostname/data'])(
    'DATA_DIR=%s: one line, exit 1 (it hung at 100%% CPU)',
    (dataDir) => {
      const result = spawnSync(process.execPath, [path.resolve('dist/src/main.js')], {
        env: { PATH: process.env.PATH, PORT: '0', DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 45_000,
      });
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('wegwijs:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^wegwijs: failed to start \[storage_unavailable\]: storage: cannot open SQLite database .* is not a directory Wegwijs can write in\)$/,
      );
    },
    60_000,
  );
});

describe('readiness tells the truth', () => {
  it('answers /readyz 503 naming storage once the SQLite file is damaged under the running bot', async () => {
    const dataDir = path.join(dir, 'damaged');
    const ADMIN_TOKEN = 'synthetic-admin-token-0123456789abcdef';
    const clock = new FixedClock();
    const app = await startApp({ STORAGE: 'sqlite', DATA_DIR: dataDir, ADMIN_TOKEN }, { clock });
    try {
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      // What the issue did: pages of the file overwritten (after a checkpoint moved the data into it).
      const file = path.join(dataDir, 'wegwijs.db');
      const other = new Database(file);
      other.pragma('wal_checkpoint(TRUNCATE)');
      other.close();
      const fd = openSync(file, 'r+');
      const size = fstatSync(fd).size;
      writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
      closeSync(fd);
      // The last good answer is kept 5 s: still up just before, down once they are over.
      clock.advance(4_999);
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      clock.advance(1);
      const down = await fetch(`${app.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'not ready', checks: { knowledge: true, storage: false } });
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const stats = await fetch(`${app.url}/api/admin/stats`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(((await stats.json()) as { storageProbeFailures: number }).storageProbeFailures).toBeGreaterThanOrEqual(1);
    } finally {
      await app.close();
    }
  }, 40_000);
});

describe('Azure Tables', () => {
  let azurite: Azurite | undefined;
  afterAll(async () => azurite?.stop());

  it('serves on Azurite and answers /readyz 503 once the store is gone', async () => {
    azurite = await startAzurite();
    const clock = new FixedClock();
    const app = await startApp(
      { STORAGE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString },
      { clock },
    );
    try {
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      await azurite.stop();
      clock.advance(5_000); // past the kept answer
      const down = await fetch(`${app.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'not ready', checks: { knowledge: true, storage: false } });
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 40_000);

  it('refuses to start when the store cannot be reached: exit 1, one line', () => {
    const result = spawnSync(process.execPath, [path.resolve('dist/src/main.js')], {
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        STORAGE: 'azure-tables',
        // A refused connection is expected here: no retries (the default three wait ~7 s in back-off).
        AZURE_STORAGE_MAX_RETRIES: '0',
        AZURE_STORAGE_CONNECTION_STRING:
          'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('wegwijs:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^wegwijs: failed to start \[storage_unavailable\]: storage: Azure Tables call failed/);
  }, 60_000);
});

describe('npm run export / import', () => {
  it('round-trips every document from SQLite to SQLite, expiry and schema version included', async () => {
    const source = path.join(dir, 'source');
    const store = new SqliteDocumentStore({ file: path.join(source, 'wegwijs.db') });
    await store.init();
    await store.put('teams', '19:synthetic/a', { name: 'Synthetisch team' }, { schemaVersion: 3 });
    await store.put('claims', 'team:2026-W10', { by: 'x' }, { expiresAt: new Date('2099-01-01T00:00:00Z') });
    await store.close();

    const backup = path.join(dir, 'backup.jsonl');
    const exported = runScript('export.js', ['--out', backup], { STORAGE: 'sqlite', DATA_DIR: source });
    expect(exported.stderr).toContain('export: 2 documents from sqlite');
    expect(exported.status).toBe(0);

    const target = path.join(dir, 'target');
    const imported = runScript('import.js', ['--in', backup], { STORAGE: 'sqlite', DATA_DIR: target });
    expect(imported.stderr).toContain('import: 2 documents into sqlite');
    const restored = new SqliteDocumentStore({ file: path.join(target, 'wegwijs.db') });
    await restored.init();
    expect(await restored.get('teams', '19:synthetic/a')).toMatchObject({
      data: { name: 'Synthetisch team' },
      schemaVersion: 3,
    });
    expect((await restored.get('claims', 'team:2026-W10'))?.expiresAt?.toISOString()).toBe('2099-01-01T00:00:00.000Z');
    await restored.close();
  });

  it('writes nothing from a file with a bad line and names each bad line as file:line', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [
        '{"partition":"p","key":"k","schemaVersion":1,"expiresAt":null,"updatedAt":"2026-01-01T00:00:00Z","data":1}',
        '{"partition":"p","key":"k2"',
        '{"partition":"","key":"k3","schemaVersion":1,"expiresAt":null,"data":1}',
      ].join('\n'),
    );
    const target = path.join(dir, 'untouched');
    const result = runScript('import.js', ['--in', bad], { STORAGE: 'sqlite', DATA_DIR: target });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}:2: not valid JSON`);
    expect(result.stderr).toContain(`${bad}:3: "partition" must be a string of 1 to 255 characters`);
    const store = new SqliteDocumentStore({ file: path.join(target, 'wegwijs.db') });
    await store.init();
    expect((await store.scan()).items).toEqual([]);
    await store.close();
  });
});
