/** The emulated account's clock: scripts, record stamps and cache expiry all read this, never the host's time. */
import { dayToDate, isoDay, isIsoDay } from './dates';
import { ServerDate } from './serverDate';

export class Clock {
  private current: Date;
  /** The last day `today` worked out, and the instant it was for: every search filter asks, and the clock rarely moves. */
  private lastDay = { at: Number.NaN, day: '' };

  constructor(now: Date) {
    this.current = new Date(now.getTime());
  }

  /** `YYYY-MM-DD` sets noon of that day on the server's clock; anything else must be a parseable instant. */
  static from(value: string | Date | undefined): Clock {
    if (value === undefined) return new Clock(new Date());
    if (value instanceof Date) return new Clock(value);
    if (isIsoDay(value)) return new Clock(new Date(dayToDate(value).getTime() + 12 * 3600 * 1000));
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) throw new Error(`clock: "${value}" is neither YYYY-MM-DD nor an ISO instant`);
    return new Clock(instant);
  }

  now(): Date {
    return new ServerDate(this.current.getTime());
  }

  nowMs(): number {
    return this.current.getTime();
  }

  /** The server's calendar day (Pacific). */
  today(): string {
    const at = this.current.getTime();
    if (this.lastDay.at !== at) this.lastDay = { at, day: isoDay(this.current) };
    return this.lastDay.day;
  }

  set(value: string | Date): void {
    this.current = Clock.from(value).now();
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
