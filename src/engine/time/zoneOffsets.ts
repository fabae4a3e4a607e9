/**
 * A time zone's UTC offsets over a window, worked out once (when the plan is built) so that the calendar day in that
 * zone is arithmetic afterwards: setting up an Intl formatter costs a lead more CPU than the rest of its routing day.
 * Outside the window, or for a zone not in it, the day comes from Intl as before (zonedTime.ts).
 */
import { calendarDay, zoneOffset } from './zonedTime';

/** Offsets of some zones from `from` (inclusive) to `until` (exclusive), epoch ms. */
export interface ZoneOffsets {
  from: number;
  until: number;
  /** Per zone, `[instant, offset ms]` pairs in ascending order: the offset from that instant on. The first is at `from`. */
  zones: Record<string, [number, number][]>;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The offsets of `zones` over `[from, until)`. Offsets are sampled daily (no zone changes its clocks twice in a day) and
 * each change found to the minute (clocks change on whole minutes). Throws RangeError for a zone the runtime does not know.
 *
 * @example
 * zoneOffsets(['America/New_York'], Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).zones['America/New_York'];
 * // [[1767225600000, -18000000], [1773471600000, -14400000], [1793944800000, -18000000]] (EST, EDT from 8 March, EST from 1 November)
 */
export function zoneOffsets(zones: readonly string[], from: number, until: number): ZoneOffsets {
  const table: Record<string, [number, number][]> = {};
  for (const zone of new Set(zones)) {
    const changes: [number, number][] = [[from, zoneOffset(from, zone)]];
    for (let day = from + DAY; day < until + DAY; day += DAY) {
      const at = Math.min(day, until);
      const offset = zoneOffset(at, zone);
      if (offset !== changes[changes.length - 1]![1]) changes.push([firstMinuteWith(offset, at - DAY, at, zone), offset]);
    }
    table[zone] = changes;
  }
  return { from, until, zones: table };
}

/**
 * The calendar day (`YYYY-MM-DD`) in `zone` at an instant, from the offsets when they cover it, else from Intl: the same
 * day `calendarDay` gives.
 *
 * @example
 * dayInZone(Date.UTC(2026, 11, 21, 3, 0), 'America/Los_Angeles', offsets); // '2026-12-20'
 */
export function dayInZone(instant: number, zone: string, offsets: ZoneOffsets | undefined): string {
  const changes = offsets !== undefined && instant >= offsets.from && instant < offsets.until ? offsets.zones[zone] : undefined;
  if (changes === undefined) return calendarDay(instant, zone);
  let offset = changes[0]![1];
  for (const [at, after] of changes) if (at <= instant) offset = after;
  return new Date(instant + offset).toISOString().slice(0, 10);
}

/** The first whole minute in `(before, at]` with this offset: the offset is another at `before` and this one at `at`. */
function firstMinuteWith(offset: number, before: number, at: number, zone: string): number {
  let low = Math.floor(before / MINUTE);
  let high = Math.ceil(at / MINUTE);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zoneOffset(middle * MINUTE, zone) === offset) high = middle;
    else low = middle;
  }
  return high * MINUTE;
}
