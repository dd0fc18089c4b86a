/**
 * Dutch first: the Dutch text of an entry must say every number its English text says. A figure added to the
 * English only (a loan's term, an amount, a share) is a fact a Dutch reader never sees. Numbers may be written
 * as digits or as Dutch number words ("vijf werkdagen", "tachtig procent", "het vierde kwartaal"); "0.25" and
 * "25 cent" are one number. The Dutch may say more (a citation, an article of law). Pure; linear in the texts.
 */

import { tokenize } from './normalize.js';

/** Dutch number words, as `tokenize` writes them ("één" is "een"), and the number each writes. */
const DUTCH_NUMBERS: ReadonlyMap<string, string> = new Map([
  ['een', '1'],
  ['twee', '2'],
  ['drie', '3'],
  ['vier', '4'],
  ['vijf', '5'],
  ['zes', '6'],
  ['zeven', '7'],
  ['acht', '8'],
  ['negen', '9'],
  ['tien', '10'],
  ['elf', '11'],
  ['twaalf', '12'],
  ['twintig', '20'],
  ['dertig', '30'],
  ['veertig', '40'],
  ['vijftig', '50'],
  ['zestig', '60'],
  ['zeventig', '70'],
  ['tachtig', '80'],
  ['negentig', '90'],
  ['honderd', '100'],
  ['duizend', '1000'],
  // Ordinals: "in het vierde kwartaal" is Q4.
  ['eerste', '1'],
  ['tweede', '2'],
  ['derde', '3'],
  ['vierde', '4'],
  ['vijfde', '5'],
  ['zesde', '6'],
  ['zevende', '7'],
  ['achtste', '8'],
  ['negende', '9'],
  ['tiende', '10'],
]);

/** The numbers a text writes in digits: "€ 1.300" and "EUR 1,300" are 1300, "0.25" is 25. */
function digits(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const number = match[0].replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
    found.add(number);
  }
  return found;
}

/** The numbers of the English text that the Dutch text writes neither in digits nor in words. */
export function numbersMissingInDutch(nl: string, en: string): string[] {
  const dutch = digits(nl);
  for (const word of tokenize(nl)) {
    const number = DUTCH_NUMBERS.get(word);
    if (number !== undefined) dutch.add(number);
  }
  return [...digits(en)].filter((number) => !dutch.has(number));
}
