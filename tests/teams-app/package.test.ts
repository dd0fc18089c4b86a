/**
 * `npm run package` as an admin runs it: the built script in a child process, against the real
 * manifest/ folder and copies of it broken in the ways people break manifests.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIcon } from '../../scripts/teams-app/png.js';
import { readZip } from '../../scripts/teams-app/zip.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'dist/scripts/package.js');
const ENV = {
  PATH: process.env.PATH ?? '',
  BOT_ID: '0a1b2c3d-0000-4000-8000-00000000beef',
  BOT_DOMAIN: 'wegwijs.example.org',
};

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wegwijs-package-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function packageFrom(manifestDir: string, env: Record<string, string> = ENV) {
  const out = path.join(work, `${path.basename(manifestDir)}-${Math.random().toString(36).slice(2)}.zip`);
  try {
    const { stdout } = await run(process.execPath, [SCRIPT, '--manifest-dir', manifestDir, '--out', out], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout, stderr: '', out };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, out };
  }
}

async function brokenCopy(name: string, breakIt: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(work, name);
  await cp(path.join(ROOT, 'manifest'), dir, { recursive: true });
  await breakIt(dir);
  return dir;
}

async function editJson<T>(file: string, edit: (json: T) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8')) as T;
  edit(json);
  await writeFile(file, JSON.stringify(json));
}

describe('npm run package', () => {
  it('builds a zip whose manifest passes the schema, with the placeholders filled and valid icons', async () => {
    const result = await packageFrom(path.join(ROOT, 'manifest'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const entries = new Map(readZip(await readFile(result.out)).map((entry) => [entry.name, entry.data]));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(Buffer.from(entries.get('manifest.json') ?? []).toString('utf8'));
    expect(manifest.manifestVersion).toBe('1.27');
    expect(manifest.id).toBe(ENV.BOT_ID);
    expect(manifest.bots[0].botId).toBe(ENV.BOT_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.validDomains).toEqual(['wegwijs.example.org']);
    expect(manifest.developer.privacyUrl).toBe('https://wegwijs.example.org/privacy');
    expect(JSON.stringify(manifest)).not.toContain('${{');

    // Every command has its English title and description in the localisation file.
    const english = JSON.parse(Buffer.from(entries.get('en.json') ?? []).toString('utf8'));
    manifest.bots[0].commandLists.forEach((list: { commands: unknown[] }, l: number) => {
      list.commands.forEach((_command, c) => {
        expect(english[`bots[0].commandLists[${l}].commands[${c}].title`]).toBeTruthy();
        expect(english[`bots[0].commandLists[${l}].commands[${c}].description`]).toBeTruthy();
      });
    });
    expect(checkIcon('color', entries.get('color.png') ?? new Uint8Array())).toEqual([]);
    expect(checkIcon('outline', entries.get('outline.png') ?? new Uint8Array())).toEqual([]);
  });

  it('says which variables to set when the environment lacks them', async () => {
    const result = await packageFrom(path.join(ROOT, 'manifest'), { PATH: ENV.PATH });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('set BOT_ID');
    expect(result.stderr).toContain('set BOT_DOMAIN');
  });

  it('fails with the schema error when the manifest is invalid, and writes no zip', async () => {
    const dir = await brokenCopy('invalid', (d) =>
      editJson<{ developer: { privacyUrl?: string }; bots: Array<{ scopes: string[] }> }>(
        path.join(d, 'manifest.json'),
        (m) => {
          delete m.developer.privacyUrl;
          const bot = m.bots[0];
          if (bot !== undefined) bot.scopes = ['personal', 'everywhere'];
        },
      ),
    );
    const result = await packageFrom(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/manifest\.json: schema: \/developer must have required property 'privacyUrl'/);
    expect(result.stderr).toMatch(
      /manifest\.json: schema: \/bots\/0\/scopes\/1 must be equal to one of the allowed values/,
    );
    await expect(readFile(result.out)).rejects.toThrow();
  });

  it('checks the localisation file against its own schema', async () => {
    const dir = await brokenCopy('bad-language', (d) =>
      editJson<Record<string, string>>(path.join(d, 'en.json'), (strings) => {
        strings['bots[0].commandLists[0].commands[0].tittle'] = 'typo';
      }),
    );
    const result = await packageFrom(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('en.json: schema: / must NOT have additional properties');
  });

  it('refuses icons of the wrong size or colour, and a manifest that is not JSON', async () => {
    const icons = await brokenCopy('bad-icons', (d) => cp(path.join(d, 'color.png'), path.join(d, 'outline.png')));
    const iconResult = await packageFrom(icons);
    expect(iconResult.code).toBe(1);
    expect(iconResult.stderr).toContain('outline.png (outline icon): must be 32×32 pixels, is 192×192');
    expect(iconResult.stderr).toContain('must be white on transparent');

    const notJson = await brokenCopy('not-json', (d) => writeFile(path.join(d, 'manifest.json'), '{"id": '));
    const jsonResult = await packageFrom(notJson);
    expect(jsonResult.code).toBe(1);
    expect(jsonResult.stderr).toContain('manifest.json: not valid JSON');
  });

  it('ships the icons that `npm run icons` draws (the script is their source)', async () => {
    const dir = path.join(work, 'icons');
    await cp(path.join(ROOT, 'manifest'), dir, { recursive: true });
    await run(process.execPath, [path.join(ROOT, 'dist/scripts/icons.js'), '--dir', dir], { cwd: ROOT });
    for (const file of ['color.png', 'outline.png']) {
      expect((await readFile(path.join(dir, file))).equals(await readFile(path.join(ROOT, 'manifest', file)))).toBe(
        true,
      );
    }
  });
});
