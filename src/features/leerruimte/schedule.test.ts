import { describe, expect, it } from 'vitest';
import { isDue, isoWeek, isValidSlot, slotInWeekOf, zonedInstant } from './schedule.js';

const MONDAY_NINE = { day: 1, time: '09:00' };

describe('leerruimte schedule (Europe/Amsterdam)', () => {
  it.each([
    // Winter time (UTC+1) before the spring change on Sunday 29 March 2026.
    ['2026-03-25T12:00:00Z', '2026-03-23T08:00:00.000Z'],
    // Summer time (UTC+2) in the week after the change.
    ['2026-04-01T12:00:00Z', '2026-03-30T07:00:00.000Z'],
    // Summer time in the week before the autumn change on Sunday 25 October 2026.
    ['2026-10-21T12:00:00Z', '2026-10-19T07:00:00.000Z'],
    // Winter time again in the week after it.
    ['2026-10-28T12:00:00Z', '2026-10-26T08:00:00.000Z'],
  ])('in the week of %s, Monday 09:00 is %s', (now, slot) => {
    expect(slotInWeekOf(new Date(now), MONDAY_NINE).toISOString()).toBe(slot);
  });

  it('handles a slot on the very Sunday of each change', () => {
    // 29 March 2026: 02:30 does not exist (clocks jump 02:00 → 03:00); it moves to 03:30 CEST = 01:30Z.
    expect(slotInWeekOf(new Date('2026-03-27T12:00:00Z'), { day: 7, time: '02:30' }).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 25 October 2026: 02:30 exists twice; the first (CEST) = 00:30Z.
    expect(slotInWeekOf(new Date('2026-10-23T12:00:00Z'), { day: 7, time: '02:30' }).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedInstant(2026, 10, 25, 10, 0).toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('is due from the slot on, for the rest of that week', () => {
    expect(isDue(new Date('2026-03-30T06:59:00Z'), MONDAY_NINE)).toBe(false);
    expect(isDue(new Date('2026-03-30T07:00:00Z'), MONDAY_NINE)).toBe(true);
    expect(isDue(new Date('2026-04-05T21:00:00Z'), MONDAY_NINE)).toBe(true);
    // Sunday 23:30 Amsterdam is still the same ISO week; Monday 00:30 is a new one, before its slot.
    expect(isDue(new Date('2026-04-05T22:30:00Z'), MONDAY_NINE)).toBe(false);
  });

  it.each([
    ['2026-01-01T12:00:00Z', '2026-W01'],
    ['2026-11-22T12:00:00Z', '2026-W47'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2027-01-03T12:00:00Z', '2026-W53'],
    ['2027-01-04T12:00:00Z', '2027-W01'],
    // 23:30 UTC on a Sunday is already Monday in Amsterdam.
    ['2026-11-22T23:30:00Z', '2026-W48'],
  ])('ISO week of %s is %s', (instant, week) => {
    expect(isoWeek(new Date(instant))).toBe(week);
  });

  it.each([
    [{ day: 1, time: '09:00' }, true],
    [{ day: 7, time: '23:59' }, true],
    [{ day: 0, time: '09:00' }, false],
    [{ day: 1, time: '24:00' }, false],
    [{ day: 1, time: '9:00' }, false],
    [{ day: '1', time: '09:00' }, false],
  ])('slot %j valid: %s', (slot, valid) => {
    expect(isValidSlot(slot)).toBe(valid);
  });
});
