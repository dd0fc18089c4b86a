/**
 * Invalid knowledge stops start-up with file:line messages; a reload that fails keeps the last good version.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { personalMessage } from '../support/activities.js';
import { startFakeConnector } from '../support/fake-connector.js';
import { startApp } from '../support/start-app.js';

const ADMIN_TOKEN = 'synthetic-admin-token-0123456789abcdef';
const ADMIN_AAD = '00000000-0000-4000-8000-0000000000ad';
const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-knowledge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copyKnowledge(name: string): string {
  const target = path.join(dir, name);
  cpSync(path.resolve('knowledge'), target, { recursive: true });
  return target;
}

function breakZoetermeer(knowledgeDir: string): { file: string; line: number } {
  const file = path.join(knowledgeDir, 'gemeenten', 'haaglanden-2.yaml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes('phone: 14 079'));
  lines[index] = lines[index]?.replace('14 079', 'bel de gemeente') ?? '';
  writeFileSync(file, lines.join('\n'));
  return { file, line: index + 1 };
}

describe('knowledge at start and on reload', () => {
  it('refuses to start on invalid knowledge, naming file and line', () => {
    const knowledgeDir = copyKnowledge('invalid');
    const { line } = breakZoetermeer(knowledgeDir);
    const result = spawnSync(process.execPath, [path.resolve('dist/src/main.js')], {
      env: { PATH: process.env.PATH, PORT: '0', STORAGE: 'memory', KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: 'silent' },
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((text) => text.startsWith('wegwijs:'));
    expect(lines.length).toBeGreaterThan(0);
    // The contact block starts a few lines above the phone; the message names the entry and the value.
    expect(lines.join('\n')).toMatch(
      /wegwijs: knowledge: invalid\/gemeenten\/haaglanden-2\.yaml:\d+: entry "zoetermeer-schuldhulp": contact phone "bel de gemeente"/,
    );
    expect(line).toBeGreaterThan(0);
  });

  it('reloads through the admin endpoint, and keeps serving the last good version when a reload fails', async () => {
    const knowledgeDir = copyKnowledge('reload');
    const connector = await startFakeConnector();
    const app = await startApp({
      KNOWLEDGE_DIR: knowledgeDir,
      ADMIN_TOKEN,
      ADMIN_AAD_IDS: ADMIN_AAD,
      USER_RATE_LIMIT: '0',
    });
    const reload = () =>
      fetch(`${app.url}/api/admin/knowledge/reload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: '{}',
      });
    const ask = async () => {
      connector.clear();
      await app.post(personalMessage('wie doet schuldhulp in Zoetermeer?', { serviceUrl: connector.url }));
      const [reply] = await connector.waitForActivities(1);
      return JSON.stringify(reply);
    };
    try {
      expect((await reload()).status).toBe(200);
      breakZoetermeer(knowledgeDir);
      const failed = await reload();
      expect(failed.status).toBe(422);
      const body = (await failed.json()) as { ok: boolean; errors: string[] };
      expect(body.ok).toBe(false);
      expect(body.errors.join('\n')).toMatch(
        /haaglanden-2\.yaml:\d+: entry "zoetermeer-schuldhulp": contact phone "bel de gemeente"/,
      );
      expect(await ask()).toContain('14 079');

      // The same from Teams, by an admin: the problems are listed, the last good version keeps serving.
      connector.clear();
      await app.post(
        personalMessage('kennisbank herladen', { serviceUrl: connector.url, user: { aadObjectId: ADMIN_AAD } }),
      );
      const [reply] = await connector.waitForActivities(1);
      expect(reply?.text).toMatch(/^Herladen mislukt; de vorige versie blijft in gebruik/);
      expect(reply?.text).toMatch(/haaglanden-2\.yaml:\d+: entry "zoetermeer-schuldhulp"/);
      connector.clear();
      await app.post(personalMessage('kennisbank herladen', { serviceUrl: connector.url }));
      expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Alleen een beheerder/);
      // A command answers in its own language, not the client's.
      connector.clear();
      await app.post(personalMessage('reload knowledge', { serviceUrl: connector.url, locale: 'nl-NL' }));
      expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Only a Wegwijs admin can reload/);
    } finally {
      await app.close();
      await connector.stop();
    }
  });
});
