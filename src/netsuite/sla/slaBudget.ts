/**
 * The response-time check's governance budget (pure), on the sweep's pattern and with its finish reserve: a lead
 * costs at most one submitFields (5); a batch reads 100 leads (10), renews the lock (2) and searches the activities
 * of its overdue leads (three searches, 10 units each per 1,000 rows).
 */
import { canRouteLead, sweepFinishUnits } from '../bulk/sweepBudget';
import { LOCK_UNITS, UNITS, pagedReadUnits } from '../unitCosts';

/** The three activity searches of one batch, with up to 1,000 rows each. */
const ACTIVITY_ALLOWANCE = 3 * pagedReadUnits(1000);

/** May the check start another batch? @example canStartSlaBatch(10_000, 0, 0); // true */
export function canStartSlaBatch(remaining: number, changedMembers: number, digestUnits: number): boolean {
  return remaining >= LOCK_UNITS.renew + UNITS.searchRange + ACTIVITY_ALLOWANCE + UNITS.entityWrite + sweepFinishUnits(changedMembers + 1, digestUnits);
}

/** May the check handle one more lead (it may pick one more member)? Same test as the sweep's. */
export const canCheckLead = canRouteLead;
