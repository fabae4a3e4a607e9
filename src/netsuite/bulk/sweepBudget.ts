/**
 * The sweep's governance budget (pure): when to stop so that committing members, releasing the lock and queueing
 * the continuation can still be paid. What a whole run costs is modelled from these checks in tools/bench/runUnits.ts.
 */
import { LOCK_UNITS, RESERVE_UNITS, UNITS, memberCommitUnits, pagedReadUnits } from '../unitCosts';

/** Leads per batch: one lead read and one owner search each. Small enough that a lead is written within about a minute of being read. */
export const SWEEP_BATCH_SIZE = 100;

/** Owner search units allowed per batch before starting it: up to 5 pages (5,000 candidates for 100 leads). */
const OWNER_SEARCH_ALLOWANCE = pagedReadUnits(5000);

/** The most one lead can cost: load (no billing address in the columns) and write. */
const LEAD_AT_MOST = UNITS.entityLoad + UNITS.entityWrite;

/**
 * Units a run must still hold once its members are committed: send the reps' digests (`digestUnits`,
 * RepDigest.unitsToSend), release the lock, queue its continuation. The member commit keeps them (runFinish.ts).
 *
 * @example
 * afterCommitUnits(0); // 2 (lock) + 20 (queue) = 22
 */
export function afterCommitUnits(digestUnits = 0): number {
  return digestUnits + LOCK_UNITS.release + UNITS.taskSubmit;
}

/**
 * Units the sweep must still hold after its last lead: commit the members it changed (one attempt each), what follows
 * the commit, and the reserve, which pays the retries of members another script saved meanwhile.
 *
 * @example
 * sweepFinishUnits(3); // 18 (commit) + 2 (lock) + 20 (queue) + 20 (reserve) = 60
 */
export function sweepFinishUnits(changedMembers: number, digestUnits = 0): number {
  return memberCommitUnits(changedMembers) + afterCommitUnits(digestUnits) + RESERVE_UNITS;
}

/** May the sweep route one more lead (it may pick one more member)? @example canRouteLead(10_000, 0); // true */
export function canRouteLead(remaining: number, changedMembers: number, digestUnits = 0): boolean {
  return remaining >= LEAD_AT_MOST + sweepFinishUnits(changedMembers + 1, digestUnits);
}

/** May the sweep start another batch (read it, renew the lock, search its owners, route one lead)? @example canStartBatch(90, 0); // false */
export function canStartBatch(remaining: number, changedMembers: number, digestUnits = 0): boolean {
  return remaining >= LOCK_UNITS.renew + UNITS.searchRange + OWNER_SEARCH_ALLOWANCE + LEAD_AT_MOST + sweepFinishUnits(changedMembers + 1, digestUnits);
}
