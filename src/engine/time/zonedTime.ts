/**
 * Wall-clock time in a named IANA time zone, both ways, through the ECMAScript Intl API (the only time-zone data a
 * SuiteScript 2.1 server script has besides N/format). Pure: instants are milliseconds since the epoch, never "now".
 * Used for working hours (response time) and for the routing day in a territory's time zone (routingDay.ts).
 */

/** A moment as a clock on the wall shows it: month 1–12, weekday 0 = Sunday … 6 = Saturday. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const DAY = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Whether the runtime knows this IANA time zone name (case as written is accepted the way Intl accepts it).
 *
 * @example
 * isTimeZone('America/New_York'); // true
 * isTimeZone('Mars/Olympus'); // false
 */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall time in `zone` at an instant. Throws RangeError for a zone the runtime does not know.
 *
 * @example
 * wallTime(Date.UTC(2026, 2, 8, 7, 0), 'America/New_York'); // { year: 2026, month: 3, day: 8, hour: 3, minute: 0, second: 0, weekday: 0 }
 */
export function wallTime(instant: number, zone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** How far `zone` is ahead of UTC at an instant, in milliseconds (negative west of Greenwich). */
export function zoneOffset(instant: number, zone: string): number {
  const wall = wallTime(instant, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant a wall clock in `zone` shows this date and time. A time the clocks skip (spring forward) is read
 * with the offset before the change, so 02:30 on a skipped hour lands at 03:30; a time shown twice (fall back)
 * is its first occurrence. Month 1–12; hour 24 is midnight of the next day.
 *
 * @example
 * instantAt({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'America/New_York'); // Date.UTC(2026, 6, 1, 13, 0)
 */
export function instantAt(wall: { year: number; month: number; day: number; hour: number; minute: number }, zone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // The offsets a day either side: no zone changes its clocks twice within two days, and no offset exceeds 14 hours.
  const before = zoneOffset(asUtc - DAY, zone);
  const after = zoneOffset(asUtc + DAY, zone);
  const valid = [asUtc - before, asUtc - after].filter((instant, index) => zoneOffset(instant, zone) === (index === 0 ? before : after));
  return valid.length > 0 ? Math.min(...valid) : asUtc - before;
}

/**
 * The calendar day (`YYYY-MM-DD`) in `zone` at an instant: what "today" is for someone there.
 *
 * @example
 * calendarDay(Date.UTC(2026, 11, 21, 3, 0), 'America/Los_Angeles'); // '2026-12-20'
 */
export function calendarDay(instant: number, zone: string): string {
  const { year, month, day } = wallTime(instant, zone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
