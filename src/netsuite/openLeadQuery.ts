/** Open leads per rep (lead stage, active, any territory) counted by NetSuite: one row per rep, 10 units per 5,000 reps. */
import { LEAD, SUITEQL } from './ids';
import { OPEN_LEAD, ruleSql } from './leadRules';
import { asNumber } from './mapper';
import { inGroups, inList, runQuery } from './suiteql';

/**
 * A `customer` row (alias `c`) that is an open lead of its rep. Shared with the member query's correlated count; made
 * when a query needs it, not at load (a module's top level runs on every script execution).
 */
export function isOpenLeadSql(): string {
  return ruleSql(OPEN_LEAD, 'c');
}

/**
 * Every rep asked for gets a count; a rep with none gets 0.
 *
 * @example
 * readOpenLeads(['7', '8']); // Map { '7' => 12, '8' => 0 }
 */
export function readOpenLeads(repIds: readonly string[]): Map<string, number> {
  const counts = new Map(repIds.map((id) => [id, 0]));
  for (const group of inGroups(repIds)) {
    const where = inList(`c.${LEAD.salesRep}`, group);
    const sql =
      `SELECT c.${LEAD.salesRep} AS rep, COUNT(*) AS openleads FROM ${SUITEQL.customer} c` +
      ` WHERE ${isOpenLeadSql()} AND ${where.sql} GROUP BY c.${LEAD.salesRep}`;
    for (const row of runQuery(sql, where.params)) counts.set(String(row.rep), asNumber(row.openleads) ?? 0);
  }
  return counts;
}
