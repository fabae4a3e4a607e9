/**
 * Dates as a NetSuite server script sees them. NetSuite runs server scripts on Pacific time, so a script's Date
 * reads and sets its local fields (getDate, getHours, setDate, toString…) in America/Los_Angeles, whatever the
 * machine's zone. ServerDate is an ordinary Date (same instant, same UTC methods) with those local fields moved
 * to the server's zone; scripts get it as their `Date`, and every Date the emulated modules hand out is one.
 */
import { instantAt, wallTime, zoneOffset, type WallTime } from '../../src/engine/time/zonedTime';

/** NetSuite's server time zone (SOAP web services: dates come back in PST/PDT, the server time). */
export const SERVER_TIME_ZONE = 'America/Los_Angeles';

const MINUTE = 60_000;
const LOCAL_TEXT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The instant of local fields (month 0–11 as Date takes it; overflow carries, as in Date). */
function serverInstant(fields: LocalFields): number {
  if (!Object.values(fields).every(Number.isFinite)) return NaN;
  const wall = { year: fields.year, month: fields.month + 1, day: fields.day, hour: fields.hour, minute: fields.minute };
  return instantAt(wall, SERVER_TIME_ZONE) + fields.second * 1000 + fields.millisecond;
}

/** `new Date(y, m, d, …)` and offset-less ISO date-times are local time: here, the server's. */
function constructorInstant(args: readonly unknown[]): number | undefined {
  if (args.length >= 2) {
    const [year, month, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] = args.map(Number);
    return serverInstant({ year: year!, month: month!, day, hour, minute, second, millisecond });
  }
  const match = typeof args[0] === 'string' ? LOCAL_TEXT.exec(args[0]) : null;
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const millisecond = Number((match[7] ?? '0').padEnd(3, '0'));
  return serverInstant({ year: year!, month: month! - 1, day: day!, hour: hour!, minute: minute!, second: second!, millisecond });
}

export class ServerDate extends Date {
  constructor(...args: unknown[]) {
    const local = constructorInstant(args);
    if (local !== undefined) super(local);
    else if (args.length === 0) super();
    else super(args[0] as string | number | Date);
  }

  private wall(): WallTime {
    return wallTime(this.getTime(), SERVER_TIME_ZONE);
  }

  /** Local fields now, with some replaced, written back as an instant (NaN stays NaN). */
  private setLocal(changes: Partial<LocalFields>): number {
    if (Number.isNaN(this.getTime())) return NaN;
    const wall = this.wall();
    const current: LocalFields = { ...wall, month: wall.month - 1, millisecond: this.getUTCMilliseconds() };
    return this.setTime(serverInstant({ ...current, ...changes }));
  }

  override getFullYear(): number {
    return Number.isNaN(this.getTime()) ? NaN : this.wall().year;
  }
  override getMonth(): number {
    return Number.isNaN(this.getTime()) ? NaN : this.wall().month - 1;
  }
  override getDate(): number {
    return Number.isNaN(this.getTime()) ? NaN : this.wall().day;
  }
  override getDay(): number {
    return Number.isNaN(this.getTime()) ? NaN : this.wall().weekday;
  }
  override getHours(): number {
    return Number.isNaN(this.getTime()) ? NaN : this.wall().hour;
  }
  override getMinutes(): number {
    return Number.isNaN(this.getTime()) ? NaN : this.wall().minute;
  }
  override getTimezoneOffset(): number {
    return Number.isNaN(this.getTime()) ? NaN : -zoneOffset(this.getTime(), SERVER_TIME_ZONE) / MINUTE;
  }
  override setFullYear(year: number, month?: number, day?: number): number {
    return this.setLocal({ year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) });
  }
  override setMonth(month: number, day?: number): number {
    return this.setLocal({ month, ...(day === undefined ? {} : { day }) });
  }
  override setDate(day: number): number {
    return this.setLocal({ day });
  }
  override setHours(hour: number, minute?: number, second?: number, millisecond?: number): number {
    return this.setLocal({ hour, ...(minute === undefined ? {} : { minute }), ...(second === undefined ? {} : { second }), ...(millisecond === undefined ? {} : { millisecond }) });
  }
  override setMinutes(minute: number, second?: number, millisecond?: number): number {
    return this.setLocal({ minute, ...(second === undefined ? {} : { second }), ...(millisecond === undefined ? {} : { millisecond }) });
  }

  /** `Mon Dec 07 2026 09:00:00 GMT-0800 (Pacific Standard Time)`, as a server script logs it. */
  override toString(): string {
    return Number.isNaN(this.getTime()) ? 'Invalid Date' : `${this.toDateString()} ${this.toTimeString()}`;
  }
  override toDateString(): string {
    if (Number.isNaN(this.getTime())) return 'Invalid Date';
    return new Intl.DateTimeFormat('en-US', { timeZone: SERVER_TIME_ZONE, weekday: 'short', month: 'short', day: '2-digit', year: 'numeric' })
      .format(this)
      .replace(/^(\w+), (\w+) (\d+), (\d+)$/, '$1 $2 $3 $4');
  }
  override toTimeString(): string {
    if (Number.isNaN(this.getTime())) return 'Invalid Date';
    const wall = this.wall();
    const offset = -this.getTimezoneOffset();
    const sign = offset < 0 ? '-' : '+';
    const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    const name = new Intl.DateTimeFormat('en-US', { timeZone: SERVER_TIME_ZONE, timeZoneName: 'long' }).formatToParts(this).find((part) => part.type === 'timeZoneName')?.value ?? SERVER_TIME_ZONE;
    const clock = [wall.hour, wall.minute, wall.second].map((part) => String(part).padStart(2, '0')).join(':');
    return `${clock} GMT${sign}${hhmm} (${name})`;
  }
  override toLocaleString(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions): string {
    return super.toLocaleString(locales, { timeZone: SERVER_TIME_ZONE, ...options });
  }
  override toLocaleDateString(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions): string {
    return super.toLocaleDateString(locales, { timeZone: SERVER_TIME_ZONE, ...options });
  }
  override toLocaleTimeString(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions): string {
    return super.toLocaleTimeString(locales, { timeZone: SERVER_TIME_ZONE, ...options });
  }
}
