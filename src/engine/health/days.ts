const DAY_MS = 86_400_000;

/**
 * The calendar day `days` after an ISO date (negative: before).
 *
 * @example
 * addDays('2026-12-31', 1); // → '2027-01-01'
 */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
