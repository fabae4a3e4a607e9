import { calendarDay, zoneOffset } from '../../../src/engine/time/zonedTime';
import { dayInZone, zoneOffsets } from '../../../src/engine/time/zoneOffsets';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const FROM = Date.UTC(2026, 0, 1, 0, 17);
const UNTIL = Date.UTC(2028, 0, 1);
// Whole-hour, half-hour and 45-minute offsets; a 30-minute DST shift (Lord Howe); Morocco's Ramadan changes.
const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns', 'Africa/Casablanca', 'UTC'];

describe('zoneOffsets', () => {
  const offsets = zoneOffsets(ZONES, FROM, UNTIL);

  test("New York's changes are the 2026 and 2027 DST dates, each to the minute", () => {
    expect(offsets.zones['America/New_York']).toEqual([
      [FROM, -5 * HOUR],
      [Date.UTC(2026, 2, 8, 7), -4 * HOUR],
      [Date.UTC(2026, 10, 1, 6), -5 * HOUR],
      [Date.UTC(2027, 2, 14, 7), -4 * HOUR],
      [Date.UTC(2027, 10, 7, 6), -5 * HOUR],
    ]);
    expect(offsets.zones['Asia/Kolkata']).toEqual([[FROM, 5.5 * HOUR]]);
  });

  test('every change is where the offset Intl gives changes', () => {
    for (const zone of ZONES) {
      for (const [at, offset] of offsets.zones[zone]!.slice(1)) {
        expect(zoneOffset(at, zone)).toBe(offset);
        expect(zoneOffset(at - MINUTE, zone)).not.toBe(offset);
      }
    }
  });

  test('gives the day calendarDay gives, all through the window and either side of each change', () => {
    const differing: string[] = [];
    for (const zone of ZONES) {
      const instants: number[] = [];
      for (let instant = FROM; instant < UNTIL; instant += 7 * HOUR + 13 * MINUTE) instants.push(instant);
      for (const [at] of offsets.zones[zone]!) instants.push(at - 1, at, at + 1);
      for (const instant of instants.filter((one) => one >= FROM && one < UNTIL)) {
        if (dayInZone(instant, zone, offsets) !== calendarDay(instant, zone)) differing.push(`${zone} ${new Date(instant).toISOString()}`);
      }
    }
    expect(differing).toEqual([]);
  });
});

describe('dayInZone', () => {
  const offsets = zoneOffsets(['America/Los_Angeles'], FROM, UNTIL);

  test('outside the window, for another zone, or without offsets it asks Intl, and still gives the day', () => {
    const late = Date.UTC(2029, 5, 1, 5);
    expect(dayInZone(late, 'America/Los_Angeles', offsets)).toBe('2029-05-31');
    expect(dayInZone(Date.UTC(2026, 5, 1, 5), 'Asia/Tokyo', offsets)).toBe('2026-06-01');
    expect(dayInZone(Date.UTC(2026, 5, 1, 5), 'America/Los_Angeles', undefined)).toBe('2026-05-31');
  });

  test('reads the table, not Intl, inside the window', () => {
    const doctored = { ...offsets, zones: { 'America/Los_Angeles': [[FROM, 14 * HOUR]] as [number, number][] } };
    expect(dayInZone(Date.UTC(2026, 5, 1, 12), 'America/Los_Angeles', doctored)).toBe('2026-06-02');
  });
});
