/**
 * Shared by the browser tests: start the bot and Agents Playground instances as child processes, drive
 * Debian's Chromium with playwright-core, and write a Playground configuration for a synthetic user.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { waitForHttp } from '../../scripts/processes.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PLAYGROUND_CLI = path.join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Only what the children need: no developer's settings leak into a test run. */
const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };

export interface Started {
  child: ChildProcess;
  output: () => string;
}

export function start(args: string[], env: NodeJS.ProcessEnv, cwd: string = ROOT): Started {
  const child = spawn(process.execPath, args, { cwd, env: { ...BASE_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

/** Where a failed browser test leaves what its processes wrote (`.test-results` is kept by CI, not by git). */
export const FAILURE_LOGS = path.join(ROOT, '.test-results/e2e-logs');

/**
 * Writes the last output of each process to `.test-results/e2e-logs/<name>-<n>.log`: called when a test
 * failed, so that a reply that never came (a timeout in the Playground) leaves the bot's own account.
 */
export async function keepOutput(name: string, started: readonly Started[]): Promise<void> {
  await mkdir(FAILURE_LOGS, { recursive: true });
  await Promise.all(
    started.map((process, index) => writeFile(path.join(FAILURE_LOGS, `${name}-${index}.log`), process.output())),
  );
}

export async function waitFor(url: string, what: string, started: Started): Promise<void> {
  await waitForHttp(url, started.child, { what, output: started.output, intervalMs: 200 });
}

/** The bot as `npm start` runs it, in local mode on `port`. */
export async function startBot(port: number, env: NodeJS.ProcessEnv): Promise<Started> {
  const bot = start(['--disable-warning=DEP0111', 'dist/src/main.js'], {
    PORT: String(port),
    SCHEDULER: 'off',
    LOG_LEVEL: 'warn',
    ...env,
  });
  await waitFor(`http://127.0.0.1:${port}/readyz`, 'the bot', bot);
  return bot;
}

/** A Playground on `port` talking to the bot; `cwd` may hold its `.m365agentsplayground.yml`. */
export async function startPlayground(botPort: number, port: number, cwd: string = ROOT): Promise<Started> {
  const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
  const playground = start(
    [PLAYGROUND_CLI, '-e', endpoint, '-c', 'msteams', '-p', String(port), '--dt'],
    { TEAMSAPPTESTER_BROWSER: 'none' },
    cwd,
  );
  // A configuration error is only written to devTools/m365agentsplayground.log in `cwd`.
  await waitFor(`http://127.0.0.1:${port}/`, `the Playground (log: ${cwd}/devTools)`, playground);
  return playground;
}

export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

/**
 * Writes a Playground configuration (schema 0.1.1) into `dir` with `me` as the signed-in user: the
 * Playground shows one user per instance, so two people means two instances.
 */
export async function writePlaygroundConfig(dir: string, me: PlaygroundUser, others: PlaygroundUser[]): Promise<void> {
  // The schema wants at least five other users.
  const fillers = [1, 2, 3, 4, 5].map((n) => ({
    id: `user-id-filler-${n}`,
    name: `Collega Vulling${n}`,
    aadObjectId: `00000000-0000-4000-8000-0000000000f${n}`,
  }));
  const user = (u: PlaygroundUser, first: string, rest: string) =>
    [
      `${first}id: ${u.id}`,
      `${rest}name: ${u.name}`,
      `${rest}userPrincipleName: ${u.id}@example.com`,
      `${rest}aadObjectId: ${u.aadObjectId}`,
      `${rest}givenName: ${u.name.split(' ')[0]}`,
      `${rest}surname: ${u.name.split(' ').slice(1).join(' ') || u.name}`,
      `${rest}email: ${u.id}@example.com`,
    ].join('\n');
  const yaml = [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-4000-8000-00000000000a',
    'bot:',
    '  id: 00000000-0000-4000-8000-0000000000b0',
    '  name: Wegwijs',
    'currentUser:',
    user(me, '  ', '  '),
    'users:',
    ...[...others, ...fillers].slice(0, Math.max(5, others.length)).map((u) => user(u, '  - ', '    ')),
    'personalChat:',
    `  id: personal-chat-${me.id}`,
    'groupChat:',
    '  id: group-chat-ambassadeurs',
    '  name: Ambassadeurs',
    'team:',
    '  id: team-id',
    '  name: Synthetisch team',
    '  aadGroupId: 00000000-0000-4000-8000-000000000031',
    '  channels:',
    '    - id: channel-general-id',
    '      name: General',
    '',
  ].join('\n');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, '.m365agentsplayground.yml'), yaml);
}

export async function launchBrowser(profileDir: string): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 1000 },
  });
}

/** Types into the Playground's compose box and sends, as a person would; `mention` first @mentions the bot. */
export async function say(page: Page, text: string, options: { mention?: string } = {}): Promise<void> {
  const box = page.locator('[role=textbox][contenteditable=true]').first();
  await box.click();
  if (options.mention !== undefined) {
    const candidates = page.getByText(options.mention, { exact: true });
    const before = await candidates.count();
    await page.keyboard.type(`@${options.mention.slice(0, 4)}`);
    // The suggestion pops up just above the compose box: the lowest element with the bot's name.
    const deadline = Date.now() + 10_000;
    while ((await candidates.count()) <= before) {
      if (Date.now() > deadline) throw new Error(`no mention suggestion for ${options.mention}`);
      await page.waitForTimeout(100);
    }
    let lowest: { index: number; y: number } | undefined;
    for (let index = 0; index < (await candidates.count()); index += 1) {
      const box = await candidates.nth(index).boundingBox();
      if (box !== null && (lowest === undefined || box.y > lowest.y)) lowest = { index, y: box.y };
    }
    if (lowest === undefined) throw new Error(`no mention suggestion for ${options.mention}`);
    await candidates.nth(lowest.index).click();
    await page.keyboard.type(' ');
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The most recent card on screen that shows `text`. */
export function cardWith(page: Page, text: string | RegExp): Locator {
  return page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
