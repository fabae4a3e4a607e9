/**
 * Moments an account file or the command line names, and the company's clock of a run (SPEC §5: `today`, `now`,
 * `timezone`): ISO date-times are read in the company's time zone unless they carry an offset, never in the
 * machine's.
 */
import { calendarDay, instantAt } from '../../src/engine/time/zonedTime';
import { SERVER_TIME_ZONE } from '../emulator/serverDate';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The instant an ISO date-time names (`2026-11-27T15:00`, `2026-11-27T10:00:00-05:00`); without an offset it is the
 * wall time in `timeZone`. Null for anything else.
 *
 * @example
 * atInstant('2026-11-27T15:00', 'UTC'); // 2026-11-27T15:00:00.000Z
 * atInstant('2026-12-21T09:00', 'Australia/Sydney'); // 2026-12-20T22:00:00.000Z
 * atInstant('tomorrow', 'UTC'); // null
 */
export function atInstant(text: string, timeZone: string): Date | null {
  const match = DATE_TIME.exec(text);
  if (match === null) return null;
  if (match[8] !== undefined) {
    const instant = new Date(text);
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!)).toISOString().slice(0, 16) !== text.slice(0, 16)) return null;
  return new Date(instantAt({ year: year!, month: month!, day: day!, hour: hour!, minute: minute! }, timeZone) + second! * 1000 + Number(match[7] ?? 0) * 1000);
}

/** What an account file says of time: the company's time zone (default the server's), `today` or `now`. */
export interface AccountTime {
  today?: string;
  now?: string;
  timezone?: string;
}

/** The company's time zone of an account file: `timezone`, else NetSuite's server time. */
export function companyTimeZone(account: AccountTime): string {
  return account.timezone ?? SERVER_TIME_ZONE;
}

/**
 * The moment a run starts: `now`; else noon of `today` in the company's time zone; else the machine's clock.
 *
 * @example
 * runStart({ today: '2026-12-21', timezone: 'Australia/Sydney' }).toISOString(); // '2026-12-21T01:00:00.000Z'
 */
export function runStart(account: AccountTime): Date {
  const zone = companyTimeZone(account);
  if (account.now !== undefined) return atInstant(account.now, zone) ?? new Date(NaN);
  if (account.today === undefined) return new Date();
  const [year, month, day] = account.today.split('-').map(Number);
  return new Date(instantAt({ year: year!, month: month!, day: day!, hour: 12, minute: 0 }, zone));
}

/** The company's calendar day of a moment. */
export function companyDay(account: AccountTime, instant: Date): string {
  return calendarDay(instant.getTime(), companyTimeZone(account));
}
