/**
 * "Vraag een collega" through the front door: an admin designates the experts' channel, a question goes
 * there (checked for personal data), an expert answers in the card, the answer reaches the asker, and the
 * channel card shows who answered.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GAPS_PARTITION } from '../../src/features/gaps/index.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import {
  actionExecute,
  CHANNEL_ID,
  cardSubmit,
  channelActionExecute,
  channelMention,
  personalMessage,
} from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';
import { cardProblems } from '../support/validate-card.js';

type Card = { body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>> };

const ADMIN = { id: '29:admin', aadObjectId: '00000000-0000-4000-8000-0000000000ad', name: 'Beheerder Test' };
const EXPERT = { id: '29:expert', aadObjectId: '00000000-0000-4000-8000-0000000000e1', name: 'Expert Een' };
const EXPERT_TWO = { id: '29:expert2', aadObjectId: '00000000-0000-4000-8000-0000000000e2', name: 'Expert Twee' };
const ASKER = { id: '29:asker', aadObjectId: '00000000-0000-4000-8000-0000000000a5', name: 'Vrager Test' };

let connector: FakeConnector;
let app: TestApp;
const store = new MemoryDocumentStore();

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startApp({ USER_RATE_LIMIT: '0', ADMIN_AAD_IDS: ADMIN.aadObjectId }, { store });
});
afterAll(async () => {
  await app.close();
  await connector.stop();
});
afterEach(() => connector.clear());

const cardOf = (activity: Record<string, unknown> | undefined): Card =>
  ((activity?.attachments ?? []) as Array<{ content: Card }>)[0]?.content as Card;
const text = (card: Card | undefined) => JSON.stringify(card ?? {});

async function setChannel(): Promise<void> {
  await app.post(channelMention('expertkanaal', { serviceUrl: connector.url, user: ADMIN }));
  await connector.waitForActivities(1);
  connector.clear();
}

/** Sends a question to colleagues from a personal chat; returns what the connector received. */
async function ask(question: string) {
  await app.post(cardSubmit({ verb: 'collega.verstuur', vraag: question }, { serviceUrl: connector.url, user: ASKER }));
  // The reply to the submit comes after the turn's sends (to the asker and the experts' channel).
  await connector.waitForActivities(1);
  return connector.activities;
}

async function answerAs(user: typeof EXPERT, id: string, answer: string): Promise<Card> {
  const response = await app.post(
    channelActionExecute('collega.antwoord', { id, antwoord: answer }, { serviceUrl: connector.url, user }),
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as { value: Card };
  expect(cardProblems(body.value)).toEqual([]);
  return body.value;
}

describe('vraag een collega', () => {
  it('lets only an admin designate the experts’ channel, and only in a channel', async () => {
    await app.post(channelMention('expertkanaal', { serviceUrl: connector.url, user: ASKER }));
    expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Alleen een beheerder/);
    connector.clear();
    await app.post(personalMessage('expertkanaal', { serviceUrl: connector.url, user: ADMIN }));
    expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Typ dit in het kanaal van de experts/);
    connector.clear();
    await app.post(channelMention('expertkanaal', { serviceUrl: connector.url, user: ADMIN }));
    expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Dit kanaal is nu het kanaal voor experts/);
  });

  it('offers "Vraag een collega" on a no-match answer, prefilled with the question', async () => {
    await app.post(
      personalMessage('Hoe regel ik een tolk voor een huisbezoek?', { serviceUrl: connector.url, user: ASKER }),
    );
    const [reply] = await connector.waitForActivities(1);
    const card = cardOf(reply);
    const show = card.actions?.find((action) => action.title === 'Vraag een collega') as { card: Card } | undefined;
    expect(show).toBeDefined();
    expect(text(show?.card)).toContain('Hoe regel ik een tolk voor een huisbezoek?');
  });

  it('sends the question to the experts’ channel with the asker’s name, and the answer back to the asker', async () => {
    await setChannel();
    const sent = await ask('Welke tolkendienst gebruiken jullie bij huisbezoeken?');
    const toChannel = connector.threads.find((thread) => thread.channelId === CHANNEL_ID);
    const channelCard = cardOf(toChannel?.activity);
    expect(text(channelCard)).toContain('Vraag van Vrager Test');
    expect(text(channelCard)).toContain('Welke tolkendienst gebruiken jullie bij huisbezoeken?');
    expect(text(channelCard)).toContain('Open');
    expect(sent.some((activity) => String(activity.text).startsWith('Je vraag is naar de experts gestuurd'))).toBe(
      true,
    );

    const answerButton = channelCard.actions?.find((action) => action.title === 'Beantwoord') as {
      data: { id: string };
    };
    connector.clear();
    const updated = await answerAs(EXPERT, answerButton.data.id, 'Wij bellen de tolkentelefoon via het wijkteam.');
    expect(text(updated)).toContain('Beantwoord door Expert Een');
    await connector.waitFor((requests) => requests.some((request) => request.method === 'PUT'));
    const toAsker = connector.requests.find(
      (request) => request.method === 'POST' && request.conversationId === 'a:personal-29:asker',
    );
    expect(text(cardOf(toAsker?.body))).toContain('Antwoord van Expert Een');
    expect(text(cardOf(toAsker?.body))).toContain('Wij bellen de tolkentelefoon via het wijkteam.');
    const update = connector.requests.find((request) => request.method === 'PUT');
    expect(update?.conversationId).toMatch(/^conv-/);
    expect(text(cardOf(update?.body))).toContain('Beantwoord door Expert Een');

    connector.clear();
    const second = await answerAs(EXPERT_TWO, answerButton.data.id, 'Een ander antwoord.');
    expect(text(second)).toContain('Beantwoord door Expert Een');
    expect(text(second)).not.toContain('Een ander antwoord.');
    expect(connector.requests.filter((request) => request.conversationId === 'a:personal-29:asker')).toHaveLength(0);
  });

  it('does not send a question with personal data, and names what it found', async () => {
    await setChannel();
    const sent = await ask('Mevrouw Jansen (06-12345678) wil weten waar ze heen kan.');
    expect(connector.threads).toHaveLength(0);
    const form = cardOf(sent[0]);
    expect(text(form)).toContain('Je vraag bevat naam, telefoonnummer; die stuur ik niet door');
    expect(text(form)).toContain('[NAAM] ([TELEFOONNUMMER]) wil weten waar ze heen kan.');
  });

  it('does not pass on an answer with personal data', async () => {
    await setChannel();
    await ask('Waar vind ik een vrijwillige schuldhulpmaatje in Delft?');
    const channelCard = cardOf(connector.threads.find((thread) => thread.channelId === CHANNEL_ID)?.activity);
    const button = (channelCard.actions ?? []).find((action) => action.title === 'Beantwoord') as {
      data: { id: string };
    };
    const id = button.data.id;
    connector.clear();
    const blocked = await answerAs(EXPERT, id, 'Bel Kevin Bakker op 06-87654321.');
    expect(text(blocked)).toContain('Het antwoord bevat naam, telefoonnummer; het is niet verstuurd');
    expect(text(blocked)).toContain('Open');
    expect(connector.requests.filter((request) => request.conversationId === 'a:personal-29:asker')).toHaveLength(0);
  });

  it('lets an expert mark the question for the editors: it heads the gap report', async () => {
    await setChannel();
    await ask('Hoe werkt de voedselbank in Sliedrecht?');
    const channelCard = cardOf(connector.threads.find((thread) => thread.channelId === CHANNEL_ID)?.activity);
    const mark = channelCard.actions?.find((action) => action.title === 'Markeer voor de redactie') as {
      verb: string;
      data: Record<string, unknown>;
    };
    const response = await app.post(
      channelActionExecute(mark.verb, mark.data, { serviceUrl: connector.url, user: EXPERT }),
    );
    const body = (await response.json()) as { value: Card };
    expect(text(body.value)).toContain('Gemarkeerd voor de redactie door Expert Een');
    const gaps = await store.list<{ question: string; markedByExpert?: boolean }>(GAPS_PARTITION);
    expect(gaps.items.find((gap) => gap.data.question.includes('voedselbank'))?.data.markedByExpert).toBe(true);
  });

  it.each([
    [
      'a personal chat',
      (data: Record<string, unknown>) =>
        actionExecute('collega.antwoord', data, { serviceUrl: connector.url, user: EXPERT }),
    ],
    [
      'another channel of the same organisation',
      (data: Record<string, unknown>) =>
        channelActionExecute('collega.antwoord', data, {
          serviceUrl: connector.url,
          user: EXPERT,
          channelId: '19:other-channel@thread.tacv2',
        }),
    ],
    [
      'the same channel id from another tenant',
      (data: Record<string, unknown>) =>
        channelActionExecute('collega.antwoord', data, {
          serviceUrl: connector.url,
          user: EXPERT,
          tenantId: 'tenant-elsewhere',
        }),
    ],
  ])('refuses an answer from %s: nothing reaches the asker, nothing of the question is shown', async (_name, build) => {
    await setChannel();
    await ask('Wie kent een goede budgetcursus in Rijswijk?');
    const channelCard = cardOf(connector.threads.find((thread) => thread.channelId === CHANNEL_ID)?.activity);
    const button = (channelCard.actions ?? []).find((action) => action.title === 'Beantwoord') as {
      data: { id: string };
    };
    connector.clear();
    const response = await app.post(build({ id: button.data.id, antwoord: 'Een antwoord van buiten.' }));
    expect(response.status).toBe(200);
    const body = JSON.stringify(await response.json());
    expect(body).toContain('in het kanaal van de experts');
    expect(body).not.toContain('budgetcursus');
    // The invoke's answer came after the whole turn: nothing was sent, and nothing is still on its way.
    expect(connector.requests).toHaveLength(0);
    const stored = await store.get<{ status: string }>('collega', button.data.id);
    expect(stored?.data.status).toBe('open');
  });

  it('refuses marking for the editors from outside the experts’ channel', async () => {
    await setChannel();
    await ask('Wat doet de formulierenbrigade in Pijnacker?');
    const channelCard = cardOf(connector.threads.find((thread) => thread.channelId === CHANNEL_ID)?.activity);
    const mark = channelCard.actions?.find((action) => action.title === 'Markeer voor de redactie') as {
      verb: string;
      data: Record<string, unknown>;
    };
    const response = await app.post(actionExecute(mark.verb, mark.data, { serviceUrl: connector.url, user: EXPERT }));
    expect(JSON.stringify(await response.json())).toContain('in het kanaal van de experts');
    const gaps = await store.list<{ question: string }>(GAPS_PARTITION);
    expect(gaps.items.some((gap) => gap.data.question.includes('formulierenbrigade'))).toBe(false);
  });

  it('says so when no experts’ channel has been set up', async () => {
    const bare = await startApp({ USER_RATE_LIMIT: '0' });
    try {
      await bare.post(
        cardSubmit({ verb: 'collega.verstuur', vraag: 'Een vraag?' }, { serviceUrl: connector.url, user: ASKER }),
      );
      const [reply] = await connector.waitForActivities(1);
      expect(reply?.text).toMatch(/^Er is nog geen kanaal voor experts ingesteld/);
    } finally {
      await bare.close();
    }
  });
});
