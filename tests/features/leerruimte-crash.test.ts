/**
 * The hard case: 200 teams behind a connector that throttles like Teams (20 posts/s overall, 7/s per
 * thread) and faults (10% 429/503); the bot is killed with SIGKILL three seconds into the fan-out and
 * restarted on the same SQLite file. Every team gets its prompt; duplicates stay within the posts that
 * were in flight at the moment of the kill.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DELIVERY_OPTIONS } from '../../src/features/leerruimte/index.js';
import { botAddedToTeam } from '../support/activities.js';
import { startFakeConnector } from '../support/fake-connector.js';

const ADMIN_TOKEN = 'synthetic-admin-token-0123456789abcdef';
const TEAMS = 200;
const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function startBot(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.resolve('dist/src/main.js')], {
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      STORAGE: 'sqlite',
      DATA_DIR: dir,
      ADMIN_TOKEN,
      SCHEDULER: 'off',
      USER_RATE_LIMIT: '0',
      LOG_LEVEL: 'info',
      LEERRUIMTE_STALE_CLAIM_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /"port":(\d+),[^\n]*"msg":"wegwijs listening"/.exec(buffer);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`bot exited with ${code}`)));
  });
  child.stdout?.resume();
  return { child, url: `http://127.0.0.1:${port}` };
}

function dispatch(url: string) {
  return fetch(`${url}/api/intervision/dispatch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: '{"all":true}',
  });
}

describe('leerruimte under throttling and a crash', () => {
  it('serves all 200 teams with at most the in-flight posts duplicated', { timeout: 240_000 }, async () => {
    const connector = await startFakeConnector();
    let bot = await startBot();
    try {
      const team = (n: number) => `19:crash-team-${n}@thread.tacv2`;
      for (let n = 0; n < TEAMS; n += 1) {
        const response = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(botAddedToTeam({ serviceUrl: connector.url, teamId: team(n) })),
        });
        expect(response.status).toBe(200);
      }
      await connector.waitFor(() => connector.activities.length >= TEAMS, 30_000);
      connector.throttle = { perSecond: 20, perThread: 7, faultRate: 0.1 };

      void dispatch(bot.url).catch(() => undefined); // cut off by the kill
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const exited = new Promise((resolve) => bot.child.once('exit', resolve));
      bot.child.kill('SIGKILL');
      await exited;
      const beforeRestart = connector.threads.length;
      expect(beforeRestart).toBeGreaterThan(0);
      expect(beforeRestart).toBeLessThan(TEAMS);

      bot = await startBot();
      await new Promise((resolve) => setTimeout(resolve, 1200)); // let claims left in flight go stale
      for (let round = 0; round < 10; round += 1) {
        const report = (await (await dispatch(bot.url)).json()) as { sent: number; failed: number };
        if (report.failed === 0 && report.sent === 0) break;
      }

      const perTeam = new Map<string, number>();
      for (const thread of connector.threads) perTeam.set(thread.channelId, (perTeam.get(thread.channelId) ?? 0) + 1);
      const missing = Array.from({ length: TEAMS }, (_, n) => team(n)).filter((id) => !perTeam.has(id));
      expect(missing).toEqual([]);
      const duplicates = [...perTeam.values()].filter((count) => count > 1).length;
      expect(duplicates).toBeLessThanOrEqual(DEFAULT_DELIVERY_OPTIONS.concurrency);
      console.log(
        `crash test: ${beforeRestart} posts before the kill, ${connector.threads.length} in all, ${duplicates} duplicated`,
      );
    } finally {
      bot.child.kill('SIGKILL');
      await connector.stop();
    }
  });
});
