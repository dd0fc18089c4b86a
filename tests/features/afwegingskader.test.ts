/**
 * The guided afwegingskader through the front door: Action.Execute invokes (the card comes back in the
 * invoke response, replacing the old one), Action.Submit fallbacks, and a restart in the middle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionExecute, type BaseOptions, cardSubmit, channelMention, personalMessage } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';
import { cardProblems } from '../support/validate-card.js';

type Card = { body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>> };
type Action = {
  type: string;
  title: string;
  verb?: string;
  data: Record<string, unknown>;
  fallback?: { data: Record<string, unknown> };
};

let connector: FakeConnector;
let app: TestApp;
const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-afweging-'));

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startApp({ USER_RATE_LIMIT: '0' });
});
afterAll(async () => {
  await app.close();
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => connector.clear());

const options = (user = '29:afweging-1', locale = 'nl-NL'): BaseOptions => ({
  serviceUrl: connector.url,
  locale,
  user: { id: user, aadObjectId: `aad-${user}` },
});
const text = (card: Card) => JSON.stringify(card.body);
const cardOf = (activity: Record<string, unknown> | undefined): Card =>
  ((activity?.attachments ?? []) as Array<{ content: Card }>)[0]?.content as Card;

function actionsOf(card: Card): Action[] {
  const found: Action[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const child of node) walk(child);
    else if (typeof node === 'object' && node !== null) {
      const element = node as Record<string, unknown>;
      if (typeof element.type === 'string' && element.type.startsWith('Action.'))
        found.push(element as unknown as Action);
      walk(element.actions);
      walk(element.body);
      walk(element.items);
    }
  };
  walk(card.body);
  walk(card.actions);
  return found;
}

function action(card: Card, title: string): Action {
  const found = actionsOf(card).find((candidate) => candidate.title === title);
  if (found === undefined)
    throw new Error(`no action "${title}" in ${JSON.stringify(actionsOf(card).map((a) => a.title))}`);
  return found;
}

async function start(command = 'afwegingskader', opts = options(), on: TestApp = app): Promise<Card> {
  connector.clear();
  await on.post(personalMessage(command, opts));
  const [reply] = await connector.waitForActivities(1);
  return cardOf(reply);
}

/** Clicks an Action.Execute button: the next card comes back in the invoke response. */
async function click(card: Card, title: string, opts = options(), on: TestApp = app): Promise<Card> {
  const button = action(card, title);
  expect(button.type).toBe('Action.Execute');
  const response = await on.post(actionExecute(button.verb as string, button.data, opts));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { statusCode: number; type: string; value: Card };
  expect(body.statusCode).toBe(200);
  expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(cardProblems(body.value)).toEqual([]);
  return body.value;
}

async function walk(answers: string[], opts = options()): Promise<Card> {
  let card = await start('afwegingskader', opts);
  for (const answer of answers) card = await click(card, answer, opts);
  return card;
}

describe('afwegingskader', () => {
  it('starts on "afwegingskader" with the question about the vermoeden, Ja / Nee, its source and the disclaimer', async () => {
    const card = await start();
    expect(cardProblems(card)).toEqual([]);
    expect(text(card)).toContain('vraag 1 van 5');
    expect(text(card)).toContain('vermoeden van huiselijk geweld of kindermishandeling');
    expect(text(card)).toContain('NJI — Afwegingskader meldcode');
    expect(text(card)).toContain('vervangt ze niet');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Ja', 'Nee', 'Opnieuw']);
  });

  it.each([
    [['Ja', 'Ja'], 'Melden bij Veilig Thuis', 'acute of structurele onveiligheid'],
    [['Ja', 'Nee', 'Ja', 'Nee'], 'Melden bij Veilig Thuis', 'hulp niet aanvaard'],
    [['Ja', 'Nee', 'Nee'], 'Melden bij Veilig Thuis', 'geen eigen effectieve hulp'],
    [['Ja', 'Nee', 'Ja', 'Ja', 'Nee'], '(Opnieuw) melden bij Veilig Thuis', 'onvoldoende resultaat'],
  ])('%j ends at melden', async (answers, title, reason) => {
    const card = await walk(answers);
    expect(text(card)).toContain(title);
    expect(text(card)).toContain(reason);
    expect(actionsOf(card).map((a) => (a as unknown as { url?: string }).url)).toContain('tel:08002000');
  });

  it('Ja, Nee, Ja, Ja, Ja ends at help without a melding, with monitoring', async () => {
    const card = await walk(['Ja', 'Nee', 'Ja', 'Ja', 'Ja']);
    expect(text(card)).toContain('Hulp bieden of organiseren');
    expect(text(card)).toContain('zonder melding');
    expect(text(card)).toContain('met monitoring en herbeoordeling');
    expect(text(card)).not.toContain('tel:08002000');
  });

  it('Nee on the first question says what to do instead: observe, consult, document', async () => {
    const card = await walk(['Nee']);
    expect(text(card)).toContain('Geen vermoeden (meer)');
    expect(text(card)).toContain('leg in het dossier vast');
    expect(text(card)).toContain('observeren');
    expect(text(card)).toContain('aandachtsfunctionaris');
  });

  it('offers a dossier summary with the answers and the date, and no names', async () => {
    const card = await walk(['Ja', 'Nee', 'Ja', 'Nee']);
    const summary = card.body.find((element) => element.fontType === 'Monospace')?.text as string;
    expect(summary).toMatch(/^Afwegingskader doorlopen op \d{2}-\d{2}-\d{4} met Wegwijs\./);
    expect(summary).toContain('1. Vermoeden: ja');
    expect(summary).toContain('2. Acute of structurele onveiligheid: nee');
    expect(summary).toContain('4. Aanvaarden van hulp: nee');
    expect(summary).toContain('Uitkomst: melden bij Veilig Thuis (hulp niet aanvaard)');
    expect(summary).not.toMatch(/Test Gebruiker|afweging-1/);
  });

  it('goes back one question, and starts again', async () => {
    const second = await walk(['Ja']);
    const first = await click(second, 'Terug');
    expect(text(first)).toContain('vraag 1 van 5');
    const outcome = await click(await click(first, 'Ja'), 'Ja');
    const restarted = await click(outcome, 'Opnieuw');
    expect(text(restarted)).toContain('vraag 1 van 5');
  });

  it('ignores a second click on an old card and shows where the flow stands', async () => {
    const first = await start();
    const second = await click(first, 'Ja');
    const again = await click(first, 'Nee');
    expect(text(again)).toBe(text(second));
  });

  it('works with Action.Submit where the client has no universal actions (a new card arrives)', async () => {
    const first = await start();
    const fallback = action(first, 'Ja').fallback?.data as Record<string, unknown>;
    connector.clear();
    await app.post(cardSubmit(fallback, options()));
    const [reply] = await connector.waitForActivities(1);
    const card = cardOf(reply);
    expect(text(card)).toContain('vraag 2 van 5');
  });

  it('starts with an @mention in a channel too', async () => {
    connector.clear();
    await app.post(channelMention('afwegingskader', options('29:channel-user')));
    const [reply] = await connector.waitForActivities(1);
    expect(text(cardOf(reply))).toContain('vraag 1 van 5');
  });

  it('starts in English on "reporting code check"', async () => {
    const card = await start('reporting code check', options('29:afweging-en', 'en-US'));
    expect(text(card)).toContain('question 1 of 5');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Yes', 'No', 'Start again']);
  });

  it('is offered as a button on meldcode answers', async () => {
    connector.clear();
    await app.post(personalMessage('moet ik melden?', options()));
    const [reply] = await connector.waitForActivities(1);
    const answer = cardOf(reply);
    const button = action(answer, 'Doorloop het afwegingskader');
    connector.clear();
    await app.post(cardSubmit(button.data, options()));
    const [flow] = await connector.waitForActivities(1);
    expect(text(cardOf(flow))).toContain('vraag 1 van 5');
  });

  it('keeps every user in a channel conversation on their own flow', async () => {
    const alice = options('29:alice');
    const bob = options('29:bob');
    const aliceSecond = await click(await start('afwegingskader', alice), 'Ja', alice);
    const bobFirst = await start('afwegingskader', bob);
    expect(text(await click(aliceSecond, 'Ja', alice))).toContain('Melden bij Veilig Thuis');
    expect(text(bobFirst)).toContain('vraag 1 van 5');
  });

  it('survives a restart in the middle (SQLite)', async () => {
    const env = { STORAGE: 'sqlite', DATA_DIR: dir, USER_RATE_LIMIT: '0' };
    const before = await startApp(env);
    const opts = options('29:restart');
    let second: Card;
    try {
      second = await click(await start('afwegingskader', opts, before), 'Ja', opts, before);
    } finally {
      await before.close();
    }
    const after = await startApp(env);
    try {
      const third = await click(second, 'Nee', opts, after);
      expect(text(third)).toContain('vraag 3 van 5');
    } finally {
      await after.close();
    }
  });
});
