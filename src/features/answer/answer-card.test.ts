/**
 * The answer card as a person reads it: how old the evidence is (never a check date), the note on
 * unconfirmed details, lists, and follow-up buttons — with a fixed today.
 */
import { describe, expect, it } from 'vitest';
import { cardProblems } from '../../../tests/support/validate-card.js';
import type { AdaptiveCard, CardElement } from '../../cards/adaptive-card.js';
import { MAX_LABEL_LENGTH } from '../../cards/fit.js';
import type { ContentEntry, Source } from '../../kb/schema.js';
import { realKnowledge } from '../../kb/test-kb.js';
import { buildAnswerCard } from './answer-card.js';

const TODAY = '2026-12-01';

function entry(fields: Partial<ContentEntry> = {}): ContentEntry {
  return {
    id: 'test-entry',
    kind: 'info',
    title: { nl: 'Titel', en: 'Title' },
    summary: { nl: 'Samenvatting.', en: 'Summary.' },
    topics: [],
    keywords: [],
    asks: { nl: [], en: [] },
    contacts: [],
    related: [],
    sources: [{ url: 'https://example.org/a', title: 'Pagina A' }],
    verified: '2026-11-22',
    reviewDays: 365,
    origin: { file: 'test.yaml', line: 1 },
    ...fields,
  };
}

const source = (title: string, dates: Partial<Source>): Source => ({
  url: `https://example.org/${title}`,
  title,
  ...dates,
});

const texts = (card: AdaptiveCard): string[] =>
  card.body.filter((element) => element.type === 'TextBlock').map((element) => String(element.text));
const visible = (card: AdaptiveCard) => JSON.stringify(card.body);
const sourceLine = (card: AdaptiveCard, label = 'Bron') => texts(card).find((text) => text.startsWith(`${label}`));

describe('how old the evidence is', () => {
  it.each([
    [
      'a page of a month',
      [source('A', { pageDate: '2024-03', read: '2026-11-30' })],
      'Bron: [A](https://example.org/A) · pagina van maart 2024',
      'Source: [A](https://example.org/A) · page of March 2024',
    ],
    [
      'a page of a day',
      [source('A', { pageDate: '2025-06-05', read: '2026-11-30' })],
      'Bron: [A](https://example.org/A) · pagina van 5 juni 2025',
      'Source: [A](https://example.org/A) · page of 5 June 2025',
    ],
    [
      'an undated page',
      [source('A', { pageDate: 'undated', read: '2026-12-01' })],
      'Bron: [A](https://example.org/A) · pagina zonder datum, gelezen op 1-12-2026',
      'Source: [A](https://example.org/A) · undated page, read on 1 December 2026',
    ],
    [
      'the newest of several pages',
      [
        source('A', { pageDate: '2019', read: '2026-11-30' }),
        source('B', { pageDate: 'undated', read: '2026-11-30' }),
        source('C', { pageDate: '2025', read: '2026-11-30' }),
      ],
      'Bronnen: [A](https://example.org/A); [B](https://example.org/B) (+1) · nieuwste pagina uit 2025',
      'Sources: [A](https://example.org/A); [B](https://example.org/B) (+1) · newest page from 2025',
    ],
    [
      'several undated pages',
      [
        source('A', { pageDate: 'undated', read: '2026-10-02' }),
        source('B', { pageDate: 'undated', read: '2026-11-03' }),
      ],
      "Bronnen: [A](https://example.org/A); [B](https://example.org/B) · pagina's zonder datum, laatst gelezen op 3-11-2026",
      'Sources: [A](https://example.org/A); [B](https://example.org/B) · undated pages, last read on 3 November 2026',
    ],
    [
      'sources that do not say',
      [source('A', {})],
      'Bron: [A](https://example.org/A) · datum van de bron onbekend',
      'Source: [A](https://example.org/A) · date of the source unknown',
    ],
  ])('%s', (_name, sources, nl, en) => {
    const card = { nl: buildAnswerCard(entry({ sources }), 'nl', { today: TODAY }) };
    expect(sourceLine(card.nl)).toBe(nl);
    expect(sourceLine(buildAnswerCard(entry({ sources }), 'en', { today: TODAY }), 'Source')).toBe(en);
    expect(cardProblems(card.nl)).toEqual([]);
  });

  it('says "controleer voor gebruik" when the newest dated source is over 24 months old', () => {
    // A page of November 2024 may be from 1 November: over 24 months old from 2 November 2026.
    const old = entry({ sources: [source('A', { pageDate: '2024-11', read: '2026-10-30' })] });
    expect(texts(buildAnswerCard(old, 'nl', { today: '2026-11-01' }))).not.toContain(
      'Controleer voor gebruik — de nieuwste bron is meer dan twee jaar oud.',
    );
    const card = buildAnswerCard(old, 'nl', { today: '2026-11-02' });
    expect(texts(card)).toContain('Controleer voor gebruik — de nieuwste bron is meer dan twee jaar oud.');
    expect(texts(buildAnswerCard(old, 'en', { today: '2026-11-02' }))).toContain(
      'Check before use — the newest source is more than two years old.',
    );
    const warning = card.body.find((element) => element.type === 'TextBlock' && element.text.startsWith('Controleer'));
    expect(warning).toMatchObject({ color: 'Warning' });
  });

  it('says so too when undated pages were last read over 24 months ago, but not for a newer dated page', () => {
    const undated = [source('A', { pageDate: 'undated', read: '2024-06-01' })];
    expect(texts(buildAnswerCard(entry({ sources: undated }), 'en', { today: TODAY }))).toContain(
      'Check before use — the source was read more than two years ago.',
    );
    const mixed = [...undated, source('B', { pageDate: '2026-01', read: '2026-11-30' })];
    expect(visible(buildAnswerCard(entry({ sources: mixed }), 'en', { today: TODAY }))).not.toContain(
      'Check before use',
    );
  });

  it('never shows a check date, and no date later than the evidence', () => {
    const unconfirmed = entry({
      verify: 'Het telefoonnummer is niet bevestigd.',
      sources: [source('A', { pageDate: '2019-04', read: '2026-11-22' })],
    });
    for (const language of ['nl', 'en'] as const) {
      const card = visible(buildAnswerCard(unconfirmed, language, { today: TODAY }));
      expect(card).not.toMatch(/gecontroleerd op|checked on|22-11-2026|2026/);
      expect(card).toContain('2019');
    }
  });
});

describe('the note on unconfirmed details', () => {
  const geldfit = 'Bel bij twijfel de gemeente of Geldfit (0800-8115).';
  it.each([
    ['a money entry', { topics: ['toeslagen'] }, true],
    ['a municipal entry', { topics: ['sociaal-team'], municipality: 'GM0637' }, true],
    ['a meldcode entry', { kind: 'meldcode' as const, topics: ['meldcode', 'afwegingskader'] }, false],
    ['a help line', { kind: 'contact' as const, topics: ['hulplijnen'] }, false],
  ])('%s: Geldfit named %s', (_name, fields, money) => {
    const card = visible(buildAnswerCard(entry({ ...fields, verify: 'Nog na te gaan.' }), 'nl', { today: TODAY }));
    expect(card).toContain('Let op: nog niet alle gegevens van deze ingang zijn bevestigd.');
    expect(card.includes(geldfit)).toBe(money);
  });

  it('is absent when everything is confirmed', () => {
    expect(visible(buildAnswerCard(entry({ topics: ['schulden'] }), 'en', { today: TODAY }))).not.toContain('Note:');
  });
});

describe('lists and buttons', () => {
  it("shows the afwegingskader's five questions one per line, in a TextBlock of their own", async () => {
    const kb = await realKnowledge();
    const afweging = kb.byId.get('afwegingskader') as ContentEntry;
    const card = buildAnswerCard(afweging, 'nl', { today: TODAY });
    const list = texts(card).find((text) => text.startsWith('1. '));
    expect(list?.split('\n')).toHaveLength(5);
    expect(list?.split('\n').map((line) => line.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ']);
    expect(cardProblems(card)).toEqual([]);
  });

  it('keeps a list written one item per line, and the paragraph after it apart', () => {
    const body = { nl: 'Drie stappen:\n- bellen\n- mailen\n- langsgaan\n\nDaarna verder.', en: 'Steps.' };
    const card = buildAnswerCard(entry({ body }), 'nl', { today: TODAY });
    expect(texts(card)).toEqual(
      expect.arrayContaining(['Drie stappen:', '- bellen\n- mailen\n- langsgaan', 'Daarna verder.']),
    );
  });

  it('puts each follow-up on a row of its own, its title cut at a word boundary', () => {
    const long = entry({ id: 'lang', title: { nl: 'Sociale wijkzorgteams en servicepunten in Den Haag', en: 'x' } });
    const card = buildAnswerCard(entry(), 'nl', { today: TODAY, related: [long, entry({ id: 'kort' })] });
    const rows = card.body.filter((element) => element.type === 'ActionSet') as Array<
      CardElement & { actions: Array<{ title: string }> }
    >;
    expect(rows.map((row) => row.actions.map((action) => action.title))).toEqual([
      ['Sociale wijkzorgteams en servicepunten…'],
      ['Titel'],
    ]);
  });

  it('shows a long web address as its site, linking to the whole address', () => {
    const url = 'https://www.gemeentewestland.nl/aanvragen-en-regelen/werk-uitkering-en-geldzorgen/geldzorgen';
    const card = buildAnswerCard(entry({ contacts: [{ name: { nl: 'Gemeente', en: 'Municipality' }, url }] }), 'nl', {
      today: TODAY,
    });
    expect(visible(card)).toContain(`[gemeentewestland.nl](${url})`);
  });
});

describe('every real answer card', async () => {
  const kb = await realKnowledge();
  const content = kb.entries.filter((item): item is ContentEntry => item.kind !== 'place' && item.kind !== 'prompt');
  it.each(content.map((item) => [item.id, item] as const))('%s shows no check date and no cut label', (_id, item) => {
    const related = item.related.map((id) => kb.byId.get(id)).filter((other) => other !== undefined) as ContentEntry[];
    for (const language of ['nl', 'en'] as const) {
      const card = buildAnswerCard(item, language, { today: TODAY, related });
      expect(visible(card)).not.toMatch(/gecontroleerd op|checked on/);
      for (const [, title] of JSON.stringify(card).matchAll(/"title":"([^"]*)"/g)) {
        expect(title?.length, title).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
      }
    }
  });
});

describe('the parts kept between cards', () => {
  it('keeps no question or preface: a second card carries only its own', () => {
    const subject = entry({ topics: ['meldcode'] });
    const first = buildAnswerCard(subject, 'nl', {
      today: TODAY,
      question: 'synthetische vraag een',
      preface: ['Een'],
    });
    const second = buildAnswerCard(subject, 'nl', { today: TODAY, question: 'synthetische vraag twee' });
    const third = buildAnswerCard(subject, 'nl', { today: TODAY });
    expect(JSON.stringify(first)).toContain('synthetische vraag een');
    expect(JSON.stringify(second)).not.toContain('synthetische vraag een');
    expect(JSON.stringify(second)).toContain('synthetische vraag twee');
    expect(JSON.stringify(third)).not.toContain('synthetische vraag');
    expect(texts(second)).not.toContain('Een');
    // Without the preface and the colleague button, the three are the same card.
    const rest = (card: AdaptiveCard) => ({
      ...card,
      body: card.body.filter((element) => !(element.type === 'TextBlock' && element.text === 'Een')),
      actions: card.actions?.filter((action) => action.type !== 'Action.ShowCard'),
    });
    expect(rest(first)).toStrictEqual(rest(third));
    expect(rest(second)).toStrictEqual(rest(third));
  });

  it('hands out fresh arrays, and builds anew for another day, language or follow-ups', () => {
    const subject = entry({ contacts: [{ name: { nl: 'Lijn', en: 'Line' }, phone: '0800 2000' }] });
    const card = buildAnswerCard(subject, 'nl', { today: TODAY });
    (card.body as CardElement[]).push({ type: 'TextBlock', text: 'extra' });
    (card.actions as unknown[]).push({ type: 'Action.OpenUrl', title: 'x', url: 'https://example.org' });
    const again = buildAnswerCard(subject, 'nl', { today: TODAY });
    expect(texts(again)).not.toContain('extra');
    expect(again.actions).toHaveLength(1);
    const stale = entry({ sources: [source('A', { pageDate: '2023-01' })] });
    expect(visible(buildAnswerCard(stale, 'nl', { today: '2025-01-01' }))).not.toContain('Controleer');
    expect(visible(buildAnswerCard(stale, 'nl', { today: '2026-12-01' }))).toContain('Controleer');
    expect(sourceLine(buildAnswerCard(stale, 'en', { today: TODAY }), 'Source')).toBeDefined();
    const related = entry({ id: 'related-entry', title: { nl: 'Verwant', en: 'Related' } });
    expect(visible(buildAnswerCard(subject, 'nl', { today: TODAY, related: [related] }))).toContain('Verwant');
    expect(visible(buildAnswerCard(subject, 'nl', { today: TODAY }))).not.toContain('Verwant');
  });
});
