/**
 * The command-line tools as an editor runs them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordGap } from '../src/features/gaps/index.js';
import { SqliteDocumentStore } from '../src/storage/sqlite-document-store.js';

function run(script: string, args: string[], input?: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.resolve('dist/scripts', script), ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH, ...env },
    ...(input === undefined ? {} : { input }),
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run report:gaps', () => {
  it('lists unanswered questions, scrubbed, the most asked first', async () => {
    const store = new SqliteDocumentStore({ file: path.join(dir, 'wegwijs.db') });
    await store.init();
    await recordGap(store, 'Hoe werkt het parkeerbeleid?', [], { now: new Date() });
    await recordGap(store, 'Hoe werkt het parkeerbeleid', [], { now: new Date() });
    await recordGap(store, 'Mag Kevin Bakker een fiets lenen?', [], { now: new Date() });
    await store.close();
    const result = run('report-gaps.js', [], undefined, { STORAGE: 'sqlite', DATA_DIR: dir });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('count  last seen   question');
    expect(lines[1]).toMatch(/^ {4}2 {2}\d{4}-\d{2}-\d{2} {2}hoe werkt het parkeerbeleid$/);
    expect(lines[2]).toMatch(/^ {4}1 {2}\d{4}-\d{2}-\d{2} {2}mag \[naam\] een fiets lenen$/);
    expect(result.stdout).not.toContain('Kevin');
  });
});

describe('npm run pii', () => {
  it('prints the findings of stdin as JSON with --json', () => {
    const text = 'Mevrouw Jansen belde vanaf 06-12345678 over Veilig Thuis.';
    const result = run('pii.js', ['--json'], text);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      findings: [
        { type: 'name', start: 0, end: 14 },
        { type: 'phone', start: 27, end: 38 },
      ],
    });
  });

  it('prints the redacted text without --json', () => {
    const result = run('pii.js', [], 'Haar BSN is 111222333.');
    expect(result.stdout.trim()).toBe('Haar BSN is [BSN].');
    expect(result.stderr).toContain('pii: found BSN');
  });
});

describe('npm run knowledge:check', () => {
  it('passes on the real knowledge base, every source dated', () => {
    const result = run('knowledge-check.js', ['--today', '2026-12-01']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^knowledge:check: ok — \d+ entries/);
    expect(result.stderr).toBe('');
  });

  it('stops on a misspelt option instead of ignoring it (and checking the wrong folder)', () => {
    const result = run('knowledge-check.js', ['--dri', 'elders']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^knowledge:check: Unknown option '--dri'/);
  });

  describe('on a knowledge folder of its own', () => {
    const folder = path.join(dir, 'knowledge');
    const entry = (extra: string) => `- id: geldfit
  kind: info
  title: { nl: Geldfit, en: Geldfit }
  summary: { nl: Bel 0800-8115., en: Call 0800-8115. }
  sources:
    - { url: 'https://www.geldfit.nl', title: Geldfit, pageDate: 2024-03${extra} }
  verified: 2026-11-30
`;
    const write = (text: string) => {
      mkdirSync(path.join(folder, 'places'), { recursive: true });
      writeFileSync(path.join(folder, 'vocabulary.yaml'), 'topics: []\n');
      writeFileSync(path.join(folder, 'places', 'gemeenten-nl.csv'), 'Gemeentecode,GemeentecodeGM,Gemeentenaam\n');
      writeFileSync(path.join(folder, 'places', 'woonplaatsen-nl.csv'), 'place,municipality,province\n');
      writeFileSync(path.join(folder, 'safety.yaml'), 'groups:\n  now: { terms: [nu] }\nacute:\n  - [now]\n');
      writeFileSync(path.join(folder, 'geld.yaml'), text);
    };

    it('fails on a misspelt key, naming it with file and line', () => {
      write(entry(', read: 2026-11-30 }').replace('  summary:', '  sumary:').replace(' }\n  verified', '\n  verified'));
      const result = run('knowledge-check.js', ['--dir', folder, '--today', '2026-12-01']);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('geld.yaml:4: entry "geldfit": unknown key "sumary" (did you mean "summary"?)');
    });

    it('fails on a source without "read" (every source in knowledge/ has its dates now)', () => {
      write(entry(''));
      const result = run('knowledge-check.js', ['--dir', folder, '--today', '2026-12-01']);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('geld.yaml:6: entry "geldfit": source https://www.geldfit.nl: "read" is missing');
    });
  });

  it('fails, listing each entry past its review date, when run as of a later date', () => {
    const result = run('knowledge-check.js', ['--today', '2030-01-01']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /knowledge\/[\w/-]+\.yaml:\d+: entry "[\w-]+" was due for review on \d{4}-\d{2}-\d{2}/,
    );
  });
});
