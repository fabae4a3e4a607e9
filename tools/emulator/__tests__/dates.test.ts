// ISO 8601 date-times as account files give them: exact instants, and nothing that new Date would move to another day.
import fc from 'fast-check';
import { addDays, dayToDate, formatUserDateTime, isoDay, parseIsoInstant, parseUserDate, parseUserDateTime } from '../dates';
import { ServerDate } from '../serverDate';

describe('parseIsoInstant', () => {
  test.each([
    ['2026-11-26T10:00:00Z', '2026-11-26T10:00:00.000Z'],
    ['2026-11-26T10:00Z', '2026-11-26T10:00:00.000Z'],
    ['2026-11-26T10:00:00.5Z', '2026-11-26T10:00:00.500Z'],
    ['2026-11-26T00:30:00+05:30', '2026-11-25T19:00:00.000Z'],
    ['2026-11-26T23:59:59.999-08:00', '2026-11-27T07:59:59.999Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ])('%s is %s', (text, instant) => {
    expect(parseIsoInstant(text)?.toISOString()).toBe(instant);
  });

  test("without an offset it is the server's local time, Pacific", () => {
    expect(parseIsoInstant('2026-11-26T10:00')?.toISOString()).toBe('2026-11-26T18:00:00.000Z');
    expect(parseIsoInstant('2026-07-01T10:00')?.toISOString()).toBe('2026-07-01T17:00:00.000Z');
  });

  test.each(['2026-02-30T10:00:00Z', '2025-02-29T10:00:00Z', '2026-13-01T10:00Z', '2026-11-26T24:00Z', '2026-11-26T10:60Z', '2026-11-26T10:00:60Z', '2026-11-26T10:00+24:00', '2026-11-26', '26/11/2026 10:00', '2026-11-26 10:00', 'November 26, 2026', '2026-11-26T10Z', ''])(
    '%j is not one',
    (text) => {
      expect(parseIsoInstant(text)).toBeNull();
    },
  );

  test('reads back every instant toISOString writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        expect(parseIsoInstant(date.toISOString())?.getTime()).toBe(date.getTime());
      }),
    );
  });
});

// The machine's zone is whatever TZ the suite runs under; none of these may depend on it.
describe('dates on the server clock', () => {
  test("a DATE value is handed out as midnight Pacific and reads back as that day", () => {
    expect(dayToDate('2026-12-21').toISOString()).toBe('2026-12-21T08:00:00.000Z');
    expect(dayToDate('2026-07-01').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(isoDay(new Date('2026-12-21T07:59:00Z'))).toBe('2026-12-20');
    expect(isoDay(new Date('2026-12-21T08:00:00Z'))).toBe('2026-12-21');
  });

  test('user-format date-times are Pacific wall times both ways', () => {
    expect(formatUserDateTime(new Date('2026-12-20T22:00:00Z'))).toBe('12/20/2026 2:00 pm');
    expect(parseUserDateTime('12/20/2026 2:00 pm')?.toISOString()).toBe('2026-12-20T22:00:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(parseUserDate('2/30/2026')).toBeNull();
  });
});

describe('ServerDate: a Date whose local time is Pacific', () => {
  const instant = Date.parse('2026-12-20T22:00:00Z'); // 14:00 PST on Sunday 20 December; 09:00 Monday in Sydney

  test('local fields read Pacific time, UTC fields stay UTC', () => {
    const date = new ServerDate(instant);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getDay(), date.getHours(), date.getMinutes()]).toEqual([2026, 11, 20, 0, 14, 0]);
    expect(date.getTimezoneOffset()).toBe(480);
    expect(date.getUTCDate()).toBe(20);
    expect(date.toString()).toBe('Sun Dec 20 2026 14:00:00 GMT-0800 (Pacific Standard Time)');
    expect(date instanceof Date).toBe(true);
  });

  test('components and offset-less text are Pacific; summer time included', () => {
    expect(new ServerDate(2026, 6, 1, 9, 30).toISOString()).toBe('2026-07-01T16:30:00.000Z');
    expect(new ServerDate(2026, 6, 1, 9, 30).getTimezoneOffset()).toBe(420);
    expect(new ServerDate('2026-12-20T14:00').getTime()).toBe(instant);
    expect(new ServerDate('2026-12-20T22:00:00Z').getTime()).toBe(instant);
  });

  test('local setters move along the Pacific calendar, across the spring change', () => {
    const date = new ServerDate(2026, 2, 7, 12, 0); // Saturday before clocks go forward (8 March 2026)
    date.setDate(date.getDate() + 1);
    expect(date.toISOString()).toBe('2026-03-08T19:00:00.000Z'); // still noon, now PDT
    date.setHours(0, 0, 0, 0);
    expect(date.toISOString()).toBe('2026-03-08T08:00:00.000Z');
    date.setMonth(11, 25);
    expect([date.getMonth(), date.getDate(), date.getHours()]).toEqual([11, 25, 0]);
  });
});
