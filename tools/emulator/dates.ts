/**
 * Dates as NetSuite shows them to scripts. DATE values are calendar days (`YYYY-MM-DD`, midnight in the
 * server's zone when handed out as a Date); DATETIMETZ values are instants. The user's date format is the US
 * default `M/D/YYYY` (time `h:mm am`), used for search results, lookupFields, N/format and search filter values.
 */

export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Midnight of a `YYYY-MM-DD` day in the local zone. */
export function dayToDate(day: string): Date {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return new Date(year ?? NaN, (month ?? NaN) - 1, dayOfMonth ?? NaN);
}

export function isIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(dayToDate(text).getTime()) && isoDay(dayToDate(text)) === text;
}

/**
 * An ISO 8601 date-time as a person writes it in a file — `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z`, an offset
 * `±HH:MM` or none (local time) — as an instant; null for anything else, including days and times that do not
 * exist (`2026-02-30T10:00Z`, `25:00`), which `new Date` would quietly move to another day.
 */
export function parseIsoInstant(text: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/.exec(text);
  if (!match || !isIsoDay(match[1] ?? '')) return null;
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = [match[2], match[3], match[4] ?? '0', match[6] ?? '0', match[7] ?? '0'].map(Number);
  if (hours! > 23 || minutes! > 59 || seconds! > 59 || offsetHours! > 23 || offsetMinutes! > 59) return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export function formatUserDate(day: string): string {
  const date = dayToDate(day);
  return `${date.getMonth() + 1}/${date.getDate()}/${date.getFullYear()}`;
}

export function formatUserDateTime(instant: Date): string {
  const hours = instant.getHours();
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const minutes = String(instant.getMinutes()).padStart(2, '0');
  return `${formatUserDate(isoDay(instant))} ${hour12}:${minutes} ${hours < 12 ? 'am' : 'pm'}`;
}

/** `M/D/YYYY` (an optional time part is ignored) → `YYYY-MM-DD`, or null when the text is not such a date. */
export function parseUserDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(\s+\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?)?\s*$/i.exec(text);
  if (!match) return null;
  const date = new Date(Number(match[3]), Number(match[1]) - 1, Number(match[2]));
  const day = isoDay(date);
  return formatUserDate(day) === `${Number(match[1])}/${Number(match[2])}/${match[3]}` ? day : null;
}

/** `M/D/YYYY h:mm am|pm` → the instant in the local zone, or null. */
export function parseUserDateTime(text: string): Date | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)\s*$/i.exec(text);
  if (!match) return null;
  const hour12 = Number(match[4]) % 12;
  const hours = (match[7] ?? '').toLowerCase() === 'pm' ? hour12 + 12 : hour12;
  return new Date(Number(match[3]), Number(match[1]) - 1, Number(match[2]), hours, Number(match[5]), Number(match[6] ?? 0));
}

export function addDays(day: string, days: number): string {
  const date = dayToDate(day);
  date.setDate(date.getDate() + days);
  return isoDay(date);
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
