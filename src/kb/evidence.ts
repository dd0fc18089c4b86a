/**
 * How old the evidence behind an entry is, from its sources' `pageDate` (the date the page prints) and
 * `read` (the day an editor read it). The card shows this instead of a check date, so that it never
 * claims more than the pages do.
 */
import type { Source } from './entry-schema.js';

/** Evidence older than this many months is marked "check before use". */
export const MAX_EVIDENCE_AGE_MONTHS = 24;

export type Evidence =
  /** The newest page that prints a date: YYYY, YYYY-MM or YYYY-MM-DD. */
  | { kind: 'dated'; pageDate: string; stale: boolean }
  /** Only pages without a date; `read` is the last day one of them was read, if recorded. */
  | { kind: 'undated'; read?: string; stale: boolean }
  /** No source says anything about its date. */
  | { kind: 'unknown'; stale: false };

/**
 * The newest dated page among `sources`, or else the last reading of an undated one. `stale` when that
 * evidence may be more than `maxAgeMonths` old on `today`: a page dated "2024" counts from 1 January 2024,
 * one dated "2024-03" from 1 March — as old as it may be, not as young.
 *
 * @example evidenceOf([{ url, title, pageDate: '2024-03' }], '2026-12-01') → { kind: 'dated', pageDate: '2024-03', stale: true }
 */
export function evidenceOf(
  sources: readonly Source[],
  today: string,
  maxAgeMonths = MAX_EVIDENCE_AGE_MONTHS,
): Evidence {
  const dated = sources
    .flatMap((source) => (source.pageDate === undefined || source.pageDate === 'undated' ? [] : [source.pageDate]))
    .sort((a, b) => periodStart(a).localeCompare(periodStart(b)) || a.length - b.length);
  const newest = dated.at(-1);
  if (newest !== undefined) {
    return { kind: 'dated', pageDate: newest, stale: addMonths(periodStart(newest), maxAgeMonths) < today };
  }
  const undated = sources.filter((source) => source.pageDate === 'undated');
  if (undated.length === 0) return { kind: 'unknown', stale: false };
  const read = undated
    .flatMap((source) => (source.read === undefined ? [] : [source.read]))
    .sort()
    .at(-1);
  if (read === undefined) return { kind: 'undated', stale: false };
  return { kind: 'undated', read, stale: addMonths(read, maxAgeMonths) < today };
}

/** "2024" → "2024-01-01", "2024-03" → "2024-03-01": the earliest day a page date can mean. */
export function periodStart(pageDate: string): string {
  return `${pageDate}-01-01`.slice(0, 10);
}

/** "2024-03-31" + 11 months → "2025-02-28" (the last day when the month is shorter). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return target.toISOString().slice(0, 10);
}
