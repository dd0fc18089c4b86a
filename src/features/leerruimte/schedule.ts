/**
 * A team's weekly slot, in Europe/Amsterdam wall time, correct across both DST changes whatever the
 * process's own time zone. Pure: the clock is passed in.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

export interface Slot {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  day: number;
  /** "HH:MM", 24-hour. */
  time: string;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock time in Amsterdam at `instant`. */
export function wallTime(instant: Date): Wall {
  const parts = Object.fromEntries(FORMAT.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
  };
}

/**
 * The instant at which Amsterdam's clock shows the given wall time. A time that does not exist (the hour
 * skipped in spring) moves forward by that hour; a time that exists twice (autumn) takes the first.
 */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // Amsterdam is UTC+1 or UTC+2: try both offsets and keep the one whose wall time matches.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(guess - offsetHours * 3_600_000);
    const wall = wallTime(candidate);
    if (
      wall.year === year &&
      wall.month === month &&
      wall.day === day &&
      wall.hour === hour &&
      wall.minute === minute
    ) {
      return candidate;
    }
  }
  return new Date(guess - 3_600_000); // skipped hour: the same UTC instant as one hour later in summer time
}

/** The ISO week of `instant` in Amsterdam, as "2026-W48". */
export function isoWeek(instant: Date): string {
  const wall = wallTime(instant);
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  // Thursday of this week decides the ISO year.
  date.setUTCDate(date.getUTCDate() + 4 - wall.weekday);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The moment of the team's slot in the ISO week that contains `now`. */
export function slotInWeekOf(now: Date, slot: Slot): Date {
  const wall = wallTime(now);
  const monday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day - (wall.weekday - 1)));
  const target = new Date(monday.getTime() + (slot.day - 1) * 86_400_000);
  const [hour = 9, minute = 0] = slot.time.split(':').map(Number);
  return zonedInstant(target.getUTCFullYear(), target.getUTCMonth() + 1, target.getUTCDate(), hour, minute);
}

/** Whether this week's slot has passed at `now`. */
export function isDue(now: Date, slot: Slot): boolean {
  return now.getTime() >= slotInWeekOf(now, slot).getTime();
}

export function isValidSlot(slot: { day?: unknown; time?: unknown }): slot is Slot {
  return (
    Number.isInteger(slot.day) &&
    (slot.day as number) >= 1 &&
    (slot.day as number) <= 7 &&
    typeof slot.time === 'string' &&
    /^([01]\d|2[0-3]):[0-5]\d$/.test(slot.time)
  );
}
