/**
 * Sharing a case, end to end, by two people in two Agents Playground instances on one bot: the author
 * (Alma) fills in the form; a case with personal data is blocked with the kinds named; the placeholders
 * version goes to review in the ambassadors' group chat; the reviewer (Rens) approves it there; Alma is
 * told, and the case is found by search. Both are admins (`ADMIN_AAD_IDS`), who may do all an ambassador
 * may; appointing ambassadors by mention is covered by the front-door tests. All people are synthetic.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/processes.js';
import {
  cardWith,
  keepOutput,
  launchBrowser,
  type PlaygroundUser,
  type Started,
  say,
  screenshot,
  startBot,
  startPlayground,
  writePlaygroundConfig,
} from './support.js';

const AUTHOR: PlaygroundUser = {
  id: 'user-id-alma',
  name: 'Alma Auteur',
  aadObjectId: '00000000-0000-4000-8000-0000000000e2',
};
const REVIEWER: PlaygroundUser = {
  id: 'user-id-rens',
  name: 'Rens Reviewer',
  aadObjectId: '00000000-0000-4000-8000-0000000000e1',
};
const TITLE = 'Korte afspraken bij een vader die boos wordt over geld';

let workDir: string;
const started: Started[] = [];
let browser: BrowserContext | undefined;
let author: Page;
let reviewer: Page;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'wegwijs-e2e-cases-'));
  const botPort = await freePort();
  started.push(
    await startBot(botPort, {
      DATA_DIR: path.join(workDir, 'data'),
      ADMIN_AAD_IDS: `${AUTHOR.aadObjectId},${REVIEWER.aadObjectId}`,
    }),
  );
  const pages: Page[] = [];
  browser = await launchBrowser(path.join(workDir, 'profile'));
  for (const [me, other] of [
    [REVIEWER, AUTHOR],
    [AUTHOR, REVIEWER],
  ] as const) {
    const dir = path.join(workDir, me.id);
    await writePlaygroundConfig(dir, me, [other]);
    const port = await freePort();
    started.push(await startPlayground(botPort, port, dir));
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto(`http://127.0.0.1:${port}/`);
    pages.push(page);
  }
  [reviewer, author] = pages as [Page, Page];
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await keepOutput('cases', started);
});

afterAll(async () => {
  await browser?.close();
  for (const process of started.reverse()) process.child.kill('SIGTERM');
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe('sharing a case in the Agents Playground', () => {
  it('lets an admin make the group chat the ambassadors’ review chat', async () => {
    await reviewer.getByText('Ambassadeurs', { exact: true }).first().click();
    await say(reviewer, 'ambassadeurskanaal', { mention: 'Wegwijs' });
    await reviewer.getByText('Hier komen nu de casussen ter beoordeling binnen').last().waitFor({ timeout: 20_000 });
  });

  it('blocks a case with personal data, names the kinds and stores nothing', async () => {
    await say(author, 'casus delen');
    const form = cardWith(author, 'Deel een casus');
    await form.waitFor({ timeout: 20_000 });
    await form.getByLabel('Titel').fill(TITLE);
    await form
      .getByLabel('De situatie')
      .fill('Mevrouw Jansen belde vanaf 06-12345678: haar man werd in elk gesprek over geld boos.');
    await form.getByLabel('Wat werkte?').fill('Korte afspraken met één onderwerp, en een tandem met schuldhulp.');
    await form.getByLabel('De les voor collega’s').fill('Eerst de acute geldzorgen, dan pas de rest.');
    await form.getByRole('checkbox', { name: 'geldstress' }).check();
    await form.getByRole('checkbox', { name: 'tandem' }).check();
    // A compact ChoiceSet renders as a Fluent combobox whose options open in a popup.
    await form.getByRole('combobox', { name: 'Soort organisatie' }).click();
    await author.getByRole('option', { name: 'Wijkteam / sociaal team' }).click();
    await form.getByRole('checkbox', { name: /Ik heb de casus geanonimiseerd/ }).check();
    await screenshot(author, '11-casus-formulier');
    await form.getByRole('button', { name: 'Indienen ter beoordeling' }).click();

    const blocked = cardWith(author, 'Niet opgeslagen');
    await blocked.waitFor({ timeout: 20_000 });
    expect(await blocked.innerText()).toContain('Gevonden: naam, telefoonnummer.');
    await blocked.scrollIntoViewIfNeeded();
    await screenshot(author, '12-casus-geblokkeerd');
  });

  it('replaces what was found with placeholders; the clean case goes to review', async () => {
    await cardWith(author, 'Niet opgeslagen').getByRole('button', { name: 'Vervang door placeholders' }).click();
    const replaced = cardWith(author, 'De gemarkeerde stukken zijn vervangen');
    await replaced.waitFor({ timeout: 20_000 });
    expect(await replaced.getByLabel('De situatie').inputValue()).toBe(
      '[NAAM] belde vanaf [TELEFOONNUMMER]: haar man werd in elk gesprek over geld boos.',
    );
    await replaced.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await author.getByText(`Je casus "${TITLE}" is ter beoordeling`).last().waitFor({ timeout: 20_000 });
  });

  it('lets another ambassador approve it in the review chat; the author is told', async () => {
    const review = cardWith(reviewer, 'Casus ter beoordeling');
    await review.waitFor({ timeout: 20_000 });
    expect(await review.innerText()).toContain('Gedeeld door Alma Auteur');
    await review.scrollIntoViewIfNeeded();
    await screenshot(reviewer, '13-casus-ter-beoordeling');
    await review.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
    await cardWith(reviewer, 'Goedgekeurd door Rens Reviewer').waitFor({ timeout: 20_000 });
    await screenshot(reviewer, '14-casus-goedgekeurd');
    await cardWith(author, 'is goedgekeurd door Rens Reviewer en gepubliceerd').waitFor({ timeout: 20_000 });
  });

  it('finds the published case by search', async () => {
    await reviewer.getByText('Personal Chat', { exact: true }).first().click();
    await say(reviewer, 'casussen over geldstress');
    const results = cardWith(reviewer, 'Gedeelde casussen');
    await results.waitFor({ timeout: 20_000 });
    expect(await results.innerText()).toContain(TITLE);
    await results.scrollIntoViewIfNeeded();
    await screenshot(reviewer, '15-casus-gevonden');
  });
});
