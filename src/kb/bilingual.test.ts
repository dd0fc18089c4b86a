import { describe, expect, it } from 'vitest';
import { numbersMissingInDutch } from './bilingual.js';

describe('numbersMissingInDutch', () => {
  it('finds a figure the English says and the Dutch does not', () => {
    expect(
      numbersMissingInDutch('leningen om schulden samen te voegen', 'consolidation loans (normally up to 36 months)'),
    ).toEqual(['36']);
  });

  it('reads Dutch number words, amounts in either notation and decimals written as cents', () => {
    expect(numbersMissingInDutch('binnen vijf werkdagen, tachtig procent', 'within 5 working days, 80%')).toEqual([]);
    expect(numbersMissingInDutch('een bijdrage van € 1.300', 'a contribution of EUR 1,300')).toEqual([]);
    expect(numbersMissingInDutch('kost 25 cent per minuut', 'costs EUR 0.25/min')).toEqual([]);
    expect(numbersMissingInDutch('in het vierde kwartaal', 'in Q4')).toEqual([]);
  });

  it('lets the Dutch say more than the English', () => {
    expect(numbersMissingInDutch('art. 4.1.7 lid 1, binnen 5 werkdagen', 'within 5 working days')).toEqual([]);
  });
});
