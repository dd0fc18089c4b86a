import { describe, expect, it } from 'vitest';
import { fitLabel, urlLabel } from './fit.js';
import { markdownBlocks, markdownTextBlocks } from './markdown.js';

describe('markdownBlocks', () => {
  it('keeps a numbered list written one item per line (YAML `|`) as a list, after its lead', () => {
    const text = 'Vijf vragen:\n1. Heb ik een vermoeden?\n2. Is er acute onveiligheid?\n\nDaarna: melden.';
    expect(markdownBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'Vijf vragen:' },
      { kind: 'list', items: ['1. Heb ik een vermoeden?', '2. Is er acute onveiligheid?'] },
      { kind: 'paragraph', text: 'Daarna: melden.' },
    ]);
  });

  it('reads bullets, continuation lines and paragraphs over several lines', () => {
    const text = 'Eerst dit,\nen dat.\n- een\n  punt\n* twee\n3) drie';
    expect(markdownBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'Eerst dit, en dat.' },
      { kind: 'list', items: ['- een punt', '- twee', '3. drie'] },
    ]);
  });

  it("splits the afwegingskader's five questions written on one line into five items", () => {
    const text =
      '1. Heb ik (nog steeds) een vermoeden? 2. Is er acute of structurele onveiligheid? Zo ja: melden bij Veilig Thuis. 3. Kan ik zelf effectieve hulp bieden of organiseren? Zo nee: melden. 4. Aanvaarden de betrokkenen die hulp? Zo nee: melden. 5. Leidt de hulp binnen de gewenste tijd tot voldoende veiligheid en welzijn? Zo nee: (opnieuw) melden.';
    expect(markdownBlocks(text)).toEqual([
      {
        kind: 'list',
        items: [
          '1. Heb ik (nog steeds) een vermoeden?',
          '2. Is er acute of structurele onveiligheid? Zo ja: melden bij Veilig Thuis.',
          '3. Kan ik zelf effectieve hulp bieden of organiseren? Zo nee: melden.',
          '4. Aanvaarden de betrokkenen die hulp? Zo nee: melden.',
          '5. Leidt de hulp binnen de gewenste tijd tot voldoende veiligheid en welzijn? Zo nee: (opnieuw) melden.',
        ],
      },
    ]);
  });

  it.each([
    'Sinds 1 januari 2019 geldt stap 4 en 5. Bel 14 079.',
    'Uit het afwegingskader volgen drie normen. 1: meld altijd acute onveiligheid. 2: meld anders.',
    'Let op: 1. Eerst dit en 3. dan dat.',
  ])('leaves prose with numbers as prose: %s', (text) => {
    expect(markdownBlocks(text)).toEqual([{ kind: 'paragraph', text }]);
  });

  it('splits a numbered item only at the next number in order', () => {
    expect(markdownBlocks('1. Eerst dit en 3. dan dat.\n2. Twee. 3. Drie.')).toEqual([
      { kind: 'list', items: ['1. Eerst dit en 3. dan dat.', '2. Twee.', '3. Drie.'] },
    ]);
  });

  it('makes one TextBlock per paragraph and per list, list items one per line', () => {
    expect(markdownTextBlocks('Vragen: 1. Een? 2. Twee?', { spacing: 'Medium' })).toEqual([
      { type: 'TextBlock', text: 'Vragen:', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: '1. Een?\n2. Twee?', wrap: true, spacing: 'Small' },
    ]);
  });
});

describe('fitLabel', () => {
  it.each([
    ['Het afwegingskader — vijf vragen', 'Het afwegingskader — vijf vragen'],
    ['Sociale wijkzorgteams en servicepunten in Den Haag', 'Sociale wijkzorgteams en servicepunten…'],
    ['Geldfit — the national starting point for money worries', 'Geldfit — the national starting point…'],
    ['Crisis Intervention Team, Jeugdbescherming west', 'Crisis Intervention Team…'],
    ['Geldfit — de landelijke ingang bij geldzorgen', 'Geldfit — de landelijke ingang bij…'],
    ['Arbeidsongeschiktheidsverzekeringsmaatschappijen', 'Arbeidsongeschiktheidsverzekeringsmaatschappijen'],
  ])('%s → %s', (title, label) => {
    const fitted = fitLabel(title);
    expect(fitted).toBe(label);
    // Whatever is cut, the label is the title's start and ends where a word ends.
    const head = fitted.replace(/…$/, '');
    expect(title.startsWith(head)).toBe(true);
    expect(title.slice(head.length, head.length + 1)).toMatch(/^[\s,.;:—]?$/);
  });
});

describe('urlLabel', () => {
  it.each([
    ['https://www.zoetermeer.nl/hulp-bij-geldzaken-en-schulden', 'zoetermeer.nl/hulp-bij-geldzaken-en-schulden'],
    ['https://www.geldfit.nl/', 'geldfit.nl'],
    [
      'https://www.gemeentewestland.nl/aanvragen-en-regelen/werk-uitkering-en-geldzorgen/geldzorgen/hulp-vanuit-de-gemeente',
      'gemeentewestland.nl',
    ],
    ['https://wijkteamhw.nl/inwoners/hoe-verloopt-het-eerste-contact', 'wijkteamhw.nl'],
  ])('%s → %s', (url, label) => {
    expect(urlLabel(url, 44)).toBe(label);
  });
});
