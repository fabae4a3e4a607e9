/**
 * A territory's working hours (`custrecord_tlr_work_hours`, SPEC §8), e.g. `Mon-Fri 09:00-17:00 America/New_York`:
 * the days, the daily window and the IANA time zone they are read in. Parsed into plain data, and used to count how
 * much working time lies between two instants (the response-time clock runs only inside the windows). Pure.
 *
 * Text: day groups separated by commas (`Mon-Fri`, `Sat`, `Mon,Wed,Fri`, `Sun-Tue`; English three-letter names,
 * any case), one window `HH:MM-HH:MM` (24-hour; `24:00` ends at midnight; an end at or before its start runs past
 * midnight into the next day, e.g. `22:00-06:00`), then the time zone.
 */
import type { Problem } from '../types';
import { instantAt, isTimeZone, wallTime } from './zonedTime';

export interface WorkingHours {
  /** Weekdays a window starts on, 0 = Sunday … 6 = Saturday, ascending. */
  days: number[];
  /** Minutes after midnight. */
  start: number;
  /** Minutes after midnight; at or before `start` when the window ends the next day. */
  end: number;
  zone: string;
}

/** What is wrong with working hours: the offending part as written, and why (reads after the quoted entry). */
export interface WorkingHoursProblem {
  entry: string;
  reason: string;
}

export type WorkingHoursParse = { hours: WorkingHours; problem?: undefined } | { hours?: undefined; problem: WorkingHoursProblem };

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const EXAMPLE = 'write days, hours and a time zone, e.g. "Mon-Fri 09:00-17:00 America/New_York"';
const DAY = 86_400_000;
const MINUTE = 60_000;

function dayIndex(name: string): number {
  return DAY_NAMES.indexOf(name.toLowerCase());
}

function parseDays(text: string): number[] | WorkingHoursProblem {
  const days = new Set<number>();
  for (const group of text.split(',')) {
    const [from, to, extra] = group.split('-').map((part) => part.trim());
    const first = dayIndex(from ?? '');
    const last = to === undefined ? first : dayIndex(to);
    if (first < 0 || last < 0 || extra !== undefined) return { entry: group.trim(), reason: 'is not a day or a range of days (Mon, Tue, Wed, Thu, Fri, Sat, Sun)' };
    // A range wraps past Sunday: Fri-Mon is Fri, Sat, Sun, Mon.
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

function parseClock(text: string, allowMidnightEnd: boolean): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour === 24 && minute === 0 && allowMidnightEnd) return 24 * 60;
  return hour < 24 && minute < 60 ? hour * 60 + minute : null;
}

/**
 * Reads working hours; an empty text means every hour counts (null). A problem names the part that is wrong.
 *
 * @example
 * parseWorkingHours('Mon-Fri 09:00-17:00 America/New_York').hours; // { days: [1, 2, 3, 4, 5], start: 540, end: 1020, zone: 'America/New_York' }
 * parseWorkingHours('Mon-Fri 9-5 UTC').problem; // { entry: '9-5', reason: 'is not a time window such as 09:00-17:00' }
 */
export function parseWorkingHours(text: string): WorkingHoursParse | null {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return null;
  if (words.length !== 3) return { problem: { entry: text.trim(), reason: `does not read as days, hours and a time zone: ${EXAMPLE}` } };
  const [dayText, windowText, zone] = words as [string, string, string];
  const days = parseDays(dayText);
  if (!Array.isArray(days)) return { problem: days };
  const [startText, endText, extra] = windowText.split('-');
  const start = parseClock(startText ?? '', false);
  const end = parseClock(endText ?? '', true);
  if (start === null || end === null || extra !== undefined) return { problem: { entry: windowText, reason: 'is not a time window such as 09:00-17:00' } };
  if (start === end % (24 * 60) && end !== 24 * 60) return { problem: { entry: windowText, reason: 'is an empty window: the start and the end are the same time' } };
  if (!isTimeZone(zone)) return { problem: { entry: zone, reason: 'is not a time zone name such as America/New_York or Europe/Berlin' } };
  return { hours: { days, start, end, zone } };
}

/**
 * The territory-save check of Working Hours (SPEC §3.7 style: the field, the entry, what is wrong), or none.
 *
 * @example
 * workingHoursProblems('Mon-Fri 9-5 UTC');
 * // [{ code: 'BAD_WORK_HOURS', field: 'workHours', entry: '9-5', reason: 'is not a time window such as 09:00-17:00' }]
 */
export function workingHoursProblems(text: string): Problem[] {
  const problem = parseWorkingHours(text)?.problem;
  return problem === undefined ? [] : [{ code: 'BAD_WORK_HOURS', field: 'workHours', ...problem }];
}

/** The windows that start on the local calendar day `year-month-day`, as instants. */
function windowOn(hours: WorkingHours, year: number, month: number, day: number): [number, number] {
  const startsAt = instantAt({ year, month, day, hour: Math.floor(hours.start / 60), minute: hours.start % 60 }, hours.zone);
  const nextDay = hours.end <= hours.start ? 1 : 0;
  const endsAt = instantAt({ year, month, day: day + nextDay, hour: Math.floor(hours.end / 60), minute: hours.end % 60 }, hours.zone);
  return [startsAt, endsAt];
}

/**
 * Working milliseconds in [from, to): with no working hours, all of them; otherwise the parts of each day's window
 * (in the territory's time zone, so a DST change moves the window, not the count of hours in it) that fall inside.
 *
 * @example
 * // Friday 16:00 to Monday 10:00 in New York, Mon-Fri 09:00-17:00: one hour on Friday, one on Monday.
 * workingMillisBetween(hours, Date.UTC(2026, 10, 27, 21), Date.UTC(2026, 10, 30, 15)); // 7_200_000
 */
export function workingMillisBetween(hours: WorkingHours | null, from: number, to: number): number {
  if (to <= from) return 0;
  if (hours === null) return to - from;
  let total = 0;
  // Start a day early: a window that began the evening before may still be open at `from`.
  const first = wallTime(from - DAY, hours.zone);
  for (let offset = 0; ; offset += 1) {
    // Date.UTC normalises day overflow, so day + offset walks the calendar across month ends.
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
    const [startsAt, endsAt] = windowOn(hours, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    if (startsAt >= to) break;
    if (hours.days.includes(date.getUTCDay())) total += Math.max(0, Math.min(endsAt, to) - Math.max(startsAt, from));
  }
  return total;
}

/**
 * Whether `limitHours` of working time have passed between two instants.
 *
 * @example
 * responseTimeMissed(hours, routedAt, now, 4); // true once four working hours have gone by
 */
export function responseTimeMissed(hours: WorkingHours | null, from: number, to: number, limitHours: number): boolean {
  return workingMillisBetween(hours, from, to) >= Math.round(limitHours * 60) * MINUTE;
}
