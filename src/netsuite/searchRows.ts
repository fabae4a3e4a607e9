/** Reading search results with known unit costs (runPaged 5 + 5 a page; getRange 10). */
import search from 'N/search';
import { ensureUnits } from './governance';
import { SEARCH_PAGE_ROWS, UNITS } from './unitCosts';

/** Every row of a search, a page of 1,000 at a time. */
export function allRows<T>(query: search.Search, map: (result: search.Result) => T): T[] {
  ensureUnits(UNITS.searchPaged);
  const paged = query.runPaged({ pageSize: SEARCH_PAGE_ROWS });
  const rows: T[] = [];
  for (const range of paged.pageRanges) {
    ensureUnits(UNITS.searchPage);
    for (const result of paged.fetch({ index: range.index }).data) rows.push(map(result));
  }
  return rows;
}

/** The first rows of a search (at most 1,000), for one call of 10 units. */
export function firstRows<T>(query: search.Search, map: (result: search.Result) => T, limit = SEARCH_PAGE_ROWS): T[] {
  ensureUnits(UNITS.searchRange);
  return query.run().getRange({ start: 0, end: limit }).map(map);
}
