/**
 * Reviewing a case through the front door: a clean case goes to the ambassadors' channel, where its author
 * cannot approve it and another ambassador can, once; a rejection needs a reason without personal data and
 * gives the author the form back; an approval holds when Teams refuses the message to the author; only
 * ambassadors of the case's own organisation review it. All people and cases are synthetic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { actionExecute, CHANNEL_ID, cardSubmit, personalMessage } from '../../support/activities.js';
import {
  ADMIN,
  AMB_ONE,
  AMB_TWO,
  type Card,
  CLEAN_CASE,
  COLLEAGUE,
  cardOf,
  expectAuditOfIdsOnly,
  json,
  monthsKept,
  OTHER_TENANT,
  type User,
  useCasesApp,
} from '../../support/cases.js';
import { cardProblems } from '../../support/validate-card.js';

const room = useCasesApp();
const {
  connector,
  options,
  exchange,
  mentionCommand,
  firstThread,
  cases,
  audit,
  submit,
  execute,
  appointAmbassadors,
  setAmbassadorsChannel,
} = room;

beforeAll(async () => {
  await appointAmbassadors(AMB_ONE, AMB_TWO);
  await setAmbassadorsChannel();
});

describe('reviewing a case', () => {
  // Runs first: "nothing is kept" holds only while the store has no other case.
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

  it('keeps ids, kinds and times only in the audit of rejections and approvals', async () => {
    const entries = await audit();
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['case.rejected', 'case.approved']));
    expectAuditOfIdsOnly(entries);
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
    const response = await room
      .app()
      .post(actionExecute(approve.verb, approve.data, { ...options(elsewhere), tenantId: OTHER_TENANT }));
    const body = (await response.json()) as { value: Card };
    expect(json(body.value)).toContain('Deze casus is van een andere organisatie');
    const [stored] = (await cases()).filter((item) => item.data.fields.title.startsWith('Een casus van de eerste'));
    expect(stored?.data.status).toBe('review');
    await exchange(cardSubmit({ verb: 'casus.intrekken', id: stored?.key }, options(AMB_ONE)));
  });
});
