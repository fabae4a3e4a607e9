/**
 * Dates as NetSuite shows them to scripts, on the server's clock (Pacific time, whatever the machine's zone).
 * DATE values are calendar days (`YYYY-MM-DD`, midnight Pacific when handed out as a Date); DATETIMETZ values are
 * instants. The emulated user's date format is the US default `M/D/YYYY` (time `h:mm am`) and their time zone the
 * server's: used for search results, lookupFields, N/format and search filter values.
 */
import { calendarDay, instantAt, wallTime } from '../../src/engine/time/zonedTime';
import { SERVER_TIME_ZONE, ServerDate } from './serverDate';

/** The server's calendar day of an instant. */
export function isoDay(date: Date): string {
  return calendarDay(date.getTime(), SERVER_TIME_ZONE);
}

function dayParts(day: string): [number, number, number] {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return [year ?? NaN, month ?? NaN, dayOfMonth ?? NaN];
}

/** Midnight of a `YYYY-MM-DD` day on the server's clock. */
export function dayToDate(day: string): Date {
  const [year, month, dayOfMonth] = dayParts(day);
  return new ServerDate(year, month - 1, dayOfMonth);
}

/** Whether the text is a real `YYYY-MM-DD` day (no 30 February). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = dayParts(text);
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === text;
}

/**
 * An ISO 8601 date-time as a person writes it in a file — `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z`, an offset
 * `±HH:MM` or none (the server's local time) — as an instant; null for anything else, including days and times
 * that do not exist (`2026-02-30T10:00Z`, `25:00`), which `new Date` would quietly move to another day.
 */
export function parseIsoInstant(text: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/.exec(text);
  if (!match || !isIsoDay(match[1] ?? '')) return null;
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = [match[2], match[3], match[4] ?? '0', match[6] ?? '0', match[7] ?? '0'].map(Number);
  if (hours! > 23 || minutes! > 59 || seconds! > 59 || offsetHours! > 23 || offsetMinutes! > 59) return null;
  const instant = match[5] === undefined ? new ServerDate(text.replace(/(\.\d{3})\d+$/, '$1')) : new ServerDate(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export function formatUserDate(day: string): string {
  const [year, month, dayOfMonth] = dayParts(day);
  return `${month}/${dayOfMonth}/${year}`;
}

export function formatUserDateTime(instant: Date): string {
  const wall = wallTime(instant.getTime(), SERVER_TIME_ZONE);
  const hour12 = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  const minutes = String(wall.minute).padStart(2, '0');
  return `${formatUserDate(isoDay(instant))} ${hour12}:${minutes} ${wall.hour < 12 ? 'am' : 'pm'}`;
}

/** `M/D/YYYY` (an optional time part is ignored) → `YYYY-MM-DD`, or null when the text is not such a date. */
export function parseUserDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(\s+\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?)?\s*$/i.exec(text);
  if (!match) return null;
  const day = `${match[3]}-${match[1]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
  return isIsoDay(day) ? day : null;
}

/** `M/D/YYYY h:mm am|pm` → the instant on the server's clock, or null. */
export function parseUserDateTime(text: string): Date | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)\s*$/i.exec(text);
  if (!match) return null;
  const hour12 = Number(match[4]) % 12;
  const hours = (match[7] ?? '').toLowerCase() === 'pm' ? hour12 + 12 : hour12;
  const wall = { year: Number(match[3]), month: Number(match[1]), day: Number(match[2]), hour: hours, minute: Number(match[5]) };
  return new ServerDate(instantAt(wall, SERVER_TIME_ZONE) + Number(match[6] ?? 0) * 1000);
}

export function addDays(day: string, days: number): string {
  const [year, month, dayOfMonth] = dayParts(day);
  return new Date(Date.UTC(year, month - 1, dayOfMonth + days)).toISOString().slice(0, 10);
}

/** The relative dates search filters accept that have one day as their meaning (`daysago30`, `today`, …). */
export function relativeDay(keyword: string, today: string): string | null {
  const word = keyword.trim().toLowerCase();
  if (word === 'today') return today;
  if (word === 'yesterday') return addDays(today, -1);
  if (word === 'tomorrow') return addDays(today, 1);
  const ago = /^daysago(\d+)$/.exec(word);
  if (ago) return addDays(today, -Number(ago[1]));
  const ahead = /^daysfromnow(\d+)$/.exec(word);
  if (ahead) return addDays(today, Number(ahead[1]));
  return null;
}
