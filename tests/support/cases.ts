/**
 * Shared cases through the front door, for the tests in `tests/features/cases/`: synthetic people, a clean
 * case, and {@link useCasesApp}, which starts Wegwijs over a memory store with a fake Bot Connector and
 * offers the steps that build a file's state the way users do (appoint ambassadors, set their channel,
 * share and approve a case). Each test file starts from an empty store and builds what it needs.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CASE_AUDIT_PARTITION, CASE_PARTITION } from '../../src/features/cases/index.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { type Activity, actionExecute, cardSubmit, channelMention } from './activities.js';
import { FakeConnector } from './fake-connector.js';
import { startApp, type TestApp } from './start-app.js';
import { cardProblems } from './validate-card.js';

export type Card = { body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>> };
export type User = { id: string; aadObjectId: string; name: string };

export const ADMIN: User = {
  id: '29:admin',
  aadObjectId: '00000000-0000-4000-8000-0000000000ad',
  name: 'Beheerder Test',
};
export const AMB_ONE: User = {
  id: '29:amb1',
  aadObjectId: '00000000-0000-4000-8000-0000000000b1',
  name: 'Ambassadeur Een',
};
export const AMB_TWO: User = {
  id: '29:amb2',
  aadObjectId: '00000000-0000-4000-8000-0000000000b2',
  name: 'Ambassadeur Twee',
};
export const COLLEAGUE: User = {
  id: '29:coll',
  aadObjectId: '00000000-0000-4000-8000-0000000000c1',
  name: 'Collega Test',
};
export const OTHER_TENANT = '00000000-0000-4000-8000-00000000000b';

/** The case form's fields, filled in without personal data, as the card submits them. */
export const CLEAN_CASE = {
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

/** The only keys an audit entry may have: ids, kinds and times, never a name or a text. */
const AUDIT_KEYS = ['at', 'action', 'actor', 'tenantId', 'caseId', 'subject', 'kinds'];

export const cardOf = (activity: Record<string, unknown> | undefined): Card =>
  ((activity?.attachments ?? []) as Array<{ content: Card }>)[0]?.content as Card;
export const json = (value: unknown) => JSON.stringify(value ?? {});

/** How long a stored document is kept, in months of 30.44 days. */
export function monthsKept(stored: { expiresAt: Date | undefined; updatedAt: Date } | undefined): number {
  if (stored?.expiresAt === undefined) throw new Error('no expiry');
  return (stored.expiresAt.getTime() - stored.updatedAt.getTime()) / (30.44 * 24 * 3600 * 1000);
}

/** Asserts that every audit entry holds ids, kinds and times only. */
export function expectAuditOfIdsOnly(entries: Array<Record<string, unknown>>): void {
  for (const item of entries) {
    expect(Object.keys(item).every((key) => AUDIT_KEYS.includes(key))).toBe(true);
  }
}

/** The `Action.Execute` button titled `title` on `card`. */
function executeAction(card: Card, title: string): { verb: string; data: Record<string, unknown> } {
  const action = card.actions?.find((candidate) => candidate.title === title);
  if (action === undefined) throw new Error(`no action "${title}" on the card`);
  return action as { verb: string; data: Record<string, unknown> };
}

/**
 * Starts Wegwijs (no rate limit, {@link ADMIN} as its admin) over a fresh memory store for the calling test
 * file, with a fake Bot Connector that knows {@link AMB_ONE} and {@link AMB_TWO} as members; registers the
 * hooks that start and stop both, and clears the recorded requests after each test.
 */
export function useCasesApp() {
  const connector = new FakeConnector();
  const store = new MemoryDocumentStore();
  let running: TestApp | undefined;

  beforeAll(async () => {
    await connector.start();
    connector.members.push(
      { id: AMB_ONE.id, name: AMB_ONE.name, aadObjectId: AMB_ONE.aadObjectId },
      { id: AMB_TWO.id, name: AMB_TWO.name, aadObjectId: AMB_TWO.aadObjectId },
    );
    running = await startApp({ USER_RATE_LIMIT: '0', ADMIN_AAD_IDS: ADMIN.aadObjectId }, { store });
  });
  afterAll(async () => {
    await running?.close();
    await connector.stop();
  });
  afterEach(() => connector.clear());

  const app = (): TestApp => {
    if (running === undefined) throw new Error('useCasesApp: the app is not running (outside a test?)');
    return running;
  };
  const options = (user: User, extra: Record<string, unknown> = {}) => ({
    serviceUrl: connector.url,
    user,
    ...extra,
  });

  /** Posts an activity and returns the activities the bot sent back (at least `count`). */
  async function exchange(activity: Activity, count = 1) {
    connector.clear();
    const response = await app().post(activity);
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

  /** Submits the case form as `user`. */
  async function submit(user: User, values: Record<string, unknown>, count = 1) {
    return exchange(cardSubmit({ verb: 'casus.indienen', ...values }, options(user)), count);
  }

  /** Presses an `Action.Execute` button as `user`; returns the card that replaces the one pressed. */
  async function execute(user: User, verb: string, data: Record<string, unknown>): Promise<Card> {
    const response = await app().post(actionExecute(verb, data, options(user)));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: Card };
    expect(cardProblems(body.value)).toEqual([]);
    return body.value;
  }

  /** An admin appoints each of `users` as an ambassador, by mention in a channel. */
  async function appointAmbassadors(...users: User[]) {
    for (const user of users) {
      const [added] = await exchange(mentionCommand('ambassadeur toevoegen', user));
      expect(added?.text).toBe(`${user.name} is nu ambassadeur.`);
    }
  }

  /** An admin makes the test channel the ambassadors' channel, where cases come in for review. */
  async function setAmbassadorsChannel() {
    const [set] = await exchange(channelMention('ambassadeurskanaal', options(ADMIN)));
    expect(set?.text).toMatch(/^Hier komen nu de casussen ter beoordeling binnen/);
  }

  /** The review card of the case just submitted, once it reached the ambassadors' channel. */
  async function reviewCard(): Promise<Card> {
    await connector.waitFor(() => connector.threads.length === 1);
    return cardOf(firstThread().activity);
  }

  /** {@link AMB_ONE} shares `values` and {@link AMB_TWO} approves it; returns once the author is told. */
  async function publishCase(values: Record<string, unknown> = CLEAN_CASE) {
    await submit(AMB_ONE, values);
    const approve = executeAction(await reviewCard(), 'Goedkeuren en publiceren');
    const approved = await execute(AMB_TWO, approve.verb, approve.data);
    expect(json(approved)).toContain('Goedgekeurd door Ambassadeur Twee');
    await connector.waitFor((requests) =>
      requests.some((request) => request.method === 'POST' && request.conversationId === `a:personal-${AMB_ONE.id}`),
    );
  }

  return {
    connector,
    store,
    app,
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
    publishCase,
  };
}
