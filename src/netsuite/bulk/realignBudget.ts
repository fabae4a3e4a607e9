/**
 * The realignment's input-stage units (pure; benchmark hook). The input stage decides everything, so it reads
 * everything once: settings (15), the plan (1 when cached), the snapshot (10 per search), the leads in scope and —
 * with owner matching on — every customer-stage record with a rep, each as one paged read (5 + 5 per 1,000 rows),
 * plus 5 for each lead whose address is not in the search columns. Its limit is 10,000 units.
 */
import { ENSURE_RESERVE, PLAN_CACHED_UNITS, SETTINGS_UNITS, UNITS, pagedReadUnits } from './unitCosts';

export interface RealignInputShape {
  leads: number;
  /** Customer-stage records with a rep (the owner pool); null when owner matching is off. */
  ownerRecords: number | null;
  addressLoads: number;
  savedSearch: boolean;
  /** Rows of each snapshot search (members; then fallback/default reps and open leads when needed). */
  snapshotSearchRows: readonly number[];
}

/**
 * @example
 * realignInputUnits({ leads: 1000, ownerRecords: 1000, addressLoads: 0, savedSearch: false, snapshotSearchRows: [4] });
 * // 15 + 1 + 10 + 10 + 10 = 46: 20 of them for the 1,000 leads and their owner pool
 */
export function realignInputUnits(shape: RealignInputShape): number {
  return (
    SETTINGS_UNITS +
    PLAN_CACHED_UNITS +
    shape.snapshotSearchRows.reduce((total, rows) => total + pagedReadUnits(rows), 0) +
    (shape.savedSearch ? UNITS.searchLoad : 0) +
    pagedReadUnits(shape.leads) +
    (shape.ownerRecords === null ? 0 : pagedReadUnits(shape.ownerRecords)) +
    shape.addressLoads * UNITS.entityLoad
  );
}

/**
 * Whether the input stage can still pay for the leads it must load for their address (checked before loading any,
 * so a scope too large fails at once with a clear message instead of half-way).
 *
 * @example
 * canLoadAddresses(9_000, 1_500); // true
 */
export function canLoadAddresses(remaining: number, loads: number): boolean {
  return remaining >= loads * UNITS.entityLoad + ENSURE_RESERVE;
}

/**
 * The most leads one input stage can read within `limit` units, with an owner pool of `ownerRecordsPerLead` × leads
 * and no address loads (the units bound only; see the report for the 200 MB and time bounds).
 *
 * @example
 * realignLargestScope(10_000, { ownerRecordsPerLead: 1, snapshotSearchRows: [40, 12, 40] }); // 994,000
 */
export function realignLargestScope(limit: number, assume: { ownerRecordsPerLead: number; snapshotSearchRows: readonly number[] }): number {
  const fits = (leads: number) =>
    realignInputUnits({ leads, ownerRecords: Math.ceil(leads * assume.ownerRecordsPerLead), addressLoads: 0, savedSearch: false, snapshotSearchRows: assume.snapshotSearchRows }) <= limit;
  let low = 0;
  let high = 1;
  while (fits(high)) high *= 2;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}
