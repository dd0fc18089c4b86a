import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../cards/markdown.js';
import { highlightFindings } from '../../pii/index.js';
import { checkCase, readCaseForm } from './cases.js';
import { ambassadorCommand, caseCommand } from './commands.js';
import { buildBlockedForm } from './share-cards.js';
import { themesIn } from './themes.js';

const PLACES = new Map([['GM0505', 'Dordrecht']]);
const FORM = {
  title: 'Korte afspraken bij geldstress',
  situation: 'Een moeder met schulden kon lange gesprekken niet volhouden.',
  tried: '',
  worked: 'Korte afspraken met één onderwerp.',
  lesson: 'Maak het klein.',
  themes: 'geldstress,gesprek',
  municipality: 'GM0505',
  organisationType: 'schuldhulp',
  anonymised: 'true',
};

describe('readCaseForm', () => {
  it('reads a complete form, with the municipality’s name from the region', () => {
    const { fields, problems } = readCaseForm(FORM, PLACES);
    expect(problems).toEqual([]);
    expect(fields).toMatchObject({
      themes: ['geldstress', 'gesprek'],
      municipality: 'GM0505',
      municipalityName: 'Dordrecht',
    });
  });

  it('names what is missing and drops what is not on the form’s lists', () => {
    const { fields, problems } = readCaseForm(
      { ...FORM, title: '  ', themes: 'hacked,,', municipality: 'GM9999', organisationType: 'x', anonymised: 'false' },
      PLACES,
    );
    expect(problems).toEqual(['title', 'themes', 'organisationType', 'anonymised']);
    expect(fields.themes).toEqual([]);
    expect(fields.municipality).toBeUndefined();
  });

  it('cuts texts to their longest length and ignores values that are not strings', () => {
    const { fields } = readCaseForm({ ...FORM, title: 'x'.repeat(500), situation: { nested: true } }, PLACES);
    expect(fields.title).toHaveLength(120);
    expect(fields.situation).toBe('');
  });
});

describe('checkCase', () => {
  it('passes a clean case, with place and organisation names', () => {
    const { fields } = readCaseForm(
      { ...FORM, situation: 'In Dordrecht hielp de Sociale Dienst Drechtsteden samen met Veilig Thuis.' },
      PLACES,
    );
    expect(checkCase(fields, ['Dordrecht'], 'nl')).toBeUndefined();
  });

  it('finds personal data in every text field, names the kinds and redacts them', () => {
    const { fields } = readCaseForm(
      { ...FORM, title: 'Casus mevrouw Jansen', lesson: 'Bel 06-12345678 nooit zonder afspraak.' },
      PLACES,
    );
    const check = checkCase(fields, [], 'nl');
    expect(check?.fields.map((item) => item.field)).toEqual(['title', 'lesson']);
    expect(check?.kinds).toBe('naam, telefoonnummer');
    expect(check?.kindIds).toEqual(['name', 'phone']);
    expect(check?.redacted.title).toBe('Casus [NAAM]');
    expect(check?.redacted.lesson).toBe('Bel [TELEFOONNUMMER] nooit zonder afspraak.');
    // Placeholders themselves pass the guard: a replaced case can be submitted.
    expect(check && checkCase(check.redacted, [], 'nl')).toBeUndefined();
  });
});

describe('marked', () => {
  it('marks findings and neutralises Markdown in the typed text', () => {
    const text = 'Zie [link](http://x) en *Piet*';
    expect(highlightFindings(text, [{ type: 'name', start: 25, end: 29 }], escapeMarkdown)).toBe(
      'Zie \\[link\\]\\(http://x\\) en \\***⟦Piet⟧**\\*',
    );
  });
});

describe('commands and themes', () => {
  it('matches commands in either language, and the ambassador commands by their start', () => {
    expect(caseCommand('Casus delen')).toEqual({ command: 'share', language: 'nl' });
    expect(caseCommand('my cases')).toEqual({ command: 'mine', language: 'en' });
    expect(ambassadorCommand('ambassadeur toevoegen <at>Piet</at>')).toEqual({ change: 'add', language: 'nl' });
    expect(ambassadorCommand('remove ambassador Piet')).toEqual({ change: 'remove', language: 'en' });
    expect(ambassadorCommand('ambassadeurs')).toBeUndefined();
  });

  it('reads themes from a question', () => {
    expect(themesIn('casussen over geldzorgen en huiselijk geweld')).toEqual(['geldstress', 'veiligheid']);
    expect(themesIn('cases about debt')).toEqual(['schulden']);
  });
});

describe('marked spots', () => {
  it('shows each finding with some context, not the whole text', () => {
    const text = `${'a'.repeat(100)} Piet ${'b'.repeat(100)}`;
    const result = highlightFindings(text, [{ type: 'name', start: 101, end: 105 }], escapeMarkdown);
    expect(result).toBe(`…${'a'.repeat(39)} **⟦Piet⟧** ${'b'.repeat(39)}…`);
  });

  it('keeps a card within Teams’ size limit with every field full of findings', () => {
    const filler = 'Bel Piet de Vries op 06-12345678 over de schuld. ';
    const long = (length: number) => filler.repeat(Math.ceil(length / filler.length)).slice(0, length);
    const { fields } = readCaseForm(
      { ...FORM, title: long(120), situation: long(4000), tried: long(2000), worked: long(2000), lesson: long(2000) },
      PLACES,
    );
    const check = checkCase(fields, [], 'nl');
    if (check === undefined) throw new Error('expected findings');
    const card = buildBlockedForm(check, fields, 'nl', [{ code: 'GM0505', name: 'Dordrecht' }], 24);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  });
});
