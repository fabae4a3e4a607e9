/**
 * The realignment's input-stage units (pure; benchmark hook). The input stage decides everything, so it reads
 * everything once: settings (15), the plan (1 when cached), the snapshot (10 per SuiteQL query), the customer table
 * — the default scope's leads and, with owner matching on, every customer-stage record with a rep — in keyset pages
 * of 5,000 for 10 each, a saved scope search when one narrows the scope (5 + 5 + 5 per 1,000 leads), and 5 for each
 * lead whose address is not in the columns. Its limit is 10,000 units.
 */
import { ENSURE_RESERVE, PLAN_CACHED_UNITS, SETTINGS_UNITS, UNITS, pagedReadUnits, queryReadUnits, snapshotUnits, type SnapshotShape } from './unitCosts';

export interface RealignInputShape {
  leads: number;
  /** Rows of the customer read (the default scope's leads and the owner pool); null when nothing is read that way. */
  customerRows: number | null;
  addressLoads: number;
  /** A saved search narrows the scope (its leads are then read by that search). */
  savedSearch: boolean;
  snapshot: SnapshotShape;
}

/**
 * @example
 * realignInputUnits({ leads: 1000, customerRows: 3000, addressLoads: 0, savedSearch: false, snapshot: { members: 4, repsRead: 0, openLeadReps: 0 } });
 * // 15 + 1 + 10 + 10 = 36: 10 of them for the 1,000 leads and their owner pool of 2,000
 */
export function realignInputUnits(shape: RealignInputShape): number {
  return (
    SETTINGS_UNITS +
    PLAN_CACHED_UNITS +
    snapshotUnits(shape.snapshot) +
    (shape.savedSearch ? UNITS.searchLoad + pagedReadUnits(shape.leads) : 0) +
    (shape.customerRows === null ? 0 : queryReadUnits(shape.customerRows)) +
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
 * The most leads one input stage can read within `limit` units in the default scope, with an owner pool of
 * `ownerRecordsPerLead` × leads besides them and no address loads (the units bound only; see the report for the
 * 200 MB and time bounds).
 *
 * @example
 * realignLargestScope(10_000, { ownerRecordsPerLead: 2, snapshot: { members: 2000, repsRead: 12, openLeadReps: 0 } }); // 1,659,999
 */
export function realignLargestScope(limit: number, assume: { ownerRecordsPerLead: number; snapshot: SnapshotShape }): number {
  const fits = (leads: number) =>
    realignInputUnits({ leads, customerRows: leads + Math.ceil(leads * assume.ownerRecordsPerLead), addressLoads: 0, savedSearch: false, snapshot: assume.snapshot }) <= limit;
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
