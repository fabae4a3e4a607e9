// ISO 8601 date-times as account files give them: exact instants, and nothing that new Date would move to another day.
import fc from 'fast-check';
import { parseIsoInstant } from '../dates';

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

  test('without an offset it is local time, as JavaScript reads it', () => {
    expect(parseIsoInstant('2026-11-26T10:00')?.getTime()).toBe(new Date(2026, 10, 26, 10, 0).getTime());
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
