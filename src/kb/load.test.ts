import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge, reviewDue } from './load.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-kb-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const VOCABULARY = `topics:
  - id: schulden
    label: { nl: Schulden, en: Debt }
    terms: [schuld]
tracks:
  stress-sensitief: { nl: Stress, en: Stress }
methods:
  incidentmethode: { nl: Incident, en: Incident }
`;
const CSV =
  'Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\n0637,GM0637,Zoetermeer,28,PV28,Zuid-Holland\n';
const PLACE = `- id: place-zoetermeer
  kind: place
  municipality: GM0637
  name: Zoetermeer
  region: Haaglanden
  title: { nl: Gemeente Zoetermeer, en: Municipality of Zoetermeer }
  summary: { nl: Zoetermeer., en: Zoetermeer. }
  postcodes: ['2711-2713']
  sources: [{ url: 'https://example.org/a', title: A, pageDate: undated, read: 2026-01-01 }]
  verified: 2026-01-01
`;
const SERVICE = `- id: zoetermeer-schuldhulp
  kind: service
  municipality: GM0637
  topics: [schulden]
  title: { nl: Schuldhulp, en: Debt help }
  summary: { nl: Bel de gemeente., en: Call the municipality. }
  contacts:
    - name: { nl: Gemeente, en: Municipality }
      phone: 14 079
  sources: [{ url: 'https://example.org/b', title: B }]
  verified: 2026-01-01
`;

const SAFETY = `groups:
  harm: { kind: violence, terms: [slaat] }
  now: { strong: true, terms: [op dit moment] }
acute:
  - [harm, now]
`;

let dirs = 0;
function knowledge(files: Record<string, string>): string {
  dirs += 1;
  const dir = path.join(root, `kb${dirs}`);
  const all = {
    'vocabulary.yaml': VOCABULARY,
    'safety.yaml': SAFETY,
    'places/gemeenten-nl.csv': CSV,
    'places/regio.yaml': PLACE,
    'places/woonplaatsen-nl.csv': 'place,municipality,province\nZoetermeer,Zoetermeer,Zuid-Holland\n',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function errorsOf(files: Record<string, string>, today = '2026-06-01'): Promise<string[]> {
  const dir = knowledge(files);
  const result = await loadKnowledge(dir, { today, relativeTo: dir, strictReview: true });
  return result.ok ? [] : result.errors;
}

describe('loadKnowledge', () => {
  it('loads valid knowledge into typed entries', async () => {
    const dir = knowledge({ 'a.yaml': SERVICE });
    const result = await loadKnowledge(dir, { today: '2026-06-01', relativeTo: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kb.byId.get('zoetermeer-schuldhulp')).toMatchObject({
      kind: 'service',
      municipality: 'GM0637',
      contacts: [{ name: { nl: 'Gemeente', en: 'Municipality' }, phone: '14 079' }],
      reviewDays: 180,
      origin: { file: 'a.yaml', line: 1 },
    });
    expect(result.kb.municipalities).toEqual([{ code: 'GM0637', name: 'Zoetermeer', province: 'Zuid-Holland' }]);
  });

  it.each([
    [
      'a missing summary',
      SERVICE.replace(/ {2}summary:.*\n/, ''),
      'a.yaml:1: entry "zoetermeer-schuldhulp": "summary" is required, with nl and en',
    ],
    [
      'an English text missing',
      SERVICE.replace('en: Debt help ', ''),
      'a.yaml:5: entry "zoetermeer-schuldhulp": "title" must have nl and en texts',
    ],
    [
      // On the line of the phone itself (before the strict schema: the line of "contacts").
      'a bad phone',
      SERVICE.replace('14 079', 'bel ons'),
      'a.yaml:9: entry "zoetermeer-schuldhulp": contact phone "bel ons" is not a Dutch phone number as written for people',
    ],
    [
      'a phone YAML reads as a number',
      SERVICE.replace('14 079', '112'),
      'a.yaml:9: entry "zoetermeer-schuldhulp": contact phone "112" is not a Dutch phone number as written for people (put quotes around it)',
    ],
    [
      'no sources',
      SERVICE.replace(/ {2}sources:.*\n/, ''),
      'a.yaml:1: entry "zoetermeer-schuldhulp": "sources" must list at least one source (url and title)',
    ],
    [
      'an unknown topic',
      SERVICE.replace('[schulden]', '[geld]'),
      'a.yaml:1: entry "zoetermeer-schuldhulp": unknown topic "geld"',
    ],
    [
      'an unknown kind',
      SERVICE.replace('kind: service', 'kind: servcie'),
      'a.yaml:2: entry "zoetermeer-schuldhulp": "kind" must be one of service, contact, meldcode, tip, info, prompt, place, not "servcie"',
    ],
    [
      'a number in the English only',
      SERVICE.replace('en: Call the municipality.', 'en: Call the municipality within 3 days.'),
      'a.yaml:6: entry "zoetermeer-schuldhulp": summary.en says 3, which summary.nl does not: write it in the Dutch too',
    ],
    [
      'a future date',
      SERVICE.replace('2026-01-01', '2027-01-01'),
      'a.yaml:11: entry "zoetermeer-schuldhulp": "verified" 2027-01-01 lies in the future',
    ],
    [
      'an unknown municipality',
      SERVICE.replace('GM0637', 'GM9999'),
      'a.yaml:1: entry "zoetermeer-schuldhulp": no place entry for municipality GM9999',
    ],
    [
      'a broken reference',
      `${SERVICE}  related: [nergens]\n`,
      'a.yaml:1: entry "zoetermeer-schuldhulp": related entry "nergens" does not exist',
    ],
    [
      'a bad page date',
      SERVICE.replace('title: B }', 'title: B, pageDate: maart 2024 }'),
      'a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: "pageDate" must be YYYY, YYYY-MM, YYYY-MM-DD or "undated", not "maart 2024"',
    ],
    [
      'asks in an unknown language',
      `${SERVICE}  asks: { de: [Schulden] }\n`,
      'a.yaml:12: entry "zoetermeer-schuldhulp": "asks" has an unknown language "de"',
    ],
    [
      'a text with ": " unquoted',
      SERVICE.replace('Bel de gemeente.', 'Let op: bel'),
      'a.yaml:6: Block collections are not allowed within flow collections (put quotes around a text that contains ": ")',
    ],
  ])('reports %s as file:line', async (_name, text, message) => {
    expect(await errorsOf({ 'a.yaml': text })).toEqual([message]);
  });

  it.each([
    [
      'sumary',
      SERVICE.replace('  summary:', '  sumary:'),
      [
        'a.yaml:1: entry "zoetermeer-schuldhulp": "summary" is required, with nl and en',
        'a.yaml:6: entry "zoetermeer-schuldhulp": unknown key "sumary" (did you mean "summary"?)',
      ],
    ],
    [
      'verfied',
      SERVICE.replace('  verified:', '  verfied:'),
      [
        'a.yaml:1: entry "zoetermeer-schuldhulp": "verified" is required',
        'a.yaml:11: entry "zoetermeer-schuldhulp": unknown key "verfied" (did you mean "verified"?)',
      ],
    ],
    [
      'a misspelt contact key',
      SERVICE.replace('      phone: 14 079', '      phone: 14 079\n      walkin: { nl: Ja, en: Yes }'),
      ['a.yaml:10: entry "zoetermeer-schuldhulp": contact has an unknown key "walkin" (did you mean "walkIn"?)'],
    ],
    [
      'a misspelt source key',
      SERVICE.replace('title: B }', 'title: B, page_date: 2024 }'),
      [
        'a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: unknown key "page_date" (did you mean "pageDate"?)',
      ],
    ],
    [
      'a source title misspelt',
      SERVICE.replace('title: B }', 'titel: B }'),
      [
        'a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: "title" is required',
        'a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: unknown key "titel" (did you mean "title"?)',
      ],
    ],
    [
      'a key of another kind',
      `${SERVICE}  minutes: 30\n`,
      ['a.yaml:12: entry "zoetermeer-schuldhulp": unknown key "minutes": only entries of kind prompt have it'],
    ],
    [
      'a key nothing resembles',
      `${SERVICE}  telefoonnummer: 14 079\n`,
      ['a.yaml:12: entry "zoetermeer-schuldhulp": unknown key "telefoonnummer"'],
    ],
    [
      'a comma inside { } that ends a text',
      SERVICE.replace('en: Debt help }', 'en: Debt help, municipality }'),
      [
        'a.yaml:5: entry "zoetermeer-schuldhulp": "title": "municipality" was read as a key: put quotes around a text that contains a comma',
      ],
    ],
    [
      'a page date after the day it was read',
      SERVICE.replace('title: B }', 'title: B, pageDate: 2026-03, read: 2026-02-27 }'),
      [
        'a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: "pageDate" 2026-03 is after the day it was "read" (2026-02-27)',
      ],
    ],
    [
      'a read date in the future',
      SERVICE.replace('title: B }', 'title: B, pageDate: undated, read: 2026-07-01 }'),
      ['a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: "read" 2026-07-01 lies in the future'],
    ],
    [
      'a read date that is no day',
      SERVICE.replace('title: B }', 'title: B, read: 2026-02-30 }'),
      [
        'a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: "read" must be a date YYYY-MM-DD, not "2026-02-30"',
      ],
    ],
  ])('rejects %s, naming the key on its line', async (_name, text, messages) => {
    expect(await errorsOf({ 'a.yaml': text })).toEqual(messages);
  });

  describe('sources without pageDate or read', () => {
    const undated = SERVICE.replace('title: B }', 'title: B, pageDate: 2025 }');
    const load = async (text: string, sourceDates: 'ignore' | 'warn' | 'require') => {
      const dir = knowledge({ 'a.yaml': text });
      return loadKnowledge(dir, { today: '2026-06-01', relativeTo: dir, sourceDates });
    };
    const missingRead =
      'a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: "read" is missing — the day (YYYY-MM-DD) you read the page';

    it('are not checked at start-up', async () => {
      expect(await load(SERVICE, 'ignore')).toMatchObject({ ok: true, warnings: [] });
    });

    it('are warnings while the editors add the dates', async () => {
      expect(await load(undated, 'warn')).toMatchObject({ ok: true, warnings: [missingRead] });
      expect(await load(SERVICE, 'warn')).toMatchObject({
        ok: true,
        warnings: [
          'a.yaml:10: entry "zoetermeer-schuldhulp": source https://example.org/b: "pageDate" and "read" are missing — the date printed on the page (YYYY, YYYY-MM or YYYY-MM-DD), or "undated", and the day (YYYY-MM-DD) you read the page',
        ],
      });
    });

    it('are errors when required', async () => {
      expect(await load(undated, 'require')).toEqual({ ok: false, errors: [missingRead] });
    });

    it('report an entry verified after its sources were last read', async () => {
      const text = SERVICE.replace('title: B }', 'title: B, pageDate: 2025, read: 2025-12-01 }');
      expect(await load(text, 'require')).toEqual({
        ok: false,
        errors: [
          'a.yaml:11: entry "zoetermeer-schuldhulp": "verified" 2026-01-01 is later than the newest "read" of its sources (2025-12-01): verify an entry by reading its sources, and record that day in "read"',
        ],
      });
      expect(await load(text.replace('read: 2025-12-01', 'read: 2026-01-01'), 'require')).toMatchObject({ ok: true });
    });
  });

  it('reads a page date YAML reads as a number (2024) as the year', async () => {
    const dir = knowledge({ 'a.yaml': SERVICE.replace('title: B }', 'title: B, pageDate: 2024, read: 2025-01-05 }') });
    const result = await loadKnowledge(dir, { today: '2026-06-01', relativeTo: dir });
    expect(result.ok && result.kb.byId.get('zoetermeer-schuldhulp')?.sources).toEqual([
      { url: 'https://example.org/b', title: 'B', pageDate: '2024', read: '2025-01-05' },
    ]);
  });

  it('reports an invalid entry once, without follow-on errors where others refer to it', async () => {
    const other = `- id: geldfit\n  kind: info\n  title: { nl: G, en: G }\n  summary: { nl: G, en: G }\n  related: [zoetermeer-schuldhulp]\n  sources: [{ url: 'https://example.org/g', title: G }]\n  verified: 2026-01-01\n`;
    expect(await errorsOf({ 'a.yaml': SERVICE.replace('  summary:', '  sumary:'), 'b.yaml': other })).toHaveLength(2);
  });

  it('reads asks and the dates of a source', async () => {
    const text = SERVICE.replace('title: B }', 'title: B, pageDate: 2024-03, read: 2026-11-30 }').concat(
      '  asks: { nl: [vader klapt dicht over geld], en: [father shuts down about money] }\n',
    );
    const dir = knowledge({ 'a.yaml': text });
    const result = await loadKnowledge(dir, { today: '2026-12-01', relativeTo: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kb.byId.get('zoetermeer-schuldhulp')).toMatchObject({
      asks: { nl: ['vader klapt dicht over geld'], en: ['father shuts down about money'] },
      sources: [{ url: 'https://example.org/b', title: 'B', pageDate: '2024-03', read: '2026-11-30' }],
    });
  });

  it.each([
    [
      'a rule with an unknown group',
      SAFETY.replace('[harm, now]', '[harm, nu]'),
      'safety.yaml:5: rule names unknown group "nu"',
    ],
    [
      'a stem of two letters',
      SAFETY.replace('[slaat]', '[sl*]'),
      'safety.yaml:2: group "harm" has an invalid term "sl*" (a stem needs 3 letters; ".." goes between words)',
    ],
    [
      'a misspelt group key',
      SAFETY.replace('strong: true', 'strnog: true'),
      'safety.yaml:3: group "now" has an unknown key "strnog"',
    ],
    [
      'a paired group without a kind',
      SAFETY.replace('strong: true', 'strong: true, paired: true'),
      'safety.yaml:3: group "now" is paired but names no kind',
    ],
    [
      'a paired flag that is no boolean',
      SAFETY.replace('kind: violence', 'kind: violence, paired: ja'),
      'safety.yaml:2: group "harm": paired must be true or false',
    ],
    [
      'a link that is neither back nor on',
      SAFETY.replace('strong: true', 'strong: true, link: true'),
      'safety.yaml:3: group "now": link must be back or on',
    ],
    [
      'an unknown kind',
      SAFETY.replace('kind: violence', 'kind: geweld'),
      'safety.yaml:2: group "harm" has kind "geweld", not one of violence, suicide, sexual, child-alone',
    ],
    [
      'a group that puts a staging behind and also frames',
      SAFETY.replace('acute:', '  after: { after: true, calm: true, terms: [na de film] }\nacute:'),
      'safety.yaml:4: group "after" puts a staging behind and cannot also be calm',
    ],
    [
      'a rule that names a group that puts a staging behind',
      SAFETY.replace('acute:', '  told: { tells: true, terms: [vertelde] }\nacute:').replace(
        '[harm, now]',
        '[harm, told]',
      ),
      'safety.yaml:6: rule names group "told", which only puts a staging behind (after, tells)',
    ],
  ])('reports %s in the danger lexicon as file:line', async (_name, text, message) => {
    expect(await errorsOf({ 'safety.yaml': text })).toEqual([message]);
  });

  it('reports a woonplaats whose municipality is unknown as file:line', async () => {
    const csv =
      '# CBS\nplace,municipality,province\nZoetermeer,Zoetermeer,Zuid-Holland\nJoure,De Fryske Marren,Fryslân\n';
    expect(await errorsOf({ 'places/woonplaatsen-nl.csv': csv })).toEqual([
      'places/woonplaatsen-nl.csv:4: "De Fryske Marren" is not a municipality of places/gemeenten-nl.csv',
    ]);
  });

  it('reads short forms and follow-up phrases from the vocabulary', async () => {
    const vocabulary = `${VOCABULARY}abbreviations:\n  vt: Veilig Thuis\n  AF: afwegingskader\nfollowUps:\n  contact: [nummer]\n`;
    const dir = knowledge({ 'vocabulary.yaml': vocabulary });
    const result = await loadKnowledge(dir, { today: '2026-06-01', relativeTo: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kb.abbreviations.get('vt')).toEqual({ expansion: 'veilig thuis', caseSensitive: false });
    expect(result.kb.abbreviations.get('AF')).toEqual({ expansion: 'afwegingskader', caseSensitive: true });
    expect(result.kb.followUps.get('contact')).toEqual(['nummer']);
  });

  it("reads local names as their municipality's, and reports a name no municipality's entry holds as file:line", async () => {
    const service = SERVICE.replace('topics: [schulden]', 'topics: [schulden]\n  keywords: [Loket Zoet]');
    const vocabulary = `${VOCABULARY}localNames: [Loket Zoet]\n`;
    const dir = knowledge({ 'vocabulary.yaml': vocabulary, 'a.yaml': service });
    const result = await loadKnowledge(dir, { today: '2026-06-01', relativeTo: dir });
    expect(result.ok && result.kb.localNames.get('loket zoet')).toBe('GM0637');
    // Each name is reported at its own line of the list.
    const unknown = `${VOCABULARY}localNames: [\n  Loket Zoet,\n  Huis van Niemand]\n`;
    expect(await errorsOf({ 'vocabulary.yaml': unknown, 'a.yaml': service })).toEqual([
      'vocabulary.yaml:11: local name "huis van niemand" occurs in no municipality\'s entry',
    ]);
  });

  it('reads separable verbs, and reports one without a particle as file:line', async () => {
    const vocabulary = `${VOCABULARY}separableVerbs:\n  aanmelden: [meld, meldt]\n`;
    const dir = knowledge({ 'vocabulary.yaml': vocabulary });
    const result = await loadKnowledge(dir, { today: '2026-06-01', relativeTo: dir });
    expect(result.ok && result.kb.separableVerbs?.get('meldt')).toEqual([{ verb: 'aanmelden', particle: 'aan' }]);
    const wrong = await errorsOf({ 'vocabulary.yaml': `${VOCABULARY}separableVerbs:\n  melden: [meld]\n` });
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatch(/^vocabulary\.yaml:\d+: separable verb "melden" must start with a particle/);
  });

  it("reads the readers' wording from the vocabulary", async () => {
    const vocabulary = `${VOCABULARY}pointing:\n  back: [daarvoor]\nasking:\n  defines: [wat is, uitleg]\n`;
    const dir = knowledge({ 'vocabulary.yaml': vocabulary });
    const result = await loadKnowledge(dir, { today: '2026-06-01', relativeTo: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.kb.wording.pointing.back]).toEqual(['daarvoor']);
    expect(result.kb.wording.asking.defines).toEqual(['wat is', 'uitleg']);
    expect(result.kb.wording.followUpWording.opens).toEqual([]);
  });

  it.each([
    [
      'a value not written as it is matched',
      'asking:\n  defines: [wat is, Hoe werkt]\n',
      'vocabulary.yaml:10: asking.defines: "Hoe werkt" must be written as it is matched: "hoe werkt"',
    ],
    [
      'a phrase in a list of words',
      'pointing:\n  back:\n    - daarvoor\n    - daar voor\n',
      'vocabulary.yaml:12: pointing.back: "daar voor" must be one word (this list matches single words)',
    ],
    [
      'a value that is no text',
      'followUpWording:\n  phone: [bellen, 112]\n',
      'vocabulary.yaml:10: followUpWording.phone: 112 is not a word',
    ],
    [
      'an unknown list',
      'pointing:\n  bakc: [daarvoor]\n',
      'vocabulary.yaml:10: pointing "bakc" is not one of back, toShown, existential, that, clauseStart, demonstratives, demonstrativeAfter, thingPointers, thingAfter, placeWords, namesPlace, thatPlacePointers, thatPlaceNouns, nearbyPlace, aroundHere, persons',
    ],
    [
      'a list that is no list',
      'asking:\n  generic: hulp\n',
      'vocabulary.yaml:10: asking.generic must be a list of words',
    ],
    [
      'one word in a list of word pairs',
      'pointing:\n  existential: [is there, there]\n',
      'vocabulary.yaml:10: pointing.existential: "there" must be two words (this list matches a word and the word after it)',
    ],
    [
      'three words in a list of word pairs',
      'pointing:\n  existential:\n    - is there\n    - is er daar\n',
      'vocabulary.yaml:12: pointing.existential: "is er daar" must be two words (this list matches a word and the word after it)',
    ],
  ])("reports %s in the readers' wording as file:line", async (_name, wording, message) => {
    expect(await errorsOf({ 'vocabulary.yaml': `${VOCABULARY}${wording}` })).toEqual([message]);
  });

  it('reports a duplicate id with both places', async () => {
    expect(await errorsOf({ 'a.yaml': SERVICE, 'b.yaml': `\n\n${SERVICE}` })).toEqual([
      'b.yaml:3: duplicate id "zoetermeer-schuldhulp" (first at a.yaml:1)',
    ]);
  });

  it('reports entries past their review interval only when asked to be strict', async () => {
    expect(await errorsOf({ 'a.yaml': SERVICE }, '2026-12-01')).toEqual([
      'a.yaml:1: entry "zoetermeer-schuldhulp" was due for review on 2026-06-30 (verified 2026-01-01)',
    ]);
    const dir = knowledge({ 'a.yaml': SERVICE });
    const lenient = await loadKnowledge(dir, { today: '2026-12-01', relativeTo: dir });
    expect(lenient.ok && lenient.warnings).toHaveLength(1);
  });

  it('computes the review date from verified and reviewDays', () => {
    const entry = { verified: '2026-01-01', reviewDays: 10 } as Parameters<typeof reviewDue>[0];
    expect(reviewDue(entry, '2026-01-10')).toBeUndefined();
    expect(reviewDue(entry, '2026-01-11')).toBe('2026-01-11');
  });
});
