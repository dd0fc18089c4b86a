/**
 * Leerruimte through the front door: installation in a team, settings, commands, removal, and delivery
 * through the authenticated dispatch endpoint to the fake Bot Connector.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { botAddedToTeam, cardSubmit, channelMention, installationUpdate } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';
import { cardProblems } from '../support/validate-card.js';

const ADMIN_TOKEN = 'synthetic-admin-token-0123456789abcdef';
const ADMIN = { id: '29:admin', aadObjectId: '00000000-0000-4000-8000-0000000000ad', name: 'Beheerder Test' };
/** The activities' default user: an owner of every synthetic team on the fake roster. */
const OWNER = {
  id: '29:synthetic-user-1',
  aadObjectId: '00000000-0000-4000-8000-000000000001',
  name: 'Test Gebruiker',
};
const MEMBER = { id: '29:member', aadObjectId: '00000000-0000-4000-8000-0000000000c1', name: 'Lid Test' };
const GUEST_ADMIN = { id: '29:guest', aadObjectId: '00000000-0000-4000-8000-0000000000c2', name: 'Gast Beheerder' };

let connector: FakeConnector;
let app: TestApp;
const store = new MemoryDocumentStore();

beforeAll(async () => {
  connector = await startFakeConnector();
  connector.members.push(
    { ...OWNER, userRole: 'owner' },
    { ...MEMBER, userRole: 'user' },
    { ...ADMIN, userRole: 'user' },
    { ...GUEST_ADMIN, userRole: 'guest' },
  );
  app = await startApp(
    { USER_RATE_LIMIT: '0', ADMIN_TOKEN, ADMIN_AAD_IDS: `${ADMIN.aadObjectId},${GUEST_ADMIN.aadObjectId}` },
    { store },
  );
});
afterAll(async () => {
  await app.close();
  await connector.stop();
});
afterEach(() => connector.clear());

const team = (n: number) => `19:synthetic-team-${n}@thread.tacv2`;
const cardOf = (activity: Record<string, unknown> | undefined) =>
  ((activity?.attachments ?? []) as Array<{ content: Record<string, unknown> }>)[0]?.content;

async function dispatch(body: unknown = { all: true }, token = ADMIN_TOKEN) {
  return fetch(`${app.url}/api/intervision/dispatch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** New threads in each team's General channel (its id equals the team id). */
const postsTo = (teamId: string) => connector.threads.filter((thread) => thread.channelId === teamId);

describe('leerruimte', () => {
  it('welcomes a team once on installation, with the default schedule and the team’s channels', async () => {
    connector.channels.set(team(1), [
      { id: team(1), name: 'General' },
      { id: '19:synthetic-intervisie@thread.tacv2', name: 'Intervisie' },
    ]);
    await app.post(installationUpdate('add', { serviceUrl: connector.url, teamId: team(1) }));
    await app.post(botAddedToTeam({ serviceUrl: connector.url, teamId: team(1) }));
    const activities = await connector.waitForActivities(1);
    // Both turns are over (their HTTP replies came after their sends): one welcome, not one per event.
    expect(connector.activities).toHaveLength(1);
    const card = cardOf(activities[0]);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('elke maandag om 09:00');
    expect(JSON.stringify(card)).toContain('Stress-sensitief werken');
    expect(JSON.stringify(card)).toContain('Intervisie');
  });

  it('requires the admin token for dispatch', async () => {
    expect((await dispatch({ all: true }, 'wrong-token-wrong-token-wrong')).status).toBe(401);
  });

  it('gives 25 installed teams exactly one prompt each from two dispatches in one week', async () => {
    for (let n = 100; n < 125; n += 1) await app.post(botAddedToTeam({ serviceUrl: connector.url, teamId: team(n) }));
    await connector.waitForActivities(25);
    connector.clear();
    const first = await dispatch();
    expect(first.status).toBe(200);
    const report = (await first.json()) as { sent: number };
    expect(report.sent).toBeGreaterThanOrEqual(25);
    const second = (await (await dispatch()).json()) as { sent: number };
    expect(second.sent).toBe(0);
    for (let n = 100; n < 125; n += 1) expect(postsTo(team(n)), team(n)).toHaveLength(1);
    const prompt = cardOf(postsTo(team(100))[0]?.activity);
    expect(cardProblems(prompt)).toEqual([]);
    expect(JSON.stringify(prompt)).toContain('Reageer in deze thread');
  });

  it('saves valid settings from the card, and refuses invalid ones', async () => {
    await app.post(botAddedToTeam({ serviceUrl: connector.url, teamId: team(2) }));
    await connector.waitForActivities(1);
    connector.clear();
    const context = { serviceUrl: connector.url };
    const save = (values: Record<string, unknown>) =>
      app.post({
        ...channelMention('x', { ...context, teamId: team(2) }),
        text: undefined,
        value: { verb: 'leerruimte.opslaan', ...values },
      });
    await save({ kanaal: team(2), dag: '3', tijd: '14:30', tracks: 'meldcode,tandem', taal: 'en' });
    expect((await connector.waitForActivities(1))[0]?.text).toBe('Saved. The next question comes at the new time.');
    const stored = await store.get<{ day: number; time: string; tracks: string[]; language: string }>(
      'leerruimte',
      team(2),
    );
    expect(stored?.data).toMatchObject({ day: 3, time: '14:30', tracks: ['meldcode', 'tandem'], language: 'en' });
    connector.clear();
    await save({ kanaal: team(2), dag: '9', tijd: '25:00', tracks: 'nothing', taal: 'nl' });
    expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Die instellingen kon ik niet opslaan/);
  });

  it('pauses and resumes with channel commands', async () => {
    await app.post(botAddedToTeam({ serviceUrl: connector.url, teamId: team(3) }));
    await connector.waitForActivities(1);
    await app.post(channelMention('leerruimte pauzeren', { serviceUrl: connector.url, teamId: team(3) }));
    connector.clear();
    await dispatch();
    expect(postsTo(team(3))).toHaveLength(0);
    await app.post(channelMention('leerruimte hervatten', { serviceUrl: connector.url, teamId: team(3) }));
    connector.clear();
    await dispatch();
    expect(postsTo(team(3))).toHaveLength(1);
  });

  describe('who may change a team’s leerruimte', () => {
    let nextTeam = 500; // a fresh team per case (a team is welcomed once; 100–124 are the dispatch test’s)
    const pause = (user: typeof OWNER, teamId: string, tenantId?: string) =>
      app.post(
        channelMention('leerruimte pauzeren', {
          serviceUrl: connector.url,
          teamId,
          user,
          ...(tenantId === undefined ? {} : { tenantId }),
        }),
      );
    const save = (user: typeof OWNER, teamId: string) =>
      app.post({
        ...channelMention('x', { serviceUrl: connector.url, teamId, user }),
        text: undefined,
        value: { verb: 'leerruimte.opslaan', kanaal: teamId, dag: '5', tijd: '07:00', tracks: 'meldcode', taal: 'nl' },
      });
    const status = async (teamId: string) =>
      (await store.get<{ status: string; day: number }>('leerruimte', teamId))?.data;

    it.each([
      ['a team member who is not an owner', MEMBER, undefined],
      ['a guest, even one listed as a Wegwijs admin', GUEST_ADMIN, undefined],
      ['an owner on the roster, writing from another tenant', OWNER, 'tenant-elsewhere'],
    ])('refuses %s: pause, settings and save change nothing', async (_name, user, tenantId) => {
      const teamId = team(nextTeam++);
      await app.post(botAddedToTeam({ serviceUrl: connector.url, teamId }));
      await connector.waitForActivities(1, 15_000);
      connector.clear();
      await pause(user, teamId, tenantId);
      expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Alleen eigenaren van dit team/);
      expect(await status(teamId)).toMatchObject({ status: 'active', day: 1 });
      if (tenantId !== undefined) return; // another tenant's activity cannot carry this team's card
      connector.clear();
      await save(user, teamId);
      expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Alleen eigenaren van dit team/);
      expect(await status(teamId)).toMatchObject({ day: 1 });
      connector.clear();
      await app.post(channelMention('leerruimte instellen', { serviceUrl: connector.url, teamId, user }));
      expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Alleen eigenaren van dit team/);
    });

    it.each([
      ['an owner', OWNER],
      ['a Wegwijs admin of the team’s own tenant who is not an owner', ADMIN],
    ])('lets %s pause and save', async (_name, user) => {
      const teamId = team(nextTeam++);
      await app.post(botAddedToTeam({ serviceUrl: connector.url, teamId }));
      await connector.waitForActivities(1, 15_000);
      connector.clear();
      await pause(user, teamId);
      expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Leerruimte is gepauzeerd/);
      connector.clear();
      await save(user, teamId);
      expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Opgeslagen/);
      expect(await status(teamId)).toMatchObject({ status: 'paused', day: 5 });
    });
  });

  it('retires a team on removal, and on a 403 from Teams', async () => {
    await app.post(botAddedToTeam({ serviceUrl: connector.url, teamId: team(4) }));
    await app.post(botAddedToTeam({ serviceUrl: connector.url, teamId: team(5) }));
    await connector.waitForActivities(2);
    await app.post(installationUpdate('remove', { serviceUrl: connector.url, teamId: team(4) }));
    connector.clear();
    connector.failNext({ status: 403, bodyIncludes: `"channel":{"id":"${team(5)}"` });
    await dispatch();
    expect(postsTo(team(4))).toHaveLength(0);
    expect((await store.get<{ status: string }>('leerruimte', team(4)))?.data.status).toBe('retired');
    expect((await store.get<{ status: string; retiredReason: string }>('leerruimte', team(5)))?.data).toMatchObject({
      status: 'retired',
      retiredReason: 'HTTP 403',
    });
  });

  it('shows admins the delivery status, and nobody else', async () => {
    await app.post(channelMention('leerruimte status', { serviceUrl: connector.url, teamId: team(1) }));
    expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Alleen een beheerder/);
    connector.clear();
    await app.post(channelMention('leerruimte status', { serviceUrl: connector.url, teamId: team(1), user: ADMIN }));
    const [reply] = await connector.waitForActivities(1);
    expect(JSON.stringify(cardOf(reply))).toContain('Leerruimte — bezorging week');
  });

  it('answers a command in its own language, whatever the client locale', async () => {
    const options = { serviceUrl: connector.url, teamId: team(1) };
    await app.post(channelMention('leerruimte status', { ...options, locale: 'en-US' }));
    expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Alleen een beheerder/);
    connector.clear();
    await app.post(channelMention('learning space status', { ...options, locale: 'nl-NL' }));
    expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Only a Wegwijs admin/);
  });

  it('ignores a settings submit outside a team', async () => {
    await app.post(cardSubmit({ verb: 'leerruimte.opslaan', dag: '1' }, { serviceUrl: connector.url }));
    expect((await connector.waitForActivities(1))[0]?.text).toMatch(/^Leerruimte werkt in een team/);
  });
});
