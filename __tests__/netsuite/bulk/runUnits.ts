/**
 * What a sweep run and a realignment's input stage cost, modelled from the scripts' own budget checks and the one
 * cost table: what the bulk tests expect a run to spend (the benchmark measures the same on the emulator).
 * Nothing deployed reads these.
 *
 * Sweep per lead: 5 units (submitFields on the lead, the floor), plus 5 for a lead whose address is not in the
 * search columns. Per batch of 100 leads: the batch read (10), the lock renewal (2) and one owner search (10 for up
 * to 1,000 candidates). Per run: settings (15), lock (3 + 2), plan (1 when cached), the snapshot (10 per SuiteQL
 * query), member commit (a load and a save, 6, a member) and the re-queue (20) when leads remain.
 *
 * Realignment input stage: settings (15), the Mode list (10: one page of its two values), the plan (1 when cached), the snapshot, the customer table — the default
 * scope's leads and, with owner matching on, every customer-stage record with a rep — in keyset pages of 5,000 for
 * 10 each, a saved scope search when one narrows the scope (5 + 5 + 5 per 1,000 leads), and 5 for each lead whose
 * address is not in the columns.
 */
import { canRouteLead, canStartBatch, SWEEP_BATCH_SIZE } from '../../../src/netsuite/bulk/sweepBudget';
import {
  LOCK_UNITS,
  PLAN_CACHED_UNITS,
  SETTINGS_UNITS,
  UNITS,
  memberCommitUnits,
  pagedReadUnits,
  queryReadUnits,
  snapshotUnits,
  type SnapshotShape,
} from '../../../src/netsuite/unitCosts';

/** The realignment's Mode list read once by its input stage: one page of two values. */
const MODE_LIST_UNITS = pagedReadUnits(2);

/** What one sweep run did, as far as units go. */
export interface SweepRun {
  /** Leads written. */
  leads: number;
  /** Leads loaded for their address. */
  addressLoads: number;
  /** Batch reads (the last one may find nothing). */
  batches: number;
  /** Rows each owner search returned (a batch whose leads have no domain or company name searches none). */
  ownerSearchRows: readonly number[];
  snapshot: SnapshotShape;
  membersChanged: number;
  requeued: boolean;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Units a sweep run spends, with the plan cached (benchmark hook: the emulator's meter must agree).
 *
 * @example
 * sweepRunUnits({ leads: 250, addressLoads: 0, batches: 3, ownerSearchRows: [40, 38, 21], snapshot: { members: 3, repsRead: 0, openLeadReps: 0 }, membersChanged: 3, requeued: false });
 * // 15 + 3 + 1 + 10 + 3 × 12 + 30 + 1,250 + 18 + 2 = 1,365
 */
export function sweepRunUnits(run: SweepRun): number {
  return (
    SETTINGS_UNITS +
    LOCK_UNITS.take +
    PLAN_CACHED_UNITS +
    snapshotUnits(run.snapshot) +
    run.batches * (LOCK_UNITS.renew + UNITS.searchRange) +
    sum(run.ownerSearchRows.map(pagedReadUnits)) +
    run.leads * UNITS.entityWrite +
    run.addressLoads * UNITS.entityLoad +
    memberCommitUnits(run.membersChanged) +
    LOCK_UNITS.release +
    (run.requeued ? UNITS.taskSubmit : 0)
  );
}

/** The account a capacity estimate assumes. */
export interface SweepAssumptions {
  snapshot: SnapshotShape;
  /** Rows of the owner search of every batch; null when no batch searches (owner matching off, or no lead has a domain or company). */
  ownerSearchRows: number | null;
  /** Distinct members the run's leads go to (it commits each once). */
  members: number;
}

/**
 * How many leads one run routes before it stops, by the same checks the sweep makes (benchmark hook; no address
 * loads, owner matching on, a backlog larger than one run).
 *
 * @example
 * sweepLeadsPerRun(10_000, { snapshot: { members: 40, repsRead: 2, openLeadReps: 12 }, ownerSearchRows: 1000, members: 40 }); // 1,848
 */
export function sweepLeadsPerRun(limit: number, assume: SweepAssumptions): number {
  let remaining = limit - SETTINGS_UNITS - LOCK_UNITS.take - PLAN_CACHED_UNITS - snapshotUnits(assume.snapshot);
  let leads = 0;
  const changed = () => Math.min(leads, assume.members);
  while (canStartBatch(remaining, changed())) {
    remaining -= LOCK_UNITS.renew + UNITS.searchRange + (assume.ownerSearchRows === null ? 0 : pagedReadUnits(assume.ownerSearchRows));
    for (let index = 0; index < SWEEP_BATCH_SIZE; index += 1) {
      if (!canRouteLead(remaining, changed())) return leads;
      remaining -= UNITS.entityWrite;
      leads += 1;
    }
  }
  return leads;
}

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
 * // 15 + 10 + 1 + 10 + 10 = 46: 10 of them for the 1,000 leads and their owner pool of 2,000
 */
export function realignInputUnits(shape: RealignInputShape): number {
  return (
    SETTINGS_UNITS +
    MODE_LIST_UNITS +
    PLAN_CACHED_UNITS +
    snapshotUnits(shape.snapshot) +
    (shape.savedSearch ? UNITS.searchLoad + pagedReadUnits(shape.leads) : 0) +
    (shape.customerRows === null ? 0 : queryReadUnits(shape.customerRows)) +
    shape.addressLoads * UNITS.entityLoad
  );
}

/**
 * The most leads one input stage can read within `limit` units in the default scope, with an owner pool of
 * `ownerRecordsPerLead` × leads besides them and no address loads (the units bound only; see the report for the
 * 200 MB and time bounds).
 *
 * @example
 * realignLargestScope(10_000, { ownerRecordsPerLead: 2, snapshot: { members: 2000, repsRead: 12, openLeadReps: 0 } }); // 1,658,333
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
