/**
 * The case library through the front door: colleagues find a published case by theme, by word and place
 * and in English, and read it whole without its author's name; ordinary questions that mention "casus"
 * stay with the knowledge base; the author withdraws, an admin deletes, the retention sweep removes; the
 * leerruimte prompt carries the case of the week. All people and cases are synthetic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase, readCaseForm, updateCase } from '../../../src/features/cases/cases.js';
import { CASE_PARTITION, retentionMs } from '../../../src/features/cases/index.js';
import { MemoryDocumentStore } from '../../../src/storage/memory-document-store.js';
import { botAddedToTeam, cardSubmit, channelMention, personalMessage } from '../../support/activities.js';
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
import { startApp } from '../../support/start-app.js';
import { cardProblems } from '../../support/validate-card.js';

const { connector, store, options, exchange, cases, audit, submit, ...steps } = useCasesApp();

beforeAll(async () => {
  await steps.appointAmbassadors(AMB_ONE, AMB_TWO);
  await steps.setAmbassadorsChannel();
  await steps.publishCase(CLEAN_CASE);
});

describe('the case library', () => {
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

  it('lets an admin delete any case, and the retention sweep deletes it after the configured time', async () => {
    await submit(AMB_ONE, CLEAN_CASE);
    const [record] = await cases();
    const [deleted] = await exchange(cardSubmit({ verb: 'casus.verwijderen', id: record?.key }, options(ADMIN)));
    expect(deleted?.text).toBe('De casus is verwijderd.');
    expect(await cases()).toHaveLength(0);
    const entry = (await audit()).find((item) => item.action === 'case.deleted');
    expect(entry).toMatchObject({ actor: ADMIN.aadObjectId, caseId: record?.key });
    // The audit holds ids, kinds and times only.
    expectAuditOfIdsOnly(await audit());

    await submit(AMB_ONE, CLEAN_CASE);
    expect(await cases()).toHaveLength(1);
    const twoYearsOn = new Date(Date.now() + 24.1 * 30.44 * 24 * 3600 * 1000);
    await store.deleteExpired(twoYearsOn);
    expect(await store.list(CASE_PARTITION, {})).toMatchObject({ items: [] });
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
