/**
 * Understanding through the front door: follow-ups that need the conversation's stored context, danger the
 * cue lexicon alone misses (the second reader), and the reply language of mixed messages.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_PARTITION } from '../../src/features/answer/conversation.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { personalMessage } from '../support/activities.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { startApp, type TestApp } from '../support/start-app.js';

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

/** Sends a message as one user in one personal chat and returns the visible JSON of each reply, in order. */
async function ask(text: string, options: { locale?: string; user?: string } = {}): Promise<string[]> {
  connector.clear();
  const activity = personalMessage(text, {
    serviceUrl: connector.url,
    locale: options.locale ?? 'nl-NL',
    user: { id: options.user ?? '29:synthetic-user-1' },
  });
  const response = await app.post(activity);
  expect(response.status).toBe(200);
  await connector.waitForActivities(1);
  return connector.activities.map((activity) =>
    JSON.stringify((activity.attachments as Array<{ content: unknown }> | undefined)?.[0]?.content ?? activity.text),
  );
}

/** The heading of a card reply: its first text block (a card's text may also name other entries, as links). */
function titleOf(reply: string | undefined): string {
  const card = JSON.parse(reply ?? '{}') as { body?: Array<{ text?: string }> };
  return card.body?.[0]?.text ?? '';
}

/** The entry's title on an answer card, after any preface (the worry's advice line). */
function headingOf(reply: string | undefined): string {
  const card = JSON.parse(reply ?? '{}') as { body?: Array<{ text?: string; style?: string }> };
  return card.body?.find((block) => block.style === 'heading')?.text ?? '';
}

/**
 * The emergency card's opening line in either language (`src/cards/emergency-card.ts`). Worry cards mention 112 too, so
 * "no emergency card" checks this line, not the number.
 */
const EMERGENCY_CARD = /Is er nu direct gevaar\? Bel 112|Is anyone in immediate danger\? Call 112/;

describe('follow-ups read against the last answer of this conversation', () => {
  it('answers "bij wie kan ze terecht?" from the conversation, not from a title that says "terecht"', async () => {
    const user = '29:synthetic-where-can-she-go';
    await ask('schuldhulp in delft?', { user });
    const where = await ask('bij wie kan ze terecht?', { user });
    expect(headingOf(where[0])).toContain('Schuldhulp in Delft');
    expect(where.join(' ')).not.toContain('Hersteloperatie');
    // After an emergency the emergency card stays in front.
    const acute = '29:synthetic-where-after-emergency';
    await ask('Een moeder in Zoetermeer wordt mishandeld door haar partner', { user: acute });
    const after = await ask('bij wie kan ze terecht?', { user: acute });
    expect(after[0]).toContain('Is er nu direct gevaar? Bel 112.');
    expect(after.join(' ')).not.toContain('Hersteloperatie');
    // Without a pronoun, and in English.
    const plain = '29:synthetic-where-can-i-go';
    await ask('schuldhulp in delft?', { user: plain });
    expect(headingOf((await ask('bij wie kan ik terecht?', { user: plain }))[0])).toContain('Schuldhulp in Delft');
    const english = '29:synthetic-where-can-she-go';
    await ask('He is strangling her right now', { user: english, locale: 'en-US' });
    const go = await ask('where can she go?', { user: english, locale: 'en-US' });
    expect(go[0]).toContain('Is anyone in immediate danger? Call 112');
    expect(go.join(' ')).not.toContain('recovery');
  });

  it('answers the age limit asked right after a fund from the card just shown', async () => {
    const user = '29:synthetic-age-limit';
    await ask('jongerenloket in den haag voor schulden?', { user });
    const age = await ask('leeftijdsgrens?', { user });
    expect(headingOf(age[0])).toContain('Jongeren Perspectief Fonds');
    expect(age[0]).toContain('18-27');
  });

  it("leads with the reporting route for a worry told after a town's debt help, not with the town", async () => {
    const user = '29:synthetic-worry-after-town';
    await ask('ik ben vrijwilliger bij schuldhulpmaatje in zwijndrecht. geldt de meldcode ook voor mij?', { user });
    const worry = await ask(
      'bij mn maatje zag ik het zoontje met een blauw oog, hij schrok zich rot toen zijn vader thuiskwam. wat doe ik nu?',
      { user },
    );
    expect(worry[0]).toContain('0800-2000');
    expect(headingOf(worry[0])).not.toContain('Zwijndrecht');
  });

  it("asks the conversation's town where to sign up after the national deadlines of its debt help", async () => {
    const user = '29:synthetic-where-after-national';
    await ask('huurachterstand in papendrecht, wie helpt?', { user });
    expect(headingOf((await ask('hoe snel moet de gemeente helpen?', { user }))[0])).toContain('Wgs');
    const where = await ask('waar meld ik haar aan?', { user });
    expect(headingOf(where[0])).toContain('Schuldhulp in Papendrecht');
    // After what a national body does wherever one lives, the same question stays with that card.
    const recovery = '29:synthetic-where-after-recovery';
    await ask('schuldhulp in delft?', { user: recovery });
    await ask('Hoe werkt de hersteloperatie toeslagen?', { user: recovery });
    expect(headingOf((await ask('bij wie kan ze terecht?', { user: recovery }))[0])).not.toContain('Delft');
  });

  it("keeps the topic's own card beside the national route when the place asked next lies outside the regions", async () => {
    const user = '29:synthetic-outside-follow-up';
    await ask('wat is de beslagvrije voet?', { user });
    const outside = await ask('waar kan ze daarvoor terecht in zwolle?', { user });
    expect(outside[0]).toContain('Zwolle');
    expect(outside.join(' ')).toContain('De beslagvrije voet');
  });

  it("reads a local network asked after an older woman's money taken by her son as the alliance against financial abuse", async () => {
    const user = '29:synthetic-local-network';
    await ask('mevrouw van 80 in delft, haar zoon haalt geld van haar rekening. wat moet ik hiermee?', { user });
    const network = await ask('is er in delft een lokaal netwerk voor dit soort zaken?', { user });
    expect(headingOf(network[0])).toContain('financieel misbruik');
  });

  it('leans towards the card just shown for a question asked anew that other entries fit as well', async () => {
    const user = '29:synthetic-shown-favour';
    expect(headingOf((await ask('wat zijn de stappen van de meldcode?', { user }))[0])).toContain('vijf stappen');
    const next = await ask(
      'oke, ik heb de signalen in kaart gebracht en in het dossier gezet. wat is de volgende stap?',
      {
        user,
      },
    );
    expect(headingOf(next[0])).toContain('De vijf stappen van de meldcode');
  });

  it('keeps a worry\'s Veilig Thuis line on a follow-up that names the client only as "ze"', async () => {
    const user = '29:synthetic-case-words-alert';
    const first = await ask(
      'moeder in gorinchem wordt al jaren vaak door haar man geslagen en ze heeft geen eten meer in huis',
      {
        user,
      },
    );
    expect(first.join(' ')).toContain('0800-2000');
    const papers = await ask('welke papieren moet ze meenemen?', { user });
    expect(papers.join(' ')).toContain('0800-2000');
    expect(papers[0]).not.toContain('Bel 112');
  });

  it('answers a question about the client that finds nothing with the card just shown, not "no answer"', async () => {
    const user = '29:synthetic-case-words';
    expect(headingOf((await ask('voedselbank in gorinchem?', { user }))[0])).toContain('Voedselbank in Gorinchem');
    const papers = await ask('welke papieren moet ze meenemen?', { user });
    expect(papers[0]).not.toContain('Daar heb ik (nog) geen antwoord op');
    expect(headingOf(papers[0])).toContain('Voedselbank in Gorinchem');
    // A question that names nobody of the case is a question of its own.
    expect((await ask('wie won het WK?', { user }))[0]).toContain('Daar heb ik (nog) geen antwoord op');
  });

  it('swaps the place, gives the contact, and switches language with a reason attached', async () => {
    const user = '29:synthetic-follow-up';
    expect((await ask('wie doet schuldhulp in Zoetermeer?', { user }))[0]).toContain('Zoetermeer');
    const delft = await ask('en in Delft?', { user });
    expect(delft[0]).toContain('Delft');
    expect(delft[0]).not.toContain('Daar heb ik (nog) geen antwoord op');
    const english = await ask('can you say that in English? it is for a colleague who just arrived', { user });
    expect(english[0]).toMatch(/Debt|debt/);
    expect(english[0]).toContain('Delft');
  });

  it("swaps the place for the money help a card named when the last answer's topic has none there", async () => {
    const user = '29:synthetic-swap-shown-topic';
    await ask('gezin in dordrecht, moeder heeft schulden bij de verhuurder. wie doet daar schuldhulp?', { user });
    // "sport" reads as the sports club's code here; the national Leergeld shown beside it is the money help.
    await ask('en voor de kids, sport en schoolreis?', { user });
    const swapped = await ask('en in sliedrecht hetzelfde?', { user });
    expect(swapped[0]).toContain('Leergeld voor kinderen in Sliedrecht');
  });

  it("gives a child who would call themselves the Kindertelefoon, not the last answer's line", async () => {
    const user = '29:synthetic-child-line';
    const adult = await ask("mijn cliënt is eenzaam en wil 's nachts met iemand praten, welk nummer?", { user });
    expect(adult[0]).toContain('088-0767 000');
    const child = await ask('haar dochter van 13 merkt alles, kan zij zelf ergens bellen?', { user });
    expect(child[0]).toContain('0800-0432');
    // The writer's own call about a child keeps the line just shown.
    const other = '29:synthetic-child-line-writer';
    await ask("mijn cliënt is eenzaam en wil 's nachts met iemand praten, welk nummer?", { user: other });
    const writer = await ask('zijn zoon merkt alles, kan ik daar zelf over bellen?', { user: other });
    expect(writer[0]).toContain('088-0767 000');
    expect(writer[0]).not.toContain('0800-0432');
    // An adult told of as a child, or an age long ago, is no child now.
    const adult2 = '29:synthetic-child-line-past';
    await ask("mijn cliënt is eenzaam en wil 's nachts met iemand praten, welk nummer?", { user: adult2 });
    const past = await ask('ze was toen 12 jaar, kan ze zelf bellen?', { user: adult2 });
    expect(past[0]).toContain('088-0767 000');
    expect(past.join(' ')).not.toContain('0800-0432');
  });

  it.each([
    // Numbers that are no age, an adult who has the child, a service pointed back to.
    [
      'mijn cliënt is eenzaam en wil s nachts met iemand praten, welk nummer?',
      'ze is 8 weken zwanger, kan ze zelf bellen?',
    ],
    [
      'mijn cliënt is eenzaam en wil s nachts met iemand praten, welk nummer?',
      'mevrouw heeft een dochter van 10, kan ze zelf ergens bellen?',
    ],
    [
      'mevrouw in rijswijk heeft flinke schulden, bij wie meld ik haar aan?',
      'ze heeft een schuld van 15 duizend, kan ze zelf bellen?',
    ],
    [
      'mevrouw in rijswijk heeft flinke schulden, bij wie meld ik haar aan?',
      'haar zoon is 17, kan hij daar zelf ook bellen?',
    ],
  ])('keeps the last answer\'s contact, not the Kindertelefoon: "%s" → "%s"', async (first, then) => {
    const user = `29:synthetic-no-child-line-${then.length}`;
    await ask(first, { user });
    const replies = await ask(then, { user });
    expect(replies.join(' ')).not.toContain('0800-0432');
    expect(replies.join(' ')).toMatch(/088-0767 000|070 326 1955/);
  });

  it('keeps the debt help for a follow-up in words any service says ("wat kunnen ze daar voor haar doen?")', async () => {
    const user = '29:synthetic-vague-detail';
    await ask('mevrouw in rijswijk heeft flinke schulden, bij wie meld ik haar aan?', { user });
    const vague = await ask('wat kunnen ze daar dan voor haar doen?', { user });
    expect(headingOf(vague[0]) || titleOf(vague[0])).toContain('Schuldhulp in Rijswijk');
  });

  it('reads "die verwijsindex" as the linked card of that name, not a detail of the card shown', async () => {
    const user = '29:synthetic-linked-title';
    await ask('ik werk bij halt, een jongere vertelt over ruzie thuis en geldzorgen. wat doe ik?', { user });
    const linked = await ask('hoe werkt die verwijsindex?', { user });
    expect(headingOf(linked[0]) || titleOf(linked[0])).toContain('Verwijsindex Haaglanden');
  });

  it('answers a new worry told in a follow-up from its own search, not as a detail of the code just shown', async () => {
    const user = '29:synthetic-told-not-asked';
    await ask('zwangere clnte heeft blauwe plekken, partner controleert alles. welke meldcode volg ik?', { user });
    const told = await ask('ze vertelt ook dat hij leningen en abonnementen op haar naam afsluit', { user });
    expect(told.map(headingOf).join(' ')).toContain('Economisch en financieel geweld');
    expect(told.join(' ')).not.toContain('Is er nu direct gevaar? Bel 112.');
  });

  it('keeps the food bank for a fact told after it ("hij woont in rijswijk"), a statement without a worry', async () => {
    const user = '29:synthetic-fact-told';
    await ask('voedselbank in rijswijk?', { user });
    const fact = await ask('hij woont in rijswijk', { user });
    expect(headingOf(fact[0])).toContain('Voedselbank');
  });

  it('answers a detail that only an organisation linked from the last answer holds from that organisation', async () => {
    const user = '29:synthetic-linked-detail';
    await ask('cliënt in Zwijndrecht wil hulp bij zijn schulden, waar meldt hij zich?', { user });
    const after = await ask('en hoe lang na die workshop komt dan het oriëntatiegesprek?', { user });
    // The town's own card tells how the SDD's debt help starts since the 16:59 session; the SDD's entry holds more.
    expect(after.join(' ')).toContain('Sociale Dienst Drechtsteden');
    expect(after[0]).toContain('binnen drie weken');
  });

  it("answers a national rule the municipality's card leaves out from the national entry of its service", async () => {
    const user = '29:synthetic-national-detail';
    await ask('cliënt in Monster wil zich aanmelden voor schuldhulp, hoe gaat dat?', { user });
    const after = await ask("en duurt zo'n regeling nu nog altijd 3 jaar?", { user });
    expect(after[0]).toContain('18 maanden');
  });

  it("answers a question that names the organisation a town's card works with from that organisation", async () => {
    const user = '29:synthetic-national-named';
    await ask('klant in sliedrecht loopt 2 maanden achter met de huur, waar stuur ik hem heen?', { user });
    const replies = await ask("en hoe begint zo'n traject bij die sociale dienst?", { user });
    // Sliedrecht's card tells how the SDD's debt help starts; the SDD's own entry follows it with the details.
    expect(replies[0]).toContain('groepsworkshop');
    expect(replies.join(' ')).toContain('Sociale Dienst Drechtsteden (SDD)');
  });

  it('reads "kan het sneller?" after a food bank as about that food bank, not as a question of its own', async () => {
    const user = '29:synthetic-faster';
    await ask('hoe vraag ik een voedselpakket aan voor een klant in zoetermeer?', { user });
    const [faster = ''] = await ask('hij heeft vandaag al niks, kan het sneller?', { user });
    expect(titleOf(faster)).toContain('Voedselbank');
  });

  it('answers who arranges a crisis place for a child with the crisis team', async () => {
    const [crisis = ''] = await ask('wie kan er voor dat kind een crisisplek regelen?');
    expect(crisis).toContain('Crisis Interventie Team');
  });

  it("reads 'alarmsysteem' after stalking as the alarm for victims, not a chance word elsewhere", async () => {
    const user = '29:synthetic-alarm';
    await ask('mijn cliënte wordt al maanden gestalkt door haar ex, wat raad ik haar aan?', { user });
    const alarm = await ask("hoe werkt zo'n alarmsysteem precies?", { user });
    expect(alarm[0]).toContain('Bescherming bij stalking en bedreiging');
    expect(alarm[0]).toContain('AWARE');
  });

  it("answers 'en voor schoolspullen?' for the conversation's place instead of asking which municipality", async () => {
    const user = '29:synthetic-topic-goes-on';
    await ask('wie doet de schuldhulp in Zoetermeer?', { user });
    const school = await ask('en voor schoolspullen?', { user });
    expect(school[0]).toContain('Stichting Leergeld Zoetermeer');
    expect(school[0]).not.toContain('Over welke gemeente gaat het?');
  });

  it('answers "and what is step 3?" after a profession\'s code from the list of steps, not from the code shown', async () => {
    const user = '29:synthetic-user-step-after-code';
    await ask(
      'one of our childcare workers keeps seeing bruises on a toddler, does the reporting code apply to childcare?',
      {
        user,
        locale: 'en-US',
      },
    );
    const replies = await ask('and what is step 3?', { user, locale: 'en-US' });
    // The childcare code names steps 4 and 5 only in passing; the list says what step 3 is.
    expect(replies.join(' ')).toContain('Step 3: talk with the client');
  });

  it('keeps "geldt dat ook voor schuldregelingen die al liepen?" on the Wsnp just shown, though it names the debt topic', async () => {
    const user = '29:synthetic-user-wsnp-running';
    await ask('wat is het verschil tussen msnp en wsnp?', { user });
    await ask('hoe lang duurt een wsnp tegenwoordig?', { user });
    const replies = await ask('geldt dat ook voor schuldregelingen die al liepen?', { user });
    // It points back at the Wsnp ("dat"), whose topic it names: no new question about debt organisations.
    expect(replies.join(' ')).toContain('houdt 36 maanden');
  });

  it('answers "en daarna? wat gebeurt er na de aanmelding?" after a Drechtsteden town\'s debt help with the SDD\'s course', async () => {
    const user = '29:synthetic-user-sdd-after-signing-up';
    await ask('klant uit Sliedrecht wil zich aanmelden voor schuldhulp, bij wie kan dat?', { user });
    const replies = await ask('en daarna? wat gebeurt er na de aanmelding?', { user });
    expect(replies.join(' ')).toContain('begint meestal met een groepsworkshop');
  });

  it('answers "hoeveel staat daar op?" after the Dordtpas from the pass just shown, not a text elsewhere that says "staat"', async () => {
    const user = '29:synthetic-user-dordtpas-amount';
    await ask('meisje van 10 in Dordrecht wil op judo, ouders kunnen het niet betalen. wordt dat ergens vergoed?', {
      user,
    });
    const replies = (await ask('hoeveel staat daar op?', { user })).join(' ');
    // "daar" points back like "dat": a detail of what was just shown.
    expect(replies).toContain('€ 300 voor basisschoolkinderen');
    expect(replies).not.toContain('Kwijtschelding van gemeentelijke belastingen');
  });

  it("answers a longer 'and …' message with a new need in the conversation's place: Gorinchem's Leergeld after its debt help", async () => {
    const user = '29:synthetic-user-gorinchem-swimming';
    await ask('client in Gorinchem is behind on her bills, who does debt help there?', { user, locale: 'en-US' });
    const replies = await ask('and her two boys would like to join the swimming club, is there any help for that?', {
      user,
      locale: 'en-US',
    });
    expect(replies.join(' ')).toContain('Stichting Leergeld Alblasserwaard-Vijfheerenlanden');
  });

  it('reads a long "en …" message that names another town and no topic as the same question there (the Ooievaarspas in Rijswijk)', async () => {
    const user = '29:synthetic-user-ooievaarspas-rijswijk';
    await ask('cliënt in Den Haag vraagt naar de Ooievaarspas, tot welk inkomen kan dat?', { user });
    const replies = await ask(
      'en haar zus woont een paar straten verderop maar dan in Rijswijk, kan die hem ook aanvragen?',
      { user },
    );
    expect(replies.join(' ')).toContain('Inwoners van Rijswijk met een laag inkomen kunnen de Ooievaarspas krijgen');
  });

  it('keeps the town for "kan het ook voor de ozb?" after its kwijtschelding, though another town\'s entry names the OZB', async () => {
    const user = '29:synthetic-user-zwijndrecht-ozb';
    await ask('mevrouw in Zwijndrecht kan de afvalstoffenheffing niet betalen, kan ze kwijtschelding krijgen?', {
      user,
    });
    const replies = (await ask('kan het ook voor de ozb?', { user })).join(' ');
    expect(replies).not.toContain('Over welke gemeente gaat het?');
    expect(replies).toContain('Kwijtschelding van gemeentelijke belastingen in Zwijndrecht');
  });

  it('answers "wat moet ze intussen bijhouden?" after stalking from the stalking entry, which says "bij te houden"', async () => {
    const user = '29:synthetic-user-stalking-diary';
    await ask('mijn cliënte wordt al maanden gevolgd door haar ex-vriend, wat kan de politie doen?', { user });
    const replies = (await ask('wat moet ze intussen bijhouden?', { user })).join(' ');
    expect(replies).toContain('stalkingdagboek');
    expect(replies).not.toContain('Hoe snel handelt Veilig Thuis?');
  });

  it('answers "hoe gaat die?" after the intervision methods from the methods, not a search for "gaat"', async () => {
    const user = '29:synthetic-user-method-how';
    await ask('ons team wil met intervisie beginnen, welke methode past bij een groep die dat nog nooit deed?', {
      user,
    });
    const replies = (await ask('hoe gaat die?', { user })).join(' ');
    expect(replies).toContain('inbrenger');
    expect(replies).not.toContain('Achterlating in het buitenland');
  });

  it("gives Foreign Affairs' 24/7 number when the pupil is already abroad, after advice on forced marriage", async () => {
    const user = '29:synthetic-user-already-abroad';
    await ask(
      'leerling van 16 is bang dat ze in het land van haar ouders moet trouwen, waar kan ik als mentor advies vragen?',
      {
        user,
      },
    );
    const replies = await ask('en als ze daar al is en niet meer terug kan?', { user });
    expect(replies.join(' ')).toContain('+31 247 247 247');
  });

  it('answers "waar meld ik dat?" after a worry about elder abuse with Veilig Thuis, not the food bank shown beside it', async () => {
    const user = '29:synthetic-user-report-where';
    await ask(
      'mevrouw van 82 vertelt dat haar kleinzoon steeds geld van haar rekening haalt en dat de koelkast leeg is. is dat ouderenmishandeling?',
      { user },
    );
    const replies = await ask('waar meld ik dat?', { user });
    expect(replies.join(' ')).toContain('Veilig Thuis — 0800-2000');
    expect(replies.join(' ')).not.toContain('Voedselbank — hoe verwijs je door?');
  });

  it('keeps a worry on a question about its people that nothing answers, not on a question about something else', async () => {
    const user = '29:synthetic-worry-held';
    const locale = 'en-US';
    await ask('a pupil told me her dad hits her mum when he drinks, what do I do?', { user, locale });
    const upset = await ask('ok, and what can I do myself if I notice she is upset in class after a weekend?', {
      user,
      locale,
    });
    expect(upset.join(' ')).toContain('0800-2000');
    expect(upset.join(' ')).not.toContain("I don't have an answer to that (yet)");
    const other = await ask('who won the world cup in 2022?', { user, locale });
    expect(other.join(' ')).toContain("I don't have an answer to that (yet)");
  });

  it('answers "via wie meld ik hem bij de gemeente aan?" with the conversation\'s municipality\'s debt help', async () => {
    const user = '29:synthetic-bij-de-gemeente';
    await ask('jongen van 22 in Den Haag, flinke schulden en geen inkomen. is er iets speciaals voor jongeren?', {
      user,
    });
    const replies = await ask('en via wie meld ik hem bij de gemeente aan?', { user });
    expect(titleOf(replies[0])).toBe('Schuldhulp in Den Haag');
  });

  it('reads "welke vragen kan ik beter vermijden?" after conversation tips as about them, not as "vermoeden"', async () => {
    const user = '29:synthetic-vermijden';
    await ask('morgen gesprek met een moeder die diep in de schulden zit, hoe begin ik zonder dat ze dichtklapt?', {
      user,
    });
    const replies = await ask('welke vragen kan ik beter vermijden?', { user });
    expect(titleOf(replies[0])).not.toContain('afwegingskader');
    expect(replies.join(' ')).toContain('waarom');
  });

  it('reads "waar meld ik hem aan?" after a worry as signing up, not as a report to Veilig Thuis', async () => {
    const user = '29:synthetic-user-report-sign-up';
    await ask(
      'mevrouw van 82 vertelt dat haar kleinzoon steeds geld van haar rekening haalt en dat de koelkast leeg is. is dat ouderenmishandeling?',
      { user },
    );
    // The food bank was shown beside the worry: signing her up is about that.
    const replies = await ask('waar meld ik haar aan?', { user });
    expect(replies[0]).toContain('Voedselbank — hoe verwijs je door?');
  });

  it('reads "hoe vraagt hij die aan?" as how to apply for the scheme just shown, not a search for "vraagt"', async () => {
    const user = '29:synthetic-apply-for-shown';
    await ask('welke minimaregelingen heeft Westland?', { user });
    const replies = await ask('hoe vraagt hij die aan?', { user });
    expect(replies[0]).toContain('Westland');
    expect(replies.join(' ')).not.toContain('KNMG');
  });

  it("gives the number on the card just shown when the words name it there, not another entry's asks", async () => {
    const user = '29:synthetic-contact-named-on-card';
    await ask('wanneer schakel je het CIT van jeugdbescherming in?', { user });
    const replies = await ask('en welk telefoonnummer gebruiken professionals tijdens kantoortijd?', { user });
    expect(replies[0]).toContain('Crisis Interventie Team');
    expect(replies.join(' ')).toContain('070-3450506');
  });

  it("answers the income limit of a town's children's schemes from the card just shown", async () => {
    const user = '29:synthetic-income-limit';
    await ask('gezin in Maasland kan de fiets voor de brugklas niet betalen, is daar iets voor?', { user });
    const replies = await ask('wat is de inkomensgrens daarvoor?', { user });
    expect(replies[0]).toContain('Kinderen en schoolkosten in Midden-Delfland');
    expect(replies[0]).toContain('110%');
  });

  it('answers "en voor de kinderen?" after a town\'s debt help with the children\'s schemes of that town', async () => {
    const user = '29:synthetic-for-the-children';
    await ask('gezin in Molenlanden met betalingsachterstanden, waar kunnen ze heen?', { user });
    const replies = await ask('en voor de kinderen?', { user });
    expect(replies[0]).toContain('Leergeld in Molenlanden');
  });

  it("answers sport for the children after a town's debt help with that town's scheme", async () => {
    const user = '29:synthetic-sport-for-the-children';
    await ask('gezin in Naaldwijk komt niet rond, waar kunnen ze terecht?', { user });
    const dutch = await ask('en voor sport van de kinderen?', { user });
    expect(headingOf(dutch[0])).toContain('WestlandPas');
    // Another town's pass named outright is that town's.
    const named = await ask('en de Delftpas?', { user });
    expect(headingOf(named[0])).toContain('Delftpas');
  });

  // A second reading (helper 163): the children's sport after a town's money help is no scheme when the message tells
  // of abuse at the club.
  it.each([
    [
      'gezin in Den Haag met schulden, waar kunnen ze heen?',
      'en sport van de kinderen, de coach zit aan haar',
      'nl-NL',
    ],
    [
      'family in Naaldwijk cannot make ends meet, where can they go?',
      'and kids sports, the coach touches them',
      'en-US',
    ],
  ])(
    'answers abuse at the sports club after money help with the worry route: "%s" → "%s"',
    async (first, then, locale) => {
      const user = `29:synthetic-sport-worry-${locale}`;
      await ask(first, { user, locale });
      const replies = await ask(then, { user, locale });
      expect(headingOf(replies[0])).not.toMatch(/Leergeld|Pas|pass/i);
      expect(replies.join(' ')).toContain('0800-2000');
    },
  );

  it('gives the number of an organisation the last answer linked, named by its acronym', async () => {
    const user = '29:synthetic-acronym-number';
    await ask('jongen van 17 wordt thuis bedreigd door zijn broers, familie-eer zegt hij. waar kan ik heen?', { user });
    const replies = await ask('nummer van dat LEC EGG?', { user });
    expect(headingOf(replies[0])).toContain('LEC EGG');
    expect(replies[0]).toContain('088-9648550');
  });

  it('answers a place outside the regions with the national service asked beside the national route', async () => {
    const replies = await ask(
      'mw uit krimpen a/d ijssel heeft weinig inkomen en kreeg een brief over ontruiming. waar kan ze gratis of goedkoop juridisch advies krijgen?',
      { user: '29:synthetic-out-of-region-legal' },
    );
    expect(replies[0]).toContain('Krimpen aan den IJssel');
    expect(replies.join(' ')).toContain('0900-8020');
  });

  it('reads "bijna niks over voor boodschappen, hoe regel ik een pakket?" with a postcode as that town\'s food bank', async () => {
    const replies = await ask(
      'schoolmw hier. gezin met pc 2725 houdt na huur en vaste lasten bijna niks over voor boodschappen. hoe regel ik een pakket voor ze?',
      { user: '29:synthetic-postcode-parcel' },
    );
    expect(headingOf(replies[0])).toBe('Voedselbank in Zoetermeer');
  });

  it('answers a call about money worries made anonymously with the national line, not "which municipality?"', async () => {
    const user = '29:synthetic-anonymous-money-line';
    await ask('clnt heeft suicidale gedachten en zit diep in de schulden, welke lijn kan hij bellen?', { user });
    const replies = await ask('en voor de geldzorgen, kan hij ergens anoniem bellen?', { user });
    expect(headingOf(replies[0])).toContain('Geldfit');
    expect(replies[0]).toContain('0800-8115');
  });

  it("reads \"wat zijn de normen?\" after a town's food bank as the food bank's criteria, not the meldcode's norms", async () => {
    const user = '29:synthetic-food-bank-norms';
    await ask('mw in Den Haag, 2 kinderen, geen eten meer in huis. hoe krijg ik haar bij de voedselbank?', { user });
    const replies = await ask('wat zijn de normen?', { user });
    expect(headingOf(replies[0])).toContain('Voedselbank');
    expect(replies[0]).toContain('315');
  });

  it('reads a fact that only one card shown is about ("ze zijn getrouwd") as about that card, not the first one', async () => {
    const user = '29:synthetic-fact-for-second-card';
    await ask(
      'mw zit na huisverbod alleen met de kids, maar de toeslagen lopen nog via haar partner. wat moet ze regelen?',
      {
        user,
      },
    );
    const replies = await ask('ze zijn getrouwd', { user });
    expect(headingOf(replies[0])).toBe('Toeslagen bij een scheiding');
  });

  it('reads "op die pas" after a town\'s minima schemes as the pass they link to', async () => {
    const user = '29:synthetic-that-pass';
    await ask('huurder in dordrecht met kinderen, zijn er regelingen voor mensen met een laag inkomen?', { user });
    const replies = await ask('hoeveel staat er op die pas voor een kind op de middelbare?', { user });
    expect(headingOf(replies[0])).toContain('Dordtpas');
    // "die stichting" after a town's Leergeld is that town's, not the national foundation it links to.
    const other = '29:synthetic-that-foundation';
    await ask(
      'hockeyclub in voorburg: ouders kunnen de contributie voor hun kinderen niet betalen, waar kunnen ze heen?',
      {
        user: other,
      },
    );
    const contact = await ask('mail of tel van die stichting?', { user: other });
    expect(headingOf(contact[0])).toContain('Leidschendam-Voorburg');
  });

  it('reads "vraagt ze deze via Den Haag aan?" as a question about the pass shown, whose card names Den Haag', async () => {
    const user = '29:synthetic-place-on-card';
    await ask('is er in Rijswijk een kortingspas voor mensen met weinig inkomen?', { user });
    const replies = await ask('vraagt ze deze via Den Haag aan?', { user });
    expect(titleOf(replies[0])).toContain('Rijswijk');
    // Without a word pointing at what was shown, another place is still a place swap.
    const swap = await ask('en in Den Haag?', { user });
    expect(titleOf(swap[0])).toContain('Den Haag');
  });

  it('answers "wat is de grens voor …?" after a food bank from that food bank, not with no answer', async () => {
    const user = '29:synthetic-food-bank-limit';
    await ask(
      'bewindvoerder hier: cliënt in Loosduinen heeft geen leefgeld meer, kan ik een voedselpakket aanvragen?',
      {
        user,
      },
    );
    const replies = await ask('wat is de grens voor een alleenstaande man?', { user });
    expect(titleOf(replies[0])).toBe('Voedselbank in Den Haag');
    expect(replies[0]).toContain('315');
  });

  it("reads \"lokaal\" as the conversation's place: a children's need after a town's debt help", async () => {
    const user = '29:synthetic-local';
    await ask('gezin in Papendrecht met schulden, wie helpt daar?', { user });
    const replies = await ask('de kinderen kunnen niet meer op voetbal, is er lokaal iets voor?', { user });
    expect(titleOf(replies[0])).toBe('Leergeld voor kinderen in Papendrecht');
  });

  it('gives "die stichting" the contact of the foundation just shown, not the national one it links to', async () => {
    const user = '29:synthetic-that-foundation';
    await ask('ouders in Voorburg kunnen de schoolspullen niet betalen, waar kunnen ze terecht?', { user });
    const replies = await ask('telefoonnummer van die stichting?', { user });
    expect(titleOf(replies[0])).toBe('Leergeld en de Schoolspullenpas in Leidschendam-Voorburg');
  });

  it('answers "nummer?" after the meldcode, whose card has no line, with Veilig Thuis and keeps the meldcode behind it', async () => {
    const user = '29:synthetic-meldcode-number';
    await ask('wat zijn de stappen van de meldcode?', { user });
    const replies = await ask('nummer?', { user });
    expect(headingOf(replies[0])).toContain('Veilig Thuis');
    expect(replies[0]).toContain('0800-2000');
    const after = await ask('en wat als ik twijfel?', { user });
    expect(headingOf(after[0])).toBe('De vijf stappen van de meldcode');
  });

  it('reads where the case really is, told after an answer for another place, as the same help there', async () => {
    const user = '29:synthetic-place-told';
    await ask('moeder in gorinchem kan de schoolspullen niet betalen', { user });
    const replies = await ask('oh wacht, ze wonen in Arkel. maakt dat uit?', { user });
    expect(headingOf(replies[0])).toContain('Molenlanden');
    const english = '29:synthetic-place-told-en';
    await ask('my client in Delft has debts, who helps?', { user: english, locale: 'en-US' });
    const corrected = await ask('sorry my mistake, the family is actually in Zoetermeer', {
      user: english,
      locale: 'en-US',
    });
    expect(headingOf(corrected[0])).toContain('Zoetermeer');
    // A new worry that names a place is no correction of the place.
    const worry = '29:synthetic-place-told-worry';
    await ask('moeder in gorinchem kan de schoolspullen niet betalen', { user: worry });
    const told = await ask('haar ex woont in Dordrecht en staat steeds bij haar aan de deur', { user: worry });
    expect(headingOf(told[0])).not.toContain('Dordrecht');
  });

  it("answers a police arrangement described in a stalking conversation with the protection entry's AOL", async () => {
    const user = '29:synthetic-aol';
    await ask('mijn cliënte wordt door haar ex gestalkt, wat kan ze zelf doen?', { user });
    const replies = await ask(
      'heeft de politie iets zodat ze niet steeds haar hele verhaal opnieuw hoeft te doen als ze belt?',
      { user },
    );
    expect(replies[0]).toContain('Afspraak op Locatie (AOL)');
  });

  it('answers "wat is een AOL?" after a town\'s debt help with what the arrangement is, not the town\'s address', async () => {
    const user = '29:synthetic-aol-asked';
    await ask('wie doet de schuldhulp in rijswijk?', { user });
    const [aol = ''] = await ask('wat is een AOL eigenlijk?', { user });
    expect(aol).toContain('Afspraak op Locatie (AOL)');
  });

  it('reads a longer "hoe lang duurt het voordat …?" against the card just shown', async () => {
    const user = '29:synthetic-how-long-longer';
    await ask('klant in Pijnacker heeft schulden, waar kan hij zich melden?', { user });
    const replies = await ask('hoe lang duurt het voordat hij hoort of hij geholpen wordt door de gemeente?', { user });
    expect(titleOf(replies[0])).toBe('Schuldhulp in Pijnacker-Nootdorp');
  });

  it('gives "nummer?" after guidance on how to act the number of the organisation shown beside it', async () => {
    const user = '29:synthetic-guidance-number';
    await ask('vermoeden van eergerelateerd geweld bij een leerling, wie bij de politie heeft daar verstand van?', {
      user,
    });
    const replies = await ask('nummer?', { user });
    expect(titleOf(replies[0])).toContain('LEC EGG');
  });

  it("reads a probation officer's 'moet ik ook naar zijn kinderen kijken?' as the kindcheck, not no answer", async () => {
    const user = '29:synthetic-kindcheck-follow-up';
    await ask('mijn cliënt mag zijn ex niet benaderen na partnergeweld, is er een training voor plegers?', { user });
    const replies = await ask('zijn kinderen wonen bij de ex. moet ik ook naar die kinderen kijken?', { user });
    // The worry's advice line heads the card; the entry's title follows it.
    expect(replies[0]).toContain('"text":"De vijf stappen van de meldcode"');
    expect(replies.join(' ')).toContain('kindcheck');
  });

  it("reads 'zo'n pas' as the pass on the card just shown, also when it was the second card", async () => {
    const user = '29:synthetic-zon-pas';
    const first = await ask(
      'moeder in Dordrecht met een laag inkomen, de kinderen willen op hockey maar er is geen geld. bestaat daar iets voor?',
      { user },
    );
    expect(titleOf(first[0])).toContain('Minimaregelingen');
    expect(first[1]).toContain('Dordtpas met kindtegoed en Leergeld in Dordrecht');
    const replies = await ask("hoeveel tegoed staat er op zo'n pas voor een brugklasser?", { user });
    expect(titleOf(replies[0])).toBe('Dordtpas met kindtegoed en Leergeld in Dordrecht');
  });

  it('answers "met haar ouders in gesprek, zoals stap 3?" after honour-based violence with that entry, not step 3', async () => {
    const user = '29:synthetic-honour-parents';
    await ask(
      'leerlinge van 15 wordt door haar broers bedreigd omdat ze een vriendje heeft, de familie-eer zou geschonden zijn',
      {
        user,
      },
    );
    const replies = await ask('kan ik haar vader en moeder uitnodigen voor een gesprek, zoals bij stap 3?', { user });
    expect(headingOf(replies[0])).toContain('Eergerelateerd geweld');
    expect(replies[0]).toContain('escalatie');
  });

  it('keeps a question for a national expertise centre within the form of violence just discussed', async () => {
    const user = '29:synthetic-same-form';
    await ask('moeder vertelt dat haar dochter van 6 deze zomer in Soedan besneden gaat worden bij de familie', {
      user,
    });
    const replies = await ask('bestaat er een nationaal expertisecentrum voor professionals?', { user });
    expect(titleOf(replies[0])).toContain('Pharos');
  });

  it('reads a contact question with a reason after it as the contact of the card just shown', async () => {
    const user = '29:synthetic-contact-reason';
    await ask('wie doet schuldhulp in Zoetermeer?', { user });
    const replies = await ask('op welk adres zitten ze? mijn client wil liever langskomen dan een formulier invullen', {
      user,
    });
    expect(titleOf(replies[0])).toBe('Schuldhulp in Zoetermeer');
  });

  it('answers a longer question that goes on and finds nothing else with the card shown when it holds its words', async () => {
    const user = '29:synthetic-held-by-card';
    await ask('welke intervisiemethode past bij een team dat net begint?', { user });
    await ask('met hoeveel mensen doe je dat het best?', { user });
    const replies = await ask(
      'later willen we de diepte in, ook onze eigen blinde vlekken bekijken. welke methode dan?',
      {
        user,
      },
    );
    expect(titleOf(replies[0])).toBe('Intervisie en haar methoden');
    expect(replies[0]).toContain('Balintmethode');
  });

  it('reads "werkt daar ook iemand die …?" with a national money topic as the place\'s route, the topic beside it', async () => {
    const user = '29:synthetic-someone-there';
    await ask('cliënt uit Oud-Beijerland heeft schulden, waar kan hij heen?', { user });
    const replies = await ask('werkt daar ook iemand die zijn beslagvrije voet kan controleren?', { user });
    expect(titleOf(replies[0])).toBe('Schuldhulp in de Hoeksche Waard');
    expect(replies[1]).toContain('De beslagvrije voet');
  });

  it('reads "kan het vandaag nog?" after a food bank as its urgent route (the short form)', async () => {
    const user = '29:synthetic-today-urgent';
    await ask('een gezin in Den Haag heeft geen eten meer, hoe vraag ik als hulpverlener een pakket aan?', { user });
    const replies = await ask('kan het vandaag nog geregeld worden? ze hebben echt niks meer', { user });
    expect(titleOf(replies[0])).toBe('Voedselbank in Den Haag');
    expect(replies[0]).toContain('verkort aanvraagformulier');
  });

  it("reads 'is er iemand die het geheel coördineert?' after a town's debt help as the town's social team", async () => {
    const user = '29:synthetic-coordinates';
    await ask('gezin in Monster met schulden, hoe meld ik ze aan bij de gemeente?', { user });
    const replies = await ask(
      'bij dit gezin zijn al zes hulpverleners over de vloer, is er iemand die het geheel coördineert?',
      { user },
    );
    expect(titleOf(replies[0])).toBe('Wmo-melding en Sociaal Kernteam in Westland');
  });

  it('puts the shelter of the region just discussed before the national route when a follow-up says "in de regio"', async () => {
    const user = '29:synthetic-region-here';
    await ask('wie doet schuldhulp in Delft?', { user });
    const replies = await ask('hoe komt een vrouw die weg moet bij haar partner in de regio in de opvang?', { user });
    expect(titleOf(replies[0])).toBe('Vrouwenopvang in Haaglanden');
  });

  it('reads "welke inkomensgrens geldt daarvoor?" as the income limit of the pass just shown', async () => {
    const user = '29:synthetic-income-limit';
    await ask('gezin in Wateringen met schulden, waar kunnen ze zich melden?', { user });
    await ask('de kinderen willen graag op sport, is daar in die gemeente iets voor?', { user });
    const replies = await ask('welke inkomensgrens geldt daarvoor?', { user });
    expect(titleOf(replies[0])).toBe('De WestlandPas en het Kindpakket');
  });

  it('keeps the narrow readings narrow: "hier" in a meldcode question, "coördineert" of a named approach, violence with suicide', async () => {
    const user = '29:synthetic-narrow-readings';
    await ask('wie doet schuldhulp in Den Haag?', { user });
    const here = await ask('mag ik hier zonder toestemming melden bij Veilig Thuis?', { user });
    expect(titleOf(here[0])).toBe('Advies vragen of melden bij Veilig Thuis');
    const mda = await ask('wie coördineert de MDA++?', { user: '29:synthetic-narrow-mda' });
    expect(titleOf(mda[0])).toContain('MDA++');
    const both = await ask('hij slaat haar en dreigt zichzelf van kant te maken', { user: '29:synthetic-narrow-both' });
    expect(both[0]).toContain('112');
    expect(titleOf(both[1])).toContain('Veilig Thuis');
  });

  it('keeps a short question on the conversation\'s own topic with the place\'s service ("wordt er nog meer kwijtgescholden?")', async () => {
    const user = '29:synthetic-same-topic-again';
    await ask('hoe vraagt een klant in Papendrecht kwijtschelding aan voor de rioolheffing?', { user });
    const replies = await ask('wordt er nog meer kwijtgescholden?', { user });
    expect(titleOf(replies[0])).toBe('Kwijtschelding in Papendrecht');
  });

  it('reads "kenniscentrum" as the expertise centre and "scholing" as the e-learning the knowledge writes', async () => {
    const user = '29:synthetic-knowledge-centre';
    await ask('een moeder vertelt dat haar dochter deze zomer bij familie in het buitenland besneden gaat worden', {
      user,
    });
    const centre = await ask('is er ook een kenniscentrum dat professionals adviseert?', { user });
    expect(centre.join('\n')).toContain('Pharos');
    const pharmacy = '29:synthetic-staff-course';
    await ask('in onze apotheek noemde een klant Masker 19, wat nu?', { user: pharmacy });
    const course = await ask('bestaat er scholing voor ons baliepersoneel?', { user: pharmacy });
    expect(titleOf(course[0])).toBe('Meldcode voor apothekers en het codewoord Masker 19');
  });

  it('gives no emergency card for a tabletop exercise about a threat with a weapon', async () => {
    const replies = await ask(
      'we doen een tabletop met het team: een vader bedreigt de juf met een mes. welke leerdoelen?',
      {
        user: '29:synthetic-tabletop',
      },
    );
    expect(replies.join('\n')).not.toContain('Is er nu direct gevaar');
  });

  it('answers a contact question that names a contact by its own name ("geen spoed") with the entry that lists it', async () => {
    const user = '29:synthetic-contact-by-name';
    await ask(
      'buurvrouw in Rijswijk wordt al maanden gestalkt door haar ex, ze twijfelt over aangifte. wat kan ze doen?',
      {
        user,
      },
    );
    const replies = await ask('en welk telefoonnummer is er voor geen spoed?', { user });
    expect(titleOf(replies[0])).toBe('Stalking (belaging)');
    expect(replies[0]).toContain('0900-8844');
  });

  it('reads "moeite met formulieren" in a conversation about a town as asking for its help with paperwork', async () => {
    const user = '29:synthetic-forms-help';
    await ask('gezin in Delft heeft een betalingsachterstand bij de energie, wie helpt daar met schulden?', { user });
    const replies = await ask('de moeder heeft veel moeite met formulieren, is daar iemand voor?', { user });
    expect(titleOf(replies[0])).toBe('Sociale toegang en vrijwillige hulp in Delft');
  });

  it('answers "welk nummer bij spoed?" after an entry without 112 with 112, and "geen spoed" with the police line', async () => {
    const user = '29:synthetic-urgent-number';
    await ask('hoe doet een slachtoffer van huiselijk geweld aangifte?', { user });
    const urgent = await ask('welk nummer bij spoed?', { user });
    expect(titleOf(urgent[0])).toBe('112 — bij direct gevaar');
    const calm = '29:synthetic-urgent-number-not';
    await ask('hoe doet een slachtoffer van huiselijk geweld aangifte?', { user: calm });
    const notUrgent = await ask('welk nummer als het geen spoed is?', { user: calm });
    expect(notUrgent[0]).toContain('0900-8844');
    expect(titleOf(notUrgent[0])).not.toBe('112 — bij direct gevaar');
  });

  it('answers "waar worden de pakketten uitgedeeld?" after a food bank with where it hands them out', async () => {
    const user = '29:synthetic-parcels-handed-out';
    await ask('gezin in naaldwijk heeft niks meer te eten in huis, hoe regel ik een pakket?', { user });
    const replies = await ask('waar worden de pakketten uitgedeeld?', { user });
    expect(titleOf(replies[0])).toBe('Voedselbank in Westland');
    expect(replies[0]).toContain('Kranenburglaan 23');
  });

  it('answers "waar zit die eigenlijk?" with the contact of the organisation just named', async () => {
    const user = '29:synthetic-contact';
    await ask('wat is het telefoonnummer van de sociale dienst drechtsteden?', { user });
    const where = await ask('en waar kan je daar langs?', { user });
    expect(where[0]).toContain('Spuiboulevard');
  });

  it('gives "nr?" after guidance the number of the organisation its summary names, not a button beside it', async () => {
    const user = '29:synthetic-guidance-number';
    await ask(
      'meisje van 16 meldt zich bij de balie: haar broers volgen haar en dreigen omdat ze een vriendje heeft. welke specialistische hulp kan ik er bij de politie bij halen?',
      { user },
    );
    const number = await ask('nr?', { user });
    expect(number[0]).toContain('088-9648550');
  });

  it('answers the local team as a second ask in a sentence of its own, not when the writer works in it', async () => {
    const asked = await ask(
      'twee vragen over een clnt uit Zwijndrecht. hoe regelt ze dat ze de afvalstoffenheffing niet hoeft te betalen? en waar vind ik het wijkteam in die gemeente?',
      { user: '29:synthetic-team-asked' },
    );
    expect(asked).toHaveLength(2);
    expect(asked.join(' ')).toContain('Vivera');
    const writer = await ask('ik werk in het wijkteam in delft. cliënt heeft schulden, waar kan hij heen?', {
      user: '29:synthetic-team-writer',
    });
    expect(titleOf(writer[0])).toBe('Schuldhulp in Delft');
    expect(writer).toHaveLength(1);
  });

  it('routes emotional abuse of a child to Veilig Thuis, not to "no answer"', async () => {
    const scolded = await ask('vader scheldt zijn kinderen de hele dag uit en zegt dat ze niks waard zijn', {
      user: '29:synthetic-scolding',
    });
    expect(scolded.join(' ')).toContain('0800-2000');
    expect(scolded.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
  });

  it('reads forced marriage said with the verb, the team that writes, and "lidgeld"', async () => {
    const marriage = await ask(
      'one of my students, 16, fears her parents will force her into a marriage overseas next year. is there some national expertise centre professionals can ring for advice on this?',
      { user: '29:synthetic-force-marriage', locale: 'en-US' },
    );
    expect(marriage.join(' ')).toContain('LKHA');
    expect(marriage.join(' ')).toContain('0800-2000');
    const team = await ask(
      'wij als wijkteam, moeten wij een eigen meldcode hebben of volgen we die van de organisatie waar we onder vallen?',
      { user: '29:synthetic-team-meldcode' },
    );
    expect(team.join(' ')).not.toContain('Over welke gemeente gaat het?');
    expect(team.join(' ').toLowerCase()).toContain('meldcode');
    const fees = await ask(
      'ouders van een jeugdspeler (pc 2671) krijgen het lidgeld niet meer bij elkaar. heeft de gemeente een regeling die dat betaalt?',
      { user: '29:synthetic-lidgeld' },
    );
    expect(fees.join(' ')).toContain('WestlandPas');
  });

  it('makes no worry of a request for another language, unless the request itself tells one', async () => {
    const plain = '29:synthetic-language-plain';
    await ask('wie doet schuldhulp in delft?', { user: plain });
    const dutch = await ask('kun je dat kort in het nederlands zetten voor moeder?', { user: plain });
    expect(dutch.join(' ')).not.toContain('Vraag advies bij');
    const told = '29:synthetic-language-worry';
    await ask('wie doet schuldhulp in delft?', { user: told });
    const english = await ask('in het engels graag, ze is bang voor haar vader', { user: told });
    expect(english.join(' ')).toContain('0800-2000');
  });

  it('reads "hoe meldt hij zich aan?" as signing up for the service just shown, not a national entry that says "aanmelden"', async () => {
    const user = '29:synthetic-sign-up-shown';
    await ask('cliënt in leidschendam wil liever een vrijwilliger naast zich die helpt met de post. wat is er?', {
      user,
    });
    const signUp = await ask('hoe meldt hij zich aan?', { user });
    expect(titleOf(signUp[0])).toContain('Leidschendam-Voorburg');
  });

  it('reads "kan de gemeente dat ook zelf aanvragen?" after beschermingsbewind as about that entry, not the town\'s debt help', async () => {
    const user = '29:synthetic-municipality-applies';
    await ask('mw in delft heeft veel schulden, wie helpt haar met schuldhulp?', { user });
    await ask('en hoe vraag je beschermingsbewind aan?', { user });
    const applies = await ask('kan de gemeente dat ook zelf aanvragen?', { user });
    expect(titleOf(applies[0])).toBe('Beschermingsbewind aanvragen');
  });

  it('answers "wanneer zijn ze bereikbaar?" after guidance with the guidance, not a line on a card beside it', async () => {
    const user = '29:synthetic-hours-guidance';
    // "Sinds kort", a pattern: "wordt opeens … van school gehaald" reads as happening now to the second reader retrained
    // at the 5 December 17:24 session (112 first, on the safe side; a sudden removal from school can precede a departure).
    await ask('meisje wordt sinds kort door haar broer van school gehaald', { user });
    const when = await ask('wanneer zijn ze bereikbaar?', { user });
    expect(titleOf(when[0])).toContain('Eergerelateerd geweld');
    expect(when[0]).not.toContain('+31 247 247 247');
  });

  it('reads "what\'s their phone number?" and "when can I reach them?" as asking for the organisation just named', async () => {
    const english = '29:synthetic-whats-number';
    await ask(
      'A young woman I support works very long hours at a nail salon, her boss keeps her passport and she sleeps in the shop. Who can advise me on this?',
      { user: english, locale: 'en-US' },
    );
    const phone = await ask("What's their phone number?", { user: english, locale: 'en-US' });
    expect(phone[0]).toContain('033 448 11 86');
    const hours = '29:synthetic-hours-number';
    await ask(
      'Bij een woninginspectie vermoed ik dat de bewoners worden uitgebuit. Waar meld ik een slachtoffer aan voor opvang?',
      {
        user: hours,
      },
    );
    const when = await ask('Wat is hun telefoonnummer en wanneer zijn ze bereikbaar?', { user: hours });
    expect(when[0]).toContain('033 448 11 86');
    expect(when[0]).toContain('09.00 tot 17.00');
  });

  it("gives the Kindertelefoon's hours as its two sources give them, each with its date", async () => {
    const user = '29:synthetic-kindertelefoon-hours';
    await ask('jongen van 16 wil anoniem met iemand praten over thuis, niet met ons', { user });
    const when = (await ask('wanneer zijn ze bereikbaar?', { user })).join(' ');
    expect(when).toContain('0800-0432');
    expect(when).toContain('11:00-21:00 volgens een bron uit 2019');
    expect(when).toContain('14.00-20.00');
  });

  it("shows the organisation's own card beside the route when it knows more ways to reach them", async () => {
    const user = '29:synthetic-fuller-contact';
    await ask('client in Sliedrecht met schulden, wie doet de schuldhulpverlening?', { user });
    const where = await ask('wat is hun adres en telefoonnummer?', { user });
    expect(where[0]).toContain('Sliedrecht');
    expect(where.join(' ')).toContain('Spuiboulevard 298');
  });

  it('answers "en de volgende stap?" with the meldcode\'s steps, not the next related entry', async () => {
    const user = '29:synthetic-next-step';
    await ask('ik vermoed kindermishandeling bij een patiëntje, wat is de eerste stap van de meldcode?', { user });
    const next = await ask('en de volgende stap?', { user });
    expect(next.join(' ')).toContain('collegiale consultatie');
  });

  it('answers "meer" with more on the same subject: the debt help again, not the food bank it links to', async () => {
    const user = '29:synthetic-more-subject';
    await ask('wie doet schuldhulp in Zoetermeer?', { user });
    const more = (await ask('meer', { user })).join(' ');
    expect(more).toContain('Schuldhulp in Zoetermeer');
    expect(more).not.toContain('nooit door de cliënt zelf');
  });

  it('answers "meer?" after a help line without related entries with another line the answer offered', async () => {
    const user = '29:synthetic-more-lines';
    await ask("cliënte voelt zich eenzaam en wil 's nachts iemand kunnen bellen om te praten", { user });
    const more = (await ask('meer?', { user })).join(' ');
    expect(more).toContain('van 8 tot 18 jaar');
  });

  it('reads "en na de workshop, wat is de volgende stap?" as a question about the workshop, not the meldcode', async () => {
    const user = '29:synthetic-more-workshop';
    await ask('moeder in Papendrecht zit diep in de schulden, bij wie kan ze aankloppen?', { user });
    const next = (await ask('en na de workshop, wat is de volgende stap?', { user })).join(' ');
    expect(next).toContain('oriëntatiegesprek');
  });

  it('answers "binnen hoeveel tijd moet zij dat indienen?" from the entry just shown', async () => {
    const user = '29:synthetic-about-that-longer';
    await ask('mevrouw uit Hendrik-Ido-Ambacht wil kwijtschelding voor de rioolheffing, kan dat?', { user });
    const when = (await ask('binnen hoeveel tijd moet zij dat indienen?', { user })).join(' ');
    expect(when).toContain('binnen 3 maanden');
  });

  it("answers a low-income question after a municipality's debt help with that municipality's schemes", async () => {
    const user = '29:synthetic-minima-here';
    await ask('klant in Molenlanden met schulden, wie helpt daar?', { user });
    const here = (await ask('kan zij iets krijgen voor sport of cultuur? weinig inkomen', { user })).join(' ');
    expect(here).toContain('Regionaal Declaratiefonds');
  });

  it('gives the e-mail of an organisation the answer links to when the card shown has none', async () => {
    const user = '29:synthetic-linked-email';
    await ask('vermoed dat een patiënte wordt uitgebuit in de prostitutie. waar meld of registreer ik haar?', { user });
    const email = (await ask('mailadres van hen?', { user })).join(' ');
    expect(email).toContain('info@comensha.nl');
  });

  it('gives the hours of the organisation just named', async () => {
    const user = '29:synthetic-hours';
    await ask('cliënt wil gratis juridisch advies, waar kan hij heen?', { user });
    const hours = (await ask('wanneer zijn ze telefonisch bereikbaar?', { user })).join(' ');
    expect(hours).toContain('09:00-18:00');
  });

  it('answers a short question that goes on ("en als …?") and finds nothing from the last answer', async () => {
    const user = '29:synthetic-goes-on';
    await ask('wie doet schuldhulp in Rijswijk?', { user });
    const after = (await ask('en als het tegoed op is?', { user })).join(' ');
    expect(after).not.toContain('Daar heb ik (nog) geen antwoord op');
    expect(after).toContain('Rijswijk');
  });

  it('answers a sub-question with the entry shown beside the main one that it is about', async () => {
    const user = '29:synthetic-shown-beside';
    await ask('patiënt wil niet dat ik VT inschakel. mag ik toch zonder toestemming melden?', { user });
    const [first] = await ask('moet ik het hem dan wel vertellen?', { user });
    expect(first).toContain('voorgenomen melding altijd vooraf');
  });

  it('keeps the entry just shown when another shown entry shares only a chance word', async () => {
    const user = '29:synthetic-chance-word';
    await ask('we kregen vanochtend een handle with care bericht over een leerling. wat betekent dat?', { user });
    const [first] = await ask('wat krijgen wij dan precies te horen?', { user });
    // The Handle with Care card's own text (the card of the chance word links to it by its title only).
    expect(first).toContain('codewoord');
  });

  it('reads "in de wijk" as the neighbourhood, not the village De Wijk in Drenthe', async () => {
    const user = '29:synthetic-in-de-wijk';
    await ask('huurder in dordrecht staat 3 mnd achter met de huur, wie kan ik inschakelen?', { user });
    const where = (await ask('zitten die in de wijk? kan hij daar gewoon binnenlopen', { user })).join(' ');
    expect(where).not.toContain('De Wolden');
    expect(where).toContain('Dordrecht');
  });

  it('reads a move told at length, without "en", as the same help in the new place', async () => {
    const user = '29:synthetic-move-told';
    await ask('wie doet schuldhulp in Zwijndrecht?', { user });
    const replies = await ask(
      'mijn cliënt vertelde net dat hij over twee weken bij zijn zus in Papendrecht gaat wonen',
      { user },
    );
    expect(headingOf(replies[0])).toBe('Schuldhulp in Papendrecht');
  });

  it('answers "hoe lang duurt een schuldregeling daar?" with the place\'s route and the Msnp beside it', async () => {
    const user = '29:synthetic-place-and-topic';
    await ask('mijn cliënt in Nootdorp heeft schulden, waar kan hij zich melden?', { user });
    const replies = await ask('hoe lang duurt een schuldregeling daar?', { user });
    expect(replies[0]).toContain('Pijnacker-Nootdorp');
    expect(replies.join(' ')).toContain('18 maanden');
  });

  it('answers a walk-in question from the card just shown when its walk-in fits, not from another walk-in', async () => {
    const user = '29:synthetic-walk-in-shown';
    await ask('cliënt in Delft heeft een stapel aanmaningen, waar kan hij terecht voor schuldhulp?', { user });
    const walkIn = (await ask('is er ook een inloop waar hij zonder afspraak kan binnenlopen?', { user })).join(' ');
    expect(walkIn).toContain('Van Bleyswijckstraat 91');
  });

  it('reads "a walk-in consultation" after debt help as its walk-in, not as the meldcode\'s collegiale consultatie', async () => {
    const user = '29:synthetic-walk-in-consultation';
    await ask('debt help in Delft', { user, locale: 'en-US' });
    const walkIn = (await ask('is there a walk-in consultation?', { user, locale: 'en-US' })).join(' ');
    expect(walkIn).toContain('Van Bleyswijckstraat 91');
    expect(walkIn).not.toContain('collegial consultation');
  });

  it('reads "Sociaal team Wassenaar: …" as who writes: the question after the colon decides the answer', async () => {
    const replies = await ask(
      'Sociaal team Wassenaar: we hebben vanochtend een gezin bij Veilig Thuis gemeld. Wat gebeurt er nu met die melding?',
      { user: '29:synthetic-writer-prefix' },
    );
    expect(replies[0]).toContain('Wat doet Veilig Thuis na een melding?');
  });

  it('answers a numbered step with the steps whoever asks, and "en de tweede?" with the list just shown', async () => {
    const step = await ask(
      'Kleuter op onze bso komt regelmatig met blauwe plekken op zijn benen, moeder ontwijkt me. Wat is stap 1 van de meldcode?',
      { user: '29:synthetic-numbered-step' },
    );
    expect(step.join(' ')).toContain('in kaart brengen van signalen');
    const user = '29:synthetic-second-question';
    await ask(
      'Als jeugdverpleegkundige loop ik het afwegingskader door voor een gezin met een baby, wat is de eerste afweging?',
      {
        user,
      },
    );
    const second = await ask('en de tweede?', { user });
    expect(second.join(' ')).toContain('Acute of structurele onveiligheid');
    expect(second.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
  });

  it('keeps to the steps on "en daarna?", and answers "wie komt daarvoor in aanmerking?" from the last answer', async () => {
    const user = '29:synthetic-then';
    await ask('ik twijfel over signalen bij een leerling van mij. wat is stap 1 van de meldcode?', { user });
    await ask('en de volgende stap?', { user });
    const then = await ask('en daarna?', { user });
    expect(then.join(' ')).toContain('Stap 3');
    const other = '29:synthetic-who';
    await ask('clt in Gorinchem wil graag sporten en naar de bieb, ik hoorde iets over een declaratiefonds?', {
      user: other,
    });
    const who = await ask('wie komt daarvoor in aanmerking?', { user: other });
    expect(who.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
    expect(who.join(' ')).toContain('Gorinchem');
  });

  it('answers a city pass named without a place with its own entry, not a question for the place', async () => {
    const reply = await ask("what's the income limit for the Ooievaarspas?", {
      locale: 'en-US',
      user: '29:synthetic-pass',
    });
    expect(reply[0]).toContain('130%');
    const withPlace = await ask('ooievaarspas aanvragen in Rijswijk', { user: '29:synthetic-pass-2' });
    expect(withPlace[0]).toContain('Rijswijk');
  });

  it('answers "hoe lang duurt dat?" from the entries just shown, the best match first', async () => {
    const user = '29:synthetic-how-long';
    await ask('ik heb net een melding gedaan bij Veilig Thuis over een gezin. wat gebeurt er nu?', { user });
    const howLong = await ask('hoe lang duurt dat?', { user });
    expect(howLong[0]).toContain('5 werkdagen');
    expect(howLong.join(' ')).not.toContain('huisverbod');
  });

  it('reads a short question without a topic of its own as a detail of the entry just shown', async () => {
    const user = '29:synthetic-detail';
    await ask('heeft Westland een voedselbank?', { user });
    const detail = await ask('kan de ouder zichzelf aanmelden?', { user });
    expect(detail[0]).toContain('Voedselbank Westland');
    expect(detail[0]).toMatch(/hulpverlener/);
  });

  it('asks "which municipality?" again in English when the switch follows that question', async () => {
    const user = '29:synthetic-ask-place-english';
    const asked = await ask('schuldhulp?', { user });
    expect(asked[0]).toContain('Over welke gemeente gaat het?');
    const english = await ask('in english please', { user });
    expect(english[0]).toContain('Which municipality is it about?');
    expect(english[0]).not.toContain('have an answer to that');
  });

  it('reads "is there a food bank there?" as the place just answered for', async () => {
    const user = '29:synthetic-there';
    await ask('Client in Dordrecht is drowning in debt, where do I refer her?', { user, locale: 'en-US' });
    const there = await ask('and is there a food bank there?', { user, locale: 'en-US' });
    expect(there[0]).toContain('Voedselbank Dordrecht');
    expect(there[0]).not.toContain('Which municipality');
  });

  it('swaps the place of the money topic, not of the words that asked for a phone number', async () => {
    const user = '29:synthetic-swap-topic';
    await ask('phone number for money help in the Hoeksche Waard?', { user, locale: 'en-US' });
    const swapped = await ask('and for Molenlanden?', { user, locale: 'en-US' });
    expect(swapped[0]).toContain('Avres');
    expect(swapped[0]).not.toContain('Help lines at a glance');
  });

  it('answers a short question from the entry just shown whose words it holds', async () => {
    const user = '29:synthetic-in-shown';
    await ask('kwijtschelding in rijswijk, voor welke belastingen kan dat', { user });
    const forms = await ask('kan iemand mw helpen met invullen?', { user });
    expect(forms[0]).toContain('Sociaal Raadsman');
  });

  it('answers "en in Haaglanden?" with the same service in the other region', async () => {
    const user = '29:synthetic-region';
    await ask('Wat doet het Veiligheidshuis Zuid-Holland Zuid?', { user });
    const other = await ask('en in Haaglanden?', { user });
    expect(other.join(' ')).toContain('Veiligheidshuis Haaglanden');
  });

  it('reads "en daarna?" with words of the topic just answered as the next step, not a new question', async () => {
    const user = '29:synthetic-next-with-topic';
    await ask('Welke stappen heeft de meldcode?', { user });
    const next = await ask('Stap 1 heb ik gedaan, signalen staan in het dossier. En daarna?', { user });
    expect(next[0]).toMatch(/collegiale consultatie/i);
  });

  it('sends someone who will give only a postcode to the national money line, without asking the place', async () => {
    const reply = await ask(
      'buurman wil anoniem praten over zijn geldzorgen en alleen zijn postcode geven, welk nummer?',
    );
    expect(reply[0]).toContain('0800-8115');
    expect(reply[0]).not.toContain('Over welke gemeente gaat het?');
  });

  it("gives the organisation's own address when the route names it without linking it", async () => {
    const user = '29:synthetic-papendrecht';
    await ask('cliënt in papendrecht wil schuldhulp, wie doet dat daar?', { user });
    const where = await ask('kan hij daar ergens binnenlopen, adres?', { user });
    expect(where.join(' ')).toContain('Spuiboulevard');
    expect(where.join(' ')).not.toContain('Schuldhulp in Alblasserdam');
  });

  it('answers "wie kan ze bellen?" with the entry just shown that has a phone number', async () => {
    const user = '29:synthetic-phone';
    await ask('was er in de hoeksche waard een bijdrage voor energiekosten?', { user });
    const call = await ask('wie kan mijn cliënt bellen met vragen daarover?', { user });
    expect(call[0]).toMatch(/14 0186|088 647 36 47/);
  });

  it('reads a place by its inhabitants ("een Dordtenaar") and a sub-question with "volgend jaar" as a detail', async () => {
    const user = '29:synthetic-demonym';
    const dordt = await ask('Waar kan een Dordtenaar met schulden het beste binnenlopen?', { user });
    expect(dordt[0]).toContain('Dordrecht');
    expect(dordt[0]).not.toContain('Over welke gemeente gaat het?');
    await ask('Hoeveel budget krijgt een basisschoolkind in Zwijndrecht via Leergeld per jaar?', { user });
    const next = await ask('En als hij volgend jaar in de brugklas zit?', { user });
    expect(next[0]).toContain('790');
  });

  it('reads a long follow-up that says "bij die gemeente" as the place just answered for', async () => {
    const user = '29:synthetic-that-municipality';
    await ask('Cliënt in Strijen kan een hoge eindafrekening niet betalen. Hoe vraag ik bijzondere bijstand aan?', {
      user,
    });
    const phone = await ask(
      'En wat is het telefoonnummer voor geldvragen bij die gemeente, en wanneer zijn ze bereikbaar?',
      { user },
    );
    expect(phone[0]).toMatch(/14 0186|088 647 36 47/);
  });

  it('answers "zijn die ook \'s middags bereikbaar?" with the entry shown that says when', async () => {
    const user = '29:synthetic-hours';
    await ask('patient uit strijen kan zijn energierekening niet betalen, waar kan hij terecht voor hulp met geld?', {
      user,
    });
    const hours = await ask('zijn die ook s middags bereikbaar?', { user });
    expect(hours[0]).toContain('Schuldhulp in de Hoeksche Waard');
    expect(hours[0]).toMatch(/08:30.17:00/);
  });

  it('asks a money topic without a place for the place just answered for', async () => {
    const user = '29:synthetic-topic-here';
    await ask('ik ben vrijwilliger bij de kerk in wassenaar, een gezin heeft geen geld meer voor boodschappen.', {
      user,
    });
    const debt = await ask('en voor hulp met de schulden zelf?', { user });
    expect(debt[0]).toContain('Wassenaar');
    expect(debt[0]).not.toContain('Welke gemeente');
  });

  it('answers a question that finds nothing alone from what the conversation is about, without asking the place again', async () => {
    const user = '29:synthetic-nearby';
    await ask('patiente uit delft heeft na de opvang geen kleren meer. kan de gemeente iets bijdragen?', { user });
    const forms = await ask('wie kan haar helpen met het formulier invullen?', { user });
    expect(forms[0]).toContain('Formulierenbrigade');
    expect(forms[0]).not.toContain('Over welke gemeente gaat het?');
  });

  it('reads a new question that names its own place or organisation as its own, not as a follow-up', async () => {
    const user = '29:synthetic-own-question';
    await ask('wat is beschermingsbewind?', { user });
    const rijswijk = await ask("debt help in Rijswijk, what's the phone number?", { user, locale: 'en-US' });
    expect(rijswijk[0]).toContain('Rijswijk');
    await ask('wat is de luisterlijn?', { user });
    const poster = await ask('landelijk nummer centrum seksueel geweld voor op onze posters?', { user });
    expect(poster[0]).toContain('0800-0188');
    // "Dutch" in a long message is no request for a Dutch answer ("verhaal" is no typo of "vertaal" either).
    await ask('wat is beschermingsbewind?', { user });
    const forms = await ask(
      'My client in Delft struggles with Dutch forms and has some debts. Where can she get help?',
      {
        user,
        locale: 'en-US',
      },
    );
    expect(forms[0]).toContain('Delft');
    expect(forms[0]).not.toContain('Beschermingsbewind');
  });

  it('switches language on a short request, and not on "in Nederland"', async () => {
    const user = '29:synthetic-language-words';
    await ask('voedselbank Westland', { user });
    const translated = await ask('can you translate that please?', { user });
    expect(translated[0]).toContain('Food bank');
    await ask('voedselbank Westland', { user });
    const netherlands = await ask('hoeveel kinderen leven in armoede in Nederland?', { user });
    expect(netherlands[0]).not.toContain('Food bank');
  });

  it('says thanks without an emergency card', async () => {
    for (const text of ['bedankt', 'thanks']) {
      const replies = await ask(text, { user: '29:synthetic-thanks' });
      expect(replies.join(' ')).not.toContain('tel:112');
    }
  });

  it('reads a need, a topic and a place as a person writes them (4 December 12:31 session)', async () => {
    // Food asked in plain words, the meldcode asked with a place, and a postcode of another municipality than the
    // writer's own.
    const food = await ask('ze wonen in delft, waar moeten ze heen voor eten?', { user: '29:synthetic-food-words' });
    expect(headingOf(food[0])).toBe('Voedselbank in Delft');
    const steps = await ask('wat zijn de stappen van de meldcode in den haag?', { user: '29:synthetic-steps-place' });
    expect(headingOf(steps[0])).toBe('De vijf stappen van de meldcode');
    const postcode = await ask(
      'cliënt met postcode 2636, valt die onder ons in Delft? waar moet ze heen voor schuldhulp?',
      {
        user: '29:synthetic-postcode-place',
      },
    );
    expect(headingOf(postcode[0])).toBe('Schuldhulp in Midden-Delfland');
    // A bare amount is no postcode, and "advies" alone does not make a money question one about Veilig Thuis.
    const amount = await ask('mijn cliënt in Delft heeft 2545 euro schuld, waar kan hij heen?', {
      user: '29:synthetic-amount-no-postcode',
    });
    expect(headingOf(amount[0])).toBe('Schuldhulp in Delft');
    const advice = await ask(
      'klant in Zoetermeer leeft van een minimum en kan een nieuwe bril niet betalen, wat is je advies?',
      {
        user: '29:synthetic-advice-money',
      },
    );
    expect(headingOf(advice[0])).toContain('Zoetermeer');
    // "regelingen" is no typo of "rekeningen" (a debt word); an injury that does not fit the story is step 2's expert.
    const schemes = await ask('welke regelingen zijn er voor kinderen in den haag?', { user: '29:synthetic-schemes' });
    expect(headingOf(schemes[0])).toBe('Stichting Leergeld Den Haag');
    const injury = await ask(
      'peuter heeft een breuk, ouders zeggen van de trap gevallen. wie kan dat letsel beoordelen?',
      {
        user: '29:synthetic-injury-expert',
      },
    );
    expect(headingOf(injury[0])).toBe('De vijf stappen van de meldcode');
    // Stalking described, not named.
    const stalked = await ask(
      'mijn cliënte zegt dat haar ex haar de hele dag appt en bij haar werk staat, wat kan ze doen?',
      {
        user: '29:synthetic-stalking-described',
      },
    );
    expect(headingOf(stalked[0])).toBe('Stalking (belaging)');
    // Joint debts asked as a situation, not with "hoofdelijk aansprakelijk".
    const joint = await ask('blijft ze vastzitten aan de schulden die ze samen hebben?', {
      user: '29:synthetic-joint-debts',
    });
    expect(headingOf(joint[0])).toBe('Schulden na een scheiding');
  });

  it('leads a worry about suicide without acute cues with the 113 line, not only the meldcode', async () => {
    const replies = await ask("cliënt met schulden zegt soms 'was ik er maar niet', geen plan. wat geef ik hem mee?", {
      user: '29:synthetic-suicide-worry',
    });
    expect(replies.join(' ')).not.toContain('tel:112');
    expect(headingOf(replies[0])).toBe('113 Zelfmoordpreventie — 113 of 0800-0113');
  });

  it('reads a need in everyday words: a contribution for glasses, "kwaad", an English bill for rubbish collection', async () => {
    const glasses = await ask(
      'De ouders in Heerjansdam willen een extra bijdrage van de gemeente voor een bril voor hun oudste kind. Waar dienen ze die aanvraag in?',
      { user: '29:synthetic-glasses' },
    );
    expect(titleOf(glasses[0])).toContain('Zwijndrecht');
    expect(glasses.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
    const angry = await ask("mw wordt kwaad elke keer dat we spreken. hoe hou ik zo'n gesprek rustig?", {
      user: '29:synthetic-kwaad',
    });
    expect(angry.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
    expect(angry.join(' ')).toMatch(/boos/i);
    const rubbish = await ask(
      "woman in hendrik ido ambacht can't afford her municipal bill for rubbish collection and sewerage. is exemption possible?",
      { user: '29:synthetic-exemption', locale: 'en-US' },
    );
    expect(rubbish[0]).toContain('14 078');
  });

  it('reads "in verwachting" as pregnant and passports "niet meer" as a sign of exploitation', async () => {
    const pregnant = await ask(
      'mw is in verwachting, ik zie blauwe plekken en haar vriend neemt telkens het woord over. welke meldcode is er voor mijn beroepsgroep en bij wie kan ik met vragen terecht?',
      { user: '29:synthetic-in-verwachting' },
    );
    expect(pregnant.join(' ')).toContain('KNOV');
    const passports = await ask(
      'de mensen werken in de tuinbouwkassen, hebben zo te zien hun paspoorten niet meer en de werkgever betaalt hun huur. bij wie kan ik dit signaal kwijt?',
      { user: '29:synthetic-passports-gone' },
    );
    expect(passports.join(' ')).toContain('CoMensha');
  });

  it('reads "stel dat ze in Dordt woont?" as a place swap and "zo\'n pas" as the pass just shown', async () => {
    const user = '29:synthetic-stel-dat';
    await ask('wie doet schuldhulp in zwijndrecht?', { user });
    const swapped = await ask('stel dat ze in dordt woont?', { user });
    expect(titleOf(swapped[0])).toContain('Dordrecht');
    const pass = '29:synthetic-zon-pas';
    await ask('mijn client in den haag heeft een laag inkomen, is er een ooievaarspas?', { user: pass });
    const sister = await ask(
      "mevrouw d'r zus zit in rijswijk. kan die ook aan zo'n pas komen, en waar moet ze dan heen?",
      {
        user: pass,
      },
    );
    expect(titleOf(sister[0])).toContain('Rijswijk');
    expect(sister[0]).toContain('Ooievaarspas');
  });

  it('reads "where do they pick up the food parcels?" as the food bank of the conversation', async () => {
    const user = '29:synthetic-parcels';
    await ask(
      "Westland (Monster): a household there has nothing left to eat. what's the way to get them a food parcel?",
      {
        user,
        locale: 'en-US',
      },
    );
    await ask(
      'there is no care worker or social worker involved with them at all. what are their options in that case?',
      {
        user,
        locale: 'en-US',
      },
    );
    const where = await ask('and where do they pick up the food parcels?', { user, locale: 'en-US' });
    expect(where[0]).toContain('Kranenburglaan 23');
  });

  it('gives no 113 line for a means of suicide named in passing: a flat, a train, medicines', async () => {
    const bruises = await ask('ze woont in een flat en ik zie blauwe plekken bij haar zoontje', {
      user: '29:synthetic-flat-bruises',
    });
    expect(bruises.join(' ')).not.toContain('0800-0113');
    expect(bruises.join(' ')).toContain('0800-2000');
    const train = await ask('mijn cliënt werkt bij de trein en heeft schulden', { user: '29:synthetic-train-debts' });
    expect(train.join(' ')).not.toContain('0800-0113');
    // Means and intent together are a sign of suicide, and so are a specific means or a farewell alone.
    const saved = await ask('ze heeft pillen gespaard en neemt afscheid', { user: '29:synthetic-pills-farewell' });
    expect(saved.join(' ')).toContain('0800-0113');
    const farewell = await ask('een leerling van 15 heeft een afscheidsbericht gestuurd naar haar vriendinnen', {
      user: '29:synthetic-farewell-message',
    });
    expect(farewell.join(' ')).toContain('0800-0113');
    const lethal = await ask('ze zoekt op internet hoeveel paracetamol dodelijk is', {
      user: '29:synthetic-paracetamol',
    });
    expect(lethal.join(' ')).toContain('0800-0113');
  });

  it('reads "bril", "anderhalf jaar" and "kwaad doen" in their ordinary sense beside violence', async () => {
    const glasses = await ask('hij sloeg haar bril kapot, wat moet ik doen?', { user: '29:synthetic-bril-kapot' });
    expect(glasses.join(' ')).not.toContain('Bijzondere bijstand');
    const toddler = await ask('peuter van anderhalf jaar heeft blauwe plekken, wat moet ik doen?', {
      user: '29:synthetic-anderhalf',
    });
    expect(titleOf(toddler[0])).not.toContain('schuldregeling');
    expect(toddler.join(' ')).toContain('0800-2000');
  });

  it('switches to Dutch when asked "graag in het nederlands", though the message also names English', async () => {
    const user = '29:synthetic-both-languages';
    await ask('My client in Zwijndrecht has debts and unopened letters. Where can he get help locally?', {
      user,
      locale: 'en-US',
    });
    const dutch = await ask('graag in het nederlands, hij spreekt geen engels', { user, locale: 'en-US' });
    expect(dutch[0]).toContain('Had je hier iets aan?');
    // A verb that only asks for a translation names no language: the language word does.
    const english = await ask('vertaal naar engels aub', { user, locale: 'en-US' });
    expect(english[0]).toContain('Was this helpful?');
    const back = await ask('nee niet in het engels maar in het nederlands', { user, locale: 'en-US' });
    expect(back[0]).toContain('Had je hier iets aan?');
  });

  it('gives no emergency card for a short fact about the client, and 112 for a short emergency, mid-conversation', async () => {
    for (const [index, fact] of [
      'hij heeft een uitkering',
      'ze is 80 en woont alleen',
      'de kinderen zijn 4 en 7',
    ].entries()) {
      const user = `29:synthetic-short-fact-${index}`;
      await ask('wie doet schuldhulp in Zoetermeer?', { user });
      const replies = await ask(fact, { user });
      expect(replies.join(' '), fact).not.toContain('tel:112');
    }
    for (const [index, danger] of ['hij is gewapend', 'hij slaaat haar', 'hij breekt de deur open'].entries()) {
      const user = `29:synthetic-short-danger-${index}`;
      await ask('wie doet schuldhulp in Zoetermeer?', { user });
      const replies = await ask(danger, { user });
      expect(replies[0], danger).toContain('Is er nu direct gevaar? Bel 112.');
      expect(replies.join(' '), danger).toContain('0800-2000');
    }
  });

  it("leads a follow-up with the place's own service card, not the national entry of the same service", async () => {
    const user = '29:synthetic-local-first';
    await ask('Hoe vraag ik een voedselpakket aan voor een gezin in Westland?', { user });
    const norm = await ask('Hoeveel leefgeld mag een alleenstaande dan overhouden?', { user });
    expect(titleOf(norm[0])).toBe('Voedselbank in Westland');
    expect(norm[0]).toContain('315');
    const other = '29:synthetic-local-first-national';
    await ask('kon je in zoetermeer de energietoeslag 2023 nog aanvragen, tot wanneer?', { user: other });
    const national = await ask('en als de energierekening nog steeds te hoog is, landelijk fonds?', { user: other });
    expect(titleOf(national[0])).not.toContain('Zoetermeer');
  });

  it("answers help with a form for the person just discussed at the conversation's place, not with a place question", async () => {
    const user = '29:synthetic-form-help';
    await ask('vrouw uit Delft verliet het blijf van mn lijf huis zonder kleding. kan de gemeente iets doen?', {
      user,
    });
    const form = await ask('wie kan haar helpen met het aanvraagformulier?', { user });
    expect(form.join(' ')).toContain('Formulierenbrigade');
    const anew = await ask('wie doet schuldhulp?', { user: '29:synthetic-form-help-anew' });
    expect(anew.join(' ')).toContain('Over welke gemeente gaat het?');
  });

  it('reads an exhausted son who snaps at the father he cares for as derailed informal care', async () => {
    const replies = await ask(
      'district nurse: an old man is looked after by his worn out son, who keeps snapping at him and he is losing weight. what is this?',
      { locale: 'en-US', user: '29:synthetic-derailed-care' },
    );
    expect(headingOf(replies[0])).toBe('Derailed informal care');
    expect(replies[0]).toContain('0800-2000');
  });

  it('keeps Veilig Thuis on a follow-up of a worry, and 112 on a follow-up of an emergency', async () => {
    const user = '29:synthetic-alert';
    const worry = await ask('kind uit mijn klas zegt dat papa mama soms slaat, nu niet acuut, wat doe ik?', { user });
    expect(worry.join(' ')).toContain('0800-2000');
    const english = await ask('in English please', { user });
    expect(english.join(' ')).toContain('0800-2000');
    expect(english.join(' ')).not.toContain('tel:112');
    await ask('hij heeft een mes en staat nu voor de deur', { user });
    const again = await ask('in English please', { user });
    expect(again[0]).toContain('112');
    expect(again[0]).toContain('0800-2000');
  });

  it("keeps the conversation's place through a national answer, and reads its own place named again as a follow-up", async () => {
    const user = '29:synthetic-place-kept';
    await ask('wie doet schuldhulp in Zoetermeer?', { user });
    await ask('wat is de Wsnp?', { user });
    const taxes = await ask('en kwijtschelding van de gemeentelijke belastingen, waar vraag ik dat aan?', { user });
    expect(taxes[0]).toContain('Kwijtschelding van gemeentelijke belastingen in Zoetermeer');
    expect(taxes[0]).not.toContain('Over welke gemeente gaat het?');
    const other = '29:synthetic-same-place';
    await ask('kan iemand kwijtschelding krijgen in Westland?', { user: other });
    const yearly = await ask('moet iemand in Naaldwijk dat elk jaar opnieuw aanvragen?', { user: other });
    expect(yearly[0]).toContain('Team Belastingen');
  });

  it('gives the number of the organisation a follow-up names among the linked entries, and the steps after a step', async () => {
    const user = '29:synthetic-named-contact';
    await ask('geldt de meldcode in de kinderopvang ook als ik een collega verdenk?', { user });
    const inspectors = await ask('wat is het nummer van de vertrouwensinspecteurs?', { user });
    expect(inspectors[0]).toContain('0900-111 3111');
    const steps = '29:synthetic-after-step';
    await ask('wat zijn de stappen van de meldcode?', { user: steps });
    await ask('hoe pak ik stap 3 aan?', { user: steps });
    const then = await ask('en daarna?', { user: steps });
    expect(then[0]).toContain('Stap 4');
  });

  it('gives the number of an organisation named in the answer before the last one', async () => {
    const user = '29:synthetic-earlier';
    await ask(
      'een leerling vertelt dat haar familie dreigt als ze met een jongen gezien wordt. eergerelateerd geweld?',
      {
        user,
      },
    );
    await ask('moet ik dit eerst met de ouders bespreken, zoals in stap 3?', { user });
    const number = await ask('wat is het telefoonnummer van dat expertisecentrum?', { user });
    expect(number[0]).toContain('088-9648550');
  });

  it('reads "vrijwillige hulp" as voluntary care, not volunteers, and children "niet veilig" as a worry', async () => {
    const replies = await ask(
      'vrijwillige hulp bij een gezin in zwijndrecht loopt vast, de kinderen zijn niet veilig. wie vraagt een onderzoek aan bij de raad?',
      { user: '29:synthetic-voluntary-care' },
    );
    const all = replies.join(' ');
    expect(all).toContain('Raad voor de Kinderbescherming');
    expect(all).toContain('0800-2000');
    expect(all).not.toContain('Schuldhulp in Zwijndrecht');
  });

  it('swaps the place of what was answered, not of a word heard on the way ("oudere", "melding")', async () => {
    const user = '29:synthetic-swap-answered';
    const first = await ask(
      'Oudere buurman in Sliedrecht, brieven blijven dicht, bij wie kan hij in de gemeente terecht?',
      {
        user,
      },
    );
    expect(first[0]).toContain('Sliedrecht');
    const swapped = await ask('en in Papendrecht?', { user });
    expect(swapped[0]).toContain('Sterk Papendrecht');
  });

  it("reads a question without a place whose best match is a municipal service as the conversation's municipality", async () => {
    const user = '29:synthetic-local-here';
    const first = await ask('moeder in Dordrecht heeft niks meer in huis, welke voedselbank is er?', { user });
    expect(first[0]).toContain('Voedselbank');
    const pass = await ask('is er voor de kinderen ook een pas met tegoed?', { user });
    expect(pass[0]).toContain('Dordtpas');
  });

  it('does not ask "which municipality?" when a money word stands beside a question another topic answers', async () => {
    const replies = await ask(
      'partner regelt al het geld en ze mag niet werken. welke meldcode volg ik als verloskundige en waar helpt het afwegingskader?',
      { user: '29:synthetic-not-local' },
    );
    expect(replies.join(' ')).toContain('KNOV');
    expect(replies.join(' ')).not.toContain('Over welke gemeente gaat het?');
  });

  it('reads "moet dat elk jaar?" as the entry just answered, not a shown or unrelated entry sharing "elk jaar"', async () => {
    const user = '29:synthetic-that-yearly';
    const first = await ask('kan een inwoner van Monster met bijstand kwijtschelding krijgen?', { user });
    expect(first[0]).toContain('Westland');
    const yearly = await ask('moet dat elk jaar opnieuw aangevraagd worden?', { user });
    expect(yearly[0]).toContain('Kwijtschelding');
    const national = '29:synthetic-that-national';
    await ask('hoe werkt kwijtschelding van gemeentelijke belastingen?', { user: national });
    const again = await ask('moet dat elk jaar opnieuw aangevraagd worden?', { user: national });
    // The entry's own text, not its title, which related links on another card repeat.
    expect(again[0]).toContain('Wie de aanslag gemeentelijke belastingen niet kan betalen');
    expect(again.join(' ')).not.toContain('Jeugdgezondheidszorg');
  });

  it('switches language on a request with a reason that names a topic, and keeps a contact question to its own town', async () => {
    const user = '29:synthetic-switch-reason';
    const first = await ask('Where do I report labour exploitation of a greenhouse worker in Westland?', {
      user,
      locale: 'en-US',
    });
    expect(first.join(' ')).toContain('Human trafficking');
    const dutch = await ask('kun je het ook in het Nederlands zetten, voor het dossier', { user, locale: 'en-US' });
    expect(dutch.join(' ')).toContain('Mensenhandel');
    const other = '29:synthetic-general-number';
    await ask(
      'My client lives in The Hague and has debts everywhere. Is there a municipal desk where he can get help?',
      {
        user: other,
      },
    );
    const number = await ask('en wat is het algemene nummer van de gemeente?', { user: other });
    expect(number[0]).toContain('Den Haag');
    expect(number.join(' ')).not.toContain('Zoetermeer');
  });

  it('reads "binnen hoeveel tijd?" as a detail of the entry just shown, not of an entry whose asks hold those words', async () => {
    const user = '29:synthetic-how-soon';
    await ask('we hebben een melding bij Veilig Thuis gedaan, wat gebeurt er nu?', { user });
    const soon = await ask('binnen hoeveel tijd?', { user });
    expect(soon[0]).toContain('5 werkdagen');
    expect(soon[0]).not.toContain('Wgs');
  });

  it('answers a question of its own that names a language as that question, not as a language switch', async () => {
    const user = '29:synthetic-language-question';
    await ask('wie doet schuldhulp in Den Haag?', { user });
    const own = await ask('is er ook uitleg over de meldcode in het Engels?', { user });
    expect(own[0]).toContain('meldcode');
    expect(own.join(' ')).not.toContain('Debt help');
  });

  it('answers a place swap that asks something of its own with that, not with the same topic there', async () => {
    const user = '29:synthetic-swap-own-ask';
    await ask('wie doet schuldhulp in Dordrecht?', { user });
    const own = await ask("en in Zoetermeer, hebben ze daar zo'n lokale alliantie?", { user });
    expect(own[0]).toContain('Veilig Financieel Ouder Worden');
    expect(own[0]).not.toContain('Schuldhulp in Zoetermeer');
  });

  it('reads a question that points back ("daarvoor", "daar") as about the main entry shown', async () => {
    const user = '29:synthetic-pointed';
    await ask(
      'ouders van een leerling in Den Haag Laak kunnen het schoolkamp niet betalen en schamen zich, waar kunnen ze terecht?',
      { user },
    );
    // Another entry shown (the JPF) shares "inkomen" more strongly; "daarvoor" means the Leergeld answered.
    const [income = ''] = await ask('tot welk inkomen kom je daarvoor in aanmerking?', { user });
    expect(income).toContain('Stichting Leergeld Den Haag');
    expect(income.indexOf('Stichting Leergeld Den Haag')).toBeLessThan(income.indexOf('Jongeren Perspectief'));
    const other = '29:synthetic-pointed-there';
    await ask('gezin in Nieuw-Lekkerland heeft al weken amper eten, bij welke voedselbank horen ze?', { user: other });
    // No word of it is in the food bank's entry; "hoe lang" alone would find the Veilig Thuis time limits.
    const howLong = await ask('hoe lang mogen ze daar klant zijn?', { user: other });
    expect(howLong[0]).toContain('Voedselbank Sliedrecht');
    expect(howLong[0]).not.toContain('Veilig Thuis');
  });

  it('swaps the place of a message that says "zelfde verhaal", and reads "amper eten" as a food-bank question', async () => {
    const user = '29:synthetic-same-story';
    await ask('ouders in Zwijndrecht kunnen de contributie van de voetbalclub niet betalen, is er een fonds?', {
      user,
    });
    const same = await ask('haar zwager woont in Alblasserdam, zelfde verhaal, gaat dat ook?', { user });
    expect(same[0]).toContain('Leergeld voor kinderen in Alblasserdam');
    const food = '29:synthetic-barely-food';
    await ask('wie doet schuldhulp in Hendrik-Ido-Ambacht?', { user: food });
    const hungry = await ask('ze hebben ook amper eten in huis, is er daar iets voor?', { user: food });
    expect(hungry[0]).toContain('Voedselbank in Hendrik-Ido-Ambacht');
  });

  it('leads "wat doe ik nu volgens de meldcode?" about a situation with the steps, not another profession\'s code', async () => {
    const replies = await ask(
      'kleuter bij ons in de klas heeft alweer blauwe plekken op haar rug en wil niet naar huis, wat doe ik nu volgens de meldcode?',
      { user: '29:synthetic-steps-first' },
    );
    const all = replies.join(' ');
    expect(all).toContain('0800-2000');
    const steps = all.indexOf('De vijf stappen van de meldcode');
    expect(steps).toBeGreaterThan(-1);
    for (const other of ['Meldcode voor verpleegkundigen', 'Meldcode in de kinderopvang']) {
      const at = all.indexOf(other);
      if (at !== -1) expect(steps).toBeLessThan(at);
    }
  });

  it("leads with the code of the profession the question names, not another profession's", async () => {
    // situations-ac's sac-051 (an opened set): the social workers' code came first for a physiotherapist.
    const [reply = ''] = await ask(
      'ik ben zzp fysiotherapeut en werk ook met jeugdspelers, moet ik eigenlijk een meldcode hebben?',
      { user: '29:synthetic-profession-named' },
    );
    expect(reply).toContain('KNGF');
  });

  it("answers a place's service described without its topic word, and still not a place's opening hours", async () => {
    const laptop = await ask(
      'jongen uit Nootdorp heeft geen laptop voor de brugklas en de ouders hebben een minimuminkomen',
      {
        user: '29:synthetic-service-described',
      },
    );
    expect(laptop[0]).toContain('Stichting Leergeld Pijnacker-Nootdorp');
    const hours = await ask('is de bibliotheek in Rijswijk open op zondag?', { user: '29:synthetic-opening-hours' });
    expect(hours.join(' ')).toContain('Daar heb ik (nog) geen antwoord op');
  });

  it('leads with the service a place question describes when its only money word is weak ("weinig geld")', async () => {
    const user = '29:synthetic-weak-money';
    const bike = await ask(
      'scholier uit Den Hoorn heeft een fiets nodig voor de brugklas, ouders hebben weinig geld. kan dat vergoed worden?',
      { user },
    );
    expect(bike[0]).toContain('Kinderen en schoolkosten in Midden-Delfland');
    // The debt route stays beside it, and a debt word of its own still leads with the debt route.
    expect(bike.join(' ')).toContain('Schuldhulp in Midden-Delfland');
    const debt = await ask('ouders in Den Hoorn hebben weinig geld en een huurachterstand, wie helpt?', {
      user: '29:synthetic-weak-money-debt',
    });
    expect(debt[0]).toContain('Schuldhulp in Midden-Delfland');
    // Beside another topic word ("zwemles" names the children's Leergeld): an adult's wish is the minima schemes.
    const adult = await ask(
      'alleenstaande man in Gorinchem met een uitkering wil naar de bieb en op zwemles maar heeft er geen geld voor, is daar iets voor?',
      { user: '29:synthetic-weak-money-adult' },
    );
    expect(adult[0]).toContain('Minimaregelingen in Gorinchem');
  });

  it('reads a detail question by what it says, not by its length, and a longer one that points back', async () => {
    const user = '29:synthetic-saying';
    await ask('ouders in Voorburg kunnen de schoolspullen voor hun kinderen niet betalen, is daar iets voor?', {
      user,
    });
    // Nine words, of which four say something ("krijgt", "dochter", "brugklas", "gaat"): one shared word is enough.
    const [amount = ''] = await ask('hoeveel krijgt de dochter die naar de brugklas gaat?', { user });
    expect(amount).toContain('Schoolspullenpas');
    const other = '29:synthetic-saying-pointed';
    await ask('cliënt in Den Haag wil eindelijk van zijn schulden af, waar kan hij zonder afspraak binnenlopen?', {
      user: other,
    });
    // Fifteen words, but "daar" points at the debt help just shown.
    const [loan = ''] = await ask('kan hij daar ook een lening krijgen om in een keer alles af te betalen?', {
      user: other,
    });
    expect(loan).toContain('Kredietbank');
  });

  it('puts the entry about the place a follow-up names first ("is daar in Dordrecht ervaring mee opgedaan?")', async () => {
    const user = '29:synthetic-place-entry-first';
    await ask(
      'cliënt blijft afspraken missen en vergeet steeds zijn papieren, hoe ga ik daar stress-sensitief mee om?',
      {
        user,
      },
    );
    const [first = ''] = await ask('is daar in Dordrecht ervaring mee opgedaan?', { user });
    expect(first).toContain('Lessen uit Dordrecht');
    expect(first.indexOf('Lessen uit Dordrecht')).toBeLessThan(first.indexOf('Het Haaglandse project'));
  });

  it("answers a local topic in the conversation's place when its own entry there matches it about as well", async () => {
    const user = '29:synthetic-local-topic-here';
    await ask('gezin in Westland met schulden, wie doet daar de schuldhulp?', { user });
    const [energy = ''] = await ask(
      'ze zitten net boven bijstandsniveau en de energierekening is enorm, extra hulp mogelijk?',
      {
        user,
      },
    );
    expect(energy).toContain('Energietoeslag en energieloket in Westland');
  });

  it("reads a child's sport and an adult's sport as the place's funds, and asks the place when none is known", async () => {
    const [where = ''] = await ask('dochter wil op tennis, kan dat ergens van betaald worden?');
    expect(where).toContain('Over welke gemeente gaat het?');
    const user = '29:synthetic-sport-here';
    await ask('gezin in Dordrecht kan de rekeningen niet meer betalen, wie helpt?', { user });
    const [child = ''] = await ask('hun dochter wil op korfbal, kan dat ergens betaald worden?', { user });
    expect(child).toContain('Dordtpas met kindtegoed en Leergeld in Dordrecht');
    const [adult = ''] = await ask('en de vader wil zelf gaan sporten, is daar ook iets voor?', { user });
    expect(adult).toContain('Minimaregelingen en bijzondere bijstand in Dordrecht');
  });

  it('switches language for a longer request that asks for it outright ("could you summarise that for …")', async () => {
    const user = '29:synthetic-summarise-english';
    await ask('wie doet schuldhulp in Delft?', { user });
    const [english = ''] = await ask('could you summarise that for an english speaking intern?', { user });
    expect(english).toContain('Debt help in Delft');
  });

  it('answers "waar melden we dit?" about abuse at a sports club in a town with the sport\'s route, not the town\'s', async () => {
    const replies = await ask(
      'bestuurslid van een hockeyclub in pijnacker: een trainer appt meiden van 14 en zit aan ze bij het omkleden. waar melden we dit?',
    );
    expect(replies[0]).toContain('Centrum Veilige Sport');
  });

  it("answers the meldcode named outright with a town in the message from the code, not a town's service", async () => {
    const replies = await ask(
      'zwangere cliënte uit hendrik-ido-ambacht zegt dat haar vriend haar duwt en haar telefoon checkt. welke meldcode volg ik als verloskundige?',
    );
    expect(replies.join(' ')).toContain('Meldcode voor verloskundigen (KNOV)');
    expect(replies.join(' ')).not.toContain('Voedselbank in Hendrik-Ido-Ambacht');
  });

  it('reads "pmb" typed in lower case as the Persoonlijk minimabudget', async () => {
    const [budget = ''] = await ask('clnt uit zwijndrecht begint steeds over pmb, wat is dat?');
    expect(titleOf(budget)).toBe('Persoonlijk minimabudget en bijzondere bijstand in Zwijndrecht');
  });

  it("reads professionals' abbreviations (RvdK, IB'ers) and keeps the steps first when they are asked", async () => {
    const [board = ''] = await ask('moet ik de rvdk inschakelen als ouders hulp blijven weigeren?');
    expect(board).toContain('Raad voor de Kinderbescherming — wanneer en hoe?');
    const replies = await ask("stappen meldcode? en bellen de IB'ers zelf?");
    expect(replies[0]).toContain('Stap 1: in kaart brengen van signalen (met de kindcheck)');
    expect(replies.join(' ')).toContain('Meldcode in het onderwijs');
    const dentist = await ask(
      'mw in delft kreeg een rekening van de tandarts die ze niet kan betalen, kan de gemeente iets?',
    );
    expect(titleOf(dentist[0])).toBe('Bijzondere bijstand in Delft');
    const club = await ask(
      'Volunteer at a hockey club in Pijnacker: a family cannot pay the membership for their daughter. What is there?',
      { locale: 'en-US' },
    );
    expect(club.join(' ')).toContain('Stichting Leergeld Pijnacker-Nootdorp');
    const residents = await ask('waar moeten inwoners van zwijndrecht met hulpvragen heen?');
    expect(residents[0]).toContain('Sociaal Wijkteam');
    const [order = ''] = await ask('vader kreeg een THV, hoe lang mag hij niet thuis komen?');
    expect(order).toContain('Het tijdelijk huisverbod');
  });

  it('reads economic violence described without its name (a partner who takes the wages)', async () => {
    const replies = await ask(
      'haar man eist elke maand haar salaris op en zij mag niks zelf kopen, valt dat onder huiselijk geweld?',
    );
    expect(replies.join(' ')).toMatch(/[Ff]inancieel geweld|[Ee]conomisch geweld/);
    // The first answer is about money and violence, not the police report the words "huiselijk geweld" found.
    const [first = ''] = replies;
    const report = first.indexOf('Aangifte doen na huiselijk geweld');
    expect(first).toContain('Geld en geweld — hoe hangen ze samen?');
    expect(report === -1 || first.indexOf('Geld en geweld — hoe hangen ze samen?') < report).toBe(true);
  });

  it("reads money taken from an old person's account as financial abuse, not as the place's debt help", async () => {
    const replies = await ask(
      'zijn dochter haalt steeds geld van zijn rekening, hij is 88 en woont in Delft. waar meld ik dit?',
    );
    expect(replies[0]).toContain('Financieel misbruik van een oudere — wat kun je doen?');
    expect(replies.join(' ')).toContain('0800-2000');
  });

  it('finds a word the knowledge writes only in another form ("leerkrachten" for leerkracht)', async () => {
    const [school = ''] = await ask('welke tips zijn er voor leerkrachten bij zorgen over kleuters?');
    expect(school).toContain('Meldcode in het onderwijs');
  });

  it('puts the steps first when a worry asks for the meldcode steps, without a second card on the meldcode', async () => {
    const replies = await ask('zorgen om verwaarlozing van een kleuter. meldcode stappen, kort overzicht aub');
    expect(replies[0]).toContain('Stap 1: in kaart brengen van signalen (met de kindcheck)');
    expect(replies.join(' ')).not.toContain('En over je andere vraag');
  });

  it('keeps a follow-up on the entry shown when its only shared word elsewhere says how much or "zo\'n"', async () => {
    const user = '29:synthetic-degree-words';
    await ask('client in delft kreeg een brief over vroegsignalering en schrikt, wat is dat?', { user });
    await ask('als ze zich aanmeldt bij de financiele winkel, hoe lang duurt de intake?', { user });
    const [next = ''] = await ask('en wat komt daarna?', { user });
    expect(next).toContain('de stabilisatiefase (4 tot 8 maanden)');
    const other = '29:synthetic-degree-words-2';
    await ask('schuldhulp in delft, hoe gaat dat in zn werk?', { user: other });
    const [intake = ''] = await ask('hoe lang duurt die intakefase ongeveer?', { user: other });
    expect(intake).toContain('intake (maximaal 3 maanden)');
    const third = '29:synthetic-degree-words-3';
    await ask('in dordrecht vermoed ik dat een dochter het geld van haar vader opmaakt, wie kan helpen?', {
      user: third,
    });
    const [alliance = ''] = await ask("en in zoetermeer, is daar zo'n alliantie?", { user: third });
    expect(alliance).toContain('In Haaglanden waren in 2021 nog lokale allianties');
  });

  it('answers "en stap 3?" with the steps just shown, not an entry about the step-3 conversation', async () => {
    const user = '29:synthetic-step-three';
    await ask('welke stappen heeft de meldcode?', { user });
    const [three = ''] = await ask('en stap 3?', { user });
    expect(three).toContain('Stap 1: in kaart brengen van signalen (met de kindcheck)');
  });

  it('keeps the crisis team that matches most words far ahead of a money entry that shares common ones', async () => {
    // From the opened set situations-q (sq-047): the Hersteloperatie entry's text shares "meer", "huis", "15".
    const replies = await ask(
      'het is 11 uur s ochtends en ik maak me grote zorgen om een meisje van 15 dat niet meer naar huis durft nadat haar vader haar gisteren sloeg. wie kan er vandaag nog bij het gezin langs?',
    );
    expect(replies[0]).toContain('112');
    expect(replies.join(' ')).toContain('reageert dag en nacht op meldingen van acute onveiligheid');
  });

  it('answers what happens to a report at Veilig Thuis with its procedure, not its phone card', async () => {
    // From the opened set situations-ag (sag-044).
    const [first = ''] = await ask(
      "als wijkagent maak ik me zorgen om de kinderen in een gezin waar al maanden veel ruzie is, ik ga melden bij VT. wat gebeurt er daarna met zo'n melding?",
    );
    expect(first).toContain('veiligheidsbeoordeling');
  });

  it('answers a follow-up that asks for the country as a whole ("landelijk") nationally, not for the place', async () => {
    const user = '29:synthetic-national-fund';
    await ask('energietoeslag in gorinchem, kan dat nog?', { user });
    const [fund = ''] = await ask('en als de rekening te hoog blijft, is er een landelijk noodfonds?', { user });
    expect(fund).toContain('De gemeentelijke energietoeslag bestond voor 2022 en 2023');
  });

  it('reads "van tevoren" as the knowledge\'s "vooraf": telling the client before a report', async () => {
    const user = '29:synthetic-beforehand';
    await ask('ouders willen niet dat ik bij VT meld, mag het zonder hun toestemming?', { user });
    const [tell = ''] = await ask('moet ik het ze dan wel van tevoren vertellen?', { user });
    expect(tell).toContain('In principe bespreek je een voorgenomen melding altijd vooraf met de cliënt');
  });

  it('reads "kan de gemeente iets …?" with a place as asking for its services, beside the shelter named', async () => {
    const replies = await ask(
      'vrouw uit delft komt net uit het blijf van mijn lijf huis met alleen wat ze aanheeft. kan de gemeente iets voor kleding betalen?',
    );
    expect(replies[0]).toContain('De Formulierenbrigade in Delft helpt op afspraak met invullen');
  });

  it('reads "eerst intern overleggen" as consulting the in-house expert (the aandachtsfunctionaris)', async () => {
    const replies = await ask(
      'zorgen over een jongen op de bso, moet ik eerst intern overleggen of direct Veilig Thuis bellen?',
    );
    expect(replies.join(' ')).toContain('De aandachtsfunctionaris');
  });

  it("answers a new need in the conversation's place with the place's service: a money topic asked who, or no topic", async () => {
    const user = '29:synthetic-new-need';
    await ask('cliënt in Numansdorp raakt het overzicht kwijt over geld en gezin, is er een sociaal team?', { user });
    // A national topic ("beslag"), asked who: the place's debt help leads, the beslagvrije voet beside it.
    const seized = await ask('er ligt ook beslag op haar uitkering, wie kan checken of ze genoeg overhoudt?', { user });
    expect(seized[0]).toContain('Schuldhulp in de Hoeksche Waard');
    expect(seized.join(' ').toLowerCase()).toContain('beslagvrije voet');
    const other = '29:synthetic-new-need-home';
    await ask('meneer in Maasland kan zijn schulden niet meer betalen, waar kan hij heen?', { user: other });
    // No topic word: the place's service the words describe, not the debt help's phone number again.
    const [home = ''] = await ask('hij heeft ook hulp in het huishouden nodig, wie bel ik daarvoor?', { user: other });
    expect(home).toContain('Wmo en ondersteuning thuis in Midden-Delfland');
  });

  it("adds a national topic's own entry beside a municipality's route that only touches it (toeslagen)", async () => {
    const replies = await ask(
      'klant in Molenlanden moet van Toeslagen een flink bedrag huurtoeslag terugbetalen, hoe werkt dat?',
      {
        user: '29:synthetic-national-beside',
      },
    );
    expect(replies[0]).toContain('Molenlanden');
    expect(replies.join(' ')).toContain('Te veel toeslag ontvangen');
  });

  it('answers a money question that asks for a national number nationally, without asking which municipality', async () => {
    const replies = await ask(
      'Mijn cliënt schaamt zich voor zijn schulden en wil niet naar het gemeentehuis. Bestaat er een landelijk nummer waar hij eerst anoniem kan bellen?',
      { user: '29:synthetic-nationally' },
    );
    expect(replies.join(' ')).toContain('Geldfit');
    expect(replies.join(' ')).not.toContain('Over welke gemeente gaat het?');
  });

  it('answers a place and a money question that asks for a national number with the route and Geldfit beside it', async () => {
    const replies = await ask(
      'moeder in Gorinchem durft met haar schulden nergens heen en wil eerst anoniem bellen. is er een landelijk nummer?',
      { user: '29:synthetic-national-with-place' },
    );
    expect(titleOf(replies[0])).toContain('Gorinchem');
    // A card of its own, not only a link under the route's card.
    expect(replies.some((reply) => reply.includes('"text":"Geldfit — de landelijke ingang bij geldzorgen"'))).toBe(
      true,
    );
  });

  it('leads with the entry about the topic a question names when a common word puts another just ahead', async () => {
    const replies = await ask(
      'Leerling van 15 vertelt me dat ze vorige maand op een schoolfeest is verkracht en het thuis niet durft te vertellen. Waar kan ze terecht?',
      { user: '29:synthetic-topic-first' },
    );
    expect(replies.join(' ')).toContain('0800-0188');
  });

  it('reads a robbery as a matter for Victim Support, and a waste tax to be waived as remission', async () => {
    const robbed = await ask(
      'My client got mugged last month and is scared to go out. Who can give her practical and emotional support?',
      {
        user: '29:synthetic-mugged',
        locale: 'en-US',
      },
    );
    expect(robbed.join(' ')).toContain('0900-0101');
    const waived = await ask('A pensioner I visit in Pijnacker cannot pay the waste tax this year. Can it be waived?', {
      user: '29:synthetic-waived',
      locale: 'en-US',
    });
    expect(waived[0]).toContain('Remission of municipal taxes in Pijnacker-Nootdorp');
  });

  it('reads "sport en school" beside a place as a service of that place, not as who asks', async () => {
    const replies = await ask(
      'Gezin in Sliedrecht met een heel smal budget: is er een regeling voor sport en school voor de kinderen?',
      { user: '29:synthetic-sport-school' },
    );
    expect(replies[0]).toContain('Leergeld voor kinderen in Sliedrecht');
    expect(replies.join(' ')).not.toContain('een eigen meldpunt buiten de meldcode');
  });

  it('reads "als hij zich er niet aan houdt" as about the measure just shown, not as an unrelated entry', async () => {
    const user = '29:synthetic-split-eraan';
    await ask('Bij een cliënt in Delft is gisteren een huisverbod opgelegd. Wat mag hij nu niet meer?', { user });
    const breach = await ask('en wat gebeurt er als hij zich er niet aan houdt?', { user });
    expect(breach[0]).toContain('Na een huisverbod moet de uithuisgeplaatste direct de woning verlaten');
    const other = '29:synthetic-is-er';
    await ask('Hoe lang duurt een tijdelijk huisverbod?', { user: other });
    const exists = await ask('is er iets op papier dat ik aan de buren kan geven?', { user: other });
    expect(exists.join(' ')).not.toContain('Na een huisverbod moet de uithuisgeplaatste');
  });

  it('reads a judgement about spending ("lui", "een nieuwe tv") beside debts as a question about stress', async () => {
    const replies = await ask(
      'Mijn cliënt kocht vorige week een nieuwe tv terwijl hij twee maanden huurachterstand heeft, mijn teamleider vindt hem lui. Hoe kijk ik daarnaar?',
      { user: '29:synthetic-stress-spending' },
    );
    expect(replies[0]).toContain('Cliënt doet impulsieve uitgaven');
  });

  it('keeps a best answer far ahead of the rest on several words, though it is not about the topic named', async () => {
    const replies = await ask(
      'Bij ons aan de balie zei een vrouw zachtjes een codewoord en keek steeds naar haar man buiten in de auto. Ze zit nu in de spreekkamer. Wat is de procedure?',
      { user: '29:synthetic-far-ahead' },
    );
    expect(replies.join(' ')).toContain('Masker 19');
  });

  it('keeps the best answer on more of the words before an entry that only carries the topic named', async () => {
    const replies = await ask(
      'mijn cliënt zit in een traject voor partnergeweld en er wonen kinderen thuis die niet mijn cliënt zijn. moet ik daar iets mee?',
      { user: '29:synthetic-more-words' },
    );
    expect(replies[0]).toContain('kindcheck');
  });

  it('keeps "en daarna, <a question nothing near answers>" on the main entry, not the next related one', async () => {
    const user = '29:synthetic-then-question';
    await ask('hoe meld ik iemand uit Naaldwijk aan bij de schuldhulp?', { user });
    const [then = ''] = await ask('en daarna, hoe ziet die eerste periode eruit?', { user });
    // The food bank, the next related entry, is only a button below the debt help.
    expect(then).toContain('Schuldhulp in Westland');
    expect(then.indexOf('Schuldhulp in Westland')).toBeLessThan(then.indexOf('Voedselbank in Westland'));
  });

  it('reads passports taken from migrant workers as labour exploitation, without the word', async () => {
    const [first = ''] = await ask(
      'in Westland heeft een uitzendbureau de paspoorten van een paar arbeidsmigranten ingenomen en het loon ingehouden, bij wie meld ik dat?',
      { user: '29:synthetic-exploitation' },
    );
    expect(first).toContain('Mensenhandel en uitbuiting');
  });

  it('gives the contact of the entry a question points at, not of another shown entry that shares a verb', async () => {
    const user = '29:synthetic-contact-pointed';
    await ask(
      'dochter uit Schipluiden gaat naar de brugklas en de ouders kunnen geen fiets betalen, is daar iets voor?',
      {
        user,
      },
    );
    // "kunnen" also stands in the debt help's text; "daarvoor" means the school-costs schemes just answered.
    const [call = ''] = await ask('wie kunnen de ouders daarvoor bellen?', { user });
    expect(call).toContain('015 380 41 11');
    expect(call).not.toContain('015 380 42 51');
  });

  it('gives an off-topic "hoe vraag ik … aan?" with a place the honest no-answer, not the debt help', async () => {
    const replies = await ask('hoe vraag ik een parkeervergunning aan voor de dienstauto bij ons bureau in Rijswijk?', {
      user: '29:synthetic-off-topic-verb',
    });
    expect(replies.join(' ')).toContain('Daar heb ik (nog) geen antwoord op');
    expect(replies.join(' ')).not.toContain('Schuldhulp in Rijswijk');
  });

  it('gives the contact of the answer just shown for "welk nummer … op welke tijden?", whatever entry says "welk"', async () => {
    const user = '29:synthetic-which-number';
    await ask('gezin in Rijswijk met een la vol aanmaningen, waar kunnen ze heen voor schuldhulp?', { user });
    const contact = await ask('welk nummer moeten ze bellen en op welke tijden?', { user });
    expect(contact[0]).toContain('070 326 1955');
    expect(contact.join(' ')).not.toContain('0800-0188');
  });

  it('reads "er … binnen" and "daarin" as pointing back at the entry just shown', async () => {
    const user = '29:synthetic-erbinnen';
    await ask(
      'gezin in Naaldwijk heeft een lege koelkast, kan ik ze als jeugdconsulent aanmelden bij de voedselbank?',
      {
        user,
      },
    );
    const inside = await ask('en als ze geen hulpverlener hebben, hoe komen ze er dan binnen?', { user });
    expect(inside[0]).toContain('Buurtinformatiepunt');
    const other = '29:synthetic-daarin';
    await ask('mantelzorger in Wassenaar verliest het overzicht over haar geld, is daar 1 loket voor?', {
      user: other,
    });
    const partners = await ask('welke organisaties zitten daarin?', { user: other });
    expect(partners[0]).toContain('Kwadraad');
  });

  it('goes on with the steps for "en wat daarna?" after "en dan?"', async () => {
    const user = '29:synthetic-wat-daarna';
    await ask(
      'leerling heeft steeds blauwe plekken en wil niet naar huis, wat is volgens de meldcode mijn eerste stap?',
      {
        user,
      },
    );
    await ask('ok gedaan. en dan?', { user });
    const next = await ask('en wat daarna?', { user });
    expect(next.join(' ')).toContain('Stap 3');
    expect(next.join(' ')).not.toContain('huisverbod');
  });

  it('answers a detail of the entry just shown in words it is asked in: "kan het langer worden?"', async () => {
    const user = '29:synthetic-langer';
    await ask('mijn cliënt kreeg gisteren een huisverbod, hoe lang duurt dat?', { user });
    const longer = await ask('kan het langer worden?', { user });
    expect(longer[0]).toContain('28 dagen');
  });

  it("answers a local question that says more than its topic for the conversation's place, not with 'which municipality?'", async () => {
    const user = '29:synthetic-same-place';
    await ask('Vrijwilliger in Delft: buurvrouw wil zonder afspraak met iemand over geld praten. Is er een inloop?', {
      user,
    });
    const debts = await ask('als blijkt dat ze echt problematische schulden heeft, waar moet ze dan heen?', { user });
    expect(debts[0]).toContain('Financiële Winkel');
  });

  it('reads "het formulier" as the form of the service just shown, not as paperwork in general', async () => {
    const user = '29:synthetic-het-formulier';
    await ask(
      'Huurder in Nootdorp kan de afvalstoffenheffing niet betalen, hij leeft van een uitkering. Kan hij kwijtschelding krijgen?',
      {
        user,
      },
    );
    const mail = await ask('hij heeft geen DigiD, kan hij het formulier ook mailen?', { user });
    expect(mail[0]).toContain('info@pijnacker-nootdorp.nl');
  });

  it('answers "wat kost het?" from the service just shown', async () => {
    const user = '29:synthetic-wat-kost-het';
    await ask('cliënt in Zoetermeer heeft schulden, waar kan hij heen?', { user });
    const cost = await ask('wat kost het?', { user });
    expect(cost[0]).toContain('Schuldhulp in Zoetermeer');
    expect(cost[0]).toContain('gratis');
  });

  it('reads "wie komt in aanmerking?" and "what are the conditions?" as details of the service just shown', async () => {
    const user = '29:synthetic-voorwaarden';
    await ask('cliënte in Delft kan de energierekening niet betalen, waar kan ze heen?', { user });
    const who = await ask('wie komt in aanmerking?', { user });
    expect(who[0]).toContain('Hulp bij energiekosten in Delft');
    const conditions = await ask('what are the conditions?', { user, locale: 'en-US' });
    expect(conditions[0]).toContain('Delft');
    expect(conditions.join(' ')).not.toContain("I don't have an answer to that");
  });

  it('reads "ook \'s nachts?" as the hours of the line just shown and "wat is de inkomensgrens?" as its condition', async () => {
    const user = '29:synthetic-snachts';
    await ask('jongere denkt aan zelfmoord, waar kan hij terecht?', { user });
    const night = await ask("ook 's nachts?", { user });
    expect(night.join(' ')).toContain('0800-0113');
    expect(night.join(' ')).not.toContain('Luisterlijn');
    const other = '29:synthetic-inkomensgrens';
    await ask('welke voedselbank is er in Molenlanden?', { user: other });
    const limit = await ask('wat is de inkomensgrens?', { user: other });
    expect(limit[0]).toContain('Voedselbank voor Molenlanden');
  });

  it('swaps the place to the same service: "en Ypenburg?" after Zoetermeer\'s debt help leads with Den Haag\'s', async () => {
    const user = '29:synthetic-counterpart';
    await ask('wie doet schuldhulp in Zoetermeer?', { user });
    const [hague = ''] = await ask('en Ypenburg?', { user });
    expect(hague).toContain('Schuldhulp in Den Haag');
    expect(hague.indexOf('Schuldhulp in Den Haag')).toBeLessThan(hague.indexOf('Jongeren Perspectief Fonds') >>> 0);
  });

  it('keeps the context per user: another user asking "en in Delft?" gets no debt help', async () => {
    await ask('wie doet schuldhulp in Zoetermeer?', { user: '29:synthetic-a' });
    const other = await ask('en in Delft?', { user: '29:synthetic-b' });
    expect(other.join(' ')).not.toContain('Schuldhulp in Zoetermeer');
  });

  it('stores ids, place, topic and language only — never the words typed', async () => {
    const user = '29:synthetic-privacy';
    await ask('cliënt Jansen uit Zoetermeer heeft schulden, waar kan hij heen?', { user });
    const stored = JSON.stringify(await store.list(CONVERSATION_PARTITION));
    expect(stored).toContain('GM0637');
    expect(stored).not.toContain('Jansen');
    expect(stored).not.toContain('waar kan hij heen');
  });

  it('keeps a detail asked in question words ("how long can she get help there?") with the food bank just shown', async () => {
    const user = '29:synthetic-detail-words';
    await ask('a mum at our daycare lives in Nieuw-Lekkerland and cant afford groceries. which food bank serves her?', {
      user,
      locale: 'en-US',
    });
    const [first = ''] = await ask('how long can she get help there?', { user, locale: 'en-US' });
    expect(first).toContain('Molenlanden');
    expect(first).toMatch(/three years|3 years/);
  });

  it('answers "en stap 4?" after the steps with the step, not the afwegingskader that names it in passing', async () => {
    const user = '29:synthetic-step-four';
    await ask(
      'Leerling (8) in Alblasserdam komt steeds met blauwe plekken en wil niet naar huis. Wat doe ik nu volgens de meldcode?',
      { user },
    );
    await ask('en daarna?', { user });
    const [first = ''] = await ask('en stap 4?', { user });
    expect(first).toMatch(/Stap 4: wegen van het huiselijk geweld/);
  });

  it('gives "het nummer van dat landelijk expertisecentrum" of the centre linked two answers back, not another national one', async () => {
    const user = '29:synthetic-named-earlier';
    await ask(
      'client vertelt dat zijn zus door de familie in de gaten wordt gehouden en bedreigd omdat ze een vriend heeft. lijkt eergerelateerd. waar kan ik advies vragen?',
      { user },
    );
    await ask('moet ik volgens de meldcode eerst met de ouders in gesprek?', { user });
    const [first = ''] = await ask('wat is het nummer van dat landelijk expertisecentrum ook alweer?', { user });
    expect(first).toContain('088-9648550');
  });

  it('answers "meer tips?" after a stress tip with the building blocks of stress-sensitive work', async () => {
    const user = '29:synthetic-more-tips';
    await ask('client vergeet steeds afspraken en formulieren door geldstress, praktische tips?', { user });
    const [first = ''] = await ask('meer tips?', { user });
    expect(first).toContain('steunende interactie');
  });
  it('asks the municipality of the conversation for a need named after a shelter, and gives its number', async () => {
    const user = '29:synthetic-need-after-shelter';
    await ask('vrouw in Delft wil weg bij haar gewelddadige man, ze is nu veilig. waar is vrouwenopvang in de regio?', {
      user,
    });
    const clothes = await ask('ze heeft niks meegenomen, geen kleren. kan de gemeente daar ook bij helpen?', { user });
    expect(clothes.join(' ')).toContain('basispakket');
    const number = await ask('welk nummer bel ik bij de gemeente daarvoor?', { user });
    expect(number.join(' ')).toContain('14 015');
  });

  it('gives the topic its own entry beside the municipality of the conversation (a bewindvoerder: the kantonrechter)', async () => {
    const user = '29:synthetic-bewind-here';
    await ask('Mevrouw (84) in Leidschendam: zoon heeft haar pinpas en er verdwijnt geld. Wat is mijn route?', {
      user,
    });
    const bewind = await ask('als er een bewindvoerder moet komen, waar wordt dat aangevraagd?', { user });
    expect(bewind.join(' ')).toContain('kantonrechter');
  });

  it('reads "het papieren formulier" as a paper form, not as papers a stressed client does not hand in', async () => {
    const user = '29:synthetic-paper-form';
    await ask(
      'ik help een vrouw in zoetermeer met een aanslag afvalstoffenheffing. hoe vraagt ze kwijtschelding aan?',
      {
        user,
      },
    );
    const address = await ask('adres voor het papieren formulier?', { user });
    expect(address.join(' ')).toContain('Postbus 15');
    const stress = await ask('mijn klanten komen steeds niet opdagen en leveren hun papieren niet in', {
      user: '29:synthetic-papers-stress',
    });
    expect(titleOf(stress[0])).toBe('Cliënt komt steeds niet op afspraken');
  });

  it("gives the Centrum Seksueel Geweld's hours when asked whether they are reachable day and night", async () => {
    const user = '29:synthetic-csg-hours';
    await ask('patiënte van 19 is afgelopen weekend na een feest verkracht, ze is rustig. waar verwijs ik haar heen?', {
      user,
    });
    const hours = await ask('zijn ze dag en nacht bereikbaar of alleen onder kantoortijd?', { user });
    expect(hours.join(' ')).toContain('24/7');
  });

  it('answers a question about the family after FGM by the entry of that form that holds its words', async () => {
    const user = '29:synthetic-family-of-form';
    await ask('meisje uit groep 4 gaat deze zomer naar somalie voor een groot feest. ik heb er een naar gevoel bij.', {
      user,
    });
    const paper = await ask('is er iets op papier dat ouders mee kunnen nemen naar de familie daar?', { user });
    expect(paper[0]).toContain('Verklaring tegen meisjesbesnijdenis');
  });

  it('keeps the emergency, the worry and the right entry where the municipality or a word before "wat betekent dat" is asked', async () => {
    const user = '29:synthetic-review-municipality';
    await ask('Vrouw in Delft wordt op dit moment door haar man met een mes bedreigd, de kinderen zijn thuis', {
      user,
    });
    const english = await ask('in English please, can the municipality help her?', { user });
    expect(english[0]).toContain('Call 112');
    const child = '29:synthetic-review-child';
    await ask('meisje van 12 in Zoetermeer vertelt dat ze thuis geslagen wordt', { user: child });
    const elsewhere = await ask('kan de gemeente haar ergens anders laten wonen?', { user: child });
    // The worry's advice line stays: on the first card, or on the route card after it. (The first card repeats the
    // first turn's, the honour-violence shelter, which the age "12" finds through Fier's "12-29": a search weakness
    // left open, see the README.)
    expect(elsewhere.join(' ')).toContain('0800-2000');
    expect(elsewhere.join(' ')).not.toContain('Schuldhulp in Zoetermeer');
    // The route card of a kept worry is Veilig Thuis itself, not one the follow-up's words find (the FGM card).
    expect(elsewhere.join(' ')).not.toContain('Meisjesbesnijdenis');
    const shelter = '29:synthetic-review-shelter';
    await ask('vrouw in Delft wil weg bij haar gewelddadige man, ze is nu veilig. waar is vrouwenopvang in de regio?', {
      user: shelter,
    });
    const intake = await ask('meldt ze zich daar zelf aan of via de gemeente?', { user: shelter });
    expect(intake.join(' ')).not.toContain('Voedselbank');
    const ots = await ask('de rechter heeft een ondertoezichtstelling uitgesproken voor het kind, wat betekent dat?', {
      user: '29:synthetic-review-ots',
    });
    expect(titleOf(ots[0])).not.toContain('Kindertelefoon');
    const papers = await ask('ze raakt steeds haar papieren kwijt en opent haar post niet', {
      user: '29:synthetic-review-papers',
    });
    expect(titleOf(papers[0])).toBe('Cliënt is het overzicht kwijt');
  });

  it('answers "geldt dat ook voor een stagiaire?" by the entry linked from the card shown that names interns', async () => {
    const user = '29:synthetic-applies-to';
    await ask("pm'er denkt dat een collega een peuter hardhandig vastpakt en tikt. wat zijn de regels voor ons?", {
      user,
    });
    const intern = await ask('geldt dat ook als het om een stagiaire gaat?', { user });
    expect(intern[0]).toContain('stagiairs');
    // A place asked the same way is a place swap, not a person.
    const place = await ask('geldt dat ook voor Delft?', { user: '29:synthetic-applies-to-2' });
    expect(place[0]).not.toContain('stagiairs');
  });

  it("gives the food bank's norm in Zoetermeer, whose food bank is Voedselbank Haaglanden's", async () => {
    const user = '29:synthetic-food-bank-norm';
    await ask(
      'gezin in Zoetermeer heeft echt niks meer te eten deze week. kan ik een voedselpakket voor ze aanvragen?',
      {
        user,
      },
    );
    const norm = await ask("wat mag hun leefgeld maximaal zijn, ze zijn met z'n drieën?", { user });
    expect(norm.join(' ')).toContain('€ 571');
  });

  it('answers "is het slim om haar ouders erop aan te spreken?" after a forced marriage and its centre: escalation', async () => {
    const user = '29:synthetic-forced-marriage-parents';
    await ask(
      'zwangere cliënte van 17 in Den Haag: haar familie wil haar na de bevalling laten trouwen met een neef in het buitenland. wat nu?',
      { user },
    );
    const parents = await ask('is het slim om haar ouders erop aan te spreken?', { user });
    expect(parents.join(' ')).toContain('escalatie');
  });

  it('answers "moet ik het eerst met haar ouders bespreken?" after abandonment abroad by the honour-based entry', async () => {
    const user = '29:synthetic-abandonment-parents';
    await ask(
      'meisje van 15 zegt dat ze na de zomer misschien niet terugkomt uit het land van haar ouders, haar paspoort ligt bij haar vader. waar kan ik terecht?',
      { user },
    );
    const parents = await ask('moet ik het eerst met haar ouders bespreken?', { user });
    expect(parents.join(' ')).toContain('gezichtsverlies');
  });

  it('answers "een laagdrempelig punt in zijn dorp?" after Westland\'s food bank with the town\'s points', async () => {
    const user = '29:synthetic-low-threshold-point';
    await ask(
      'cliënt uit Westland heeft bijna niks over voor eten. kan ik als bewindvoerder een voedselpakket aanvragen?',
      {
        user,
      },
    );
    const point = await ask(
      "hij raakt ook het overzicht over z'n post kwijt, is er een laagdrempelig punt in zijn dorp?",
      {
        user,
      },
    );
    expect(point.join(' ')).toContain('Vitis');
  });

  it('answers "a national knowledge centre?" after FGM by the FGM centre, not the one on forced marriage', async () => {
    const user = '29:synthetic-fgm-centre';
    await ask('meisje uit groep 6 gaat naar familie in Somalië. ik maak me zorgen over besnijdenis. wat kan ik doen?', {
      user,
    });
    const centre = await ask('is er een landelijk kenniscentrum waar ik me kan inlezen?', { user });
    expect(centre[0]).toContain('Pharos');
  });

  it("asks the children's costs of the conversation's town, although several other towns' Leergeld say those words", async () => {
    const user = '29:synthetic-kids-costs-westland';
    await ask("a family in Naaldwijk can't pay the energy bill, any help from the municipality?", {
      user,
      locale: 'en-US',
    });
    const kids = await ask("and for the kids' school and sports costs?", { user, locale: 'en-US' });
    expect(titleOf(kids[0])).toContain('Westland');
  });

  it("leads a money worry told later in a conversation about a child with the town's debt help", async () => {
    const user = '29:synthetic-rent-told-later';
    await ask('leerkracht in zoetermeer: leerling heeft vaak blauwe plekken op zijn armen, wat nu?', { user });
    const rent = await ask('vader vertelde vanmiddag dat ze de huur al 3 maanden niet kunnen betalen', { user });
    expect(titleOf(rent[0])).toBe('Schuldhulp in Zoetermeer');
  });

  it('reads "hij is 19" right after an answer as a fact for it, not a search for "19"', async () => {
    const user = '29:synthetic-age-told';
    await ask('jongerenwerker den haag: jongen heeft schulden en geen inkomen, is er een fonds voor?', { user });
    const age = await ask('hij is 19', { user });
    expect(titleOf(age[0])).toContain('Jongeren Perspectief Fonds');
    expect(age.join(' ')).not.toContain('apothekers');
  });

  it("answers 'iets lokaals?' after a worry about an older man's money with the local alliance on that theme", async () => {
    const user = '29:synthetic-local-theme';
    await ask(
      'wijkverpleegkundige: meneer (80) in Delft, zijn dochter neemt steeds geld van zijn rekening af. wat moet ik doen?',
      {
        user,
      },
    );
    const local = await ask('is daar in delft ook iets lokaals voor?', { user });
    expect(titleOf(local[0])).toBe('Allianties tegen financieel misbruik van ouderen in de regio');
    expect(local.join(' ')).toContain('0800-2000');
  });

  it("answers a money need of its own in the region with the town's debt help, not the theme's alliance", async () => {
    const user = '29:synthetic-theme-yields';
    await ask(
      'wijkverpleegkundige: meneer (80) in Delft, zijn dochter neemt steeds geld van zijn rekening af. wat moet ik doen?',
      {
        user,
      },
    );
    const debt = await ask('wie doet schuldhulp in de regio Delft?', { user });
    expect(titleOf(debt[0])).toBe('Schuldhulp in Delft');
  });

  it("reads the client's rent arrears told after a town's debt help for that town, without asking the place again", async () => {
    const user = '29:synthetic-rent-same-town';
    await ask('wie doet schuldhulp in Delft?', { user });
    const rent = await ask('ze kan de huur niet meer betalen', { user });
    expect(titleOf(rent[0])).toContain('Delft');
  });

  it("answers joint debts after a divorce beside the town's debt help, later in the conversation", async () => {
    const user = '29:synthetic-joint-debts';
    await ask('mw in rijswijk gaat scheiden, wat moet ze regelen voor haar toeslagen?', { user });
    const debts = await ask('ze hebben samen schulden, moet zij die straks ook betalen?', { user });
    expect(debts.join(' ')).toContain('hoofdelijk aansprakelijk');
  });

  it('reads a move to another town as the same help there', async () => {
    const user = '29:synthetic-move';
    await ask('wie doet schuldhulp in rijswijk?', { user });
    const moved = await ask('als ze volgend jaar naar zoetermeer verhuist, waar moet ze dan heen?', { user });
    expect(titleOf(moved[0])).toBe('Schuldhulp in Zoetermeer');
  });

  it('reads "waar haal je die?" as about the pass just shown, not as a question nothing answers', async () => {
    const user = '29:synthetic-where-get-it';
    await ask('heeft delft een pas voor mensen met een laag inkomen?', { user });
    const where = await ask('waar haal je die?', { user });
    expect(titleOf(where[0])).toContain('Delftpas');
  });
});

describe('questions of their own', () => {
  it('gives the national route first for a national money topic asked where, outside the regions', async () => {
    const replies = await ask('beslagvrije voet, hij woont in gouda, waar kan hij terecht?');
    expect(replies[0]).toContain('Gouda');
    expect(replies[0]).toContain('0800-8115');
    expect(replies.join(' ')).toContain('De beslagvrije voet');
    // The allowances' recovery is the UHT's wherever one lives: its own card, as before.
    const recovery = await ask('familie in Utrecht is gedupeerd door de toeslagenaffaire, waar kunnen ze terecht?');
    expect(recovery[0]).not.toContain('0800-8115');
  });

  it("reads a family without a laptop as the children's computer scheme of its town", async () => {
    const replies = await ask('in voorburg heeft een gezin met 2 pubers geen laptop, bestaat daar een regeling voor?');
    expect(headingOf(replies[0])).not.toContain('Voedselbank');
    expect(replies[0]).toMatch(/[Cc]omputer/);
    // An adult without a computer asks no school costs.
    const adult = await ask('mijn cliënt in delft heeft geen computer om zijn toeslagen aan te vragen, wie helpt?');
    expect(headingOf(adult[0])).not.toMatch(/[Ss]chool|Leergeld/);
  });

  it("leads with the named town's own entry on what is asked, not a national one beside it", async () => {
    const replies = await ask('heeft dordrecht een project rond stress-sensitief werken?', {
      user: '29:synthetic-town-project',
    });
    expect(titleOf(replies[0])).toContain('Dordrecht');
  });

  it('gives the meldcode steps for "de eerste stap" asked from the bso, not the afwegingskader', async () => {
    const replies = await ask(
      'kind van 7 op de bso heeft steeds blauwe plekken, wat is volgens de meldcode de eerste stap?',
    );
    const first = replies.find((reply) => reply.includes('Stap 1')) ?? '';
    expect(first).toContain('De vijf stappen van de meldcode');
    expect(replies.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
  });

  it("keeps a best hit far ahead of the others when nothing about the question's topic was found", async () => {
    const replies = await ask(
      'Leerkracht in Delft: jongen van 9 durft niet naar huis, moeder is opgenomen en stiefvader drinkt. Nu geen direct gevaar maar ik maak me zorgen over vanavond. Wie kan er voor kinderen in Haaglanden snel ingrijpen?',
    );
    expect(replies.join(' ')).toContain('070-3450506');
  });

  it('answers a situation whose best two hits agree on the subject, though neither is far ahead of the other', async () => {
    const replies = await ask(
      'de au pair van het gezin slaapt in de berging, werkt elke dag van de week en de werkgever bewaart haar paspoort. waar kan ik terecht?',
    );
    const text = replies.join(' ');
    expect(text).toContain('Mensenhandel en uitbuiting');
    expect(text).not.toContain('Daar heb ik (nog) geen antwoord op');
  });

  it('gives the 24/7 line of Foreign Affairs to someone already taken abroad, in English and Dutch', async () => {
    const english = await ask('what can she do now that she has already been taken abroad?', { locale: 'en-US' });
    expect(english.join(' ')).toContain('+31 247 247 247');
    const dutch = await ask('ze is al meegenomen naar het buitenland, wat nu?');
    expect(dutch.join(' ')).toContain('+31 247 247 247');
  });

  it('answers how long a supervision order lasts with the entry that says it, first', async () => {
    const [first] = await ask('hoelang duurt een OTS eigenlijk?');
    expect(first).toContain('Raad voor de Kinderbescherming — wanneer en hoe?');
    expect(first).toContain('maximaal een jaar');
    const [english] = await ask('how long does a supervision order (OTS) last?', { locale: 'en-US' });
    expect(english).toContain('at most a year');
  });

  it('leads with the form of violence a question names, not with a help line its "welk nummer" finds', async () => {
    const replies = await ask(
      'Een leerling van 15 vertelt dat ze vorige maand op weg naar huis is aangerand. Ze wil er met iemand over praten, ' +
        'welk nummer kan ik haar geven?',
      { user: '29:synthetic-form-leads' },
    );
    expect(headingOf(replies[0])).toContain('Seksueel geweld');
  });

  it('answers a sexual assault told as "forced himself on her" with sexual-violence help, not forced marriage', async () => {
    const english = (
      await ask(
        'A 17-year-old girl I mentor says a guy she met online forced himself on her two weeks ago. She has not told ' +
          'anyone else. Where can I refer her for help?',
        { locale: 'en-US', user: '29:synthetic-forced-himself' },
      )
    ).join(' ');
    expect(english).toContain('Centre for Sexual Violence');
    expect(english).not.toContain('Forced marriage');
    // Said in Dutch ("heeft zich aan haar opgedrongen"): the same help, and a worry that reaches Veilig Thuis.
    const dutch = (
      await ask(
        'Een meisje van 17 dat ik begeleid vertelt dat een jongen zich twee weken geleden aan haar heeft opgedrongen. ' +
          'Ze heeft het verder aan niemand verteld. Waar kan ik haar naartoe verwijzen?',
        { user: '29:synthetic-opgedrongen' },
      )
    ).join(' ');
    expect(dutch).toContain('Centrum Seksueel Geweld');
    expect(dutch).toContain('0800-2000');
  });

  it('leads a long case description with the service its question asks, not the one its story names', async () => {
    const replies = await ask(
      'Ik ben huisarts in Naaldwijk. Een man van 52 is na zijn scheiding alleen gaan wonen. Hij heeft al drie maanden ' +
        'zijn energie niet betaald, er ligt een aankondiging van afsluiting en hij maakt de post niet meer open. Hij ' +
        'wil wel hulp, als het maar laagdrempelig is. Bij wie kan hij in het Westland terecht voor hulp met zijn geldzaken?',
      { user: '29:synthetic-long-case-asks' },
    );
    expect(headingOf(replies[0])).toBe('Schuldhulp in Westland');
  });

  it('reads "responsible for paying" a joint loan as being liable for it: debts after a divorce', async () => {
    const replies = await ask(
      'they split up last year, is he responsible for paying the whole loan they took out together?',
      {
        locale: 'en-US',
        user: '29:synthetic-liable',
      },
    );
    expect(headingOf(replies[0])).toBe('Debts after a divorce');
  });

  it("answers a long case on the approach it asks for, with the place's route for the debts its story tells second", async () => {
    const replies = await ask(
      'Bestaat er een aanpak voor gezinnen waar het geweld blijft terugkomen? Wij werken in Delft al twee jaar met een ' +
        'gezin met drie kinderen. Er waren meerdere meldingen en een huisverbod, de ouders hebben flinke schulden en ' +
        'elke hulpverlener doet zijn eigen ding.',
      { user: '29:synthetic-long-case-approach' },
    );
    expect(headingOf(replies[0])).toContain('MDA++');
    expect(replies.map(headingOf)).toContain('Schuldhulp in Delft');
    // A worry: Veilig Thuis' advice line stays.
    expect(replies.join(' ')).toContain('0800-2000');
  });

  it('reads "Mevr. heeft …" in a case note as telling, not as a sentence that asks', async () => {
    const replies = await ask(
      'Mevr. woont alleen in Naaldwijk en is net weduwe geworden. Mevr. heeft al maanden haar energie niet betaald, er ' +
        'ligt een aankondiging van afsluiting en ze opent haar post niet meer. Haar dochter woont ver weg. Bij wie kan ' +
        'ze terecht voor hulp met haar geldzaken?',
      { user: '29:synthetic-long-case-mevr' },
    );
    expect(headingOf(replies[0])).toBe('Schuldhulp in Westland');
  });

  it('reads only sentences that ask as asking: "Zijn uitkering is stopgezet" tells, "Hoe regel ik voedselhulp?" asks', async () => {
    const replies = await ask(
      'Ik begeleid een moeder met drie kinderen in Den Haag. Zijn uitkering is stopgezet sinds haar partner vertrok, ' +
        'er ligt beslag op haar toeslagen en ze heeft schulden bij de energieleverancier. Ze heeft nog tien euro voor de ' +
        'rest van de week en de kinderen gaan zonder ontbijt naar school. Hoe regel ik voedselhulp voor dit gezin?',
      { user: '29:synthetic-long-case-food' },
    );
    expect(headingOf(replies[0])).toBe('Voedselbank in Den Haag');
  });

  it("follows a municipality's debt route with the regional service it links to when the question fits that better", async () => {
    const replies = await ask("cliënt in Sliedrecht gaat naar de SDD voor schuldhulp, hoe begint zo'n traject daar?");
    expect(replies[0]).toContain('Schuldhulp in Sliedrecht');
    expect(replies.join(' ')).toContain('groepsworkshop');
    expect(replies.join(' ')).toContain('oriëntatiegesprek');
  });

  it("puts a profession's own code first when the question names the profession in the plural", async () => {
    const [first] = await ask('geldt er voor apothekers een aparte meldcode?');
    expect(first).toContain('De KNMP stelde een meldcode kindermishandeling en huiselijk geweld vast voor apothekers');
  });

  it('names the training for partner-violence offenders when probation asks which training to advise', async () => {
    const replies = await ask(
      'mijn cliënt is veroordeeld voor geweld tegen zijn vriendin, welke training kan ik adviseren?',
    );
    expect(replies.join(' ')).toContain('BORG');
  });

  it('answers a question naming Voedselbank Haaglanden with its own criteria, without a municipality named', async () => {
    const [first] = await ask('welke inkomensnorm hanteert Voedselbank Haaglanden voor een alleenstaande?');
    expect(first).toContain('€ 315');
  });

  it('gives the size of an intervision group as the research writes it', async () => {
    const [first] = await ask('uit hoeveel deelnemers bestaat een goede intervisiegroep?');
    expect(first).toContain('4-8 (of 5-8) mensen');
  });

  it("answers a municipality's own organisation named without a place from that municipality", async () => {
    // Westland's food bank takes referrals through Vitis Welzijn's points: the food bank, not the national entry.
    const food = await ask('helpt Vitis Welzijn ook met voedselpakketten?');
    expect(food.join(' ')).toContain('Bij Voedselbank Westland kun je je niet zelf als klant aanmelden');
    // Schuldenlab070 is Den Haag's; without the name read as Den Haag's this found nothing.
    const lab = await ask('wat is Schuldenlab070 precies?');
    expect(lab.join(' ')).toContain('Den Haag');
    expect(lab.join(' ')).not.toContain('geen antwoord');
  });

  it("answers help with filling in forms in a place with that place's volunteer help, not its debt route", async () => {
    const replies = await ask('cliënt woont in Delft en heeft hulp nodig bij het invullen van formulieren');
    // Delft's social access entry holds the Formulierenbrigade; its debt help does not.
    expect(replies[0]).toContain('Delft werkt niet met klassieke wijkteams');
  });

  it('reads money taken from an old parent ("zijn bejaarde moeder") as financial abuse of an older person', async () => {
    const replies = await ask('ik vermoed dat de zoon geld afpakt van zijn bejaarde moeder, waar moet ik op letten?');
    expect(replies.join(' ')).toContain('Advies bij financieel misbruik van ouderen');
  });

  it("names sport's own reporting route for a youth coach ('jeugdtrainer')", async () => {
    const replies = await ask('ik ben jeugdtrainer bij de hockey, welke meldcode geldt voor mij?');
    expect(replies[0]).toContain('de georganiseerde sport heeft een eigen route');
  });

  it('names the taxes kwijtschelding covers as the municipality writes them', async () => {
    const replies = await ask('voor welke gemeentelijke belastingen kan iemand in Pijnacker kwijtschelding krijgen?');
    // The municipalities write "afvalstoffenheffing en rioolheffing"; so does the answer.
    expect(replies[0]).toContain('afvalstoffenheffing en rioolheffing');
  });

  it("reads an employer who holds the workers' passports as labour exploitation", async () => {
    const replies = await ask('de arbeiders zeggen dat hun werkgever de paspoorten heeft, waar meld ik dat?');
    expect(replies.join(' ')).toContain('Een vermoeden van dwang of uitbuiting meld je bij de politie via 0900-8844');
  });

  it("gives Delft's time to contact after a request for debt help as its page writes it", async () => {
    const replies = await ask('hoe snel neemt de gemeente Delft contact op als iemand om hulp bij schulden vraagt?');
    expect(replies[0]).toContain('binnen 1 week');
  });

  it('reads "wordt al een maand overal gevolgd en bestookt door haar ex" as stalking, not only the police line', async () => {
    const replies = await ask(
      'cliënte wordt al een maand overal gevolgd en bestookt door haar ex, kan de politie iets zonder aangifte?',
      { user: '29:synthetic-user-stalking-words-between' },
    );
    expect(replies[0]).toContain('Het is een klachtdelict');
  });

  it('answers who works with the family during a huisverbod from what happens after one', async () => {
    const replies = await ask(
      'gisteren is bij een gezin in Delft een tijdelijk huisverbod opgelegd, wie gaat er in die dagen met het gezin aan de slag?',
      { user: '29:synthetic-user-huisverbod-who-works' },
    );
    expect(replies.join(' ')).toContain('Veilig Thuis neemt contact op met beide');
  });

  it('says in the MDA++ answer who acts first when it becomes acute, as the source does: the crisispartijen, and 112', async () => {
    const replies = await ask('wat is MDA++?', { user: '29:synthetic-user-mda-acute' });
    expect(replies.join(' ')).toContain('treden eerst de crisispartijen op');
    expect(replies.join(' ')).toContain('bel bij direct gevaar 112');
  });

  it("routes a staff member's boundary-crossing towards a toddler in childcare to the MOA and its confidential inspectors", async () => {
    const replies = await ask(
      'een stagiair gedroeg zich grensoverschrijdend naar een dreumes op de groep. valt dat onder de meldcode?',
      { user: '29:synthetic-user-moa-intern' },
    );
    // Staff in childcare fall under the meld-, overleg- en aangifteplicht, not only the meldcode.
    expect(replies.join(' ')).toContain('vertrouwensinspecteur');
  });

  it('answers a benefits recovery the client cannot pay in 24 instalments with repaying too much toeslag first', async () => {
    const replies = await ask('Toeslagen vordert 4000 terug van mijn klant, ze redt die 24 termijnen niet', {
      user: '29:synthetic-user-toeslag-recovery',
    });
    // "vordert … terug" is terugvorderen, the entry's own word, not the recovery operation for wronged parents.
    expect(replies[0]).toContain('Te veel toeslag ontvangen');
  });

  it("reads 'de eerste stap' after signing up for debt help as the debt route's step, not the meldcode's steps", async () => {
    const replies = (
      await ask(
        'mijn cliënt uit Zwijndrecht heeft zich aangemeld voor schuldhulp bij de SDD, wat is de eerste stap die hij kan verwachten?',
        { user: '29:synthetic-user-first-step-money' },
      )
    ).join(' ');
    expect(replies).toContain('Sociale Dienst Drechtsteden (SDD)');
    expect(replies).not.toContain('De vijf stappen van de meldcode');
  });

  it("keeps the meldcode's steps for 'de eerste stap' after a worry about a pupil", async () => {
    const replies = await ask('ik heb zorgen over een leerling, wat is de eerste stap?', {
      user: '29:synthetic-user-first-step-worry',
    });
    expect(replies.join(' ')).toContain('De vijf stappen van de meldcode');
  });

  it("answers an adult who wants to join a club but cannot pay with the town's low-income schemes", async () => {
    const replies = await ask('mevrouw in Delft wil lid worden van de bibliotheek en een koor, kan dat niet betalen', {
      user: '29:synthetic-join-adult',
    });
    expect(replies[0]).toContain('Bijzondere bijstand in Delft');
  });

  it('reads "AF" as the aandachtsfunctionaris first: what people mean by it in a team', async () => {
    const replies = await ask('kun je uitleggen wat een AF in ons team doet?', { user: '29:synthetic-af' });
    expect(replies[0]).toContain('De aandachtsfunctionaris');
  });

  it('gives a teenager with nobody to talk to at home the Kindertelefoon first', async () => {
    const replies = await ask(
      'een puber uit mijn klas heeft thuis niemand om mee te praten, welk nummer geef ik hem?',
      {
        user: '29:synthetic-teen-talk',
      },
    );
    // The card's heading, not a link to it under Veilig Thuis' card.
    expect(titleOf(replies[0])).toBe('De Kindertelefoon — 0800-0432');
  });

  it("reads 'een pas' as the town's low-income pass, not as no answer", async () => {
    const replies = await ask(
      'alleenstaande vader in Dordrecht vraagt of er een pas is waarmee zijn dochter goedkoper kan zwemmen',
      { user: '29:synthetic-town-pass' },
    );
    expect(replies[0]).toContain('Dordtpas');
  });

  it('answers the first question to ask oneself in step 4 or 5 with the afwegingskader, not the steps', async () => {
    const replies = await ask('ik ben in stap 4 van de meldcode beland, welke eerste vraag moet ik mezelf stellen?', {
      user: '29:synthetic-step-questions',
    });
    expect(titleOf(replies[0])).toContain('Het afwegingskader');
  });

  it("answers a son who holds on to an old mother's bank card with the entry on financial abuse of older people", async () => {
    const replies = await ask(
      'Old lady in Delft, her son has her bank card and she never has money for groceries. What can I do?',
      { user: '29:synthetic-bank-card', locale: 'en-US' },
    );
    expect(replies.join(' ')).toContain('Financial abuse of an older person');
    expect(replies[0]).toContain('Veilig Thuis');
  });

  it('reads brothers who follow and threaten a girl over a boyfriend as honour-based violence, not trafficking', async () => {
    const replies = await ask(
      'een meisje van 15 uit Ypenburg zegt dat haar broers haar volgen en dreigen omdat ze een vriendje heeft. welke specialistische hulp heeft de politie?',
      { user: '29:synthetic-honour-brothers' },
    );
    expect(replies.join(' ')).toContain('Eergerelateerd geweld');
    expect(replies.join(' ')).not.toContain('CoMensha');
  });

  it('answers repeated reports where help keeps stalling with MDA++, the heavier approach', async () => {
    const replies = await ask(
      'gezin in Delft: al de derde melding dit jaar, de hulp loopt steeds vast en het geweld gaat gewoon door. is er iets zwaarders?',
      { user: '29:synthetic-mda' },
    );
    expect(titleOf(replies[0])).toContain('MDA++');
  });

  it('puts 113 right after 112 when someone has thoughts of death, in words the lexicon did not hold', async () => {
    const replies = await ask('patiënt heeft sinds weken doodsgedachten, bij wie kan ze terecht?', {
      user: '29:synthetic-doodsgedachten',
    });
    expect(replies[0]).toContain('112');
    expect(titleOf(replies[1])).toContain('113 Zelfmoordpreventie');
  });

  it('gives 113 for "iedereen zou beter af zijn zonder hem" said in passing, and Veilig Thuis for a row heard next door', async () => {
    const replies = await ask('hij zei net tussen neus en lippen door dat iedereen beter af zou zijn zonder hem', {
      user: '29:synthetic-beter-af',
    });
    expect(replies.join(' ')).toContain('0800-0113');
    const [first = ''] = await ask('buren horen al weken ruzie en een kind dat huilt, wat kan de corporatie doen?', {
      user: '29:synthetic-ruzie-gehoord',
    });
    expect(first).toContain('0800-2000');
    // A row heard as a child crying, things thrown: a worry without a word of harm, never "no answer".
    const thrown = await ask(
      "Een cliënt vertelt dat het thuis vaak 'knalt' met zijn vrouw, met schelden en gooien met spullen. Ze zitten nu samen bij mij en het is rustig.",
      { user: '29:synthetic-spullen-gegooid' },
    );
    expect(thrown.join(' ')).toContain('0800-2000');
    expect(thrown.join(' ')).not.toContain('tel:112');
  });

  it('reads a loan "afgesloten" (taken out) by an ex as economic abuse, and gas "afgesloten" as cut off', async () => {
    const loan = await ask(
      'mw (delfgauw) heeft abonnementen en een lening op haar naam die haar ex onder druk heeft afgesloten. hoe heet dat?',
      { user: '29:synthetic-loan-taken-out' },
    );
    expect(titleOf(loan[0])).toContain('Economisch en financieel geweld');
    const gas = await ask('gas wordt volgende week afgesloten in delft', { user: '29:synthetic-gas-cut-off' });
    expect(gas.join(' ')).toContain('Delft');
  });

  it('reads "huurder 2 mnd achter" from a housing corporation as rent arrears: the town\'s debt help', async () => {
    const replies = await ask(
      'wij zijn corporatie in dordrecht, huurder 2 mnd achter. kunnen we dat ergens doorgeven zodat er hulp komt?',
      { user: '29:synthetic-rent-behind' },
    );
    expect(titleOf(replies[0])).toContain('Dordrecht');
    expect(replies.join(' ')).toContain('Vroeg eropaf');
  });

  it("reads a debt worker's BBV and DW as the beslagvrije voet and the bailiff", async () => {
    const replies = await ask('de DW pakt bijna zijn hele loon, klopt zijn BBV wel?', { user: '29:synthetic-bbv' });
    expect(titleOf(replies[0])).toBe('De beslagvrije voet');
  });

  it('reads a health insurance in arrears, the team in the neighbourhood and the money side as the knowledge names them', async () => {
    const arrears = await ask('mijn cliënt loopt achter met zijn zorgverzekering, wat gebeurt er?', {
      user: '29:synthetic-insurance',
    });
    expect(titleOf(arrears[0])).toBe('Wanbetalersregeling zorgverzekering (CAK)');
    // The cover itself is no arrears (a second reading found plain "zorgverzekering" read as the defaulters' scheme).
    const cover = await ask('vergoedt de zorgverzekering een psycholoog voor een kind?', {
      user: '29:synthetic-cover',
    });
    expect(titleOf(cover[0])).not.toBe('Wanbetalersregeling zorgverzekering (CAK)');
    const municipal = await ask('kan mijn cliënt in Den Haag de gemeentelijke zorgverzekering krijgen?', {
      user: '29:synthetic-municipal-insurance',
    });
    expect(titleOf(municipal[0])).toBe('Bijzondere bijstand en Ooievaarsregelingen in Den Haag');
    const team = await ask(
      'huurder in Papendrecht neemt de telefoon niet op en mist afspraken. welk team in de wijk kan langs voor de geldkant?',
      { user: '29:synthetic-team-in-de-wijk' },
    );
    expect(titleOf(team[0])).toBe('Sterk Papendrecht');
  });

  it('reads "zo\'n bewind" as protective administration, not a debt question that asks for the municipality', async () => {
    const replies = await ask(
      "moeder wil dat iemand de geldzaken van haar zoon overneemt, hij heeft schulden. waar vraag je zo'n bewind aan?",
      { user: '29:synthetic-bewind' },
    );
    expect(titleOf(replies[0])).toBe('Beschermingsbewind aanvragen');
  });

  it("answers a move's costs with the town's special assistance, and a stuck case with the named region's Veiligheidshuis", async () => {
    const move = await ask('cliënt in Voorburg moet verhuizen na de scheiding en heeft geen geld voor verhuiskosten', {
      user: '29:synthetic-verhuiskosten',
    });
    expect(move.join(' ')).toContain('bijzondere bijstand');
    const stuck = await ask(
      'gezin in de Drechtsteden, vijfde melding in drie jaar, iedereen is betrokken maar niemand pakt de regie. waar breng ik dit in?',
      { user: '29:synthetic-regie' },
    );
    expect(titleOf(stuck[0])).toBe('Veiligheidshuis Zuid-Holland Zuid');
  });

  it("answers a colleague from outside the regions with the client's town, and gambling debts with the town's help", async () => {
    const moved = await ask(
      'collega uit Rotterdam hier, ik draag een vrouw over die na de scheiding in Rijswijk woont en schulden heeft. waar meld ik haar aan?',
      { user: '29:synthetic-collega-uit' },
    );
    expect(titleOf(moved[0])).toContain('Rijswijk');
    const gambling = await ask('jongen uit Monster met gokschulden, waar kan ik hem naar doorverwijzen?', {
      user: '29:synthetic-gokschulden',
    });
    expect(titleOf(gambling[0])).toContain('Westland');
  });

  it("answers partner violence told by its acts with Veilig Thuis' advice, and control told by its acts with coercive control", async () => {
    const hits = await ask('my client says her husband hits her sometimes, what can I do?', {
      user: '29:synthetic-partner-hits',
      locale: 'en-US',
    });
    expect(headingOf(hits[0])).toBe('Asking Veilig Thuis for advice or reporting');
    const slaat = await ask('cliënte vertelt dat haar partner haar soms slaat, wat kan ik doen?', {
      user: '29:synthetic-partner-slaat',
    });
    expect(headingOf(slaat[0])).toBe('Veilig Thuis — 0800-2000');
    const control = await ask('moeder vertelt dat haar vriend haar kleineert en haar telefoon controleert', {
      user: '29:synthetic-partner-control',
    });
    expect(headingOf(control[0])).toBe('Psychisch geweld en dwingende controle');
  });

  it('does not offer the second card again as a button on the first', async () => {
    const replies = await ask('is mensenhandel ook meldcode', { user: '29:synthetic-second-card-button' });
    expect(replies.length).toBeGreaterThanOrEqual(2);
    const ids = (reply: string | undefined, verb: string) =>
      [...(reply ?? '').matchAll(new RegExp(`"verb":"${verb}","id":"([^"]+)"`, 'g'))].map((match) => match[1]);
    const [second] = ids(replies[1], 'wegwijs.feedback');
    expect(second).toBeDefined();
    expect(ids(replies[0], 'wegwijs.entry')).not.toContain(second);
  });

  it("reads volunteers who say who they are as who asks, not as the town's volunteer help", async () => {
    const replies = await ask(
      "I run the youth section of a hockey club in Delft. A mother says a coach sends her son strange messages. We're all volunteers, does the meldcode apply to us?",
      { user: '29:synthetic-club-volunteers', locale: 'en-US' },
    );
    expect(headingOf(replies[0])).toBe('Sport — its own reporting point outside the reporting code');
  });

  it("gives a teacher's 'wat moet ik doen?' about a child hit at home the meldcode's steps", async () => {
    const replies = await ask('ik vermoed dat een kind in mijn klas thuis geslagen wordt, wat moet ik doen?');
    expect(replies.join(' ')).toContain('De vijf stappen van de meldcode');
  });

  it('gives the steps first when a professional asks for the steps, though the message names the profession', async () => {
    const replies = await ask(
      'pedagogisch medewerker hier, peuter heeft vaak krassen in zijn nek. wat zijn de stappen van de meldcode?',
    );
    const text = replies.join(' ');
    expect(text).toContain('De vijf stappen van de meldcode');
    expect(text.indexOf('De vijf stappen van de meldcode')).toBeLessThan(text.indexOf('Meldcode in de kinderopvang'));
  });

  it('answers "wat is afweging 2?" from the afwegingskader, whatever else the message says', async () => {
    const replies = await ask(
      'het vermoeden van kindermishandeling blijft na overleg met een collega. wat is afweging 2?',
    );
    expect(replies[0]).toContain('structurele onveiligheid');
  });

  it('reads a trip abroad for a ceremony to become a woman as female genital mutilation', async () => {
    const replies = await ask(
      'my student (9) says her aunt will take her to Egypt in the holidays for a ceremony to become a woman, what should i do?',
      { locale: 'en-US' },
    );
    expect(replies.join(' ')).toContain('genital mutilation');
    expect(replies.join(' ')).toContain('0800-2000');
  });

  it('reads a girl who has to go abroad to marry as forced marriage', async () => {
    const replies = await ask(
      'IB: meisje van 15 zegt dat ze na de zomer naar het land van haar ouders moet om te trouwen, ze is doodsbang',
    );
    expect(replies.join(' ')).toContain('Huwelijksdwang');
  });

  it('reads a laptop a child needs for the brugklas as the municipality\'s school-costs help, not "no answer"', async () => {
    const [first = ''] = await ask(
      'gezin in Nootdorp, zoon gaat na de zomer naar de brugklas en heeft een laptop nodig. ouders hebben het niet. is daar een fonds voor?',
    );
    expect(first).toContain('Stichting Leergeld Pijnacker-Nootdorp');
  });
  it("gives a place's own service for a need another municipality's service names (glasses, a deductible)", async () => {
    const replies = await ask(
      'klant met postcode 3155 leeft van een minimum en kan zijn eigen bijdrage en een nieuwe bril niet betalen. is er een regeling en wie moet hij bellen?',
      { user: '29:synthetic-served-elsewhere' },
    );
    expect(headingOf(replies[0])).toBe('Bijzondere bijstand en minimaregelingen in Midden-Delfland');
    const weather = await ask('hoe wordt het weer morgen in Delft?', { user: '29:synthetic-served-elsewhere-2' });
    expect(weather.join(' ')).toContain('Daar heb ik (nog) geen antwoord op');
  });

  it("names the Den Haag region's care coordinator for trafficking from the national list, saying it is unconfirmed", async () => {
    const replies = await ask('is er een zorgcoördinator mensenhandel in de regio den haag?', {
      user: '29:synthetic-zorgcoordinator',
    });
    expect(replies.join(' ')).toContain('SHOP, 070 - 361 47 47');
    expect(replies.join(' ')).toContain('niet bevestigd');
  });

  it("reads a girl who may not come back from her parents' country as abandonment abroad, not FGM", async () => {
    const replies = await ask(
      'meisje van 15 zegt dat ze na de zomer misschien niet terugkomt uit het land van haar ouders. wat nu?',
      { user: '29:synthetic-not-coming-back' },
    );
    expect(headingOf(replies[0])).toContain('Achterlating');
  });

  it('answers a name asked about in passing by the entry that has it as its keyword', async () => {
    const mda = await ask(
      'VT heeft een casus bij ons teruggelegd, HG speelt al jaren en niks helpt. iemand noemde MDA++, wat is dat?',
      { user: '29:synthetic-term-mda' },
    );
    expect(titleOf(mda[0])).toContain('MDA++');
    const nvvk = await ask('Quick one: what does NVVK stand for and what do they do?', {
      locale: 'en-US',
      user: '29:synthetic-term-nvvk',
    });
    expect(titleOf(nvvk[0])).toBe('National organisations for money and debt');
  });
});

describe('danger beside a worry told as background', () => {
  it('reads what happened last night or tonight after a story of the past as it reads alone', async () => {
    // A story first ("vroeger", "soms") and a question of method after the strangling: 112 first, as without the story.
    for (const [user, text] of [
      [
        '29:synthetic-story-strangled',
        'Hij dronk vroeger veel en sloeg haar soms. Vannacht heeft hij haar gewurgd; wat moet ik doen als ze er niet over wil praten?',
      ],
      [
        '29:synthetic-story-threat',
        'Het ging lang goed, vroeger wel ruzie. Vanavond schreeuwde hij dat hij haar zou afmaken.',
      ],
      // A chat spelling of "last night" is a time of its own.
      [
        '29:synthetic-story-nite',
        'mn clnt werd als kind geslagen door haar vader. last nite heeft haar man haar gewurgd',
      ],
      ['29:synthetic-story-lastnite', 'als kind werd ze geslagen. lastnite heeft haar man haar gewurgd'],
      // A weapon now after a story, beside a frame of safety for others.
      [
        '29:synthetic-story-knife',
        'Vroeger sloeg hij haar vaak. Nu staat hij met een mes in de keuken, de kinderen zijn veilig bij familie',
      ],
    ]) {
      const replies = await ask(text as string, { user });
      expect(replies[0], text).toContain('Is er nu direct gevaar? Bel 112.');
      expect(replies[0], text).toContain('0800-2000');
    }
  });

  it('keeps 112 for what happened last night "when she was asleep", and calm for a story told as safe now', async () => {
    const strangled = await ask('He strangled her last night when she was asleep, what should I do?', {
      user: '29:synthetic-when-she-was',
    });
    expect(strangled[0]).toContain('Is anyone in immediate danger? Call 112');
    // A time told before the act it dates, after a habit: "It happened this morning, he choked her".
    const happened = await ask(
      'He often loses his temper. It happened this morning, he choked her in front of the kids.',
      {
        user: '29:synthetic-it-happened',
      },
    );
    expect(happened[0]).toContain('Is anyone in immediate danger? Call 112');
    const nightmare = await ask(
      'Hij was vroeger vaak agressief. Vannacht had ze een nachtmerrie dat hij haar zou vermoorden.',
      {
        user: '29:synthetic-story-nightmare',
      },
    );
    expect(nightmare.join(' ')).not.toContain('Is er nu direct gevaar? Bel 112.');
    const teens = await ask('He raped her when she was 15, now she is 30 and wants therapy', {
      user: '29:synthetic-when-she-was-15',
    });
    expect(teens.join(' ')).not.toContain('Is anyone in immediate danger? Call 112');
    const safe = await ask(
      'He used to hit her. Tonight she is safe with family, she says he would kill her if he found her.',
      {
        user: '29:synthetic-story-safe-now',
      },
    );
    expect(safe.join(' ')).not.toContain('Is anyone in immediate danger? Call 112');
  });

  it('reads everyday words one letter from a cue as the words they are ("gezeten" is not "gebeten")', async () => {
    const replies = await ask(
      'ze heeft in de opvang gezeten en gaat nu zelfstandig wonen, ze heeft niks. kan de gemeente helpen?',
      {
        user: '29:synthetic-sat',
      },
    );
    expect(replies.join(' ')).not.toContain('Is er nu direct gevaar? Bel 112.');
  });

  it('reads a relationship that is over, or an age long gone, as the past', async () => {
    for (const [user, text] of [
      [
        '29:synthetic-past-marriage',
        'Ze vertelde vandaag dat haar ex haar tijdens hun huwelijk heeft gewurgd. Ze zijn al jaren gescheiden. Hoe leg ik dit vast?',
      ],
      [
        '29:synthetic-past-age',
        'Haar vader heeft haar op haar veertiende misbruikt, dat vertelde ze vanochtend. Hoe ga ik verder?',
      ],
      // After a story, a grave word and "nu" that the second reader does not take for an emergency stay calm.
      [
        '29:synthetic-story-calm-tail',
        'Ze maakte vorige week een grap over van het dak springen. We hebben het goed besproken, geen doodsgedachten. nu: hoe regel ik haar energieachterstand?',
      ],
    ]) {
      const replies = await ask(text as string, { user });
      expect(replies.join(' '), text).not.toContain('Is er nu direct gevaar? Bel 112.');
      // Still a worry: the route to Veilig Thuis or the meldcode.
      expect(replies.join(' '), text).toMatch(/Veilig Thuis|meldcode/);
    }
  });

  it('puts 112 first when a worry phrase with a habit word ("vaak") stands before an emergency heard now', async () => {
    const replies = await ask(
      "kind huilt vaak 's nachts. ik kom aan bij het adres en hoor een kind roepen 'papa stop ik krijg geen lucht'",
      { user: '29:synthetic-worry-then-strangling' },
    );
    expect(replies[0]).toContain('Is er nu direct gevaar? Bel 112.');
    expect(replies[0]).toContain('0800-2000');
  });

  it('puts 112 first when a childhood told first is followed by strangling last night', async () => {
    const replies = await ask('mw is als kind misbruikt door haar vader, gisteravond heeft haar man haar gewurgd', {
      user: '29:synthetic-childhood-then-strangling',
    });
    expect(replies[0]).toContain('Is er nu direct gevaar? Bel 112.');
    const disclosed = await ask(
      'mw is als kind misbruikt door haar oom, gisteren heeft ze dat voor het eerst verteld',
      {
        user: '29:synthetic-childhood-told-yesterday',
      },
    );
    expect(disclosed.join(' ')).not.toContain('tel:112');
    expect(disclosed.join(' ')).toContain('0800-2000');
    // The second reader alone does not make a bare clause acute: no cue of harm in it.
    const incident = await ask(
      'Gisteren gooide een man in onze wachtkamer een stoel. Niemand gewond, de politie is geweest, hij is opgepakt',
      { user: '29:synthetic-waiting-room-yesterday' },
    );
    expect(incident.join(' ')).not.toContain('tel:112');
  });

  it('puts 112 first when, after a story, the time and a grave act stand in two clauses or a threat to kill is told', async () => {
    for (const [user, text] of [
      ['split', 'vroeger ging het vaak mis. gisteravond ging het weer mis, hij heeft haar gewurgd'],
      ['after', 'vroeger sloeg hij haar vaak. hij heeft haar gewurgd, dat was vannacht'],
      ['threat', 'vroeger vaak ruzie. vanmorgen zei hij dat hij haar vanavond doodslaat'],
      [
        'report',
        'gezin al sinds 2019 bekend, vader is af en toe weg. vorige week nog een goed gesprek gehad. maar de oudste belt me nu vanaf de wc: papa slaat mama met een stoelpoot',
      ],
    ]) {
      const replies = await ask(text as string, { user: `29:synthetic-story-then-${user}` });
      expect(replies[0], text).toContain('"url":"tel:112"');
    }
    // A saying shouted at a game is no threat, and the same words told of then stay then.
    const game = await ask("Mijn zoon speelt Fortnite en roept 'ik maak je af!' tegen zijn vrienden online. Normaal?", {
      user: '29:synthetic-game-saying',
    });
    expect(game.join(' ')).not.toContain('tel:112');
    const then = await ask('ze belde me vorige week: hij slaat haar. hoe ga ik het gesprek aan?', {
      user: '29:synthetic-report-of-then',
    });
    expect(then.join(' ')).not.toContain('tel:112');
  });

  it('puts 112 first when, after a story, a later sentence tells an attack with its own time, not when it tells of then', async () => {
    for (const [user, text] of [
      [
        'bat',
        'Vorig jaar hebben we een melding gedaan. Vannacht is hij met een honkbalknuppel op haar afgegaan, ze heeft een gebroken arm.',
      ],
      ['alone', 'The file was closed in 2020. Today the kids (2 and 4) have been home alone since this morning.'],
      // "nog steeds" is a habit ("steeds"), but "nog steeds in huis" says he is there now.
      [
        'still',
        'Er is in 2022 een Veilig Thuis melding geweest. Gisteravond heeft hij haar geslagen en hij is nog steeds in huis.',
      ],
    ]) {
      const replies = await ask(text as string, { user: `29:synthetic-story-sentence-${user}` });
      expect(replies[0], text).toContain('"url":"tel:112"');
    }
    const saying = await ask(
      'Ze had vroeger een gewelddadige partner. Ze appt me vandaag dat ze zich er goed doorheen slaat.',
      {
        user: '29:synthetic-story-sentence-saying',
      },
    );
    expect(saying.join(' ')).not.toContain('tel:112');
    const told = await ask(
      'Vorig jaar is het dossier gesloten. Vanochtend, in de groep, vertelde ze hoe hij haar met een mes bedreigde.',
      { user: '29:synthetic-story-sentence-told' },
    );
    expect(told.join(' ')).not.toContain('tel:112');
    expect(told.join(' ')).toContain('0800-2000');
  });

  it('ends a sentence after "auto\'s." so that a later sentence with a time of its own is read alone', async () => {
    const replies = await ask("Hij is vaak weg met zijn vrienden van de auto's. Gisteravond heeft hij haar gewurgd", {
      user: '29:synthetic-plural-apostrophe',
    });
    expect(replies[0]).toContain('Is er nu direct gevaar? Bel 112.');
  });

  it('reads "gesproken" as spoken, not as a typo of "gestoken" (stabbed), and "sluit .. af" as closing a file', async () => {
    const replies = await ask('ik heb de moeder gisteren gesproken over de situatie, hoe nu verder met de meldcode?', {
      user: '29:synthetic-spoken-not-stabbed',
    });
    expect(replies.join(' ')).not.toContain('tel:112');
    const file = await ask('hoe sluit ik het dossier op een goede manier af', { user: '29:synthetic-close-a-file' });
    expect(file.join(' ')).not.toContain('tel:112');
  });

  it('puts 112 first for a pillow held on a face, told after signs of financial control', async () => {
    const replies = await ask(
      'hij beheert al het geld, ze mag geen eigen rekening. nu houdt hij een kussen op haar gezicht',
      { user: '29:synthetic-pillow-with-context' },
    );
    expect(replies[0]).toContain('Is er nu direct gevaar? Bel 112.');
  });
});

describe('danger in words the cue lexicon does not hold', () => {
  it('reads "tegen haar zin seks" as rape: the Centrum Seksueel Geweld on the first card', async () => {
    const replies = await ask(
      'meisje (16) vertelt me net dat ze zaterdag op een feestje tegen haar zin seks heeft gehad. ze wil (nog) niet naar de politie. waar kan ze heen?',
      { user: '29:synthetic-against-her-will' },
    );
    expect(replies[0]).toContain('0800-0188');
    expect(titleOf(replies[1])).toContain('Centrum Seksueel Geweld');
  });

  it("gives the 113 line beside a town's debt help when a client with wage garnishment says others are better off without him", async () => {
    const replies = await ask(
      'cliënt uit zoetermeer, hoge schulden en loonbeslag, zegt soms dat iedereen beter af is zonder hem. wat kan ik doen?',
      { user: '29:synthetic-debt-113' },
    );
    expect(replies.join(' ')).toContain('113');
    expect(replies.join(' ')).toContain('0800-2000');
  });

  it.each([
    ['zn vriendin ligt onder aan de trap en hij zegt dat ze gevallen is maar ze reageert nergens op', 'nl-NL'],
    ['she just swallowed a bottle of bleach, im with her', 'en-US'],
    ['jongen (16) appt dat hij op het perron staat en dat hij het niet meer ziet zitten, hij leest niks meer', 'nl-NL'],
  ])('puts 112 and Veilig Thuis first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale });
    expect(replies[0]).toContain('112');
    expect(replies[0]).toContain('0800-2000');
    expect(app.logs.filter((line) => line.msg === 'turn').at(-1)?.route).toMatch(/\+safety$/);
  });

  it.each([
    [
      'sta voor de kleedkamer, zie door het raampje dat de trainer een meisje klem zet en aan haar zit. wat moet ik',
      'nl-NL',
    ],
    ['from the hallway i can see the coach touches her, the door is locked', 'en-US'],
  ])('puts 112 first when touching is seen as it happens: "%s"', async (text, locale) => {
    const replies = await ask(text, { locale });
    expect(replies[0]).toContain('112');
    expect(replies[0]).toContain('0800-2000');
  });

  it.each([
    ['buurman heeft zich met zijn vrouw in de woning verschanst, de politie is er nog niet', 'nl-NL'],
    ['the tenant says he will take them both out', 'en-US'],
  ])('puts 112 first for someone barricaded in or threatening to "take them both out": "%s"', async (text, locale) => {
    const replies = await ask(text, { locale });
    expect(replies[0]).toContain('112');
    expect(replies[0]).toContain('0800-2000');
  });

  // A second reading (helper 163) of a figurative "woont net over de grens": it masked "net" and added the figurative
  // group, whose weight talked the second reader out of these emergencies. Where someone lives hides no danger.
  it.each([
    ['haar ex woont net over de grens. help hij zit bovenop haar', 'nl-NL'],
    ['hij woont over de grens. help hij zit bovenop haar', 'nl-NL'],
    ["she lives just across the border. he's back. door's broken. help", 'en-US'],
  ])('puts 112 first for an emergency told beside where someone lives: "%s"', async (text, locale) => {
    const replies = await ask(text, { locale });
    expect(replies[0]).toContain('112');
    expect(replies[0]).toContain('0800-2000');
  });

  it('gives a passive wish to die ("het hoeft voor mij niet meer") the suicide line, not only the debt help', async () => {
    const replies = await ask(
      'cliënt in Delft met flinke schulden zegt: het hoeft voor mij allemaal niet meer. waar kan hij terecht?',
    );
    expect(replies[0]).toContain('113');
  });

  it('gives touching told as a habit Veilig Thuis, not the emergency card', async () => {
    const replies = await ask(
      'leerling vertelde dat haar opa aan haar zit als hij komt oppassen, ze wil niet dat thuis het weet',
    );
    expect(replies.join(' ')).toContain('0800-2000');
    expect(replies.join(' ')).not.toContain('tel:112');
  });

  it('gives touching told in the past ("zat vorig jaar aan hem") Veilig Thuis, not "no answer"', async () => {
    const replies = await ask('de trainer zat vorig jaar aan hem, hoe meld ik dat');
    expect(replies.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
    expect(replies.join(' ')).toContain('0800-2000');
    expect(replies.join(' ')).not.toContain('tel:112');
  });

  it('keeps abuse in the teenage years and a blow that is over and well again out of the emergency card', async () => {
    for (const text of [
      'cliënte is als tiener misbruikt door een oom, nu is ze 35 en heeft herbelevingen. waar kan ze terecht?',
      'bij judo kreeg een jongen per ongeluk een klap op zijn keel en kon even niet ademen, nu weer helemaal ok. moeten we dat melden?',
    ]) {
      const replies = await ask(text);
      expect(replies.join(' '), text).not.toContain('tel:112');
      expect(replies.join(' '), text).toContain('0800-2000');
    }
    // Strangled, well again, but he is still in the house: still an emergency.
    const [first = ''] = await ask(
      'hij kneep haar keel dicht, ze kon even niet ademen, nu weer helemaal ok maar hij is nog in huis',
    );
    expect(first).toContain('112');
  });

  it('reads a tool swung at someone (a screwdriver, a wrench) as a weapon: 112 first, not for a tool asked for', async () => {
    const [swung = ''] = await ask(
      'de ex staat dronken bij het hek van de opvang, eist de kinderen op en zwaait met een moersleutel',
    );
    expect(swung).toMatch(/Is er nu direct gevaar\? Bel 112/);
    const [tool = ''] = await ask('waar ligt de moersleutel voor de fietsen van de bso?');
    expect(tool).not.toMatch(/Is er nu direct gevaar\? Bel 112/);
  });

  it('puts 112 first for a disclosure told after a documentary, not for a scene inside a film', async () => {
    const [told = ''] = await ask(
      'na de documentaire over partnergeweld vertelde een leerling dat haar stiefvader haar moeder gisteravond heeft gewurgd',
    );
    expect(told).toMatch(/Is er nu direct gevaar\? Bel 112/);
    const [scene = ''] = await ask('in de film over partnergeweld wurgt de man zijn vrouw, hoe bespreek ik dat?');
    expect(scene).not.toMatch(/Is er nu direct gevaar\? Bel 112/);
  });

  it('puts 112 first when someone comes out of the house at the car with something that looks like a knife', async () => {
    const [first = ''] = await ask(
      'zit met collega in de auto voor zijn huis, vader komt naar buiten met iets wat op een mes lijkt en loopt op ons af',
    );
    expect(first).toMatch(/Is er nu direct gevaar\? Bel 112/);
  });

  it('keeps "niet acuut in gevaar" and a threat whose maker was arrested out of the emergency card', async () => {
    for (const text of [
      'we zoeken hulplijnen voor leerlingen die niet acuut in gevaar zijn maar wel met iemand willen praten',
      'the stepdad who threatened the mother was arrested last night. what should we as the school do now?',
    ]) {
      const [first = ''] = await ask(text, { locale: text.startsWith('the') ? 'en-US' : 'nl-NL' });
      // The help lines' list may show 112 among them; the emergency card must not lead.
      expect(first, text).not.toMatch(EMERGENCY_CARD);
    }
    const [first = ''] = await ask('hij is opgepakt maar nu staat zijn broer met een mes voor de deur');
    expect(first).toContain('112');
  });

  it('gives a worry without worry words Veilig Thuis, not "no answer"', async () => {
    const replies = await ask('kind van 6 met 8 gaatjes en ontstekingen, ouders komen steeds niet op de afspraken');
    expect(replies.join(' ')).toContain('0800-2000');
    expect(replies.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
  });
  it('keeps 112 on "geldt dat ook \'s nachts?" after an emergency, and no 112 on later questions about people in general', async () => {
    const user = '29:synthetic-review-applies';
    await ask('een vrouw wordt nu geslagen door haar man in Delft', { user });
    const night = await ask("geldt dat ook 's nachts?", { user });
    expect(night[0]).toContain('Bel 112');
    const police = await ask('geldt dat ook voor de politie?', { user: '29:synthetic-review-police' });
    expect(police[0]).not.toContain('Bel 112');
    const child = '29:synthetic-review-later';
    await ask('kind zegt dat vader haar vanavond gaat slaan', { user: child });
    await ask('wat kan de gemeente doen?', { user: child });
    const benefit = await ask('hoeveel kinderbijslag krijgt een gezin?', { user: child });
    expect(benefit[0]).not.toContain('Bel 112');
  });

  it('puts 112 first for a threat with the way out blocked, and Veilig Thuis for someone afraid to go home tonight', async () => {
    const threat = await ask(
      'huisbezoek, vader onder invloed heeft net gezegd dat hij haar en mij kapot maakt als ik niet vertrek, hij staat tussen mij en de voordeur',
      { user: '29:synthetic-blocked-door' },
    );
    expect(threat[0]).toContain('112');
    const afraid = await ask('ze zit in de wachtkamer en durft vanavond niet naar huis, waar kan ze heen?', {
      user: '29:synthetic-afraid-home',
    });
    expect(afraid.join(' ')).toContain('0800-2000');
    expect(afraid.join(' ')).not.toContain('Daar heb ik (nog) geen antwoord op');
  });

  it('keeps 112 in front of a short question about an emergency just told, not of a question about something else', async () => {
    const user = '29:synthetic-acute-kept';
    await ask('Kind in Dordrecht zegt dat vader haar vanavond gaat slaan, ze durft niet naar huis', { user });
    const municipality = await ask('wat kan de gemeente doen?', { user });
    expect(municipality[0]).toContain('Bel 112');
    const call = await ask('wie kan ik bellen?', { user });
    expect(call[0]).toContain('Bel 112');
    const other = await ask('wat is de beslagvrije voet?', { user });
    expect(other.join(' ')).not.toContain('Bel 112');
  });
});

describe('the route card of a worry', () => {
  it('reads wanting to leave a partner as the shelter, and touching told by a pupil as sexual abuse, not FGM', async () => {
    const leave = await ask('mijn cliënte wil weg bij haar man maar durft niet, waar kan ze heen?', {
      user: '29:synthetic-wants-out',
    });
    expect(headingOf(leave[0])).toContain('Vrouwenopvang');
    const uncle = await ask('een leerling vertelt dat haar oom aan haar zit als hij oppast. wat moet ik doen?', {
      user: '29:synthetic-uncle',
    });
    expect(uncle.join(' ')).toContain('0800-2000');
    expect(headingOf(uncle[0])).not.toContain('besnijdenis');
  });

  it("answers a town in Zuid-Holland Zuid with its own region's shelter, not Haaglanden's", async () => {
    const replies = await ask('vrouw in dordrecht wil weg bij haar man maar durft niet, waar kan ze heen?', {
      user: '29:synthetic-own-region',
    });
    expect(headingOf(replies[0])).toContain('Vrouwenopvang in Zuid-Holland Zuid');
  });

  it('reads stalking described by what the ex does, with or without a town, as stalking', async () => {
    const plain = await ask(
      'mijn cliënte wordt al maanden door haar ex gevolgd en hij staat soms bij haar werk, wat kan ze doen?',
      {
        user: '29:synthetic-stalking-1',
      },
    );
    expect(headingOf(plain[0])).toContain('Stalking');
    const town = await ask(
      'clnt in delft wordt al weken door haar ex gevolgd en hij stuurt honderd berichten per dag, wat kan ze doen?',
      { user: '29:synthetic-stalking-2' },
    );
    expect(headingOf(town[0])).toContain('Stalking');
  });

  it('gives Veilig Thuis, not a route that shares one word by chance, for a worry that names no form', async () => {
    const replies = await ask('the toddler at daycare always arrives hungry and in the same dirty clothes', {
      locale: 'en-US',
      user: '29:synthetic-one-word-route',
    });
    expect(replies[0]).toContain('0800-2000');
    expect(headingOf(replies[0])).toContain('Veilig Thuis');
  });

  it('gives the town\'s services when a worry asks the municipality outright ("kan de gemeente iets?")', async () => {
    const replies = await ask(
      'Moeder in Delft is gevlucht voor haar man en heeft geen kleren meer, ik maak me zorgen. kan de gemeente iets?',
      { user: '29:synthetic-worry-municipality' },
    );
    expect(headingOf(replies[0])).toContain('Bijzondere bijstand in Delft');
  });

  it("gives Veilig Thuis, not the town's Leergeld, for a pupil's disclosure in a town that names no money", async () => {
    const replies = await ask(
      'een meisje in groep 4 uit zoetermeer zegt dat haar moeder haar met de riem slaat. moeten we hier iets mee?',
      {
        user: '29:synthetic-disclosure-town',
      },
    );
    expect(replies[0]).toContain('0800-2000');
    expect(headingOf(replies[0])).not.toContain('Leergeld');
    expect(headingOf(replies[0])).toMatch(/Veilig Thuis|meldcode|Kindcheck/i);
  });

  it('leads with the 113 line for a pupil who scratches her arms (self-harm), not a card on violence', async () => {
    const replies = await ask('een leerling krast in haar armen, ik zag de wondjes', { user: '29:synthetic-krassen' });
    expect(headingOf(replies[0])).toContain('113');
  });
});

describe('the meldcode of the profession named', () => {
  it("leads with the nurses' code for a district nurse who asks which code applies, not the overview", async () => {
    const replies = await ask('moet ik als wijkverpleegkundige melden, welke meldcode geldt voor mij?', {
      user: '29:synthetic-wijkverpleegkundige',
    });
    expect(headingOf(replies[0])).toContain('V&VN');
  });
});

describe('English as Dutch', () => {
  it('leads with the meldcode\'s steps for "what should I do?" as for "wat moet ik doen?"', async () => {
    const replies = await ask('as a GP I suspect abuse of a child, what should I do?', {
      locale: 'en-US',
      user: '29:synthetic-what-should-i-do',
    });
    expect(headingOf(replies[0])).toBe('The five steps of the reporting code');
  });
});

describe('short forms and words written as one', () => {
  it('reads "a/d IJssel" as "aan den IJssel" and a bailiff\'s deductions as the protected income', async () => {
    const replies = await ask(
      'mw woont in nieuwerkerk a/d ijssel, de deurwaarder houdt zoveel in dat ze geen eten kan kopen. wat hoort er minimaal over te blijven?',
      { user: '29:synthetic-aan-den-ijssel' },
    );
    expect(replies.join(' ')).toContain('Zuidplas');
    expect(replies.join(' ')).not.toContain('Schouwen-Duiveland');
    expect(replies.join(' ')).toContain('De beslagvrije voet');
  });

  it('reads "mc" in lower case as the meldcode beside its steps', async () => {
    const replies = await ask('mc stappen?', { user: '29:synthetic-mc-lower' });
    expect(headingOf(replies[0])).toBe('De vijf stappen van de meldcode');
  });

  it('answers "de tandemaanpak", written as one word, with the tandem of debt and violence workers', async () => {
    const replies = await ask('wat is de tandemaanpak?', { user: '29:synthetic-tandem' });
    expect(headingOf(replies[0]).toLowerCase()).toContain('tandem');
  });
});

describe('words that look like danger but are money', () => {
  it('answers "cutting back" on groceries with the town\'s debt help, no genital-cutting card and no worry line', async () => {
    const replies = await ask(
      'my client is cutting back on groceries because of debts, where can she get help in Delft?',
      {
        locale: 'en-US',
        user: '29:synthetic-cutting-back',
      },
    );
    expect(headingOf(replies[0])).toContain('Delft');
    expect(replies.join(' ')).not.toMatch(/genital|FGM|0800-2000/i);
  });
});

describe('language', () => {
  it('answers English words in English although they name a Dutch organisation', async () => {
    const replies = await ask('Is Veilig Thuis reachable at night?', { locale: 'nl-NL' });
    expect(replies[0]).toMatch(/day and night|24\/7|24 hours/i);
  });

  it('answers a Dutch question that asks outright for English in English, and one that only mentions it in Dutch', async () => {
    const asked = await ask(
      'kun je in het Engels uitleggen wat Veilig Thuis doet? de opa van een leerling spreekt geen Nederlands',
      { user: '29:synthetic-asked-english' },
    );
    // In English: the card's own words (a question about what Veilig Thuis does, no worry of its own).
    expect(asked[0]).toContain('Was this helpful?');
    expect(asked[0]).not.toContain('Had je hier iets aan');
    const mentioned = await ask('ze spreekt alleen engels, waar kan ze heen met haar schulden in Delft?', {
      user: '29:synthetic-mentions-english',
    });
    expect(titleOf(mentioned[0])).toBe('Schuldhulp in Delft');
  });
});

describe('what a question asks beside what it tells', () => {
  it('answers a question asked before an aside as the question alone', async () => {
    const replies = await ask('wat is SOS in dordrecht? hoor het steeds in de wandelgangen', {
      user: '29:synthetic-aside',
    });
    expect(replies.map(headingOf).join(' | ')).toContain('Schouders Onder Stress');
  });

  it('reads a greeting before the question as no part of the aside', async () => {
    const replies = await ask('Hoi! wat is SOS in dordrecht? hoor het steeds op school', {
      user: '29:synthetic-greeting',
    });
    expect(replies.map(headingOf).join(' | ')).toContain('Schouders Onder Stress');
  });

  it("reads a sports club's youth leader as sport's own reporting route", async () => {
    const replies = await ask(
      'speler (13) van mijn team laat me appjes zien van een leider van de club, echt over de grens. bij wie buiten de club kan ik dit melden?',
      { user: '29:synthetic-club' },
    );
    expect(headingOf(replies[0])).toContain('Sport');
  });

  it('keeps a club that names sport before the form of violence just shown', async () => {
    const user = '29:synthetic-club-after-honour';
    await ask('vermoeden van eergerelateerd geweld bij een speelster van 16, hoe handel ik?', { user });
    const replies = await ask('we zijn een voetbalclub, geldt de meldcode voor ons?', { user });
    expect(headingOf(replies[0])).toContain('Sport');
  });

  it("reads 'hoeveel max?' as the most the scheme just shown pays", async () => {
    const user = '29:synthetic-max';
    await ask(
      'gezin in voorburg, dochter in groep 7 heeft een laptop nodig maar er is geen geld. is er een regeling?',
      {
        user,
      },
    );
    const replies = await ask('hoeveel max?', { user });
    expect(headingOf(replies[0])).toContain('Computer');
  });

  it("gives the 113 line when 'het' is typed as 't' in 'ze ziet t niet meer zitten'", async () => {
    const replies = await ask('mijn cliënt zegt dat ze t niet meer ziet zitten door de schulden. wat kan ik doen?', {
      user: '29:synthetic-t',
    });
    expect(replies.join(' ')).toContain('113');
  });
});

describe('a place outside the regions in a conversation', () => {
  it("answers 'daar' after a worry in a village outside the regions with the national route there", async () => {
    const user = '29:synthetic-outside-there';
    await ask('cliënte uit Schoonhoven is bang voor haar partner, ze durft niet naar huis. welk nummer bel ik?', {
      user,
    });
    const replies = await ask('ze heeft ook veel schulden, waar kan ze daar terecht?', { user });
    expect(replies[0]).toContain('Krimpenerwaard');
    expect(replies[0]).toContain('0800-8115');
  });
});

describe('a thing the card just shown tells of', () => {
  it("reads 'met dat formulier' as the form the card just shown tells of, not a new need for the place", async () => {
    const user = '29:synthetic-that-form';
    await ask('mevrouw in leidschendam kan de afvalstoffenheffing niet betalen, kan ze kwijtschelding krijgen?', {
      user,
    });
    const replies = await ask('wie helpt haar met dat formulier?', { user });
    expect(headingOf(replies[0])).toContain('Kwijtschelding');
    expect(replies[0]).toContain('Welzijn Oud en Jong');
  });
});

describe('a place outside the regions named in passing', () => {
  it("keeps the conversation's town when a place outside the regions is only mentioned", async () => {
    const user = '29:synthetic-outside-passing';
    await ask('vrouw in delft met schulden', { user });
    await ask('haar ex woont in rotterdam en blijft haar lastigvallen', { user });
    const replies = await ask('en is er ook een voedselbank voor haar?', { user });
    expect(replies.join(' ')).not.toContain('Rotterdam');
  });

  it('stores no empty place for a postcode outside the regions', async () => {
    await ask('client met postcode 2801 AB heeft schulden', { user: '29:synthetic-outside-postcode' });
    const stored = JSON.stringify(await store.list(CONVERSATION_PARTITION));
    expect(stored).not.toMatch(/\\"place\\":\\"\\"|"place":""/);
  });
});

describe("'dat' before a short noun", () => {
  it("does not read 'aan dat geld' as naming Leergeld after the Ooievaarspas", async () => {
    const user = '29:synthetic-that-money';
    await ask('ooievaarspas den haag', { user });
    const replies = await ask('hoe kom ik aan dat geld?', { user });
    expect(headingOf(replies[0])).not.toContain('Leergeld');
  });
});

describe('reports as they arrive and children not brought back', () => {
  it('puts 112 first for a message from a child arriving now after a story of quarrels', async () => {
    const replies = await ask('Vroeger vaak ruzie thuis. Ik krijg nu een appje van de jongste: papa slaat mama.', {
      user: '29:synthetic-appje',
    });
    expect(replies[0]).toContain('Is er nu direct gevaar? Bel 112.');
  });

  it('puts 112 first for children not brought back whose whereabouts nobody knows', async () => {
    const replies = await ask(
      'De vader heeft zijn zoontjes na het weekend niet teruggebracht, moeder weet niet waar ze zijn.',
      {
        user: '29:synthetic-not-returned',
      },
    );
    expect(replies[0]).toContain('Is er nu direct gevaar? Bel 112.');
  });

  it('gives no emergency card when the children not brought back are known to be with their father', async () => {
    const replies = await ask(
      'ex heeft de kinderen na de vakantie niet teruggebracht, ze zijn bij hem in Tilburg. mag dat?',
      {
        user: '29:synthetic-not-returned-known',
      },
    );
    expect(replies.join(' ')).not.toContain('Bel 112');
  });
});

describe('who takes the help on locally', () => {
  it("answers who takes the help on locally after a report with the town's own team", async () => {
    const replies = await ask('na de melding bij veilig thuis in zoetermeer, wie pakt lokaal de hulp op?', {
      user: '29:synthetic-local-help',
    });
    expect(headingOf(replies[0])).toContain('Zoetermeer');
  });
});

describe('a topic word that points back', () => {
  it("reads 'dat gesprek' as the talk the card just shown tells of, not a new subject", async () => {
    const user = '29:synthetic-that-talk';
    await ask('schuldhulp in zwijndrecht, hoe begint dat?', { user });
    const replies = await ask('en hoe snel volgt dan dat gesprek?', { user });
    expect(headingOf(replies[0])).toContain('Zwijndrecht');
  });
});

describe('a safety plan code word, a time long past, sayings of count and success', () => {
  it("puts 112 first when the client says the safety plan's code word on the phone", async () => {
    const replies = await ask(
      "mw zei net aan de tel 'het gaat prima, kom maar niet langs', dat is het codewoord uit ons veiligheidsplan",
      {
        user: '29:synthetic-code-word',
      },
    );
    expect(replies[0]).toContain('Bel 112');
    expect(replies[0]).toContain('0800-2000');
  });

  it.each([
    [
      'we hebben vandaag met de cliënte een codewoord afgesproken voor het veiligheidsplan, hoe leg ik dat vast?',
      'nl-NL',
    ],
    ['12 jr geleden is ze door haar ex bedreigd, nu zoekt ze hulp bij schulden in Delft', 'nl-NL'],
    ['ons team is echt aan het killen met de nieuwe aanpak, hoe organiseren anderen tandemwerk?', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-no-alarm' });
    expect(replies.join(' ')).not.toMatch(/Bel 112|Call 112/);
  });

  it('reads "twice now" as a count: a worry about a pupil, not an emergency', async () => {
    const replies = await ask(
      'the boy in my class came in with a black eye twice now, dad says he fights at football',
      {
        locale: 'en-US',
        user: '29:synthetic-times-now',
      },
    );
    const all = replies.join(' ');
    expect(all).not.toContain('Call 112');
    expect(all).toContain('0800-2000');
  });
});

describe('how a card shown works and how long it helps', () => {
  it('answers "hoe werkt dat?" with the card just shown, not a card that holds "werk"', async () => {
    const user = '29:synthetic-how-works';
    await ask('jongeren met schulden in den haag?', { user });
    const replies = await ask('hoe werkt dat?', { user });
    expect(headingOf(replies[0])).toContain('Jongeren Perspectief Fonds');
  });

  it('answers how long with the card just shown that tells a length of time', async () => {
    const user = '29:synthetic-how-long';
    await ask('voedselbank in Molenlanden', { user });
    const replies = await ask('hoe lang kunnen ze daar terecht?', { user });
    expect(headingOf(replies[0])).toContain('Voedselbank');
  });
});

describe('months behind, a fund for clothes and sport, a chat, sex against her will', () => {
  it("reads a tenant months behind with the town between as debt: the town's debt help leads", async () => {
    const replies = await ask(
      'huurder uit sliedrecht loopt 3 maanden achter en reageert nergens op, wie kan ik inschakelen?',
      {
        user: '29:synthetic-months-behind',
      },
    );
    expect(headingOf(replies[0])).toContain('Sliedrecht');
  });

  it("answers a fund for a child's clothes and sport after a town's debt help with the town's Leergeld", async () => {
    const user = '29:synthetic-clothes-sport';
    await ask('schuldhulp in zwijndrecht', { user });
    const replies = await ask('is er ook een potje voor kleding en sport?', { user });
    expect(headingOf(replies[0])).toContain('Leergeld');
  });

  it("answers chatting with Veilig Thuis with Veilig Thuis' own card, which tells of its chat", async () => {
    const user = '29:synthetic-chat';
    await ask('huiselijk geweld in Den Haag, wie helpt?', { user });
    const replies = await ask('kan ik ook chatten met vt?', { user });
    expect(headingOf(replies[0])).toBe('Veilig Thuis — 0800-2000');
  });

  it("reads 'tegen haar zin gehad' last week as sexual violence: Veilig Thuis' advice, no emergency card", async () => {
    const replies = await ask(
      'mw vertelt dat een collega haar vorige week tegen haar zin heeft gehad. ze wil niet naar de politie. waar kan ze heen?',
      { user: '29:synthetic-against-her-will' },
    );
    const all = replies.join(' ');
    expect(all).toContain('Vraag advies bij');
    expect(all).not.toContain('Bel 112');
  });
});

describe('how much, asked of the card just shown', () => {
  it("answers an income limit asked after Den Haag's Leergeld from Leergeld, not the youth fund that says 'inkomen'", async () => {
    const user = '29:synthetic-how-much';
    await ask('clnt in scheveningen met minimuminkomen, de kinderen willen op zwemles. welke pas kan ze aanvragen?', {
      user,
    });
    const replies = await ask('inkomensgrens?', { user });
    // "welke pas" asks for the town's pass since the 14:32 session; either scheme states its limit, the youth fund not.
    expect(headingOf(replies[0])).toMatch(/Leergeld|Ooievaarspas/);
    expect(headingOf(replies[0])).not.toContain('Perspectief');
  });
});

describe('a wish to die with a word between', () => {
  it("gives the 113 line for 'dat ze er soms niet meer wil zijn'", async () => {
    const replies = await ask(
      'cliënte is in paniek over haar schulden en zegt dat ze er soms niet meer wil zijn. wat nu?',
      {
        user: '29:synthetic-wish-between',
      },
    );
    expect(replies.join(' ')).toContain('0800-0113');
  });
});

describe('a child who wants to talk, asked as a question of its own', () => {
  it('leads with the Kindertelefoon when a pupil of 10 asks where she can talk anonymously', async () => {
    const replies = await ask('juf hier: leerling van 10 vraagt of ze ergens anoniem kan praten over de ruzies thuis', {
      user: '29:synthetic-child-talks',
    });
    expect(headingOf(replies[0])).toContain('Kindertelefoon');
  });

  it('keeps the debt help for a boy of 16 who asks to apply himself', async () => {
    const replies = await ask('jongen van 16 heeft schulden, kan hij zelf schuldhulp aanvragen?', {
      user: '29:synthetic-child-applies',
    });
    expect(replies.join(' ')).not.toContain('Kindertelefoon');
  });
});

describe('what something is, asked by a team that names its town', () => {
  it("answers 'jeugdteam zoetermeer: wat betekent de verwijsindex voor ons?' with the referral index, not the town's debt help", async () => {
    const replies = await ask('jeugdteam zoetermeer: wat betekent de verwijsindex voor ons?', {
      user: '29:synthetic-team-defines',
    });
    expect(headingOf(replies[0])).toContain('Verwijsindex');
  });
});

describe("a second reading's cases: no emergency lost, no new false alarm", () => {
  it.each([
    ['hij is haar aan het killen', 'nl-NL'],
    ['jaren terug gescheiden, nu slaat hij haar weer', 'nl-NL'],
    ['ze is thuis bij hem en appte het codewoord', 'nl-NL'],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-review-acute' });
    expect(replies[0]).toContain('Bel 112');
  });

  it.each([
    ['ze wil daar niet meer leven, in die wijk, kan ze verhuizen met urgentie?', 'nl-NL'],
    ['ze heeft tegen haar zin een gesprek gehad bij de schuldhulp, mag dat?', 'nl-NL'],
    ['Mijn teamleider zei net dat het codewoord niet in de app mag staan, klopt dat?', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-review-calm' });
    expect(replies.join(' ')).not.toContain('Bel 112');
  });

  it('does not lead with the Kindertelefoon when a teacher wants to talk with a child', async () => {
    const replies = await ask('Leerkracht wil praten met een meisje van 11 over blauwe plekken', {
      user: '29:synthetic-review-teacher',
    });
    expect(headingOf(replies[0])).not.toContain('Kindertelefoon');
  });

  it("keeps Veilig Thuis' time limits for 'hoe lang duurt dat?' after what it does after a report", async () => {
    const user = '29:synthetic-review-limits';
    await ask('wat doet veilig thuis na een melding?', { user });
    const replies = await ask('hoe lang duurt dat?', { user });
    expect(headingOf(replies[0])).toContain('termijn');
  });
});

describe('help come and gone, hurt denied, a news story, a hard hand', () => {
  it.each([
    [
      'I am a mentor and a pupil often talks about the fights at home. No injuries that I can see. What are my steps?',
      'en-US',
    ],
    ['yesterday two parents had a shouting match at pickup, nobody got hurt. should I write it down?', 'en-US'],
    [
      'de politie is net weggegaan, ze hebben de man meegenomen en er is een huisverbod. wat zijn nu mijn taken?',
      'nl-NL',
    ],
    ['I read a news story about a child locked in a room for years, how do teachers spot that?', 'en-US'],
    ["the ambulance and police came and went this morning, she's in a shelter now. what's my follow-up?", 'en-US'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    await ask(text, { locale, user: '29:synthetic-gone-denied' });
    expect(app.logs.filter((line) => line.msg === 'turn').at(-1)?.route).not.toMatch(/\+safety$/);
  });

  it("gives Veilig Thuis' advice line to a client who raises his son 'met harde hand'", async () => {
    await ask(
      'een cliënt van de reclassering vertelt dat hij zijn zoon met harde hand opvoedt. moet ik hier iets mee?',
      {
        user: '29:synthetic-hard-hand',
      },
    );
    expect(app.logs.filter((line) => line.msg === 'turn').at(-1)?.route).toMatch(/\+worry$/);
  });
});

describe('one door for everything, a passport not held, a crate, three years of paying off', () => {
  it('leads with the town\'s central entrance for "1 plek voor alle vragen"', async () => {
    const replies = await ask('gezin in alblasserdam: geldzorgen, ruzie, werk kwijt. is er 1 plek voor alle vragen?', {
      user: '29:synthetic-one-door',
    });
    expect(headingOf(replies[0])).toContain('toegang in Alblasserdam');
  });

  it('reads a passport the client does not hold herself as a sign of trafficking', async () => {
    const replies = await ask(
      'cliënte werkt in een nagelstudio, heeft haar paspoort niet zelf en lijkt bang voor de eigenaar. waar kan ik heen?',
      { user: '29:synthetic-passport' },
    );
    expect(replies.join(' ')).toContain('CoMensha');
  });

  it('asks the other service for "krijgt ze daar ook bijzondere bijstand naast de voedselbank?"', async () => {
    const user = '29:synthetic-beside-food-bank';
    await ask('voedselbank in delft', { user });
    const replies = await ask('krijgt ze daar ook bijzondere bijstand naast de voedselbank?', { user });
    expect(headingOf(replies[0])).toContain('Bijzondere bijstand');
  });

  it('does not read a passport left at home as a sign of trafficking', async () => {
    const replies = await ask(
      'cliënt heeft haar eigen paspoort niet bij zich, kan ze zich dan aanmelden bij de voedselbank in delft?',
      { user: '29:synthetic-passport-at-home' },
    );
    expect(replies.join(' ')).not.toContain('CoMensha');
  });

  it('keeps the town\'s food bank for "krijgen ze daar een krat?"', async () => {
    const user = '29:synthetic-crate';
    await ask('voedselbank in zwijndrecht?', { user });
    const replies = await ask('krijgen ze daar een krat mee?', { user });
    expect(headingOf(replies[0])).toContain('Voedselbank');
  });

  it('answers "moet hij dan 3 jaar aflossen?" after a town\'s debt help with the 18 months', async () => {
    const user = '29:synthetic-three-years';
    await ask('schuldhulp in zoetermeer?', { user });
    const replies = await ask('moet hij dan 3 jaar aflossen?', { user });
    expect(replies[0]).toContain('18 maanden');
  });
});

describe('nobody in danger said outright, a lesson prepared, a boy who runs parcels', () => {
  const route = () => app.logs.filter((line) => line.msg === 'turn').at(-1)?.route;

  it('gives the advice line, not 112, when the writer says nobody is in danger', async () => {
    await ask(
      'ik kom net van een huisbezoek, huis vol rommel en de kinderen hebben geen bed. niemand in direct gevaar, wel zorgen',
      {
        user: '29:synthetic-nobody-in-danger',
      },
    );
    expect(route()).toMatch(/\+worry$/);
  });

  it('keeps 112 when "voor de voorlichtingsles" says when a disclosure came, not that it is staged', async () => {
    await ask('voor de voorlichtingsles vertelde een leerling me dat haar vader haar vanavond gaat vermoorden', {
      user: '29:synthetic-lesson-disclosure',
    });
    expect(route()).toMatch(/\+safety$/);
  });

  it('reads "niemand is in direct gevaar" as a denial too', async () => {
    await ask('niemand is in direct gevaar, maar de kinderen zien er vies uit en hebben vaak honger. wat nu?', {
      user: '29:synthetic-nobody-is-in-danger',
    });
    expect(route()).toMatch(/\+worry$/);
  });

  it('gives no worry banner to working off a debt in the Wsnp', async () => {
    await ask('how long does it take to work off a debt of 5000 euro in the Wsnp?', {
      locale: 'en-US',
      user: '29:synthetic-work-off-debt',
    });
    expect(route()).not.toMatch(/\+worry$|\+safety$/);
  });

  it.each([
    [
      'een leerling (15) zegt dat hij pakketjes moet rondbrengen voor een oudere jongen en er niet meer uit kan',
      'nl-NL',
    ],
    ['a 14-year-old says he has to deliver packages for an older man to work off a debt', 'en-US'],
  ])('gives Veilig Thuis\' advice line to a sign of criminal exploitation: "%s"', async (text, locale) => {
    await ask(text, { locale, user: '29:synthetic-runner' });
    expect(route()).toMatch(/\+worry$|\+safety$/);
    expect(route()).not.toMatch(/\+safety$/);
  });
});

describe('situations the old words missed: pupils who want to talk, something sexual, a parent addicted', () => {
  const route = () => app.logs.filter((line) => line.msg === 'turn').at(-1)?.route;

  it('gives the Kindertelefoon to pupils ("lln") who want to talk to someone themselves', async () => {
    const replies = await ask(
      '2 lln uit groep 8 willen met iemand praten over wat er thuis gebeurt, maar niet dat ik het aan hun papa vertel. waar kunnen ze zelf terecht?',
      { user: '29:synthetic-pupils-talk' },
    );
    expect(headingOf(replies[0])).toContain('Kindertelefoon');
  });

  it('reads "iets seksueels gebeurd" as sexual violence: the CSG and the advice line', async () => {
    const replies = await ask(
      'een cursist vertelt dat er na het stappen iets seksueels is gebeurd waar ze niet mee wilde instemmen. waar kan ze heen?',
      { user: '29:synthetic-something-sexual' },
    );
    expect(replies.join(' ')).toContain('Centrum Seksueel Geweld');
    expect(route()).toMatch(/\+worry$/);
  });

  it("answers a parent's addiction with young children at home with the meldcode's steps (the child check)", async () => {
    const replies = await ask(
      'ik begeleid een moeder met een alcoholverslaving, ze heeft een kind van 4. wat moet ik daarmee?',
      {
        user: '29:synthetic-addicted-parent',
      },
    );
    expect(replies.join(' ')).toContain('kindcheck');
  });
});

describe('a team named by what it takes on, the benefit itself applied for', () => {
  it('gives the town\'s help for "een team voor gezinnen met meerdere problemen", not "no answer"', async () => {
    const replies = await ask('is er in zwijndrecht een team voor gezinnen met meerdere problemen?', {
      user: '29:synthetic-family-team',
    });
    expect(replies.join(' ')).toContain('Sociaal Wijkteam');
  });

  it("answers applying for a benefit with the town's team for work and income", async () => {
    const replies = await ask('cliënt verhuist naar maasland en moet bijstand aanvragen, bij wie?', {
      user: '29:synthetic-benefit',
    });
    expect(headingOf(replies[0])).toContain('Bijzondere bijstand en minimaregelingen in Midden-Delfland');
  });
});

describe('a denial of suicidality beside a sign of it keeps 112 and 113', () => {
  const route = () => app.logs.filter((line) => line.msg === 'turn').at(-1)?.route;

  it.each([
    'Geen acute suïcidaliteit gisteren, maar nu staat ze op het dak',
    'Ze zegt dat ze niet acuut suïcidaal is, maar ze heeft pillen verzameld',
    'ze zegt dat ze niet suïcidaal is maar ze staat nu op het balkon en zegt dat ze wil springen',
  ])('"%s"', async (text) => {
    const replies = await ask(text, { user: '29:synthetic-denial-beside-sign' });
    expect(route()).toMatch(/\+safety$/);
    expect(replies.join(' ')).toContain('113');
  });
});

describe('rules and other people are no control by a partner', () => {
  it.each([
    'Een asielzoeker mag niet werken de eerste zes maanden, waar kan hij dan geld van krijgen?',
    'De bewindvoerder die zijn paspoort heeft, mag dat?',
    'Pubers hebben altijd honger, is er een schoolontbijt in de buurt?',
  ])('gives no worry banner to "%s"', async (text) => {
    await ask(text, { user: '29:synthetic-not-control' });
    expect(app.logs.filter((line) => line.msg === 'turn').at(-1)?.route).not.toMatch(/\+worry$|\+safety$/);
  });
});

describe('a language asked for with a subject of its own', () => {
  it('answers "kun je de vijf stappen van de meldcode in het nederlands geven?" with the steps, in Dutch', async () => {
    const user = '29:synthetic-steps-in-dutch';
    await ask('does the reporting code apply to our volunteers at the after-school club?', { locale: 'en-US', user });
    const replies = await ask('kun je de vijf stappen van de meldcode in het nederlands geven voor ons team?', {
      locale: 'en-US',
      user,
    });
    expect(headingOf(replies[0])).toBe('De vijf stappen van de meldcode');
  });

  it('keeps the last answer for "can you put that in English …" whatever else the request names', async () => {
    const user = '29:synthetic-that-in-english';
    await ask('Hoe werkt de Wsnp?', { user });
    const replies = await ask('can you put that in English for my client who has debts with the tax office', {
      user,
    });
    expect(headingOf(replies[0])).toContain('Wsnp');
    expect(replies.join(' ')).not.toContain('Pijnacker');
  });

  it('keeps the last answer when the request points back to it ("how long does it last? in English")', async () => {
    const user = '29:synthetic-points-back-language';
    await ask('wat is een tijdelijk huisverbod?', { user });
    const replies = await ask('and how long does it last? please answer in English', { user });
    expect(replies.join(' ')).toMatch(/10 days|ten days/);
  });
});

describe('neglect told by what is seen never ends in "no answer"', () => {
  it('gives the advice line to children always hungry and on slippers in winter', async () => {
    await ask(
      'kinderen van de overburen lopen in de winter op slippers en hebben altijd honger, ouders doen nergens iets mee',
      {
        user: '29:synthetic-slippers',
      },
    );
    expect(app.logs.filter((line) => line.msg === 'turn').at(-1)?.route).toMatch(/\+worry$/);
  });
});

describe('a child who must leave home at once, said without the measure', () => {
  it('answers "wat als de kinderen vannacht direct uit huis moeten?" with the emergency placement', async () => {
    const replies = await ask(
      'de raad onderzoekt het gezin nog. wat als de kinderen vannacht direct uit huis moeten?',
      {
        user: '29:synthetic-out-of-home',
      },
    );
    expect(headingOf(replies[0])).toContain('Crisisplaatsing');
  });
});

describe('an emergency whose words run on from a saying (12:04 session)', () => {
  // "net niet" is "barely" ("het lukte net niet"), but in "is net niet meer aanspreekbaar" its "niet" begins "niet meer
  // aanspreekbaar": the act's reading wins where the two share words.
  it.each([
    ['Een peuter op de opvang is net niet meer aanspreekbaar', 'nl-NL'],
    ['mw is net niet meer aanspreekbaar na de klap van haar man', 'nl-NL'],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-saying-runs-on' });
    expect(replies[0]).toContain('Bel 112');
  });

  // A second reading (helper 238): the rule first held any saying whose words an act's phrase shares, and a denial
  // ("niet acuut" before "acuut gevaar", "nobody hurt" before "hurt himself") turned into 112.
  it.each([
    ['Er is niet acuut gevaar, maar ik maak me zorgen over de kinderen', 'nl-NL'],
    ['It is not acute danger but I am worried about the kids', 'en-US'],
    ['Nobody hurt himself, it was only shouting', 'en-US'],
  ])('keeps a denial a denial: no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-denial-stays' });
    // The emergency card's heading; the worry card may name 112 further down.
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });

  it('keeps "net niet" a saying when no act runs on from it', async () => {
    const replies = await ask('het lukte ze net niet meer om de huur te betalen, wat nu?', {
      user: '29:synthetic-saying-alone',
    });
    expect(replies.join(' ')).not.toContain('Bel 112');
  });
});

describe('a detail follow-up that an entry nearby answers far better (12:04 session)', () => {
  it('leads with the emergency placement when parents refuse, right after the crisis team', async () => {
    const user = '29:synthetic-stronger-nearby';
    await ask('jeugdteam: we willen het crisisteam van Jeugdbescherming west bellen, welk nummer?', { user });
    const replies = await ask('en als vader en moeder weigeren mee te werken?', { user });
    expect(headingOf(replies[0])).toMatch(/[Cc]risisplaatsing/);
  });

  it("keeps a town's pass just shown for a question a national entry also answers", async () => {
    const user = '29:synthetic-stronger-town-shown';
    await ask('Vertel over de ZoetermeerPas', { user });
    const replies = await ask('kan ze ook online aanvragen?', { user });
    expect(headingOf(replies[0])).toContain('ZoetermeerPas');
  });

  it('reads "hem" as the person of the case, not the card shown', async () => {
    const user = '29:synthetic-hem-is-a-person';
    await ask('Een vader slaat zijn zoon, wat moet ik doen?', { user });
    const replies = await ask('moet ik hem vooraf inlichten?', { user });
    expect(headingOf(replies[0])).not.toContain('Veilig Thuis —');
  });

  it('keeps the card shown for a question that only asks how long', async () => {
    const user = '29:synthetic-stronger-not-generic';
    await ask('wat doet Veilig Thuis nadat ik een melding heb gedaan?', { user });
    const replies = await ask('en hoe lang duurt dat?', { user });
    expect(headingOf(replies[0])).not.toContain('huisverbod');
  });
});

describe("a landlord who keeps the workers' passports (12:04 session)", () => {
  it('answers with the route for exploitation, not an unrelated entry', async () => {
    const replies = await ask(
      'housing officer: in one flat in Maasdijk eight workers share two rooms and the landlord keeps their passports',
      { locale: 'en-US', user: '29:synthetic-landlord-passports' },
    );
    expect(headingOf(replies[0])).toMatch(/trafficking|exploitation/i);
  });

  it('does not read a landlord asking for a copy of a passport as exploitation', async () => {
    const replies = await ask('mag een verhuurder een kopie van het paspoort van mijn cliënt vragen?', {
      user: '29:synthetic-landlord-copy',
    });
    expect(replies.join(' ')).not.toMatch(/[Mm]ensenhandel/);
  });
});

describe('emergencies typed in a hurry or in broken English (12:04 session, second red team)', () => {
  it.each([
    ['mn moeder ademd nie meer', 'nl-NL'],
    ['er wordt boven geschreeuwd en er gaat iets kapot', 'nl-NL'],
    ['ze dronk net bleekmiddel zegt haar vriendin', 'nl-NL'],
    ['hij drinkt nu ontstopper zegt zijn moeder', 'nl-NL'],
    ['his wife bleed very much from the mouth', 'en-US'],
    ['dad hav a knif', 'en-US'],
    ['my neighbour he gota big knife', 'en-US'],
    ['the girl bleed alot from her head', 'en-US'],
    ['my friend is drinking drain cleaner to end it', 'en-US'],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-hurried-acute' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ['we got a new knife block for the kitchen at the shelter', 'en-US'],
    ['mogen we op de bso bleekmiddel gebruiken bij het schoonmaken?', 'nl-NL'],
    // A second reading's probes (helper 240): the first lists fired on these.
    ['she got a knife for her birthday', 'en-US'],
    ['My gums bleed alot when I floss, should I see a dentist?', 'en-US'],
    ['Achteraf bleek gedronken alcohol de oorzaak van de ruzie van vorig jaar.', 'nl-NL'],
    ['Is there help with men who use violence at home?', 'en-US'],
    ['er wordt thuis vaak geschreeuwd, hoe bespreek ik dat met de ouders?', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-hurried-calm' });
    expect(replies.join(' ')).not.toMatch(/Bel 112|Call 112/);
  });
});

describe('no groceries this week, and a crisis place for the children (12:04 session)', () => {
  it("leads with the town's food bank when a family cannot do its shopping and asks for emergency help", async () => {
    const replies = await ask('kan een gezin in Alblasserdam dat geen boodschappen kan doen ergens noodhulp krijgen?', {
      user: '29:synthetic-no-groceries',
    });
    expect(headingOf(replies[0])).toContain('Alblasserdam');
  });

  it('answers who arranges a crisis place tonight with the emergency placement', async () => {
    const replies = await ask('wie regelt vannacht een crisisplek voor twee kinderen als er geen familie is?', {
      user: '29:synthetic-crisis-place',
    });
    expect(headingOf(replies[0])).toContain('Crisisplaatsing');
  });
});

describe('emergencies a third red team found (12:04 session)', () => {
  it.each([
    [
      'budgetcoach: meneer wil een regeling met de deurwaarder, maar zegt dat hij er morgenvroeg een eind aan maakt',
      'nl-NL',
    ],
    ['she bought a rope and says she is going to end it before her shift', 'en-US'],
    ['de baby van 5 weken drinkt niet en zijn oogjes draaien steeds weg', 'nl-NL'],
    ['the 6-week-old is limp and his eyes keep rolling back, mum says he fell', 'en-US'],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-third-red-team' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ['she is going to end it with her boyfriend, how do I support her?', 'en-US'],
    ['als ik moe ben draaien mijn ogen weg haha, maar mijn vraag gaat over schuldhulp', 'nl-NL'],
    // A second reading's probes (helper 242): the first phrases fired on these.
    ['Het is goed dat de school er een einde aan maakt dat kinderen gepest worden.', 'nl-NL'],
    ['He is going to end it with his business partner and asks about debt.', 'en-US'],
    ['The bank will end it today: the payment plan is cancelled. What can she do?', 'en-US'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-third-red-team-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });
});

describe('emergencies from the opened misses and a fourth red team (14:32 session)', () => {
  // Told after a money question or a story, so that the second reader alone does not catch them: the lexicon must.
  it.each([
    [
      'We support the family with a rent arrears plan. During a video call with the mother my colleague heard the boy crying stop daddy stop, then the screen went black. They live in Papendrecht and she isnt picking up.',
      'en-US',
    ],
    [
      'Onze stagiaire is voor het eerst alleen op huisbezoek bij een gezin met schulden in Dordrecht. Ze belt: de vader heeft haar in de keuken ingesloten en zegt dat ze pas weg mag als ze haar verslag aanpast.',
      'nl-NL',
    ],
    [
      'Ik werk bij de naschoolse opvang. Een meisje van 7 vertelde vandaag tijdens het tekenen dat de nieuwe vriend van haar moeder haar pijn doet als mama werkt. Ze durft niet naar huis en hij haalt haar over een kwartier op.',
      'nl-NL',
    ],
    [
      'Vraag voor de kinderopvang in Zwijndrecht over de ouderbijdrage. Oh en de peuter is vanmiddag opgehaald door haar vader, die volgens de beschikking geen contact mag hebben, en hij rook naar drank.',
      'nl-NL',
    ],
    [
      'Question about the debt help in Delft for a mother. By the way the school says her daughter was picked up today by her father, who is not allowed any contact under the court order, and he seemed drunk.',
      'en-US',
    ],
    [
      'Mijn cliënt zou morgen komen voor zijn budgetplan. Hij stuurde net een bericht: ik ben er vanavond niet meer, zeg tegen de kinderen dat het niet hun schuld is.',
      'nl-NL',
    ],
    ['ze is 16, de tickets zijn geboekt en ze vertrekt zaterdag naar de bruiloft, ze wil niet trouwen', 'nl-NL'],
    [
      'een leerling durft niet naar huis omdat de vriend van haar moeder haar pijn doet, hij haalt haar om half vier op',
      'nl-NL',
    ],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-fourth-red-team' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ['ik ben er morgen niet meer, bel dan mijn collega over de schuldhulpaanvraag', 'nl-NL'],
    ['hoe leg ik kinderen uit dat de scheiding niet hun schuld is?', 'nl-NL'],
    ['ingesloten vindt u het aanvraagformulier voor de bijzondere bijstand', 'nl-NL'],
    ['mijn cliënte wil niet naar de bruiloft van haar zus, maar haar ticket is al geboekt', 'nl-NL'],
    // A second reading's kinds of calm message (helper 247), in my own wording: the first lists fired on such.
    ['we staan ingesloten in de file bij Rijswijk, ik ben een kwartier later bij het overleg', 'nl-NL'],
    ['the video call with the landlord dropped twice, can we stop dad jokes about the wifi now?', 'en-US'],
    ["my last day at this school: I won't be around tomorrow, sorry for everything, take care of the kids!", 'en-US'],
    ['het beeld viel weg tijdens het videogesprek met de woningcorporatie, kun je de link nog eens sturen?', 'nl-NL'],
    ['Noor was picked up by her father today, as agreed now that the contact ban has been lifted', 'en-US'],
    ['mijn dochter moet zaterdag naar een bruiloft die ze niet wil bijwonen, ze vindt het saai', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-fourth-red-team-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });

  it('answers a child afraid to go home, with nobody coming yet, with Veilig Thuis and no emergency card', async () => {
    const replies = await ask('een kind in mijn groep durft niet naar huis, wat moet ik doen?', {
      user: '29:synthetic-afraid-home',
    });
    const all = replies.join(' ');
    expect(all).toContain('0800-2000');
    expect(all).not.toMatch(/Is er nu direct gevaar\? Bel 112/);
  });
});

describe('a postcode outside the regions said with its cue (14:32 session)', () => {
  it('answers a client in postcode 7811 with money worries with the national route, not a question about the town', async () => {
    const replies = await ask(
      'mijn cliënt woont in postcode 7811 en heeft veel geldzorgen, waar verwijs ik hem heen?',
      {
        user: '29:synthetic-far-postcode',
      },
    );
    expect(replies[0]).toContain('Geldfit');
    expect(replies[0]).not.toContain('Over welke gemeente gaat het?');
  });
});

describe('failures of the opened set bu (14:32 session)', () => {
  it("leads with the town's pass when an adult on a low income wants to sport and asks which pass", async () => {
    const replies = await ask(
      'cliënt in Den Haag leeft van een uitkering en wil graag sporten, welke pas kan hij krijgen?',
      {
        user: '29:synthetic-which-pass',
      },
    );
    expect(headingOf(replies[0])).toContain('Ooievaarspas');
  });

  it('answers a victim stuck with the damage and the forms after reporting with Victim Support', async () => {
    const replies = await ask(
      'mijn cliënt is in elkaar geslagen, heeft aangifte gedaan en loopt vast met de schade en de papieren. wie helpt?',
      { user: '29:synthetic-victim-forms' },
    );
    expect(replies[0]).toContain('0900-0101');
  });

  it.each([
    ['kan ik het nummer van 113 op onze flyer zetten voor mensen met zelfmoordgedachten?', 'nl-NL'],
    ['we lazen een prentenboek waarin een meisje in een toren wordt opgesloten, de kleuters vonden het eng', 'nl-NL'],
    ['while baking with the kids one boy nicked his finger on the knife today, do I tell his mum?', 'en-US'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-bu-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });
});

describe('emergencies a fifth red team found (14:32 session)', () => {
  it.each([
    [
      'We zijn op huisbezoek over de huurachterstand, de ouders maakten ruzie over geld en schreeuwden. Intussen heeft het dreumesje een knoopcelbatterij ingeslikt, ik zag het gebeuren en hij kokhalst.',
      'nl-NL',
    ],
    ['HG gaande, buren bellen ons, wat moeten we als eerste doen', 'nl-NL'],
    ['DV incident in progress at the flat, perpetrator on scene, kids present, what now', 'en-US'],
    [
      'sorry voor de late vraag, kan iemand naar mijn rapportage kijken, en oja hij staat weer voor de deur bij haar',
      'nl-NL',
    ],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-fifth-red-team' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ['a boy in my class is bullied online and withdrawn, no self-harm that I know of, how do I help?', 'en-US'],
    ['ik sta echt in brand vandaag, alle dossiers af', 'nl-NL'],
    ['wat doe je als een peuter een knoopcel heeft ingeslikt? we maken een protocol voor de opvang', 'nl-NL'],
    ['ik vermoed dat er huiselijk geweld gaande is in dit gezin, hoe pak ik dat aan?', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-fifth-red-team-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });

  it('routes a resident treated roughly and scolded by a night-shift carer to Veilig Thuis', async () => {
    const replies = await ask(
      'in het verpleeghuis behandelt iemand van de nachtdienst mevrouw ruw en scheldt haar uit',
      {
        user: '29:synthetic-care-home-worry',
      },
    );
    expect(replies.join(' ')).toContain('0800-2000');
  });
});

describe("a second reading's findings on the fetch, farewell and wedding phrases (14:32 session, helper 248)", () => {
  it.each([
    [
      'Vandaag was alles rustig op de groep. Nu zegt een meisje dat ze niet naar huis durft omdat haar stiefvader haar pijn doet, en hij komt haar zo ophalen.',
      'nl-NL',
    ],
    [
      'We bespraken haar budget. Toen vertelde ze: de tickets zijn voor vanmiddag, de bruiloft is in het land van haar ouders, ze kent hem niet eens.',
      'nl-NL',
    ],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-second-reading-248' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ['hij durft niet naar huis met zijn slechte rapport, papa haalt hem zo op, hoe stel ik hem gerust?', 'nl-NL'],
    [
      'moeder heeft een contactverbod; de vader haalt de kinderen woensdag op, hoe zeg ik dat tegen de leerkracht?',
      'nl-NL',
    ],
    ['my contract has expired and I texted the team: not your fault, I will be gone next week', 'en-US'],
    ['I have never met the groom, but my flight to the wedding is booked, can I take Friday off?', 'en-US'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-second-reading-248-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });
});

describe('a sixth red team: a beating set up for tonight, help kept away, danger denied as now (14:32 session)', () => {
  it.each([
    [
      'Groepsapp van de klas: vanavond om 8 bij het speelveld, we gaan hem een lesje leren. Het gaat om een jongen van 12.',
      'nl-NL',
    ],
    [
      'The neighbour is fallen and her husband does not want to call the doctor, she lies there since the morning.',
      'en-US',
    ],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-sixth-red-team' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it("answers a child's quote of violence at home, said not to happen now, with Veilig Thuis and no emergency card", async () => {
    const replies = await ask(
      "Een meisje vertelde: 'papa slaat mama als hij boos is'. Het gebeurt nu niet hoor, hoe ga ik verder?",
      {
        user: '29:synthetic-not-now',
      },
    );
    const all = replies.join(' ');
    expect(all).toContain('0800-2000');
    expect(all).not.toMatch(/Is er nu direct gevaar\? Bel 112/);
  });

  // A second reading's probes (helper 252), in my own wording: a denial that goes on to tell it happens again.
  it.each([
    ['Vorige week duwde hij haar ook. Het gebeurt nu niet voor het eerst, hij slaat haar weer.', 'nl-NL'],
    ['Eerst waren het alleen scheldwoorden. Het gebeurt nu niet meer alleen met woorden, hij trapt haar.', 'nl-NL'],
  ])('keeps 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-denial-then-act' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ['Vanavond ga ik mijn zoon een lesje leren over geld, tips voor een gesprek over sparen?', 'nl-NL'],
    ['De spits dreigt te schieten, maar de keeper is er snel bij, wat een wedstrijd was dat.', 'nl-NL'],
    ['My client grazed her knee, it bleeds a little, and she refuses to call the GP about it.', 'en-US'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-sixth-red-team-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });

  it('routes a professional\'s "fysieke correctie" to Veilig Thuis, not to no answer', async () => {
    const replies = await ask('Opvoedingsproblematiek, vermoedelijk fysieke correctie door vader, geen acuut gevaar', {
      user: '29:synthetic-soft-worry',
    });
    expect(replies.join(' ')).toContain('0800-2000');
  });
});

describe("a second reading's findings on swallowing, shorthand and the door (14:32 session, helper 250)", () => {
  it('puts 112 first for shorthand with "nu" and children at home', async () => {
    const replies = await ask('HG incident nu, twee kinderen thuis, politie is onderweg', {
      user: '29:synthetic-hg-now',
    });
    expect(replies[0]).toMatch(/Bel 112/);
  });

  it.each([
    [
      'Ik zag het gebeuren, vorig jaar op het schoolplein: een vader sloeg zijn zoon. Moet ik dat alsnog melden?',
      'nl-NL',
    ],
    ['Ik heb het HG incident van vorige maand net afgesloten in het systeem.', 'nl-NL'],
    ['Sinterklaas is in het land, hij staat weer voor de deur! Tips voor gezinnen met weinig geld?', 'nl-NL'],
    ['Hoe bewaren we knoopcellen op de opvang veilig buiten bereik van peuters?', 'nl-NL'],
    ['Mijn zoon heeft zijn trots ingeslikt en zijn excuses aangeboden aan de juf.', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-second-reading-250-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });
});

describe('a blind final red team: calm words and a suspicion (14:32 session, helper 253)', () => {
  it.each([
    [
      'She is not scared for her life, she isnt in immediate danger, but he controls her bank card. What can I do?',
      'en-US',
    ],
    ['mijn telefoon is dood en ik moet de rapportage nog afmaken, waar sla ik een concept op?', 'nl-NL'],
    ['Wat is het verschil tussen een noodbevel en een huisverbod?', 'nl-NL'],
    ['vermoeden van seksueel misbruik bij een kleuter op de groep, hoe pak ik dat aan?', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-final-red-team-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });

  it('keeps 112 first when a suspicion is told with what happens now', async () => {
    const replies = await ask('ik vermoed seksueel misbruik, hij is nu bij haar op de kamer en ze huilt', {
      user: '29:synthetic-suspicion-now',
    });
    expect(replies[0]).toMatch(/Bel 112/);
  });
});

describe('a child taken abroad today after a story of money trouble (6 December 16:59 session, opened miss of p243)', () => {
  it.each([
    [
      'Our after-school club has helped a dad with the fees for half a year, his wife handles every euro. ' +
        'At pick-up she took their daughter of three from the group, said they fly to her family tonight and he will never see the girl again.',
      'en-US',
    ],
    [
      'Gastouder hier. Moeder zit al maanden krap en vader beheert al het geld. Vader heeft de jongste bij mij opgehaald, ' +
        'hij zegt dat hij met het vliegtuig vertrekt en dat moeder haar zoon nooit meer terugziet.',
      'nl-NL',
    ],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-taken-abroad' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ['last year he threatened she would never see the kids again if she left him, how do I talk about that?', 'en-US'],
    ['de ouders vliegen morgen op vakantie, mag een kind van de groep dan een week vrij?', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-taken-abroad-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });
});

describe('failures of the opened set bv (16:59 session)', () => {
  it("tells how the Sociale Dienst Drechtsteden's debt help starts on a Drechtsteden town's own card", async () => {
    const replies = await ask(
      'hoe gaat aanmelden voor schulden in Papendrecht, mijn cliënt is bang voor dat eerste gesprek',
      {
        user: '29:synthetic-sdd-workshop',
      },
    );
    expect(headingOf(replies[0])).toContain('Schuldhulp in Papendrecht');
    expect(replies[0]).toContain('groepsworkshop');
    expect(replies[0]).toContain('oriëntatiegesprek');
  });

  it('keeps the visiting address of the Sociale Dienst Drechtsteden on the Dordrecht route', async () => {
    const replies = await ask(
      'waar zit de sociale dienst in Dordrecht, kan ik met een cliënt langskomen voor schulden?',
      {
        user: '29:synthetic-sdd-address',
      },
    );
    expect(replies.join(' ')).toContain('Spuiboulevard 298');
  });

  it("answers which day with the food bank just shown, whose own text names it, not the debt help's walk-in", async () => {
    const user = '29:synthetic-which-day';
    await ask('hoe kan een gezin in Wassenaar naar de voedselbank?', { user });
    const day = await ask('op welke dag?', { user });
    expect(headingOf(day[0])).toContain('Voedselbank in Wassenaar');
    expect(day[0]).toContain('donderdag');
  });

  it("answers someone to help at home with the papers with the town's volunteers after its debt help", async () => {
    const user = '29:synthetic-papers-at-home';
    await ask('meneer uit Monster zit diep in de schulden, hoe komt hij bij de schuldhulp?', { user });
    const papers = await ask('kan iemand hem ook thuis helpen met de papieren?', { user });
    expect(papers.join(' ')).toContain('SchuldHulpMaatje Westland');
  });

  it('answers the levels of implementation asked after the training with the three levels', async () => {
    const replies = await ask('welke niveaus van invoeren had die training stress-sensitief werken ook alweer?', {
      user: '29:synthetic-levels',
    });
    expect(replies[0]).toContain('Getransformeerd');
  });
});

describe('coercion again tonight, and the false alarms of the opened set danger-bv (16:59 session)', () => {
  it('puts 112 first when a partner will force her again tonight, said without naming what', async () => {
    const replies = await ask('cliënte vertelt dat haar man haar vanavond weer gaat dwingen, zoals elke zaterdag', {
      user: '29:synthetic-coerced-again',
    });
    expect(replies[0]).toMatch(/Bel 112/);
  });

  it.each([
    ['de gemeente gaat haar vandaag weer dwingen om te verhuizen, kan ze bezwaar maken?', 'nl-NL'],
    ['de fysiotherapeut gaat hem vanavond weer dwingen te lopen zonder krukken, hoe motiveer ik hem?', 'nl-NL'],
    [
      'Last year dad took the kids to his home country and shouted she would never see the children again. They are back since spring; how do I support the reunion?',
      'en-US',
    ],
    [
      'Grandma says she will never see the kids again: her son emigrates with them and they fly to Perth next month. How do I support her?',
      'en-US',
    ],
    [
      'Manager says I murdered my pitch to the council yesterday, now they want a summary of the nine recommendations',
      'en-US',
    ],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-bv-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });

  it.each([
    [
      'Tijdens de training oefenden we het scenario van een boze vader, maar nu slaat er echt een vader de conciërge in de gang',
      'nl-NL',
    ],
    [
      'We were rehearsing a de-escalation scenario when the actual client came in and is now hitting my colleague',
      'en-US',
    ],
    ['Mijn cliënte zegt dat haar vriend haar vanavond weer gaat dwingen om seks te hebben, zoals elke week', 'nl-NL'],
  ])(
    'keeps 112 first for a real attack or coercion beside a practised scenario or a named "dwingen": "%s"',
    async (text, locale) => {
      const replies = await ask(text, { locale, user: '29:synthetic-real-beside-staged' });
      expect(replies[0]).toMatch(/Bel 112|Call 112/);
    },
  );

  it('routes a drawing of violence at home and hiding when they fight to Veilig Thuis, not to 112', async () => {
    const replies = await ask(
      'A boy of five drew pictures of his dad punching his mum and says he hides in the wardrobe when they fight. What now?',
      { locale: 'en-US', user: '29:synthetic-drew-pictures' },
    );
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
    expect(replies.join(' ')).toContain('0800-2000');
  });
});

describe('an eighth red team: danger at the end of an admin message, someone under water (16:59 session, helper 257)', () => {
  it.each([
    [
      'hoi, vraag over de rapportage: ik schrijf vanmiddag het verslag van een huisbezoek bij een gezin met schulden, de aanvraag voor de energietoeslag loopt nog en ik weet niet hoe ik het gesprek met de budgetcoach noteer, en ik sta trouwens nu in de keuken omdat vader net de jongste tegen de deur heeft gesmeten en zegt dat hij de anderen ook te pakken neemt',
      'nl-NL',
    ],
    [
      "Hi, I'm finishing the budget plan and wondering whether child benefit counts as income for the settlement, also how to note Monday's call with the bailiff, and I need the consent template, and by the way I'm in the hallway of their flat because her partner has just bolted the door, taken her phone and is telling her she won't see the morning.",
      'en-US',
    ],
    ['Kid from our swim team went under in the canal and has not come back up, the coach is diving after him', 'en-US'],
    ['my client says her husband will force her again tonight, he always does on payday', 'en-US'],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-red-team-8' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ['our whole team is drowning in casework since the reorganisation, who can we talk to?', 'en-US'],
    ['bij zwemles riep een jongetje "ik verdrink!" terwijl hij gewoon stond, hoe reageer ik naar de ouders?', 'nl-NL'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-red-team-8-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });
});

describe('a ninth red team: cries in other languages, shorthand, a collapse (16:59 session, helper 260)', () => {
  it.each([
    ["mw stuurt in het pools: 'pomocy, mąż mnie bije, zamknął okno' - wat doe ik?", 'nl-NL'],
    ["leerling appt in het papiaments: 'yuda mi, mi tata ta bati mi mama, e tin un kuchiu'", 'nl-NL'],
    ["berichtjes van mw: 'hlp' 'hj is trg' 'hj hft de kids'", 'nl-NL'],
    ['bij de balie: meneer is diabeet, praat onsamenhangend en valt nu om', 'nl-NL'],
  ])('puts 112 first for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-red-team-9' });
    expect(replies[0]).toMatch(/Bel 112|Call 112/);
  });

  it.each([
    ["cliënte zei 'simdi iyiyim' en lachte; vorig jaar sloeg hij haar, nu woont ze apart", 'nl-NL'],
    ["het liedje 'Awor ta awor' zingen de kids steeds, papa sloeg vroeger weleens, hoe bespreek ik dat?", 'nl-NL'],
  ])('gives no emergency card for "%s" (a second reading, helper 261)', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-red-team-9-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });
});

describe("a second reading's findings on the red teams' mends (16:59 session, helper 259)", () => {
  it.each([
    ['hij heeft vandaag weer met geld gesmeten terwijl de huur achterstaat, hoe regel ik budgetbeheer?', 'nl-NL'],
    ['eerst de kinderen ziek en nu heeft mw het vandaag zelf ook te pakken, kan de afspraak verzet worden?', 'nl-NL'],
    ["honestly I'm drowning right now with intake forms, which one is for a new family?", 'en-US'],
  ])('gives no emergency card for "%s"', async (text, locale) => {
    const replies = await ask(text, { locale, user: '29:synthetic-review-259-calm' });
    expect(replies.join(' ')).not.toMatch(EMERGENCY_CARD);
  });

  it('puts 112 first for coercion tonight said in the present tense after its time', async () => {
    const replies = await ask('ze is bang, vanavond dwingt hij haar weer, zoals elke vrijdag', {
      user: '29:synthetic-coerced-present',
    });
    expect(replies[0]).toMatch(/Bel 112/);
  });
});
