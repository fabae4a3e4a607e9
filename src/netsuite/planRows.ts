/**
 * The rows the plan is compiled from, read by SuiteQL (10 units per 5,000 rows; a paged search takes 5 per 1,000):
 * the active territories one row each, and the active members in blocks of ten consecutive internal ids, one row a
 * block. A block holds up to ten members whatever their territories; internal ids are handed out in creation order,
 * so 100,000 members take 10,000–13,000 rows (2–3 queries, where one row a member took 20). Sparse ids only make
 * blocks emptier: never more rows than members.
 */
import type { MemberRow, TerritoryRow } from '../engine';
import { MEMBER, RECORD, TERRITORY, TERRITORY_RESPONSE } from './ids';
import { toMemberRow, toTerritoryRow, type FieldValue, type ListScriptIds } from './mapper';
import { readEveryRow, unchecked, type QueryRow } from './suiteql';

/** Members per block row: `TRUNC(id, -1)` groups ids by tens, `MOD(id, 10)` is a member's slot in its block. */
const BLOCK_SLOTS = 10;
const MEMBER_FIELDS = [MEMBER.territory, MEMBER.rep, MEMBER.weight, MEMBER.capacity, MEMBER.awayFrom, MEMBER.awayUntil] as const;
const MEMBER_DATES: readonly string[] = [MEMBER.awayFrom, MEMBER.awayUntil];
/** The block's highest active member id: the keyset a page continues after. */
const BLOCK_KEY = 'last_id';

/**
 * Every active territory, in id order. A multi-select column selects as its ids in one comma-separated text, which
 * the mapper splits as it splits a search's.
 */
export function readTerritoryRows(methodIds: ListScriptIds): TerritoryRow[] {
  const fields = [...Object.values(TERRITORY).filter((field) => field !== TERRITORY.isInactive), TERRITORY_RESPONSE.workHours];
  const sql = `SELECT t.id AS id, ${fields.map((field) => `t.${field} AS ${field}`).join(', ')} FROM ${RECORD.territory} t WHERE ${unchecked(`t.${TERRITORY.isInactive}`)} AND t.id > ? ORDER BY t.id`;
  return readEveryRow(sql, (after) => [after], 'id').map((row) => toTerritoryRow(String(row.id), (field) => row[field] ?? '', methodIds));
}

/** The alias of a member field in a block row's slot, short enough for any Oracle identifier limit (30). */
function slotAlias(slot: number, field: string): string {
  return `s${slot}_${field === 'id' ? 'id' : field.replace('custrecord_tlr_mem_', '')}`;
}

/**
 * The block query: for each slot, each field of the member whose id ends in that digit (DECODE gives NULL for the
 * others, MAX keeps the one value).
 */
function memberBlockQuery(): string {
  const slotColumns = Array.from({ length: BLOCK_SLOTS }, (_, slot) =>
    ['id', ...MEMBER_FIELDS].map((field) => `MAX(DECODE(MOD(m.id, ${BLOCK_SLOTS}), ${slot}, m.${field})) AS ${slotAlias(slot, field)}`),
  ).flat();
  return `SELECT MAX(m.id) AS ${BLOCK_KEY}, ${slotColumns.join(', ')} FROM ${RECORD.member} m WHERE ${unchecked(`m.${MEMBER.isInactive}`)} AND m.id > ? GROUP BY TRUNC(m.id, -1) ORDER BY ${BLOCK_KEY}`;
}

/** The members of one block row, in id order. */
function membersOfBlock(row: QueryRow, readDate: (value: FieldValue) => FieldValue): MemberRow[] {
  const members: MemberRow[] = [];
  for (let slot = 0; slot < BLOCK_SLOTS; slot++) {
    const id = row[slotAlias(slot, 'id')];
    if (id === null || id === undefined) continue;
    members.push(
      toMemberRow(String(id), (field) => {
        const value = row[slotAlias(slot, field)] ?? '';
        return MEMBER_DATES.includes(field) ? readDate(value) : value;
      }),
    );
  }
  return members;
}

/** Every active member, in id order; `readDate` turns a DATE column's text into the date it names. */
export function readMemberRows(readDate: (value: FieldValue) => FieldValue): MemberRow[] {
  return readEveryRow(memberBlockQuery(), (after) => [after], BLOCK_KEY).flatMap((row) => membersOfBlock(row, readDate));
}
