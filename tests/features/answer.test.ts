/**
 * Answers through the front door: a Teams message in over HTTP, the cards that reached the connector.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_PARTITION } from '../../src/features/answer/feedback.js';
import { GAPS_PARTITION } from '../../src/features/gaps/index.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { cardSubmit, personalMessage } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';
import { cardProblems } from '../support/validate-card.js';

type Card = Record<string, unknown> & { body: unknown[]; actions?: Array<Record<string, unknown>> };

let connector: FakeConnector;
let app: TestApp;
const store = new MemoryDocumentStore();

beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startApp({ USER_RATE_LIMIT: '0' }, { store });
});
afterAll(async () => {
  await app.close();
  await connector.stop();
});
afterEach(() => connector.clear());

/** Sends a message and returns the cards (and texts) the bot replied with, in order. */
async function ask(text: string, locale = 'nl-NL'): Promise<Array<{ card?: Card; text?: string }>> {
  const response = await app.post(personalMessage(text, { serviceUrl: connector.url, locale }));
  expect(response.status).toBe(200);
  return repliesAfter();
}

async function repliesAfter(): Promise<Array<{ card?: Card; text?: string }>> {
  // The HTTP reply comes once the turn is over, and the turn awaits each of its sends: every card is here.
  await connector.waitForActivities(1);
  return connector.activities.map((activity) => {
    const attachments = activity.attachments as Array<{ content: Card }> | undefined;
    const card = attachments?.[0]?.content;
    if (card !== undefined) expect(cardProblems(card), 'the card must pass the adaptivecards parser').toEqual([]);
    return card === undefined ? { text: String(activity.text) } : { card };
  });
}

const visible = (card: Card | undefined) => JSON.stringify(card?.body ?? []);
const actionUrls = (card: Card | undefined) => (card?.actions ?? []).map((action) => action.url);

describe('municipal questions', () => {
  it('answers "wie doet schuldhulp in Zoetermeer?" with the municipality, 14 079 as a call button, and its source', async () => {
    const [reply] = await ask('wie doet schuldhulp in Zoetermeer?');
    expect(visible(reply?.card)).toContain('Schuldhulp in Zoetermeer');
    expect(visible(reply?.card)).toContain('14 079');
    expect(actionUrls(reply?.card)).toContain('tel:14079');
    expect(visible(reply?.card)).toMatch(
      /Bronnen: \[Gemeente Zoetermeer — Hulp bij geldzaken en schulden\]\(https:\/\/www\.zoetermeer\.nl\/hulp-bij-geldzaken-en-schulden\)/,
    );
    // How old the pages are, never a check date (which claimed more than the evidence).
    expect(visible(reply?.card)).toMatch(
      /Bronnen: .* · (nieuwste pagina (van|uit) |pagina('s)? (van|uit|zonder datum)|datum van de bronnen onbekend)/,
    );
    expect(visible(reply?.card)).not.toContain('gecontroleerd op');
    expect(visible(reply?.card)).toContain('binnen 3 werkdagen');
  });

  it('reads "schulden Naaldwijk" as debt help in Westland and says which municipality it assumed', async () => {
    const [reply] = await ask('schulden Naaldwijk');
    expect(visible(reply?.card)).toContain('Ik ga uit van gemeente Westland (naaldwijk)');
    expect(visible(reply?.card)).toContain('14 0174');
  });

  it('reads "gas en licht niet meer betalen" as the energy bill: the town\'s energy help first', async () => {
    const [reply] = await ask('mevrouw uit zoetermeer kan gas en licht niet meer betalen, waar kan ze terecht?');
    const [heading] = reply?.card?.body ?? [];
    expect(JSON.stringify(heading)).toContain('Energietoeslag en hulp bij aanvragen in Zoetermeer');
  });

  it("answers an adult's choir on little money with the town's schemes for taking part, not its debt help", async () => {
    const [reply] = await ask('mevrouw in rijswijk wil bij een koor maar heeft weinig te besteden, is daar iets voor?');
    const [heading] = reply?.card?.body ?? [];
    expect(JSON.stringify(heading)).toContain('De Ooievaarspas in Rijswijk');
  });

  it('tolerates a typo in the place: "schuldhulp Dordrect"', async () => {
    const [reply] = await ask('schuldhulp Dordrect');
    expect(visible(reply?.card)).toContain('Schuldhulp in Dordrecht');
    expect(visible(reply?.card)).toContain('078 770 8910');
  });

  it('answers in English when the question is English, even in a Dutch Teams client', async () => {
    const [reply] = await ask('Who offers debt help in Hoeksche Waard?');
    expect(visible(reply?.card)).toContain('Debt help in Hoeksche Waard');
    expect(visible(reply?.card)).toContain('14 0186');
    expect(visible(reply?.card)).toMatch(
      /Sources?: .* · (newest page|page|undated page|dates? of the sources? unknown)/,
    );
    expect(visible(reply?.card)).not.toContain('checked on');
  });

  it('asks which municipality when none is given, and answers the choice', async () => {
    const [reply] = await ask('wie doet schuldhulp?');
    const body = (reply?.card?.body ?? []) as Array<Record<string, unknown>>;
    const choice = body.find((element) => element.type === 'Input.ChoiceSet');
    expect(choice?.choices).toHaveLength(20);
    const submit = reply?.card?.actions?.[0]?.data as Record<string, unknown>;
    connector.clear();
    await app.post(cardSubmit({ ...submit, gemeente: 'GM0629' }, { serviceUrl: connector.url }));
    const [answer] = await repliesAfter();
    expect(visible(answer?.card)).toContain('Sociaal Team Wassenaar');
    expect(visible(answer?.card)).toContain('088 654 9999');
  });

  it('gives the national route for a place outside the regions, and no regional numbers', async () => {
    const [reply] = await ask('wie doet schuldhulp in Utrecht?');
    const text = visible(reply?.card);
    expect(text).toContain('Utrecht');
    expect(text).toContain('buiten Haaglanden en Zuid-Holland Zuid');
    expect(text).toContain('0800-8115');
    for (const regional of ['14 079', '14 0174', '078 770 8910', '070 300 8834']) expect(text).not.toContain(regional);
  });

  it.each([
    ['Delft', 'delft.nl'],
    ['Den Haag', 'schuldhulpmaatjedenhaag.nl'],
    ['Leidschendam-Voorburg', '070 300 8834'],
    ['Midden-Delfland', '0800-8115'],
    ['Pijnacker-Nootdorp', '0800-8115'],
    ['Rijswijk', '070 326 1955'],
    ['Wassenaar', '088 654 9999'],
    ['Westland', '14 0174'],
    ['Zoetermeer', '14 079'],
    ['Alblasserdam', '078 770 8910'],
    ['Dordrecht', '078 770 8910'],
    ['Gorinchem', '0800-8115'],
    ['Hardinxveld-Giessendam', '078 770 8910'],
    ['Hendrik-Ido-Ambacht', '078 770 8910'],
    ['Hoeksche Waard', '14 0186'],
    ['Molenlanden', '088 75 15 000'],
    ['Papendrecht', '078 770 8910'],
    ['Sliedrecht', '078 770 8910'],
    ['Zwijndrecht', '078 770 8910'],
  ])(
    'answers "wie doet schuldhulpverlening in %s?" with its own name and a way to reach help',
    async (gemeente, contact) => {
      const [reply] = await ask(`wie doet schuldhulpverlening in ${gemeente}?`);
      expect(visible(reply?.card)).toContain(gemeente);
      expect(visible(reply?.card)).toContain(contact);
    },
  );
});

describe('safety first', () => {
  it.each([
    ['Hij heeft een mes en bedreigt haar, wat moet ik doen?', [], 'nl-NL'],
    ['cliënt wil een einde aan haar leven maken, moet ik melden?', ['113', '0800-0113'], 'nl-NL'],
    ['mijn cliënte is gisteren verkracht door haar ex', ['0800-0188'], 'nl-NL'],
    ['He is hitting her right now', [], 'en-US'],
  ])('puts 112 and Veilig Thuis first for "%s"', async (text, extra, locale) => {
    const replies = await ask(text, locale);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    const first = visible(replies[0]?.card);
    expect(first).toContain('112');
    expect(first).toContain('0800-2000');
    for (const number of extra) expect(first).toContain(number);
    expect(actionUrls(replies[0]?.card)[0]).toBe('tel:112');
    expect(app.logs.filter((line) => line.msg === 'turn').at(-1)?.route).toMatch(/\+safety$/);
  });
});

describe('topics, follow-ups and feedback', () => {
  it('answers a stress question with the tip for that situation', async () => {
    const [reply] = await ask('hoe praat ik met iemand die door geldstress steeds boos wordt?');
    expect(visible(reply?.card)).toContain('Cliënt wordt snel boos');
  });

  it('answers "moet ik melden?" with the afwegingskader and names both places it may sit', async () => {
    const [reply] = await ask('moet ik melden?');
    const text = visible(reply?.card);
    expect(text).toContain('Het afwegingskader');
    expect(text).toContain('stap 5');
    expect(text).toContain('stap 4');
  });

  it('says so honestly when it has no answer, and offers the main topics', async () => {
    const [reply] = await ask('wat is de hoofdstad van Frankrijk?');
    expect(visible(reply?.card)).toContain('Daar heb ik (nog) geen antwoord op');
  });

  it('shows a follow-up entry from its button', async () => {
    await app.post(cardSubmit({ verb: 'wegwijs.entry', id: 'wgs-termijnen' }, { serviceUrl: connector.url }));
    const [reply] = await repliesAfter();
    expect(visible(reply?.card)).toContain('Hoe snel moet de gemeente helpen?');
  });

  it('answers a button press in the language of its card, not the client locale (Dutch user, English Teams)', async () => {
    const [answer] = await ask('wie doet schuldhulp in Zoetermeer?', 'en-US');
    expect(visible(answer?.card)).toContain('Schuldhulp in Zoetermeer');
    // Take the 👍 exactly as the card carries it; Teams posts its data back with the client's locale.
    const thumbsUp = JSON.stringify(answer?.card).match(/\{"verb":"wegwijs\.feedback"[^}]*"vote":"up"[^}]*\}/)?.[0];
    expect(thumbsUp).toContain('"lang":"nl"');
    connector.clear();
    await app.post(cardSubmit(JSON.parse(thumbsUp ?? '{}'), { serviceUrl: connector.url, locale: 'en-US' }));
    const [reply] = await repliesAfter();
    expect(reply?.text).toMatch(/^Dank je voor je feedback/);

    // A typed Dutch command starts the Dutch flow in an English client, and the English one the English flow.
    connector.clear();
    const [dutchFlow] = await ask('afwegingskader', 'en-US');
    expect(visible(dutchFlow?.card)).toContain('vraag 1 van 5');
    connector.clear();
    const [englishFlow] = await ask('assessment framework', 'nl-NL');
    expect(visible(englishFlow?.card)).toContain('question 1 of 5');
  });

  it('stores 👍 with the entry id only, and thanks the user', async () => {
    await app.post(cardSubmit({ verb: 'wegwijs.feedback', id: 'geldfit', vote: 'up' }, { serviceUrl: connector.url }));
    const [reply] = await repliesAfter();
    expect(reply?.text).toMatch(/^Dank je voor je feedback/);
    const { items } = await store.list(FEEDBACK_PARTITION, { prefix: 'geldfit:' });
    expect(items.map((item) => item.data)).toEqual([
      { entryId: 'geldfit', vote: 'up', language: 'nl', at: expect.any(String) },
    ]);
  });

  it('asks what was missing after 👎, refuses a note with personal data, and keeps a clean one', async () => {
    const submit = (value: Record<string, unknown>) => app.post(cardSubmit(value, { serviceUrl: connector.url }));
    await submit({ verb: 'wegwijs.feedback', id: 'zoetermeer-schuldhulp', vote: 'down' });
    const [ask] = await repliesAfter();
    expect(visible(ask?.card)).toContain('Wat ontbrak er');
    const action = ask?.card?.actions?.[0]?.data as Record<string, unknown>;

    connector.clear();
    await submit({ ...action, comment: 'Mevrouw Jansen (06-12345678) kreeg geen antwoord.' });
    const [blocked] = await repliesAfter();
    expect(visible(blocked?.card)).toContain('Je opmerking bevat naam, telefoonnummer; die bewaar ik niet');
    const body = (blocked?.card?.body ?? []) as Array<Record<string, unknown>>;
    expect(body.find((element) => element.type === 'Input.Text')?.value).toBe(
      '[NAAM] ([TELEFOONNUMMER]) kreeg geen antwoord.',
    );
    const before = await store.list<{ comment?: string }>(FEEDBACK_PARTITION, { prefix: 'zoetermeer-schuldhulp:' });
    expect(before.items.some((item) => item.data.comment !== undefined)).toBe(false);

    connector.clear();
    await submit({ ...action, comment: 'Het nummer voor ondernemers ontbreekt.' });
    const [thanks] = await repliesAfter();
    expect(thanks?.text).toMatch(/^Dank je — je opmerking is doorgegeven/);
    const after = await store.list<{ comment?: string }>(FEEDBACK_PARTITION, { prefix: 'zoetermeer-schuldhulp:' });
    expect(after.items.map((item) => item.data.comment).filter(Boolean)).toEqual([
      'Het nummer voor ondernemers ontbreekt.',
    ]);
    // One record per vote: the note completed the 👎's record instead of counting the vote twice.
    expect(after.items).toHaveLength(before.items.length);
    expect(after.items.find((item) => item.data.comment !== undefined)?.data).toMatchObject({ vote: 'down' });
  });

  it('keeps an unanswered question for the editors only scrubbed of personal data, and says so', async () => {
    const [reply] = await ask('Wat vindt Fatima de Vries van het nieuwe parkeerbeleid?');
    expect(visible(reply?.card)).toContain('zonder namen of andere persoonsgegevens');
    const gaps = await store.list<{ question: string; count: number }>(GAPS_PARTITION);
    const gap = gaps.items.find((item) => item.data.question.includes('parkeerbeleid'));
    expect(gap?.data).toMatchObject({ question: 'wat vindt [naam] van het nieuwe parkeerbeleid', count: 1 });
    expect(JSON.stringify(gaps.items)).not.toContain('Fatima');
    await ask('wat vindt Jan Bakker van het nieuwe parkeerbeleid');
    const again = await store.list<{ question: string; count: number }>(GAPS_PARTITION);
    expect(again.items.find((item) => item.key === gap?.key)?.data.count).toBe(2);
  });

  it.each([
    ['full-width digits', 'bsn １１１２２２３３３', ['111222333']],
    ['zero-width spaces in a BSN', 'bsn 111\u200b222\u200b333', ['111222333', '111\u200b222']],
    ['Arabic-Indic digits', 'nummer ٠٦١٢٣٤٥٦٧٨', ['0612345678', '٠٦١٢']],
    ['a full-width at sign', 'jan＠example.nl', ['example', 'jan']],
    ['a lower-case name', 'jan de vries', ['jan', 'vries']],
    ['a lower-case name after a word for a person', 'cliënt marieke bakhuizen', ['marieke', 'bakhuizen']],
  ])('never keeps personal data written with %s in the gap report', async (_name, who, forbidden) => {
    await ask(`wat vindt ${who} van het nieuwe parkeerbeleid`);
    const gaps = (await store.list<{ question: string }>(GAPS_PARTITION)).items.map((item) => item.data.question);
    const recorded = gaps.filter((question) => question.includes('parkeerbeleid') && question.startsWith('wat vindt'));
    expect(recorded.length).toBeGreaterThan(0);
    for (const value of forbidden) expect(JSON.stringify(gaps)).not.toContain(value);
  });

  it.each([
    [{ verb: 'wegwijs.feedback', id: 'does-not-exist', vote: 'up' }],
    [{ verb: 'wegwijs.feedback', id: 'zoetermeer-schuldhulp', vote: 'meh' }],
    [{ verb: 'wegwijs.place', topic: 'schulden', gemeente: '../../etc' }],
    [{ verb: 'wegwijs.entry', id: { $gt: '' } }],
    [{ verb: 'wegwijs.unknown' }],
  ])('answers an invalid card payload %j kindly, with 200', async (value) => {
    const response = await app.post(cardSubmit(value, { serviceUrl: connector.url }));
    expect(response.status).toBe(200);
    const [reply] = await repliesAfter();
    expect(reply?.text).toMatch(/^Die knop kon ik niet verwerken/);
  });
});
