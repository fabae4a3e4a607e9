/**
 * Employee facts through SuiteQL: the columns a query joins in for a rep (`rep_entityid`, …, so they never clash
 * with the joining table's own `isinactive`), and employees read by id for the bulk snapshot.
 */
import type { RepFacts } from '../engine';
import { EMPLOYEE, SUITEQL } from './ids';
import { toRepFacts } from './mapper';
import { inGroups, inList, readEveryRow, runQuery, type QueryRow } from './suiteql';

const PREFIX = 'rep_';

/**
 * Select-list columns for the employee joined in as `alias`.
 *
 * @example
 * repColumns('e'); // 'e.entityid AS rep_entityid, e.isinactive AS rep_isinactive, e.issalesrep AS rep_issalesrep'
 */
export function repColumns(alias: string): string {
  return [EMPLOYEE.name, EMPLOYEE.isInactive, EMPLOYEE.isSalesRep].map((field) => `${alias}.${field} AS ${PREFIX}${field}`).join(', ');
}

/**
 * The rep of a row that joined `repColumns`; null when the join found no employee (a checkbox is never NULL on a
 * row that exists), so a rep nobody can read stays unknown.
 *
 * @example
 * repOfRow({ rep_entityid: 'Ana Ruiz', rep_isinactive: 'F', rep_issalesrep: 'T' }, '7'); // { id: '7', name: 'Ana Ruiz', isInactive: false, isSalesRep: true }
 */
export function repOfRow(row: QueryRow, repId: string): RepFacts | null {
  if (row[`${PREFIX}${EMPLOYEE.isSalesRep}`] === null || row[`${PREFIX}${EMPLOYEE.isSalesRep}`] === undefined) return null;
  return toRepFacts(repId, (field) => row[`${PREFIX}${field}`]);
}

/** Employees by internal id: 10 units per 5,000. @example readReps(['7', '12']).map((rep) => rep.name); // ['Ana Ruiz', 'Cy Park'] */
export function readReps(ids: readonly string[]): RepFacts[] {
  return inGroups(ids).flatMap((group) => {
    const where = inList('e.id', group);
    const sql = `SELECT e.id AS id, ${repColumns('e')} FROM ${SUITEQL.employee} e WHERE ${where.sql} ORDER BY e.id`;
    return runQuery(sql, where.params).flatMap((row) => repOfRow(row, String(row.id)) ?? []);
  });
}

/**
 * Every sales rep of the account and the other employees `referred` names (fallback reps who are no sales rep),
 * in keyset pages of 5,000 (10 units each).
 *
 * @example
 * readSalesRepsAnd(['12']).map((rep) => rep.id); // ['7', '8', '12']
 */
export function readSalesRepsAnd(referred: readonly string[]): RepFacts[] {
  const others = referred.length === 0 ? null : inList('e.id', referred);
  const sql =
    `SELECT e.id AS id, ${repColumns('e')} FROM ${SUITEQL.employee} e` +
    ` WHERE e.id > ? AND (e.${EMPLOYEE.isSalesRep} = 'T'${others === null ? '' : ` OR ${others.sql}`}) ORDER BY e.id`;
  return readEveryRow(sql, (after) => [after, ...(others?.params ?? [])], 'id').flatMap((row) => repOfRow(row, String(row.id)) ?? []);
}
