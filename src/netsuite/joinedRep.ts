/** Employee facts read through a join of a search (member → rep, customer → sales rep), so reps cost no lookup. */
import search from 'N/search';
import type { RepFacts } from '../engine';
import { REP_COLUMNS } from './employees';
import { toRepFacts, type FieldValue } from './mapper';

/** @example search.create({ type: 'customrecord_tlr_member', columns: [...joinedRepColumns('custrecord_tlr_mem_rep')] }) */
export function joinedRepColumns(join: string): search.Column[] {
  return REP_COLUMNS.map((name) => search.createColumn({ name, join }));
}

/** @example repThrough(result, 'salesrep', '7') // → { id: '7', name: 'Ana Ruiz', isInactive: false, isSalesRep: true } */
export function repThrough(result: search.Result, join: string, repId: string): RepFacts {
  return toRepFacts(repId, (field) => result.getValue({ name: field, join }) as FieldValue);
}
