/**
 * End to end in a Teams-like client: the bot (as `npm start` runs it) behind the Microsoft 365 Agents
 * Playground, driven through Debian's Chromium by playwright-core. What a person sees on screen is what
 * is asserted; a screenshot of each step goes to tests/e2e/screenshots/ (git-ignored).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/processes.js';
import {
  cardWith as cardOn,
  keepOutput,
  launchBrowser,
  type Started,
  say as sayOn,
  screenshot as screenshotOf,
  startBot,
  startPlayground,
} from './support.js';

let dataDir: string;
let profileDir: string;
let bot: Started | undefined;
let playground: Started | undefined;
let browser: BrowserContext | undefined;
let page: Page;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'wegwijs-e2e-data-'));
  profileDir = await mkdtemp(path.join(tmpdir(), 'wegwijs-e2e-profile-'));
  const botPort = await freePort();
  const playgroundPort = await freePort();
  bot = await startBot(botPort, { DATA_DIR: dataDir });
  playground = await startPlayground(botPort, playgroundPort);
  browser = await launchBrowser(profileDir);
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`http://127.0.0.1:${playgroundPort}/`);
}, 90_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await keepOutput(
      'playground',
      [bot, playground].filter((process) => process !== undefined),
    );
});

afterAll(async () => {
  await browser?.close();
  playground?.child.kill('SIGTERM');
  bot?.child.kill('SIGTERM');
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
  if (profileDir !== undefined) await rm(profileDir, { recursive: true, force: true });
});

const say = (text: string) => sayOn(page, text);
const cardWith = (text: string | RegExp) => cardOn(page, text);
const screenshot = (name: string) => screenshotOf(page, name);

describe('Wegwijs in the Agents Playground (msteams channel)', () => {
  it('greets a new chat with the help card, 112 and Veilig Thuis first', async () => {
    const welcome = cardWith('Ik help professionals');
    await welcome.waitFor({ timeout: 20_000 });
    const text = await welcome.innerText();
    expect(text.indexOf('0800-2000')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('112')).toBeLessThan(text.indexOf('Ik help professionals'));
    expect(text.indexOf('0800-2000')).toBeLessThan(text.indexOf('Ik help professionals'));
    await screenshot('01-welcome');
  });

  it('answers a typed question with the Zoetermeer debt-help card and its number', async () => {
    await say('wie doet schuldhulp in Zoetermeer?');
    const answer = cardWith('14 079');
    await answer.waitFor({ timeout: 20_000 });
    expect(await answer.innerText()).toContain('Zoetermeer');
    // Open-URL actions render as buttons with the link role; the tel: link is what dials on a phone.
    expect(await answer.getByRole('link', { name: 'Bel 14 079' }).getAttribute('title')).toBe('tel:14079');
    await answer.scrollIntoViewIfNeeded();
    await screenshot('02-schuldhulp-zoetermeer');
  });

  it('thanks the user for a 👍', async () => {
    await cardWith('14 079').getByRole('button', { name: /Ja/ }).click();
    await page.getByText('Dank je voor je feedback').last().waitFor({ timeout: 20_000 });
    await screenshot('03-feedback');
  });

  it('walks the afwegingskader to an outcome, one question at a time', async () => {
    await say('afwegingskader');
    // Ja (a suspicion), Nee (not acutely unsafe), Ja (help is possible), Ja (accepted), Ja (it works).
    const answers = ['Ja', 'Nee', 'Ja', 'Ja', 'Ja'];
    for (const [index, answer] of answers.entries()) {
      const question = cardWith(`vraag ${index + 1} van 5`);
      await question.waitFor({ timeout: 20_000 });
      if (index === 0) await screenshot('04-afwegingskader-vraag-1');
      await question.getByRole('button', { name: answer, exact: true }).click();
    }
    const outcome = cardWith('uitkomst');
    await outcome.waitFor({ timeout: 20_000 });
    expect(await outcome.innerText()).toContain('Hulp bieden of organiseren');
    await outcome.scrollIntoViewIfNeeded();
    await screenshot('05-afwegingskader-uitkomst');
  });

  it('puts 112 and Veilig Thuis first when someone is in danger', async () => {
    await say('ik ben bang dat hij haar vanavond iets aandoet');
    const card = cardWith('Bel 112');
    await card.waitFor({ timeout: 20_000 });
    const text = await card.innerText();
    expect(text.slice(0, 120)).toMatch(/112/);
    expect(text).toContain('0800-2000');
    await screenshot('06-gevaar');
  });
});
