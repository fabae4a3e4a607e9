/**
 * The leads a saved search narrows the realignment to (SPEC §4): the leads it returns, narrowed by the default
 * scope's rule (lead stage, not locked). One paged read (search.load 5, runPaged 5, plus 5 per 1,000 leads). The
 * default scope itself is read with the owner pool in one SuiteQL pass (customerRead.ts).
 */
import error from 'N/error';
import search from 'N/search';
import { compareIds } from '../../engine';
import { RECORD } from '../ids';
import { REALIGN_SCOPE, ruleFilters } from '../leadRules';
import type { ListScriptIds } from '../mapper';
import { allRows } from '../searchRows';
import { leadColumns, toLeadRow, type LeadRow } from './leadRows';

export const SCOPE_SEARCH_ERROR = 'TLR_SCOPE_SEARCH_NOT_LEADS';

function scopeSearch(scopeSearchId: string, statusIds: ListScriptIds): search.Search {
  const saved = search.load({ id: scopeSearchId });
  if (saved.searchType !== RECORD.lead && saved.searchType !== RECORD.customer) {
    throw error.create({
      name: SCOPE_SEARCH_ERROR,
      message: `The scope search ${scopeSearchId} searches ${saved.searchType} records; realignment needs a lead (or customer) search. No lead was changed.`,
      notifyOff: false,
    });
  }
  const own = saved.filterExpression;
  // Locked and MANUAL leads are never touched; only the lead stage is realigned.
  const scope = ruleFilters(REALIGN_SCOPE, statusIds);
  saved.filterExpression = own.length > 0 ? [own, 'and', ...scope] : scope;
  // The search's own columns (maybe summaries or joins) are replaced by the routing facts.
  saved.columns = leadColumns();
  return saved;
}

/**
 * The leads in the saved search's scope, each once (a saved search with joins may repeat a lead), ascending id.
 *
 * @example
 * readSavedScope('customsearch_west_leads', lists.status).map((row) => row.lead.facts.id); // ['900', '901', …]
 */
export function readSavedScope(scopeSearchId: string, statusIds: ListScriptIds): LeadRow[] {
  const rows = new Map(allRows(scopeSearch(scopeSearchId, statusIds), toLeadRow).map((row) => [row.lead.facts.id, row]));
  return [...rows.values()].sort((a, b) => compareIds(a.lead.facts.id, b.lead.facts.id));
}
