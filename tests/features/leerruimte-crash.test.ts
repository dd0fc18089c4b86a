/**
 * The hard case: 200 teams behind a connector that throttles like Teams (20 posts/s overall, 7/s per
 * thread) and faults (10% 429/503); the bot is killed with SIGKILL once the connector has seen 50 of the
 * prompts (not after a wall time, which on a busy machine meant anything from none to all) and restarted on
 * the same SQLite file. Every team gets its prompt; duplicates stay within the posts that were in flight at
 * the moment of the kill.
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
/** Prompts the connector has seen when the bot is killed: a quarter of the teams, the fan-out in full flow. */
const KILL_AFTER = 50;
/** LEERRUIMTE_STALE_CLAIM_SECONDS below: after this, a claim left by the killed process may be taken over. */
const STALE_CLAIM_MS = 1000;
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
      LEERRUIMTE_STALE_CLAIM_SECONDS: String(STALE_CLAIM_MS / 1000),
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
      // Installed eight at a time: each install is its own turn, as when Teams sends them.
      for (let n = 0; n < TEAMS; n += 8) {
        const batch = Array.from({ length: Math.min(8, TEAMS - n) }, (_, i) =>
          fetch(`${bot.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(botAddedToTeam({ serviceUrl: connector.url, teamId: team(n + i) })),
          }),
        );
        for (const response of await Promise.all(batch)) expect(response.status).toBe(200);
      }
      await connector.waitFor(() => connector.activities.length >= TEAMS, 30_000);
      connector.throttle = { perSecond: 20, perThread: 7, faultRate: 0.1 };

      void dispatch(bot.url).catch(() => undefined); // cut off by the kill
      await connector.waitFor(() => connector.threads.length >= KILL_AFTER, 60_000);
      const exited = new Promise((resolve) => bot.child.once('exit', resolve));
      bot.child.kill('SIGKILL');
      const killedAt = Date.now();
      await exited;
      const beforeRestart = connector.threads.length;
      expect(beforeRestart).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(beforeRestart).toBeLessThan(TEAMS);

      bot = await startBot();
      // The claims the killed process left in flight are taken over once stale; the restart mostly took longer.
      const stale = killedAt + STALE_CLAIM_MS + 100 - Date.now();
      if (stale > 0) await new Promise((resolve) => setTimeout(resolve, stale));
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
