import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban } from './checksums.js';
import { detectPersonalData } from './detect.js';
import { describeFindings, redact } from './redact.js';

/** A small seeded generator, so that property tests are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const digit = (next: () => number) => String(Math.floor(next() * 10));

function generateBsn(next: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => Number(digit(next)));
    if (digits[0] === 0) continue;
    const sum = digits.reduce((total, value, index) => total + value * (9 - index), 0);
    const last = sum % 11;
    if (last < 10) return `${digits.join('')}${last}`;
  }
}

function generateIban(next: () => number): string {
  const bank = ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB'][Math.floor(next() * 5)] as string;
  const account = Array.from({ length: 10 }, () => digit(next)).join('');
  const numeric = [...`${bank}${account}NL00`]
    .map((char) => (/[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char))
    .join('');
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return `NL${String(98 - remainder).padStart(2, '0')}${bank}${account}`;
}

describe('checksums', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
  ])('BSN %s → %s', (value, valid) => {
    expect(isValidBsn(value)).toBe(valid);
  });

  it.each([
    ['NL91ABNA0417164300', true],
    ['NL91 ABNA 0417 1643 00', true],
    ['NL92ABNA0417164300', false],
    ['GB82WEST12345698765432', true],
    ['NL91ABNA041716430', false],
  ])('IBAN %s → %s', (value, valid) => {
    expect(isValidIban(value)).toBe(valid);
  });
});

describe('detectPersonalData', () => {
  it.each([
    ['Bel haar op 06-12345678.', 'phone', '06-12345678'],
    ['Bel haar op 06 1234 5678.', 'phone', '06 1234 5678'],
    ['Bel haar op +31 6 12345678.', 'phone', '+31 6 12345678'],
    ['Bel haar op +31 (0)6 2345 6789.', 'phone', '+31 (0)6 2345 6789'],
    ['Bel haar op 0031 (0)70 123 4567.', 'phone', '0031 (0)70 123 4567'],
    ['Bel 070-1234567 na twaalf uur.', 'phone', '070-1234567'],
    ['Bel 0183 123456.', 'phone', '0183 123456'],
    ['BSN 111222333 is bekend.', 'bsn', '111222333'],
    ['BSN 1112.22.333 is bekend.', 'bsn', '1112.22.333'],
    ['BSN 111 222 333 is bekend.', 'bsn', '111 222 333'],
    ['bsn: 123456789 (klopt niet, maar is wel bedoeld)', 'bsn', '123456789'],
    ['Rekening NL91 ABNA 0417 1643 00 van moeder.', 'iban', 'NL91 ABNA 0417 1643 00'],
    ['Mail a.jansen@example.org even.', 'email', 'a.jansen@example.org'],
    ['Postcode 2715 AB is juist.', 'postcode', '2715 AB'],
    ['Postcode 2715AB, 12 is juist.', 'postcode', '2715AB, 12'],
    ['Ze woont op Dorpsstraat 12a.', 'address', 'Dorpsstraat 12a'],
    ['Adres: Laan van Nieuw Oost-Indië 123.', 'address', 'Laan van Nieuw Oost-Indië 123'],
    ['Geboren op 12-03-1985.', 'date-of-birth', '12-03-1985'],
    ['Geboortedatum: 3 mei 1987.', 'date-of-birth', '3 mei 1987'],
    ['Op 12-03-2024 was er een gesprek.', 'date', '12-03-2024'],
    ['Kenteken 12-ABC-3 gezien.', 'licence-plate', '12-ABC-3'],
    ['Mevrouw Jansen belde.', 'name', 'Mevrouw Jansen'],
    ['Dhr. A.B. de Vries belde.', 'name', 'Dhr. A.B. de Vries'],
    ['Ik sprak met Fatima.', 'name', 'Fatima'],
    ['Ik sprak met Jan de Vries.', 'name', 'Jan de Vries'],
    ['Brief naar de Vries gestuurd.', 'name', 'de Vries'],
    ['Brief naar Jansen gestuurd.', 'name', 'Jansen'],
    ['Volgens Piet van der Berg klopt het.', 'name', 'Piet van der Berg'],
    ['Mag Kevin Bakker een fiets lenen?', 'name', 'Kevin Bakker'],
  ])('finds in "%s" a %s: "%s"', (text, type, found) => {
    const findings = detectPersonalData(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])).toContainEqual([
      type,
      found,
    ]);
  });

  it.each([
    'Veilig Thuis (0800-2000) gaf advies.',
    'De Sociale Dienst Drechtsteden belde terug.',
    'Het gezin woont in Hof van Twente.',
    'De Raad voor de Kinderbescherming deed onderzoek.',
    'Binnen 3 werkdagen volgde een gesprek; in 2023 en 2024 ook.',
    'Een schuld van € 12.500 bij 4 schuldeisers.',
    'De gemeente Zoetermeer (14 079) hielp snel.',
    'Post blijft ongeopend liggen.',
    'Binnen het Sociaal Team werd overlegd.',
    'Stap 4 van de meldcode.',
  ])('passes "%s"', (text) => {
    expect(detectPersonalData(text)).toEqual([]);
  });

  it('does not flag allowed places the caller names', () => {
    expect(detectPersonalData('Het gezin verhuisde naar Kop van het Land.')).toEqual([]);
    expect(detectPersonalData('Ze woont in Jansenbuurt.', { allowed: ['Jansenbuurt'] })).toEqual([]);
  });

  it('names the kinds found and redacts them', () => {
    const text = 'Mevrouw Jansen belde vanaf 06-12345678.';
    const findings = detectPersonalData(text);
    expect(describeFindings(findings)).toBe('naam, telefoonnummer');
    expect(describeFindings(findings, 'en')).toBe('name, phone number');
    expect(redact(text, findings)).toBe('[NAAM] belde vanaf [TELEFOONNUMMER].');
  });
});

describe('reads text as a person does (issue 14)', () => {
  it.each([
    ['full-width digits', 'BSN １１１２２２３３３ bekend', 'bsn', '１１１２２２３３３'],
    ['zero-width spaces between the digits', 'bsn 111\u200b222\u200b333', 'bsn', '111\u200b222\u200b333'],
    ['Arabic-Indic digits', 'bel ٠٦١٢٣٤٥٦٧٨ vanavond', 'phone', '٠٦١٢٣٤٥٦٧٨'],
    ['a full-width at sign', 'mail jan＠example.nl even', 'email', 'jan＠example.nl'],
    ['a bidi override inside a name', 'Ik sprak Ja\u202en de Vries', 'name', 'Ja\u202en de Vries'],
    ['lower case first name and surname', 'ik sprak jan de vries gisteren', 'name', 'jan de vries'],
    [
      'a word for a person before a lower-case name',
      'cliënt marieke bakhuizen heeft schulden',
      'name',
      'marieke bakhuizen',
    ],
    ['capitals after a title', 'MEVROUW EL AMRANI BELDE', 'name', 'EL AMRANI'],
    ['a neighbour by first name', 'mijn buurman kees zegt van niet', 'name', 'kees'],
    ['a prefixed surname after a title', 'meneer van der berg was boos', 'name', 'van der berg'],
    ['a hyphenated double surname', 'Moeder sanne jansen-de groot belde', 'name', 'sanne jansen-de groot'],
    ['a street in lower case', 'ze woont op dorpsstraat 12a', 'address', 'dorpsstraat 12a'],
    ['a street in capitals', 'ADRES: KERKWEG 3', 'address', 'KERKWEG 3'],
    [
      'an e-mail address written to slip past',
      'mail naar jan (at) example (dot) nl',
      'email',
      'jan (at) example (dot) nl',
    ],
  ])('%s: "%s"', (_name, text, type, found) => {
    const findings = detectPersonalData(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])).toContainEqual([
      type,
      found,
    ]);
  });

  it.each([
    'de bakker op de hoek en de visser van de markt',
    'moeder heeft schulden bij de belastingdienst',
    'MOEDER WIL GEEN CONTACT MET DE SCHOOL',
    'vader van twee kinderen, werkt bij de gemeente',
    'hij is weg 2 weken',
    'binnen 3 werkdagen bellen we terug',
    'de cliënt woont in zoetermeer',
  ])('passes "%s"', (text) => {
    expect(detectPersonalData(text, { allowed: ['Zoetermeer'] })).toEqual([]);
  });

  it('redacts at the offsets the author wrote, invisible characters included', () => {
    const text = 'BSN 111\u200b222\u200b333 en ١١١٢٢٢٣٣٣.';
    expect(redact(text, detectPersonalData(text))).toBe('BSN [BSN] en [BSN].');
  });
});

describe('property: generated identifiers never survive redaction', () => {
  const next = random(8);
  const templates = [
    (value: string) => `Het nummer is ${value}.`,
    (value: string) => `${value}`,
    (value: string) => `Zie dossier (${value}) en bel terug.`,
    (value: string) => `Moeder gaf ${value} door aan de bewindvoerder`,
  ];
  const bsnForms = [
    (bsn: string) => bsn,
    (bsn: string) => `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`,
    (bsn: string) => `${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`,
    (bsn: string) => `${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`,
  ];

  it('BSNs in every usual notation', () => {
    for (let i = 0; i < 400; i += 1) {
      const bsn = generateBsn(next);
      const written = (bsnForms[i % bsnForms.length] as (value: string) => string)(bsn);
      const text = (templates[i % templates.length] as (value: string) => string)(written);
      const redacted = redact(text, detectPersonalData(text));
      expect(redacted.replace(/\D/g, ''), `${text} → ${redacted}`).not.toContain(bsn);
    }
  });

  it('IBANs with and without spaces', () => {
    for (let i = 0; i < 400; i += 1) {
      const iban = generateIban(next);
      const written = i % 2 === 0 ? iban : iban.replace(/(.{4})/g, '$1 ').trim();
      const text = (templates[i % templates.length] as (value: string) => string)(written);
      const redacted = redact(text, detectPersonalData(text));
      expect(redacted.replace(/\s/g, ''), `${text} → ${redacted}`).not.toContain(iban);
    }
  });

  it('e-mail addresses', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (length: number) => Array.from({ length }, () => letters[Math.floor(next() * 26)]).join('');
    for (let i = 0; i < 400; i += 1) {
      const email = `${word(3 + (i % 7))}${i % 3 === 0 ? '.' : ''}${word(2 + (i % 5))}@${word(4 + (i % 6))}.${['nl', 'com', 'org', 'eu'][i % 4]}`;
      const text = (templates[i % templates.length] as (value: string) => string)(email);
      const redacted = redact(text, detectPersonalData(text));
      expect(redacted, `${text} → ${redacted}`).not.toContain('@');
    }
  });
});
