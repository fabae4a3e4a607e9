/**
 * The sweep's governance budget (pure): when to stop so that committing members, releasing the lock and queueing
 * the continuation can still be paid, and what a run costs — for the sweep itself, its tests and the benchmark.
 *
 * Per lead the sweep spends 5 units (submitFields on the lead, the floor), plus 5 for a lead whose address is not
 * in the search columns. Per batch of 100 leads: the batch read (10), the lock renewal (2) and one owner search
 * (10 for up to 1,000 candidates) — 0.22 a lead. Per run: settings (15), lock (3 + 2), plan (1 when cached), the
 * snapshot (10 per SuiteQL query), member commit (10 + 2 a member) and the re-queue (20) when leads remain.
 */
import {
  ENSURE_RESERVE,
  LOCK_UNITS,
  PLAN_CACHED_UNITS,
  SETTINGS_UNITS,
  UNITS,
  memberCommitUnits,
  pagedReadUnits,
  snapshotUnits,
  type SnapshotShape,
} from './unitCosts';

/** Leads per batch: one lead read and one owner search each. Small enough that a lead is written within about a minute of being read. */
export const SWEEP_BATCH_SIZE = 100;

/** Owner search units allowed per batch before starting it: up to 5 pages (5,000 candidates for 100 leads). */
const OWNER_SEARCH_ALLOWANCE = pagedReadUnits(5000);

/** The most one lead can cost: load (no billing address in the columns) and write. */
const LEAD_AT_MOST = UNITS.entityLoad + UNITS.entityWrite;

/**
 * Units the sweep must still hold after its last lead: commit the members it changed, release the lock, queue
 * its continuation, and the reserve the paged member read asks for.
 *
 * @example
 * sweepFinishUnits(3); // 16 (commit) + 2 (lock) + 20 (queue) + 20 (reserve) = 58
 */
export function sweepFinishUnits(changedMembers: number): number {
  return memberCommitUnits(changedMembers) + LOCK_UNITS.release + UNITS.taskSubmit + ENSURE_RESERVE;
}

/** May the sweep route one more lead (it may pick one more member)? @example canRouteLead(10_000, 0); // true */
export function canRouteLead(remaining: number, changedMembers: number): boolean {
  return remaining >= LEAD_AT_MOST + sweepFinishUnits(changedMembers + 1);
}

/** May the sweep start another batch (read it, renew the lock, search its owners, route one lead)? @example canStartBatch(90, 0); // false */
export function canStartBatch(remaining: number, changedMembers: number): boolean {
  return remaining >= LOCK_UNITS.renew + UNITS.searchRange + OWNER_SEARCH_ALLOWANCE + LEAD_AT_MOST + sweepFinishUnits(changedMembers + 1);
}

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
 * // 15 + 3 + 1 + 10 + 3 × 12 + 30 + 1,250 + 16 + 2 = 1,363
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
 * sweepLeadsPerRun(10_000, { snapshot: { members: 40, repsRead: 2, openLeadReps: 12 }, ownerSearchRows: 1000, members: 40 }); // 1,878
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
