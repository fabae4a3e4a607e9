/**
 * The territory user event's work: refuse a territory or member save whose data is invalid (SPEC §3.7) with one
 * error listing every problem, and drop the cached plan after any accepted change.
 */
import error from 'N/error';
import type record from 'N/record';
import runtime from 'N/runtime';
import search from 'N/search';
import {
  isRoutingError,
  validateMemberReps,
  validateMemberRows,
  validateTerritoryRow,
  type MemberRow,
  type Problem,
  type RepFacts,
} from '../engine';
import { MEMBER, RECORD, TERRITORY, TERRITORY_RESPONSE } from './ids';
import { lookUpRep } from './employees';
import { asText, toMemberRow, toTerritoryRow, type FieldValue, type ReadField } from './mapper';
import { dropRoutingData, markRoutingDataChanged } from './planCache';
import { formatProblems } from './problemText';
import { firstRows } from './searchRows';

export const INVALID_DATA_ERROR = 'TLR_INVALID_TERRITORY_DATA';

/**
 * The record's values as saved: an inline edit (xedit) carries only the changed fields in newRecord,
 * so the others come from oldRecord.
 */
export function savedValues(newRecord: record.Record, oldRecord: record.Record | null | undefined, inlineEdit: boolean): ReadField {
  const changed = inlineEdit ? new Set(newRecord.getFields()) : null;
  return (fieldId) => {
    const source = !changed || changed.has(fieldId) || !oldRecord ? newRecord : oldRecord;
    return source.getValue({ fieldId }) as FieldValue;
  };
}

const SCRIPT_MAINTAINED: readonly string[] = [MEMBER.turns, MEMBER.assigned, MEMBER.lastAssigned];

/**
 * True for an inline edit that changes only the member counters routing maintains (the sweep and realignment do
 * this; their writes trigger user events): nothing to validate, and the cached plan does not hold counters.
 * Any other field whose value differs from the stored one makes it a real edit.
 */
export function isCounterUpdate(newRecord: record.Record, oldRecord: record.Record | null | undefined, inlineEdit: boolean): boolean {
  if (!inlineEdit || !oldRecord) return false;
  const fields = newRecord.getFields();
  const same = (fieldId: string) =>
    asText(newRecord.getValue({ fieldId }) as FieldValue) === asText(oldRecord.getValue({ fieldId }) as FieldValue);
  return fields.some((field) => SCRIPT_MAINTAINED.includes(field)) && fields.every((field) => SCRIPT_MAINTAINED.includes(field) || same(field));
}

function territoryProblems(id: string, read: ReadField): Problem[] {
  // The method select is a list value that cannot be wrong here; validation needs only the typed fields.
  const withoutMethod: ReadField = (fieldId) => (fieldId === TERRITORY.method ? null : read(fieldId));
  return validateTerritoryRow(toTerritoryRow(id, withoutMethod, {})).problems;
}

/** The rep's employee facts (1 unit), or none when the employee does not exist. */
function repFacts(repId: string): Map<string, RepFacts> {
  try {
    return new Map([[repId, lookUpRep(repId)]]);
  } catch (lookupError) {
    if (isRoutingError(lookupError)) throw lookupError;
    return new Map();
  }
}

/** Other active members of the same territory with the same rep (10 units). */
function otherMembersWithRep(member: MemberRow): MemberRow[] {
  const filters: unknown[] = [
    [MEMBER.territory, 'anyof', member.territoryId],
    'and',
    [MEMBER.rep, 'anyof', member.repId],
    'and',
    [MEMBER.isInactive, 'is', 'F'],
  ];
  if (member.id) filters.push('and', ['internalid', 'noneof', member.id]);
  const query = search.create({ type: RECORD.member, filters, columns: [MEMBER.territory, MEMBER.rep] });
  return firstRows(query, (result) => toMemberRow(String(result.id), (field) => result.getValue(field) as FieldValue));
}

function memberProblems(id: string, read: ReadField): Problem[] {
  const member = toMemberRow(id, read);
  const problems = validateMemberRows([member]);
  if (member.isInactive || member.repId === '') return problems;
  const duplicates = member.territoryId === '' ? [] : otherMembersWithRep(member);
  return [
    ...problems,
    ...validateMemberRows([...duplicates, member]).filter((problem) => problem.code === 'DUPLICATE_REP'),
    ...validateMemberReps([member], repFacts(member.repId)),
  ];
}

/** beforeSubmit: throws one N/error naming every bad field and entry; 0 units for a territory, ≤ 11 for a member. */
export function refuseInvalidData(recordType: string, id: string, read: ReadField): void {
  const problems = recordType === RECORD.member ? memberProblems(id, read) : territoryProblems(id, read);
  if (problems.length > 0) {
    throw error.create({ name: INVALID_DATA_ERROR, message: formatProblems(problems), notifyOff: true });
  }
}

/** runtime.ContextType.CSV_IMPORT's value (Help: runtime.ContextType). */
const CSV_IMPORT = 'CSVIMPORT';

/**
 * afterSubmit: the next lead compiles the territories afresh (1 unit). A change in a CSV import marks the plan
 * instead (2 units): leads keep it until the import's changes stop, so its rows do not rebuild it one by one.
 */
export function territoriesChanged(): void {
  if (String(runtime.executionContext) === CSV_IMPORT) markRoutingDataChanged(Date.now());
  else dropRoutingData();
}
