/**
 * Member state through SuiteQL: turns and assignments with the rep joined in and, when asked, the rep's open leads
 * (lead stage, active, any territory) counted in the same query — so the lead user event reads everything the
 * territories of one lead need for 10 units, and the bulk paths read every active member for 10 per 5,000.
 */
import type { MemberState, RepFacts } from '../engine';
import { LEAD, MEMBER, RECORD, SUITEQL } from './ids';
import { asNumber, toMemberState } from './mapper';
import { isOpenLeadSql } from './openLeadQuery';
import { repColumns, repOfRow } from './queryReps';
import { inGroups, inList, readEveryRow, runQuery, unchecked, type QueryRow } from './suiteql';

export interface MemberRead {
  id: string;
  state: MemberState;
  repId: string;
  /** null when the rep's employee record could not be read. */
  rep: RepFacts | null;
  /** The rep's open leads, when the query counted them. */
  openLeads?: number;
}

const OPEN_LEADS = 'openleads';

/** The columns of a member row, its rep's joined in; made per query, not at load (module top levels run on every execution). */
function memberColumns(): string {
  return ['m.id AS id', ...[MEMBER.turns, MEMBER.assigned, MEMBER.rep].map((field) => `m.${field} AS ${field}`), repColumns('e')].join(', ');
}

/** A correlated count: one number per member row, no extra call. */
function openLeadsColumn(): string {
  return `(SELECT COUNT(*) FROM ${SUITEQL.customer} c WHERE c.${LEAD.salesRep} = m.${MEMBER.rep} AND ${isOpenLeadSql()}) AS ${OPEN_LEADS}`;
}

const FROM_MEMBERS = `FROM ${RECORD.member} m LEFT JOIN ${SUITEQL.employee} e ON e.id = m.${MEMBER.rep}`;

function toMemberRead(row: QueryRow, counted: boolean): MemberRead {
  const repId = String(row[MEMBER.rep] ?? '');
  return {
    id: String(row.id),
    state: toMemberState((field) => row[field]),
    repId,
    rep: repId === '' ? null : repOfRow(row, repId),
    ...(counted ? { openLeads: asNumber(row[OPEN_LEADS]) ?? 0 } : {}),
  };
}

/**
 * These members (10 units per 5,000), with their reps' open leads when `countOpenLeads`.
 *
 * @example
 * readMembersById(['31', '32'], true); // [{ id: '31', state: { turns: 1, assigned: 4 }, repId: '7', rep: {…}, openLeads: 12 }, …]
 */
export function readMembersById(ids: readonly string[], countOpenLeads: boolean): MemberRead[] {
  const columns = countOpenLeads ? `${memberColumns()}, ${openLeadsColumn()}` : memberColumns();
  return inGroups(ids).flatMap((group) => {
    const where = inList('m.id', group);
    return runQuery(`SELECT ${columns} ${FROM_MEMBERS} WHERE ${where.sql} ORDER BY m.id`, where.params).map((row) => toMemberRead(row, countOpenLeads));
  });
}

/** Every active member, ascending id (10 units per 5,000). @example readActiveMembers().length; // 1972 */
export function readActiveMembers(): MemberRead[] {
  const sql = `SELECT ${memberColumns()} ${FROM_MEMBERS} WHERE ${unchecked(`m.${MEMBER.isInactive}`)} AND m.id > ? ORDER BY m.id`;
  return readEveryRow(sql, (after) => [after], 'id').map((row) => toMemberRead(row, false));
}
