/**
 * Where a period of record creation begins among internal ids. NetSuite assigns internal ids in ascending order, so
 * the records created on or after a day are those from the first such record's id on; one sorted search finds it,
 * and SuiteQL then selects by id (its date comparisons depend on the user's date format).
 */
import format from 'N/format';
import search from 'N/search';
import { LEAD_SEARCH, RECORD } from './ids';
import { firstRows } from './searchRows';

function firstIdCreated(onOrAfter: string): number | null {
  const columns = [search.createColumn({ name: LEAD_SEARCH.internalId, sort: search.Sort.ASC })];
  const query = search.create({ type: RECORD.customer, filters: [[LEAD_SEARCH.dateCreated, 'onorafter', onOrAfter]], columns });
  const [first] = firstRows(query, (result) => Number(result.id), 1);
  return first ?? null;
}

/** The internal id of the first customer-stage record created in the last `days` days, or null (10 units). */
export function firstIdCreatedInLastDays(days: number): number | null {
  return firstIdCreated(`daysago${days}`);
}

/** The internal id of the first customer-stage record created on or after `day` (`YYYY-MM-DD`), or null (10 units). */
export function firstIdCreatedFrom(day: string): number | null {
  const [year, month, date] = day.split('-').map(Number);
  return firstIdCreated(format.format({ value: new Date(year!, month! - 1, date!), type: format.Type.DATE }) as string);
}
