/** The distribution view's period (SPEC §6 `distribution`): `from` and `until`, days; by default the last 30 days. */

export interface Period {
  from: string;
  until: string;
}

export const DEFAULT_DAYS = 30;
/** A longer period would draw more bars than a chart can show; a year is the longest. */
export const LONGEST_DAYS = 366;

const DAY_MS = 86_400_000;

function dayNumber(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day ? null : time / DAY_MS;
}

/** @example dayAfter('2026-12-31', 1); // '2027-01-01' */
export function dayAfter(day: string, days: number): string {
  return new Date((dayNumber(day)! + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Every day of the period, in order. */
export function daysOf(period: Period): string[] {
  const count = dayNumber(period.until)! - dayNumber(period.from)! + 1;
  return Array.from({ length: count }, (_, at) => dayAfter(period.from, at));
}

/**
 * The period asked for, or one line naming the bad parameter.
 *
 * @example
 * readPeriod({ from: '2026-11-01' }, '2026-11-26'); // { from: '2026-11-01', until: '2026-11-26' }
 * readPeriod({ from: 'May' }, '2026-11-26'); // 'from: "May" is not a day (YYYY-MM-DD)'
 */
export function readPeriod(params: Readonly<Record<string, string>>, today: string): Period | string {
  const given = (name: string) => params[name]?.trim() ?? '';
  for (const name of ['from', 'until']) {
    const value = given(name);
    if (value !== '' && dayNumber(value) === null) return `${name}: ${JSON.stringify(value.slice(0, 20))} is not a day (YYYY-MM-DD)`;
  }
  const until = given('until') || today;
  const from = given('from') || dayAfter(until, 1 - DEFAULT_DAYS);
  const length = dayNumber(until)! - dayNumber(from)! + 1;
  if (length < 1) return `from: ${from} is after until: ${until}`;
  if (length > LONGEST_DAYS) return `from: ${from} is more than ${LONGEST_DAYS} days before until: ${until}`;
  return { from, until };
}
