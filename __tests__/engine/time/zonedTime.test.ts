import { calendarDay, instantAt, isTimeZone, wallTime, zoneOffset } from '../../../src/engine/time/zonedTime';

const HOUR = 3_600_000;

describe('wall time in a named time zone', () => {
  test('knows IANA names and refuses others', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Australia/Sydney')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  test('New York springs forward on 8 March 2026: 01:59 EST is followed by 03:00 EDT', () => {
    expect(wallTime(Date.UTC(2026, 2, 8, 6, 59), 'America/New_York')).toMatchObject({ day: 8, hour: 1, minute: 59, weekday: 0 });
    expect(wallTime(Date.UTC(2026, 2, 8, 7, 0), 'America/New_York')).toMatchObject({ day: 8, hour: 3, minute: 0 });
    expect(zoneOffset(Date.UTC(2026, 2, 8, 6, 0), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffset(Date.UTC(2026, 2, 8, 8, 0), 'America/New_York')).toBe(-4 * HOUR);
  });

  test('Sydney (southern hemisphere) springs forward on 4 October 2026 and falls back on 5 April 2026', () => {
    expect(zoneOffset(Date.UTC(2026, 9, 3, 12), 'Australia/Sydney')).toBe(10 * HOUR);
    expect(zoneOffset(Date.UTC(2026, 9, 4, 12), 'Australia/Sydney')).toBe(11 * HOUR);
    expect(zoneOffset(Date.UTC(2026, 3, 4, 12), 'Australia/Sydney')).toBe(11 * HOUR);
    expect(zoneOffset(Date.UTC(2026, 3, 5, 12), 'Australia/Sydney')).toBe(10 * HOUR);
  });

  test('a wall time maps to its instant on either side of a change', () => {
    expect(instantAt({ year: 2026, month: 3, day: 6, hour: 9, minute: 0 }, 'America/New_York')).toBe(Date.UTC(2026, 2, 6, 14));
    expect(instantAt({ year: 2026, month: 3, day: 9, hour: 9, minute: 0 }, 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 13));
    expect(instantAt({ year: 2026, month: 10, day: 5, hour: 9, minute: 0 }, 'Australia/Sydney')).toBe(Date.UTC(2026, 9, 4, 22));
  });

  test('a skipped time lands after the gap; a repeated time is its first occurrence', () => {
    expect(instantAt({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(instantAt({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  test('the calendar day depends on the zone, not on the host', () => {
    const instant = Date.UTC(2026, 11, 21, 3, 0);
    expect(calendarDay(instant, 'America/Los_Angeles')).toBe('2026-12-20');
    expect(calendarDay(instant, 'Europe/Berlin')).toBe('2026-12-21');
  });
});
