/**
 * Shared cases through the front door: an admin appoints ambassadors with a mention, sets the ambassadors'
 * channel; a case with personal data is blocked with the kinds named and nothing stored; a clean case goes
 * to review, another ambassador approves it, and colleagues find it by search. Withdrawal, deletion,
 * rejection, retention and the audit trail (ids only). All people and cases are synthetic.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCase, readCaseForm, updateCase } from '../../src/features/cases/cases.js';
import { CASE_AUDIT_PARTITION, CASE_PARTITION, retentionMs } from '../../src/features/cases/index.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import {
  type Activity,
  actionExecute,
  botAddedToTeam,
  CHANNEL_ID,
  cardSubmit,
  channelMention,
  personalMessage,
} from '../support/activities.js';
import { FixedClock } from '../support/clock.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';
import { cardProblems } from '../support/validate-card.js';

type Card = { body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>> };
type User = { id: string; aadObjectId: string; name: string };

const ADMIN: User = { id: '29:admin', aadObjectId: '00000000-0000-4000-8000-0000000000ad', name: 'Beheerder Test' };
const AMB_ONE: User = { id: '29:amb1', aadObjectId: '00000000-0000-4000-8000-0000000000b1', name: 'Ambassadeur Een' };
const AMB_TWO: User = { id: '29:amb2', aadObjectId: '00000000-0000-4000-8000-0000000000b2', name: 'Ambassadeur Twee' };
const COLLEAGUE: User = { id: '29:coll', aadObjectId: '00000000-0000-4000-8000-0000000000c1', name: 'Collega Test' };
const OTHER_TENANT = '00000000-0000-4000-8000-00000000000b';

const CLEAN_CASE = {
  title: 'Tandem wijkteam en schuldhulp bij een boze vader',
  situation:
    'Een vader met drie kinderen werd in elk gesprek over geld boos. Er lag een brief van de deurwaarder en de huur was twee maanden niet betaald.',
  tried: 'Lange gesprekken met een lijst taken; dat werkte niet.',
  worked: 'Een tandem van wijkteam en schuldhulpverlener, korte afspraken met één onderwerp.',
  lesson: 'Bij geldstress eerst de acute zorgen wegnemen, daarna pas over opvoeding praten.',
  themes: 'geldstress,tandem',
  municipality: 'GM0505',
  organisationType: 'wijkteam',
  anonymised: 'true',
};

let connector: FakeConnector;
let app: TestApp;
const store = new MemoryDocumentStore();

beforeAll(async () => {
  connector = await startFakeConnector();
  connector.members.push(
    { id: AMB_ONE.id, name: AMB_ONE.name, aadObjectId: AMB_ONE.aadObjectId },
    { id: AMB_TWO.id, name: AMB_TWO.name, aadObjectId: AMB_TWO.aadObjectId },
  );
  app = await startApp({ USER_RATE_LIMIT: '0', ADMIN_AAD_IDS: ADMIN.aadObjectId }, { store });
});
afterAll(async () => {
  await app.close();
  await connector.stop();
});
afterEach(() => connector.clear());

const cardOf = (activity: Record<string, unknown> | undefined): Card =>
  ((activity?.attachments ?? []) as Array<{ content: Card }>)[0]?.content as Card;
const json = (value: unknown) => JSON.stringify(value ?? {});
const options = (user: User, extra: Record<string, unknown> = {}) => ({ serviceUrl: connector.url, user, ...extra });

/** Posts an activity and returns the activities the bot sent back (at least `count`). */
async function exchange(activity: Activity, count = 1) {
  connector.clear();
  const response = await app.post(activity);
  expect(response.status).toBe(200);
  return connector.waitForActivities(count);
}

/** "ambassadeur toevoegen @Naam" in a channel, with the mention as Teams sends it. */
function mentionCommand(command: string, target: User, user: User = ADMIN): Activity {
  const activity = channelMention(`${command} <at>${target.name}</at>`, options(user));
  (activity.entities as unknown[]).push({
    type: 'mention',
    text: `<at>${target.name}</at>`,
    mentioned: { id: target.id, name: target.name },
  });
  return activity;
}

/** How long a stored document is kept, in months of 30.44 days. */
function monthsKept(stored: { expiresAt: Date | undefined; updatedAt: Date } | undefined): number {
  if (stored?.expiresAt === undefined) throw new Error('no expiry');
  return (stored.expiresAt.getTime() - stored.updatedAt.getTime()) / (30.44 * 24 * 3600 * 1000);
}

function firstThread() {
  const [thread] = connector.threads;
  if (thread === undefined) throw new Error('no thread');
  return thread;
}

async function cases() {
  return (await store.list<{ status: string; fields: { title: string } }>(CASE_PARTITION)).items;
}

async function audit() {
  return (await store.list<Record<string, unknown>>(CASE_AUDIT_PARTITION, { limit: 1000 })).items.map(
    (item) => item.data,
  );
}

async function submit(user: User, values: Record<string, unknown>, count = 1) {
  return exchange(cardSubmit({ verb: 'casus.indienen', ...values }, options(user)), count);
}

async function execute(user: User, verb: string, data: Record<string, unknown>): Promise<Card> {
  const response = await app.post(actionExecute(verb, data, options(user)));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { value: Card };
  expect(cardProblems(body.value)).toEqual([]);
  return body.value;
}

describe('ambassadors', () => {
  it('only an admin appoints them, by mention; the AAD id comes from Teams', async () => {
    const [denied] = await exchange(mentionCommand('ambassadeur toevoegen', AMB_ONE, COLLEAGUE));
    expect(denied?.text).toMatch(/^Alleen een beheerder van Wegwijs kan ambassadeurs aanwijzen/);

    const [noMention] = await exchange(channelMention('ambassadeur toevoegen', options(ADMIN)));
    expect(noMention?.text).toMatch(/^Noem de collega met een @vermelding/);

    const [added] = await exchange(mentionCommand('ambassadeur toevoegen', AMB_ONE));
    expect(added?.text).toBe('Ambassadeur Een is nu ambassadeur.');
    expect(
      connector.requests.some((request) => decodeURIComponent(request.path).endsWith(`/members/${AMB_ONE.id}`)),
    ).toBe(true);
    const [again] = await exchange(mentionCommand('ambassadeur toevoegen', AMB_ONE));
    expect(again?.text).toBe('Ambassadeur Een was al ambassadeur.');
    const [english] = await exchange(mentionCommand('add ambassador', AMB_TWO));
    expect(english?.text).toBe('Ambassadeur Twee is now an ambassador.');

    const [list] = await exchange(personalMessage('ambassadeurs', options(COLLEAGUE)));
    const card = cardOf(list);
    expect(cardProblems(card)).toEqual([]);
    expect(json(card)).toContain('Ambassadeur Een');
    expect(json(card)).toContain('Ambassadeur Twee');
    expect(card.actions ?? []).toHaveLength(0);

    const entries = await audit();
    const additions = entries.filter((entry) => entry.action === 'ambassador.added');
    expect(additions.map((entry) => entry.subject)).toEqual([AMB_ONE.aadObjectId, AMB_TWO.aadObjectId]);
    expect(additions.every((entry) => entry.actor === ADMIN.aadObjectId)).toBe(true);
    expect(json(entries)).not.toContain('Ambassadeur Een');
  });

  it('an admin removes one with the list card’s button, and adds them back', async () => {
    const [list] = await exchange(personalMessage('ambassadors', options(ADMIN)));
    const remove = cardOf(list).actions?.find((action) => action.title === 'Remove Ambassadeur Twee') as {
      data: Record<string, unknown>;
    };
    const [removed] = await exchange(cardSubmit(remove.data, options(ADMIN)));
    expect(removed?.text).toBe('Ambassadeur Twee is no longer an ambassador.');
    const [forged] = await exchange(cardSubmit(remove.data, options(COLLEAGUE)));
    expect(forged?.text).toMatch(/^Only a Wegwijs admin/);
    const [back] = await exchange(mentionCommand('ambassadeur toevoegen', AMB_TWO));
    expect(back?.text).toBe('Ambassadeur Twee is nu ambassadeur.');
    expect((await audit()).some((entry) => entry.action === 'ambassador.removed')).toBe(true);
  });
});

describe('sharing a case', () => {
  it('gives the form only to ambassadors, and only in the personal chat', async () => {
    const [notAmbassador] = await exchange(personalMessage('casus delen', options(COLLEAGUE)));
    expect(notAmbassador?.text).toMatch(/^Casussen delen en beoordelen kunnen alleen ambassadeurs/);

    const [inChannel] = await exchange(channelMention('casus delen', options(AMB_ONE)));
    expect(json(cardOf(inChannel))).toContain('https://teams.microsoft.com/l/chat/0/0?users=28%3A');

    const [form] = await exchange(personalMessage('share case', options(AMB_ONE)));
    const card = cardOf(form);
    expect(cardProblems(card)).toEqual([]);
    const ids = card.body.map((element) => element.id).filter((id) => id !== undefined);
    expect(ids).toEqual([
      'title',
      'situation',
      'tried',
      'worked',
      'lesson',
      'themes',
      'municipality',
      'organisationType',
      'anonymised',
    ]);
    expect(json(card)).toContain('Share a case');
  });

  it('tells the author nothing was stored while no ambassadors’ channel exists, and gives the form back', async () => {
    const replies = await submit(AMB_ONE, CLEAN_CASE, 2);
    expect(replies[0]?.text).toMatch(/^Er is nog geen kanaal voor ambassadeurs ingesteld/);
    expect(json(cardOf(replies[1]))).toContain(CLEAN_CASE.lesson);
    expect(await cases()).toHaveLength(0);
  });

  it('lets only an admin set the ambassadors’ channel', async () => {
    const [denied] = await exchange(channelMention('ambassadeurskanaal', options(AMB_ONE)));
    expect(denied?.text).toMatch(/^Alleen een beheerder/);
    const [set] = await exchange(channelMention('ambassadeurskanaal', options(ADMIN)));
    expect(set?.text).toMatch(/^Hier komen nu de casussen ter beoordeling binnen/);
  });

  it('gives an incomplete form back with what is missing', async () => {
    const [reply] = await submit(AMB_ONE, { ...CLEAN_CASE, lesson: ' ', anonymised: 'false' });
    const text = json(cardOf(reply));
    expect(text).toContain('Nog niet compleet: De les voor collega’s, Bevestig dat de casus geanonimiseerd is');
    expect(text).toContain(CLEAN_CASE.situation);
    expect(await cases()).toHaveLength(0);
  });

  it('blocks a case with personal data: names the kinds, marks the spots, stores nothing, logs nothing', async () => {
    const situation = 'Mevrouw Jansen belde ons vanaf 06-12345678 over de huurachterstand.';
    const [reply] = await submit(AMB_ONE, { ...CLEAN_CASE, situation });
    const card = cardOf(reply);
    expect(cardProblems(card)).toEqual([]);
    const text = json(card);
    expect(text).toContain('Niet opgeslagen: er staan persoonsgegevens in');
    expect(text).toContain('Gevonden: naam, telefoonnummer.');
    expect(text).toContain('**⟦Mevrouw Jansen⟧**');
    expect(text).toContain('**⟦06\\\\-12345678⟧**');
    expect(await cases()).toHaveLength(0);
    expect(connector.threads).toHaveLength(0);
    const blocked = (await audit()).filter((entry) => entry.action === 'case.blocked');
    expect(blocked.at(-1)).toMatchObject({ actor: AMB_ONE.aadObjectId, kinds: ['name', 'phone'] });
    expect(json(await audit())).not.toContain('Jansen');
    expect(app.logText()).not.toContain('Jansen');
    expect(app.logText()).not.toContain('12345678');

    const replace = card.actions?.find((action) => action.title === 'Vervang door placeholders') as {
      data: Record<string, unknown>;
    };
    const [replaced] = await exchange(cardSubmit({ ...replace.data, ...CLEAN_CASE, situation }, options(AMB_ONE)));
    const replacedText = json(cardOf(replaced));
    expect(replacedText).toContain('[NAAM] belde ons vanaf [TELEFOONNUMMER] over de huurachterstand.');
    expect(await cases()).toHaveLength(0);
  });

  it('sends a clean case to review, where its author cannot approve it and another ambassador can', async () => {
    const replies = await submit(AMB_ONE, CLEAN_CASE);
    expect(replies[0]?.text).toMatch(/^Dank je! Je casus "Tandem wijkteam/);
    const stored = await cases();
    expect(stored.map((item) => item.data.status)).toEqual(['review']);
    // Kept 24 months by default from submission.
    const months = monthsKept(stored[0]);
    expect(months).toBeCloseTo(24, 1);

    await connector.waitFor(() => connector.threads.length === 1);
    const thread = firstThread();
    expect(thread.channelId).toBe(CHANNEL_ID);
    const review = cardOf(thread.activity);
    expect(cardProblems(review)).toEqual([]);
    expect(json(review)).toContain('Casus ter beoordeling');
    expect(json(review)).toContain('Gedeeld door Ambassadeur Een');
    const approve = review.actions?.find((action) => action.title === 'Goedkeuren en publiceren') as {
      verb: string;
      data: Record<string, unknown>;
    };

    // Not yet findable.
    const [before] = await exchange(personalMessage('casussen over geldstress', options(COLLEAGUE)));
    expect(json(cardOf(before))).toContain('Nog geen gedeelde casus over geldstress');

    const own = await execute(AMB_ONE, approve.verb, approve.data);
    expect(json(own)).toContain('Je eigen casus kun je niet beoordelen');
    const colleague = await execute(COLLEAGUE, approve.verb, approve.data);
    expect(json(colleague)).toContain('Casussen delen en beoordelen kunnen alleen ambassadeurs');
    expect((await cases())[0]?.data.status).toBe('review');

    connector.clear();
    const approved = await execute(AMB_TWO, approve.verb, approve.data);
    expect(json(approved)).toContain('Goedgekeurd door Ambassadeur Twee');
    expect(approved.actions ?? []).toHaveLength(0);
    expect((await cases())[0]?.data.status).toBe('published');
    await connector.waitFor((requests) => requests.some((request) => request.method === 'PUT'));
    const toAuthor = connector.requests.find(
      (request) => request.method === 'POST' && request.conversationId === `a:personal-${AMB_ONE.id}`,
    );
    expect(json(cardOf(toAuthor?.body))).toContain('is goedgekeurd door Ambassadeur Twee en gepubliceerd');

    const second = await execute(ADMIN, approve.verb, approve.data);
    expect(json(second)).toContain('Iemand anders was je net voor');
    const actions = (await audit()).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'case.approved')).toHaveLength(1);
  });

  it('finds the published case by theme, by word and place, and in English; shows it whole', async () => {
    const [byTheme] = await exchange(personalMessage('casussen over geldstress', options(COLLEAGUE)));
    const results = cardOf(byTheme);
    expect(cardProblems(results)).toEqual([]);
    expect(json(results)).toContain(CLEAN_CASE.title);

    const [byPlace] = await exchange(personalMessage('casus tandem Dordrecht', options(COLLEAGUE)));
    expect(json(cardOf(byPlace))).toContain(CLEAN_CASE.title);
    expect(json(cardOf(byPlace))).not.toContain('Geen casus uit');

    const [elsewhere] = await exchange(personalMessage('casus tandem Delft', options(COLLEAGUE)));
    expect(json(cardOf(elsewhere))).toContain('Geen casus uit Delft; wel uit andere gemeenten.');

    const [byWord] = await exchange(personalMessage('casus deurwaarder', options(COLLEAGUE)));
    expect(json(cardOf(byWord))).toContain(CLEAN_CASE.title);

    const [english] = await exchange(personalMessage('cases about money stress', options(COLLEAGUE)));
    expect(json(cardOf(english))).toContain('Shared cases');
    expect(json(cardOf(english))).toContain(CLEAN_CASE.title);

    const [overview] = await exchange(personalMessage('casussen', options(COLLEAGUE)));
    expect(json(cardOf(overview))).toContain('geldstress (1)');

    const read = JSON.stringify(results).match(/"verb":"casus.tonen","id":"([0-9a-f-]{36})"/);
    const [shown] = await exchange(cardSubmit({ verb: 'casus.tonen', id: read?.[1] }, options(COLLEAGUE)));
    const whole = cardOf(shown);
    expect(json(whole)).toContain(CLEAN_CASE.worked);
    expect(json(whole)).toContain('Gedeeld door een ambassadeur (Wijkteam / sociaal team)');
    expect(json(whole)).not.toContain('Ambassadeur Een');
    expect(whole.actions ?? []).toHaveLength(0);
  });

  it('keeps ordinary questions that mention "casus" with the knowledge base, and danger first', async () => {
    const [question] = await exchange(
      personalMessage(
        'Ik heb een casus waarin moeder schulden heeft, moet ik melden bij Veilig Thuis?',
        options(COLLEAGUE),
      ),
    );
    expect(json(cardOf(question))).not.toContain('Gedeelde casussen');

    const replies = await exchange(personalMessage('casussen over geweld, hij slaat haar nu', options(COLLEAGUE)), 2);
    expect(json(cardOf(replies[0]))).toContain('112');
    expect(json(cardOf(replies[1]))).toContain('Gedeelde casussen');
  });

  it('lets the author withdraw the case: gone from the store and from search', async () => {
    const [mine] = await exchange(personalMessage('mijn casussen', options(AMB_ONE)));
    expect(json(cardOf(mine))).toContain('gepubliceerd');
    const withdraw = JSON.stringify(cardOf(mine)).match(/"verb":"casus.intrekken","id":"([0-9a-f-]{36})"/);
    const [forged] = await exchange(cardSubmit({ verb: 'casus.intrekken', id: withdraw?.[1] }, options(AMB_TWO)));
    expect(forged?.text).toMatch(/^Alleen de auteur kan een casus intrekken/);
    const [done] = await exchange(cardSubmit({ verb: 'casus.intrekken', id: withdraw?.[1] }, options(AMB_ONE)));
    expect(done?.text).toBe('Je casus is ingetrokken en verwijderd.');
    expect(await cases()).toHaveLength(0);
    const [after] = await exchange(personalMessage('casussen over geldstress', options(COLLEAGUE)));
    expect(json(cardOf(after))).toContain('Nog geen gedeelde casus over geldstress');
    expect((await audit()).some((entry) => entry.action === 'case.withdrawn' && entry.caseId === withdraw?.[1])).toBe(
      true,
    );
  });

  it('rejects with a reason: the author gets the reason and the form back; nothing is kept', async () => {
    await submit(AMB_TWO, { ...CLEAN_CASE, title: 'Een casus om af te wijzen' });
    await connector.waitFor(() => connector.threads.length === 1);
    const review = cardOf(firstThread().activity);
    const show = review.actions?.find((action) => action.title === 'Afwijzen') as { card: Card };
    const reject = show.card.actions?.[0] as { verb: string; data: Record<string, unknown> };
    const empty = await execute(AMB_ONE, reject.verb, { ...reject.data, reason: '  ' });
    expect(json(empty)).toContain('Schrijf kort waarom');
    const personal = await execute(AMB_ONE, reject.verb, { ...reject.data, reason: 'Bel Piet de Vries eerst.' });
    expect(json(personal)).toContain('Je reden bevat naam');
    connector.clear();
    const rejected = await execute(AMB_ONE, reject.verb, { ...reject.data, reason: 'Te weinig over wat werkte.' });
    expect(json(rejected)).toContain('Afgewezen door Ambassadeur Een');
    expect(json(rejected)).toContain('Te weinig over wat werkte.');
    expect(await cases()).toHaveLength(0);
    await connector.waitFor((requests) =>
      requests.some((request) => request.conversationId === `a:personal-${AMB_TWO.id}`),
    );
    const toAuthor = connector.requests.find((request) => request.conversationId === `a:personal-${AMB_TWO.id}`);
    const form = cardOf(toAuthor?.body);
    expect(json(form)).toContain('Te weinig over wat werkte.');
    expect(json(form)).toContain(CLEAN_CASE.situation);
  });

  it('lets an admin delete any case, and the retention sweep deletes it after the configured time', async () => {
    await submit(AMB_ONE, CLEAN_CASE);
    const [record] = await cases();
    const [deleted] = await exchange(cardSubmit({ verb: 'casus.verwijderen', id: record?.key }, options(ADMIN)));
    expect(deleted?.text).toBe('De casus is verwijderd.');
    expect(await cases()).toHaveLength(0);
    const entry = (await audit()).find((item) => item.action === 'case.deleted');
    expect(entry).toMatchObject({ actor: ADMIN.aadObjectId, caseId: record?.key });
    // The audit holds ids, kinds and times only.
    for (const item of await audit()) {
      expect(
        Object.keys(item).every((key) =>
          ['at', 'action', 'actor', 'tenantId', 'caseId', 'subject', 'kinds'].includes(key),
        ),
      ).toBe(true);
    }

    await submit(AMB_ONE, CLEAN_CASE);
    expect(await cases()).toHaveLength(1);
    const twoYearsOn = new Date(Date.now() + 24.1 * 30.44 * 24 * 3600 * 1000);
    await store.deleteExpired(twoYearsOn);
    expect(await store.list(CASE_PARTITION, {})).toMatchObject({ items: [] });
  });
});

describe('retention is configurable', () => {
  it('CASE_RETENTION_MONTHS sets the expiry of a new case, counted from the clock of the turn', async () => {
    const clock = new FixedClock('2026-03-02T08:00:00Z');
    const shortStore = new MemoryDocumentStore(() => clock.now());
    const short = await startApp(
      { USER_RATE_LIMIT: '0', ADMIN_AAD_IDS: ADMIN.aadObjectId, CASE_RETENTION_MONTHS: '3' },
      { store: shortStore, clock },
    );
    try {
      await short.post(channelMention('ambassadeurskanaal', options(ADMIN)));
      await connector.waitForActivities(1);
      connector.clear();
      clock.advance(60_000);
      await short.post(cardSubmit({ verb: 'casus.indienen', ...CLEAN_CASE }, options(ADMIN)));
      await connector.waitForActivities(1);
      const [stored] = (await shortStore.list<{ createdAt: string }>(CASE_PARTITION)).items;
      expect(stored?.data.createdAt).toBe('2026-03-02T08:01:00.000Z');
      // Three months of 30.44 days after the submission: 2026-06-01T15:41:48Z.
      expect(stored?.expiresAt).toEqual(new Date(Date.parse('2026-03-02T08:01:00Z') + retentionMs(3)));
      expect(stored?.expiresAt?.toISOString()).toBe('2026-06-01T15:41:48.000Z');
      const [submitted] = (await shortStore.list<{ at: string; action: string }>(CASE_AUDIT_PARTITION)).items;
      expect(submitted?.data).toMatchObject({ action: 'case.submitted', at: '2026-03-02T08:01:00.000Z' });
      // A second before the expiry the case is still there; at the expiry it is gone.
      clock.set('2026-06-01T15:41:47Z');
      expect((await shortStore.list(CASE_PARTITION)).items).toHaveLength(1);
      clock.set('2026-06-01T15:41:48Z');
      expect((await shortStore.list(CASE_PARTITION)).items).toHaveLength(0);
    } finally {
      await short.close();
    }
  });
});

describe('robustness', () => {
  it('keeps an approval when Teams refuses the message to the author (app removed)', async () => {
    await submit(AMB_ONE, { ...CLEAN_CASE, title: 'Een casus waarvan de auteur de app verwijderde' });
    await connector.waitFor(() => connector.threads.length === 1);
    const review = cardOf(firstThread().activity);
    const approve = review.actions?.find((action) => action.title === 'Goedkeuren en publiceren') as {
      verb: string;
      data: Record<string, unknown>;
    };
    connector.failNext({ status: 403, bodyIncludes: 'is goedgekeurd door' });
    const approved = await execute(AMB_TWO, approve.verb, approve.data);
    expect(json(approved)).toContain('Goedgekeurd door Ambassadeur Twee');
    const [stored] = (await cases()).filter((item) => item.data.fields.title.startsWith('Een casus waarvan'));
    expect(stored?.data.status).toBe('published');
    await exchange(cardSubmit({ verb: 'casus.intrekken', id: stored?.key }, options(AMB_ONE)));
  });
});

describe('organisations', () => {
  it('keeps each organisation’s ambassadors apart', async () => {
    const [list] = await exchange(personalMessage('ambassadeurs', { ...options(COLLEAGUE), tenantId: OTHER_TENANT }));
    expect(json(cardOf(list))).toContain('Er zijn nog geen ambassadeurs');
  });

  it('lets only ambassadors of the case’s own organisation review it', async () => {
    const elsewhere: User = {
      id: '29:amb3',
      aadObjectId: '00000000-0000-4000-8000-0000000000b3',
      name: 'Ambassadeur Drie',
    };
    connector.members.push({ ...elsewhere });
    const appoint = mentionCommand('ambassadeur toevoegen', elsewhere);
    Object.assign(appoint, {
      conversation: { ...(appoint.conversation as object), tenantId: OTHER_TENANT },
      channelData: { ...(appoint.channelData as object), tenant: { id: OTHER_TENANT } },
    });
    const [added] = await exchange(appoint);
    expect(added?.text).toBe('Ambassadeur Drie is nu ambassadeur.');

    await submit(AMB_ONE, { ...CLEAN_CASE, title: 'Een casus van de eerste organisatie' });
    await connector.waitFor(() => connector.threads.length === 1);
    const review = cardOf(firstThread().activity);
    const approve = review.actions?.find((action) => action.title === 'Goedkeuren en publiceren') as {
      verb: string;
      data: Record<string, unknown>;
    };
    const response = await app.post(
      actionExecute(approve.verb, approve.data, { ...options(elsewhere), tenantId: OTHER_TENANT }),
    );
    const body = (await response.json()) as { value: Card };
    expect(json(body.value)).toContain('Deze casus is van een andere organisatie');
    const [stored] = (await cases()).filter((item) => item.data.fields.title.startsWith('Een casus van de eerste'));
    expect(stored?.data.status).toBe('review');
    await exchange(cardSubmit({ verb: 'casus.intrekken', id: stored?.key }, options(AMB_ONE)));
  });
});

describe('the leerruimte prompt', () => {
  it('carries the case of the week and a "Deel een casus" button, which in a channel points to the chat', async () => {
    const token = 'synthetic-admin-token-0123456789abcdef';
    const promptStore = new MemoryDocumentStore();
    const record = await createCase(
      promptStore,
      {
        fields: { ...readCaseForm(CLEAN_CASE, new Map([['GM0505', 'Dordrecht']])).fields },
        language: 'nl',
        authorAad: AMB_ONE.aadObjectId,
        authorName: AMB_ONE.name,
        author: { channelId: 'msteams', serviceUrl: connector.url, conversationId: 'a:synthetic', botId: 'b' },
      },
      retentionMs(24),
      new Date(),
    );
    await updateCase(promptStore, record.id, (current) => ({ ...current, status: 'published' }));
    const withPrompts = await startApp({ USER_RATE_LIMIT: '0', ADMIN_TOKEN: token }, { store: promptStore });
    try {
      await withPrompts.post(botAddedToTeam({ serviceUrl: connector.url }));
      await connector.waitForActivities(1);
      connector.clear();
      const dispatched = await fetch(`${withPrompts.url}/api/intervision/dispatch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ all: true }),
      });
      expect(((await dispatched.json()) as { sent: number }).sent).toBe(1);
      const prompt = cardOf(connector.threads[0]?.activity);
      expect(cardProblems(prompt)).toEqual([]);
      expect(json(prompt)).toContain(`Casus van de week: ${CLEAN_CASE.title}`);
      const titles = (prompt.actions ?? []).map((action) => action.title);
      expect(titles).toEqual(['Lees de casus', 'Deel een casus']);

      const share = prompt.actions?.find((action) => action.title === 'Deel een casus') as {
        data: Record<string, unknown>;
      };
      const pressed = { ...channelMention('', options(AMB_ONE)), text: '', entities: [], value: share.data };
      connector.clear();
      await withPrompts.post(pressed);
      const [reply] = await connector.waitForActivities(1);
      expect(json(cardOf(reply))).toContain('Een casus deel je in je eigen chat met Wegwijs');
    } finally {
      await withPrompts.close();
    }
  });
});

describe('stored cases are checked on read', () => {
  it('finds a case stored before cases had a schema version, skips a malformed one and logs where, not what', async () => {
    const oldStore = new MemoryDocumentStore();
    const author = { channelId: 'msteams', serviceUrl: 'http://fake/', conversationId: 'a:synthetic', botId: 'b' };
    const published = {
      id: '00000000-0000-4000-8000-00000000c0de',
      status: 'published',
      fields: { ...readCaseForm(CLEAN_CASE, new Map([['GM0505', 'Dordrecht']])).fields },
      language: 'nl',
      authorAad: AMB_ONE.aadObjectId,
      authorName: AMB_ONE.name,
      author,
      createdAt: '2026-01-05T09:00:00.000Z',
    };
    // Written as the previous version wrote it: no schema version of its own (the port's default 1).
    await oldStore.put(CASE_PARTITION, published.id, published);
    const broken = {
      ...published,
      id: '00000000-0000-4000-8000-0000000000ba',
      status: 'gepubliceerd',
      fields: { ...published.fields, title: 'Kapotte casus over geldstress met Geheime Naam' },
    };
    await oldStore.put(CASE_PARTITION, broken.id, broken);
    const checked = await startApp({ USER_RATE_LIMIT: '0' }, { store: oldStore });
    try {
      connector.clear();
      await checked.post(personalMessage('casussen over geldstress', options(COLLEAGUE)));
      const [reply] = await connector.waitForActivities(1);
      expect(json(reply)).toContain(CLEAN_CASE.title);
      expect(json(reply)).not.toContain('Kapotte casus');
      const warning = checked.logs.find((line) => line.code === 'storage_invalid_document');
      expect(warning).toMatchObject({ level: 'warn', partition: CASE_PARTITION, schemaVersion: 1, paths: ['status'] });
      expect(warning?.keyHash).toMatch(/^[\w-]{12}$/);
      expect(checked.logText()).not.toContain('Geheime Naam');
      expect(checked.logText()).not.toContain(broken.id);
      expect(checked.logText()).not.toContain('gepubliceerd');
    } finally {
      await checked.close();
    }
  });
});
