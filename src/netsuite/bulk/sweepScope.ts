/**
 * The leads the sweep routes (SPEC §4), as search filters: no sales rep, not locked, routing status empty,
 * Unassigned or Error, created within the look-back window (0 = no limit), after the cursor; ascending
 * internal id. Read one batch at a time (10 units): each batch starts after the last lead handled, so leads that
 * left the scope meanwhile shift nothing and none is skipped.
 */
import search from 'N/search';
import { LEAD_SEARCH, RECORD } from '../ids';
import { SWEEP_SCOPE, ruleFilters } from '../leadRules';
import type { ListScriptIds } from '../mapper';
import { firstRows } from '../searchRows';
import { leadColumns, toLeadRow, type LeadRow } from './leadRows';

/** Where a sweep pass stands: the look-back window and the last internal id handled (0 = from the start). */
export interface SweepScope {
  statusIds: ListScriptIds;
  lookbackDays: number;
  after: number;
}

/**
 * @example
 * sweepFilters({ statusIds, lookbackDays: 30, after: 0 });
 * // [['salesrep', 'anyof', '@NONE@'], 'and', ['custentity_tlr_lock', 'is', 'F'], 'and',
 * //  ['custentity_tlr_status', 'anyof', ['@NONE@', '6', '7']], 'and', ['datecreated', 'onorafter', 'daysago30']]
 */
export function sweepFilters(scope: SweepScope): unknown[] {
  const filters = ruleFilters(SWEEP_SCOPE, scope.statusIds);
  if (scope.lookbackDays > 0) filters.push('and', [LEAD_SEARCH.dateCreated, 'onorafter', `daysago${scope.lookbackDays}`]);
  if (scope.after > 0) filters.push('and', [LEAD_SEARCH.internalIdNumber, 'greaterthan', scope.after]);
  return filters;
}

/** The next `size` leads of the scope, ascending internal id (10 units). @example readSweepBatch(scope, 100).length; // 100 */
export function readSweepBatch(scope: SweepScope, size: number): LeadRow[] {
  return firstRows(search.create({ type: RECORD.lead, filters: sweepFilters(scope), columns: leadColumns() }), toLeadRow, size);
}
