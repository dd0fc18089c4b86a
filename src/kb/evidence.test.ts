import { describe, expect, it } from 'vitest';
import type { Source } from './entry-schema.js';
import { addMonths, evidenceOf } from './evidence.js';

const source = (dates: Partial<Source>): Source => ({ url: 'https://example.org', title: 'A', ...dates });
const TODAY = '2026-12-01';

describe('evidenceOf', () => {
  it.each([
    ['one dated page', [source({ pageDate: '2024-03' })], { kind: 'dated', pageDate: '2024-03', stale: true }],
    [
      'the newest of several dated pages, the more precise one on a tie',
      [source({ pageDate: '2019' }), source({ pageDate: '2025-06-01' }), source({ pageDate: '2025-06' })],
      { kind: 'dated', pageDate: '2025-06-01', stale: false },
    ],
    [
      'a dated page before undated ones',
      [source({ pageDate: 'undated', read: '2026-11-30' }), source({ pageDate: '2023' })],
      { kind: 'dated', pageDate: '2023', stale: true },
    ],
    [
      'undated pages: the last reading',
      [source({ pageDate: 'undated', read: '2026-10-01' }), source({ pageDate: 'undated', read: '2026-11-30' })],
      { kind: 'undated', read: '2026-11-30', stale: false },
    ],
    [
      'an undated page read long ago',
      [source({ pageDate: 'undated', read: '2024-11-30' })],
      { kind: 'undated', read: '2024-11-30', stale: true },
    ],
    ['an undated page never recorded as read', [source({ pageDate: 'undated' })], { kind: 'undated', stale: false }],
    ['sources without dates', [source({}), source({ read: '2026-11-30' })], { kind: 'unknown', stale: false }],
  ])('%s', (_name, sources, evidence) => {
    expect(evidenceOf(sources, TODAY)).toEqual(evidence);
  });

  it.each([
    // A page of a month counts from its first day: as old as it may be.
    ['2024-12', '2026-12-01', false],
    ['2024-12', '2026-12-02', true],
    ['2024-11-30', '2026-11-30', false],
    ['2024-11-30', '2026-12-01', true],
    ['2025', '2027-01-01', false],
    ['2025', '2027-01-02', true],
  ])('a page of %s is over 24 months old on %s: %s', (pageDate, today, stale) => {
    expect(evidenceOf([source({ pageDate })], today).stale).toBe(stale);
  });

  it('adds months to a day, keeping the end of a shorter month', () => {
    expect(addMonths('2024-03-31', 11)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2024-12-01', 24)).toBe('2026-12-01');
  });
});
