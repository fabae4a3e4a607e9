/** Reading search results with known unit costs (runPaged 5 + 5 a page; getRange 10). */
import search from 'N/search';
import { ensureUnits } from './governance';

/** Every row of a search, a page of 1,000 at a time. */
export function allRows<T>(query: search.Search, map: (result: search.Result) => T): T[] {
  ensureUnits(5);
  const paged = query.runPaged({ pageSize: 1000 });
  const rows: T[] = [];
  for (const range of paged.pageRanges) {
    ensureUnits(5);
    for (const result of paged.fetch({ index: range.index }).data) rows.push(map(result));
  }
  return rows;
}

/** The first rows of a search (at most 1,000), for one call of 10 units. */
export function firstRows<T>(query: search.Search, map: (result: search.Result) => T, limit = 1000): T[] {
  ensureUnits(10);
  return query.run().getRange({ start: 0, end: limit }).map(map);
}
