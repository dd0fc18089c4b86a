import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeEngine } from '../../kb/engine.js';
import { realKnowledge } from '../../kb/test-kb.js';
import { MemoryDocumentStore } from '../../storage/memory-document-store.js';
import { type CaseFields, createCase, deleteCase, readCaseForm, updateCase } from './cases.js';
import { CaseLibrary, caseQueryLanguage, isCaseQuery, parseCaseQuery } from './library.js';

let engine: KnowledgeEngine;
beforeAll(async () => {
  engine = new KnowledgeEngine(await realKnowledge());
});

const AUTHOR = { channelId: 'msteams', serviceUrl: 'http://127.0.0.1/', conversationId: 'a:synthetic', botId: 'b' };

function fields(values: Record<string, string>): CaseFields {
  return readCaseForm(
    { organisationType: 'wijkteam', anonymised: 'true', tried: '', worked: '', ...values },
    new Map([
      ['GM0505', 'Dordrecht'],
      ['GM0503', 'Delft'],
    ]),
  ).fields;
}

async function publish(store: MemoryDocumentStore, values: Record<string, string>, status = 'published' as const) {
  const record = await createCase(
    store,
    { fields: fields(values), language: 'nl', authorAad: 'a', authorName: 'A', author: AUTHOR },
    1e10,
    new Date(),
  );
  await updateCase(store, record.id, (current) => ({ ...current, status }));
  return record;
}

describe('isCaseQuery', () => {
  it.each([
    ['casussen over geldstress', true],
    ['casus tandem Dordrecht', true],
    ['Cases about debt', true],
    ['casussen', true],
    ['Ik heb een casus waarin moeder schulden heeft, moet ik melden?', false],
    ['What should I do in this case?', false],
    ['casus: moeder met schulden en een vader die steeds boos wordt als we over geld praten', false],
  ])('%s → %s', (text, expected) => {
    expect(isCaseQuery(text)).toBe(expected);
  });

  it('takes the language from the request word', () => {
    expect(caseQueryLanguage('cases about debt')).toBe('en');
    expect(caseQueryLanguage('casussen over schulden')).toBe('nl');
  });
});

describe('parseCaseQuery', () => {
  it('reads themes, the municipality and the words left over', () => {
    expect(parseCaseQuery('casus tandem Dordrecht', engine.places)).toEqual({
      themes: ['tandem'],
      municipality: { code: 'GM0505', name: 'Dordrecht' },
      words: [],
    });
    expect(parseCaseQuery('casussen over de deurwaarder', engine.places)).toEqual({
      themes: [],
      words: ['deurwaarder'],
    });
  });
});

describe('CaseLibrary', () => {
  it('finds only published cases, by theme, place and words; widens the place when needed', async () => {
    const store = new MemoryDocumentStore();
    await publish(store, {
      title: 'Tandem in Dordrecht',
      situation: 'Deurwaarder aan de deur.',
      lesson: 'Samen.',
      themes: 'tandem',
      municipality: 'GM0505',
    });
    await publish(store, {
      title: 'Geldzorgen op school',
      situation: 'Kind zonder ontbijt.',
      lesson: 'Vraag door.',
      themes: 'geldstress,kinderen',
    });
    await publish(store, { title: 'Nog in review', situation: 'x', lesson: 'y', themes: 'tandem' }, 'review' as never);
    const library = new CaseLibrary(store);
    const titles = async (text: string) => {
      const result = await library.search(parseCaseQuery(text, engine.places));
      return result.kind === 'found' ? result.cases.map((record) => record.fields.title) : result.kind;
    };
    expect(await titles('casus tandem')).toEqual(['Tandem in Dordrecht']);
    expect(await titles('casus tandem Dordrecht')).toEqual(['Tandem in Dordrecht']);
    expect(await titles('casussen over kinderen')).toEqual(['Geldzorgen op school']);
    expect(await titles('casus ontbijt')).toEqual(['Geldzorgen op school']);
    expect(await titles('casus deurwaarder')).toEqual(['Tandem in Dordrecht']);
    expect(await titles('casus meldcode')).toBe('none');
    const wider = await library.search(parseCaseQuery('casus tandem Delft', engine.places));
    expect(wider).toMatchObject({ kind: 'found', widened: true });
    const overview = await library.search(parseCaseQuery('casussen', engine.places));
    expect(overview).toMatchObject({ kind: 'overview' });
    expect(overview.kind === 'overview' && overview.counts.find((item) => item.theme === 'tandem')?.count).toBe(1);
  });

  it('sees another instance’s changes after its refresh interval, its own at once after invalidate', async () => {
    const store = new MemoryDocumentStore();
    let now = 0;
    const library = new CaseLibrary(store, { refreshMs: 1000, now: () => now });
    expect(await library.all()).toHaveLength(0);
    const record = await publish(store, { title: 'Nieuw', situation: 'x', lesson: 'y', themes: 'tandem' });
    expect(await library.all()).toHaveLength(0);
    now = 1000;
    expect(await library.all()).toHaveLength(1);
    await deleteCase(store, record.id);
    library.invalidate();
    expect(await library.all()).toHaveLength(0);
    expect(await library.caseOfWeek('2026-W48')).toBeUndefined();
  });
});
