import { beforeAll, describe, expect, it } from 'vitest';
import { PlaceResolver } from './places.js';
import { realKnowledge } from './test-kb.js';

let places: PlaceResolver;
beforeAll(async () => {
  places = new PlaceResolver(await realKnowledge());
});

describe('PlaceResolver', () => {
  it.each([
    ['wie doet schuldhulp in Zoetermeer?', 'GM0637', 'name'],
    ['schulden Naaldwijk', 'GM1783', 'kern'],
    ['hulp bij schulden in Voorburg', 'GM1916', 'kern'],
    ["schuldhulp 's-Gravenhage", 'GM0518', 'alias'],
    ['debt help in The Hague', 'GM0518', 'alias'],
    ['schuldhulp Den Haag', 'GM0518', 'name'],
    ['wijkteam Scheveningen', 'GM0518', 'kern'],
    ['geldzorgen Oud-Beijerland', 'GM1963', 'kern'],
    ['schuldhulp hoeksche waard', 'GM1963', 'name'],
    ['sociaal team H.I. Ambacht', 'GM0531', 'alias'],
    ['schuldhulp Leidschendam-Voorburg', 'GM1916', 'name'],
    ['schuldhulp Zoetermer', 'GM0637', 'fuzzy'],
    ['schuldhulp in Dordrect', 'GM0505', 'fuzzy'],
    ['wie helpt met schulden in Rijswijk', 'GM0603', 'name'],
    ['cliënt woont op postcode 2715 AB, waar kan ze heen', 'GM0637', 'postcode'],
    ['postcode 3312', 'GM0505', 'postcode'],
    ['mw woont op postcode 3312 en heeft schulden', 'GM0505', 'postcode'],
    ['geldzorgen 2681', 'GM1783', 'postcode'],
    ['budgetbeheer in Monster', 'GM1783', 'kern'],
    ['schuldhulp Gorkum', 'GM0512', 'alias'],
    ['hagi: is er een noodfonds?', 'GM0523', 'alias'],
    // Where the writer comes from, outside the regions, is not the client's place.
    ['collega uit Rotterdam hier, cliënte woont sinds kort in Rijswijk en heeft schulden', 'GM0603', 'name'],
    ['social worker from Utrecht, my client just moved to a flat in Delft', 'GM0503', 'name'],
    ['collega uit Rotterdam hier, cliënte woont op 2612 AB', 'GM0503', 'postcode'],
    ['social worker from Utrecht, my client lives in Zoetermer', 'GM0637', 'fuzzy'],
    // A family from a town in the regions is that town's, even beside another one.
    ['een gezin uit Leidschendam-Voorburg, moeten die dat via Den Haag aanvragen?', 'GM1916', 'name'],
  ])('"%s" → %s via %s', (text, code, via) => {
    expect(places.resolve(text)).toMatchObject({ kind: 'regional', code, via });
  });

  it.each([
    ['schuldhulp in Utrecht', 'GM0344'],
    ['wie doet schuldhulp in Amsterdam', 'GM0363'],
    ['schulden in Best', 'GM0753'],
    ['schulden in Bergen', undefined],
    ['debt help in Groningen', 'GM0014'],
    ['schuldhulp postcode 1012 AB', ''],
    // Cued, with a short word after the digits that is no postcode's letters.
    ['ze woont in postcode 7811 en heeft geldzorgen', ''],
    // A village named with a place ("Dordrecht") is no everyday phrase, although every word is known.
    ['cliënt woont in Nieuw-Dordrecht en heeft schulden', 'GM0114'],
    // A family from a town is that town's, wherever else it stays; the writer's own place counts when it is the only one.
    ['een gezin uit Rotterdam logeert bij familie in Den Haag, waar kunnen ze schuldhulp krijgen?', 'GM0599'],
    ['collega uit Rotterdam hier, vraag over schulden', 'GM0599'],
  ])('"%s" → out of region', (text, code) => {
    const match = places.resolve(text);
    expect(match.kind).toBe('national');
    if (code !== undefined && match.kind === 'national') expect(match.code).toBe(code);
  });

  it.each([
    'wat is het best om te doen bij schulden',
    'dat is echt lastig met geldzorgen',
    'de buren horen ruzie',
    'huurder dreigt ontruimd te worden, hoe snel moet de gemeente schuldhulp starten?',
    'Moet ik melden?',
    'bel Veilig Thuis 0800-2000',
    'hoe werkt de Wgs sinds 2012',
    'een monster van een schuld',
    'waar dienen ze het verzoek voor beschermingsbewind in?',
    'schuldhulp',
    'stress-sensitief werken',
    'melden',
    'Synthetische-Zin-Die-Nooit-In-Een-Log-Mag-7731',
    'dit kan nooit kloppen',
    // Village names made of everyday words (De Wijk, De Punt in Drenthe) are the neighbourhood, the tip.
    'zitten die in de wijk? kan hij daar gewoon binnenlopen',
    'we zijn nu op de punt dat we willen melden',
  ])('"%s" → no place', (text) => {
    expect(places.resolve(text)).toEqual({ kind: 'none' });
  });
});

describe('PlaceResolver reads its cue words from the vocabulary', () => {
  it('takes a name that is also a word for a place only after a cue the vocabulary lists', async () => {
    const kb = await realKnowledge();
    const cues = new Set([...kb.wording.placeWording.cues].filter((word) => word !== 'in'));
    const withoutIn = new PlaceResolver({
      ...kb,
      wording: { ...kb.wording, placeWording: { ...kb.wording.placeWording, cues } },
    });
    expect(places.resolve('schulden in Best').kind).toBe('national');
    expect(withoutIn.resolve('schulden in Best').kind).toBe('none');
  });
});
