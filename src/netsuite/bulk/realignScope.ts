/**
 * The leads the realignment decides (SPEC §4): every lead in the lead stage that is not locked, or — when the
 * deployment names a saved search — the leads that search returns, narrowed by the same two conditions. One paged
 * read (5 units, plus 5 per 1,000 leads; 5 more to load a saved search).
 */
import error from 'N/error';
import search from 'N/search';
import { compareIds } from '../../engine';
import { LEAD, RECORD } from '../ids';
import { allRows } from '../searchRows';
import { leadColumns, toLeadRow, type LeadRow } from './leadRows';

export const SCOPE_SEARCH_ERROR = 'TLR_SCOPE_SEARCH_NOT_LEADS';

/**
 * Locked leads are never touched; only the lead stage is realigned.
 *
 * @example
 * realignFilters(); // [['custentity_tlr_lock', 'is', 'F'], 'and', ['stage', 'anyof', 'LEAD']]
 */
export function realignFilters(): unknown[] {
  return [[LEAD.lock, 'is', 'F'], 'and', [LEAD.stage, 'anyof', 'LEAD']];
}

function scopeSearch(scopeSearchId: string | null): search.Search {
  if (scopeSearchId === null) return search.create({ type: RECORD.lead, filters: realignFilters(), columns: leadColumns() });
  const saved = search.load({ id: scopeSearchId });
  if (saved.searchType !== RECORD.lead && saved.searchType !== RECORD.customer) {
    throw error.create({
      name: SCOPE_SEARCH_ERROR,
      message: `The scope search ${scopeSearchId} searches ${saved.searchType} records; realignment needs a lead (or customer) search. No lead was changed.`,
      notifyOff: false,
    });
  }
  const own = saved.filterExpression;
  saved.filterExpression = own.length > 0 ? [own, 'and', ...realignFilters()] : realignFilters();
  // The search's own columns (maybe summaries or joins) are replaced by the routing facts.
  saved.columns = leadColumns();
  return saved;
}

/**
 * The leads in scope, each once (a saved search with joins may repeat a lead), ascending internal id.
 *
 * @example
 * readRealignScope(null).map((row) => row.lead.facts.id); // ['900', '901', …]
 */
export function readRealignScope(scopeSearchId: string | null): LeadRow[] {
  const rows = new Map(allRows(scopeSearch(scopeSearchId), toLeadRow).map((row) => [row.lead.facts.id, row]));
  return [...rows.values()].sort((a, b) => compareIds(a.lead.facts.id, b.lead.facts.id));
}
