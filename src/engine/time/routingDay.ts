/**
 * The routing day (SPEC §3.4): the calendar day that away windows are read against. A territory with working hours
 * lives in their time zone; any other territory in the company's. Never the server's. Pure: the instant is given.
 */
import { dayInZone, type ZoneOffsets } from './zoneOffsets';

/** The moment routing runs at and the company's time zone. */
export interface RoutingClock {
  /** ISO timestamp. */
  now: string;
  /** The company's IANA time zone. */
  timeZone: string;
  /** Offsets worked out beforehand (the cached plan's), which spare Intl; without them, or outside them, Intl. */
  offsets?: ZoneOffsets;
}

/**
 * The calendar day (`YYYY-MM-DD`) a territory is living when routing runs.
 *
 * @example
 * // 09:00 on 21 December in Sydney is still 20 December in New York.
 * const clock = { now: '2026-12-20T22:00:00Z', timeZone: 'Australia/Sydney' };
 * routingDay({ timeZone: null }, clock); // '2026-12-21'
 * routingDay({ timeZone: 'America/New_York' }, clock); // '2026-12-20'
 */
export function routingDay(territory: { timeZone: string | null }, clock: RoutingClock): string {
  return dayInZone(Date.parse(clock.now), territory.timeZone ?? clock.timeZone, clock.offsets);
}
