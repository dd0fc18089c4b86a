/**
 * Sharing a case through the front door: only ambassadors get the form, and only in the personal chat;
 * nothing is stored while no ambassadors' channel exists; an incomplete form comes back with what is
 * missing; a case with personal data is blocked with the kinds named and nothing stored or logged; the
 * retention of a new case is configurable. All people and cases are synthetic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_AUDIT_PARTITION, CASE_PARTITION, retentionMs } from '../../../src/features/cases/index.js';
import { MemoryDocumentStore } from '../../../src/storage/memory-document-store.js';
import { cardSubmit, channelMention, personalMessage } from '../../support/activities.js';
import {
  ADMIN,
  AMB_ONE,
  AMB_TWO,
  CLEAN_CASE,
  COLLEAGUE,
  cardOf,
  expectAuditOfIdsOnly,
  json,
  useCasesApp,
} from '../../support/cases.js';
import { FixedClock } from '../../support/clock.js';
import { startApp } from '../../support/start-app.js';
import { cardProblems } from '../../support/validate-card.js';

const room = useCasesApp();
const { connector, options, exchange, cases, audit, submit, appointAmbassadors } = room;

beforeAll(() => appointAmbassadors(AMB_ONE, AMB_TWO));

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
    expect(room.app().logText()).not.toContain('Jansen');
    expect(room.app().logText()).not.toContain('12345678');

    const replace = card.actions?.find((action) => action.title === 'Vervang door placeholders') as {
      data: Record<string, unknown>;
    };
    const [replaced] = await exchange(cardSubmit({ ...replace.data, ...CLEAN_CASE, situation }, options(AMB_ONE)));
    const replacedText = json(cardOf(replaced));
    expect(replacedText).toContain('[NAAM] belde ons vanaf [TELEFOONNUMMER] over de huurachterstand.');
    expect(await cases()).toHaveLength(0);
  });

  it('keeps ids, kinds and times only in the audit of a blocked case', async () => {
    const entries = await audit();
    expect(entries.map((entry) => entry.action)).toContain('case.blocked');
    expectAuditOfIdsOnly(entries);
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
