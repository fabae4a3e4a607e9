import { parseWorkingHours, responseTimeMissed, workingHoursProblems, workingMillisBetween, type WorkingHours } from '../../../src/engine/time/workingHours';

const HOUR = 3_600_000;

function hours(text: string): WorkingHours {
  const parsed = parseWorkingHours(text);
  if (!parsed?.hours) throw new Error(`did not parse: ${text}`);
  return parsed.hours;
}

describe('parseWorkingHours', () => {
  test('reads days, a window and a time zone', () => {
    expect(parseWorkingHours('Mon-Fri 09:00-17:00 America/New_York')).toEqual({
      hours: { days: [1, 2, 3, 4, 5], start: 540, end: 1020, zone: 'America/New_York' },
    });
    expect(parseWorkingHours('  mon,WED,Fri-Sun   8:30-24:00 Europe/Berlin ')?.hours).toEqual({ days: [0, 1, 3, 5, 6], start: 510, end: 1440, zone: 'Europe/Berlin' });
    expect(parseWorkingHours('Fri-Mon 22:00-06:00 UTC')?.hours).toEqual({ days: [0, 1, 5, 6], start: 1320, end: 360, zone: 'UTC' });
  });

  test('empty text means every hour counts', () => {
    expect(parseWorkingHours('')).toBeNull();
    expect(parseWorkingHours('   ')).toBeNull();
  });

  test.each([
    ['Mon-Fri 09:00-17:00', { entry: 'Mon-Fri 09:00-17:00', reason: 'does not read as days, hours and a time zone: write days, hours and a time zone, e.g. "Mon-Fri 09:00-17:00 America/New_York"' }],
    ['Mon-Fry 09:00-17:00 UTC', { entry: 'Mon-Fry', reason: 'is not a day or a range of days (Mon, Tue, Wed, Thu, Fri, Sat, Sun)' }],
    ['Mon-Fri 9-5 UTC', { entry: '9-5', reason: 'is not a time window such as 09:00-17:00' }],
    ['Mon-Fri 09:00-25:00 UTC', { entry: '09:00-25:00', reason: 'is not a time window such as 09:00-17:00' }],
    ['Mon-Fri 24:00-08:00 UTC', { entry: '24:00-08:00', reason: 'is not a time window such as 09:00-17:00' }],
    ['Mon-Fri 09:00-09:00 UTC', { entry: '09:00-09:00', reason: 'is an empty window: the start and the end are the same time' }],
    ['Mon-Fri 09:00-17:00 America/Nowhere', { entry: 'America/Nowhere', reason: 'is not a time zone name such as America/New_York or Europe/Berlin' }],
  ])('refuses %s naming the entry', (text, problem) => {
    expect(parseWorkingHours(text)).toEqual({ problem });
  });
});

describe('workingMillisBetween', () => {
  const newYork = hours('Mon-Fri 09:00-17:00 America/New_York');

  test('without working hours every hour counts', () => {
    expect(workingMillisBetween(null, Date.UTC(2026, 10, 27, 21), Date.UTC(2026, 10, 28, 1))).toBe(4 * HOUR);
  });

  test('a weekend does not count: Friday 16:00 to Monday 10:00 is two working hours', () => {
    expect(workingMillisBetween(newYork, Date.UTC(2026, 10, 27, 21), Date.UTC(2026, 10, 30, 15))).toBe(2 * HOUR);
  });

  test('across midnight the clock stops at 17:00 and starts again at 09:00', () => {
    // Tuesday 15:00 to Wednesday 11:00 New York (EST, UTC-5).
    expect(workingMillisBetween(newYork, Date.UTC(2026, 11, 1, 20), Date.UTC(2026, 11, 2, 16))).toBe(4 * HOUR);
  });

  test('a window across midnight counts on both days', () => {
    const night = hours('Mon-Fri 22:00-06:00 UTC');
    // Monday 21:00 to Tuesday 07:00: the whole Monday-night window, 8 hours.
    expect(workingMillisBetween(night, Date.UTC(2026, 10, 30, 21), Date.UTC(2026, 11, 1, 7))).toBe(8 * HOUR);
    // Saturday 03:00 to 05:00 is inside Friday's window, which runs into Saturday.
    expect(workingMillisBetween(night, Date.UTC(2026, 10, 28, 3), Date.UTC(2026, 10, 28, 5))).toBe(2 * HOUR);
  });

  test('the DST change in March keeps 09:00-17:00 local: eight hours each day, at other UTC hours', () => {
    // Friday 6 March 09:00 EST (14:00Z) to Monday 9 March 17:00 EDT (21:00Z): two full days.
    expect(workingMillisBetween(newYork, Date.UTC(2026, 2, 6, 14), Date.UTC(2026, 2, 9, 21))).toBe(16 * HOUR);
    // Monday 9 March 13:00Z is 09:00 EDT (it would be 08:00 with the winter offset).
    expect(workingMillisBetween(newYork, Date.UTC(2026, 2, 9, 12), Date.UTC(2026, 2, 9, 13))).toBe(0);
  });

  test('a window that a DST change shortens counts the hours the clocks show (southern hemisphere, October)', () => {
    const sydneyNights = hours('Sat-Sun 00:00-06:00 Australia/Sydney');
    // Sunday 4 October 2026 00:00-06:00 AEST→AEDT: the clocks skip 02:00-03:00, so five hours pass.
    const sundayStart = Date.UTC(2026, 9, 3, 14);
    expect(workingMillisBetween(sydneyNights, sundayStart, sundayStart + 12 * HOUR)).toBe(5 * HOUR);
  });

  test('a window that a DST change lengthens counts the repeated hour (southern hemisphere, April)', () => {
    const sydneyNights = hours('Sun 00:00-06:00 Australia/Sydney');
    // Sunday 5 April 2026 00:00 AEDT (4 April 13:00Z) to 06:00 AEST (20:00Z): seven hours.
    expect(workingMillisBetween(sydneyNights, Date.UTC(2026, 3, 4, 12), Date.UTC(2026, 3, 5, 0))).toBe(7 * HOUR);
  });

  test('nothing for an empty or reversed interval', () => {
    expect(workingMillisBetween(newYork, Date.UTC(2026, 10, 30, 15), Date.UTC(2026, 10, 30, 15))).toBe(0);
    expect(workingMillisBetween(null, Date.UTC(2026, 10, 30, 16), Date.UTC(2026, 10, 30, 15))).toBe(0);
  });
});

describe('responseTimeMissed', () => {
  const newYork = hours('Mon-Fri 09:00-17:00 America/New_York');

  test('is missed once the limit in working time has passed, not in clock time', () => {
    const fridayFour = Date.UTC(2026, 10, 27, 21);
    expect(responseTimeMissed(newYork, fridayFour, Date.UTC(2026, 10, 30, 16, 59), 4)).toBe(false);
    expect(responseTimeMissed(newYork, fridayFour, Date.UTC(2026, 10, 30, 17), 4)).toBe(true);
    expect(responseTimeMissed(null, fridayFour, fridayFour + 4 * HOUR, 4)).toBe(true);
    expect(responseTimeMissed(null, fridayFour, fridayFour + 1.5 * HOUR - 1, 1.5)).toBe(false);
  });
});

describe('workingHoursProblems', () => {
  test('names the field and the entry for a territory save; nothing for valid or empty text', () => {
    expect(workingHoursProblems(' Mon-Fri 9-5 UTC ')).toEqual([{ code: 'BAD_WORK_HOURS', field: 'workHours', entry: '9-5', reason: 'is not a time window such as 09:00-17:00' }]);
    expect(workingHoursProblems('Mon-Fri 09:00-17:00 America/New_York')).toEqual([]);
    expect(workingHoursProblems('')).toEqual([]);
  });
});
