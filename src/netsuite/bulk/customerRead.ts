/**
 * The realignment's read of the customer table (leads, prospects and customers are all rows of it in SuiteQL), in
 * keyset pages of 5,000 for 10 units each: the leads of its default scope (REALIGN_SCOPE) and, with owner
 * matching on, every record that may own a lead (MAY_OWN) with the rep joined in. Those owner rows include every open lead of every rep, so the
 * open-lead counts are tallied from the same rows instead of being read again.
 */
import type { OwnerCandidate, RepFacts } from '../../engine';
import { hasSubsidiaries, leadFieldsInAccount, leadReader } from '../features';
import { LEAD, SUITEQL } from '../ids';
import { MAY_OWN, OPEN_LEAD, REALIGN_SCOPE, ruleHolds, ruleSql, type RuleFacts } from '../leadRules';
import { asBoolean, asStage, asText, toOwnerCandidate, type ListScriptIds } from '../mapper';
import { repColumns, repOfRow } from '../queryReps';
import { readEveryRow, type QueryRow } from '../suiteql';
import { leadRow, type LeadRow } from './leadRows';
import type { OwnerRead } from './ownerSearch';

export interface CustomerReadWanted {
  /** The default scope's leads. */
  scope: boolean;
  /** The owner pool. */
  owners: boolean;
}

export interface CustomerRead {
  /** The default scope's leads, ascending internal id (empty when not wanted). */
  scope: LeadRow[];
  owners: OwnerRead;
  /** Open leads per rep, tallied from the owner rows; null when the owner pool was not read. */
  openLeads: Map<string, number> | null;
}

const BODY_FIELDS = [LEAD.salesRep, LEAD.email, LEAD.companyName, LEAD.isInactive, LEAD.leadSource, LEAD.category, LEAD.subsidiary, LEAD.lock, LEAD.status];

/**
 * A customer row's id, stage and `fields` (`c`), and its default billing address (`a`, joined by
 * BILLING_ADDRESS_JOIN): `subsidiary` only in a OneWorld account (elsewhere the column does not exist).
 */
export function customerColumns(fields: readonly string[], oneWorld: boolean): string[] {
  return [
    'c.id AS id',
    `c.${SUITEQL.stage} AS ${LEAD.stage}`,
    ...leadFieldsInAccount(fields, oneWorld).map((field) => `c.${field} AS ${field}`),
    `c.${SUITEQL.defaultBillingAddress} AS ${SUITEQL.defaultBillingAddress}`,
    `a.${LEAD.country} AS ${LEAD.country}`,
    // NetSuite keeps an address's state in `state` or in `dropdownstate`; whichever holds it, routing reads it.
    `COALESCE(a.${LEAD.state}, a.${SUITEQL.dropdownState}) AS ${LEAD.state}`,
    `a.${LEAD.zip} AS ${LEAD.zip}`,
  ];
}

export const BILLING_ADDRESS_JOIN = `LEFT JOIN ${SUITEQL.address} a ON a.${SUITEQL.addressKey} = c.${SUITEQL.defaultBillingAddress}`;

const columns = (oneWorld: boolean): string => [...customerColumns(BODY_FIELDS, oneWorld), repColumns('e')].join(', ');

const FROM = `FROM ${SUITEQL.customer} c LEFT JOIN ${SUITEQL.employee} e ON e.id = c.${LEAD.salesRep} ${BILLING_ADDRESS_JOIN}`;


function toScopeLead(row: QueryRow, oneWorld: boolean): LeadRow {
  const read = leadReader((field: string) => row[field], oneWorld);
  const billing = row[SUITEQL.defaultBillingAddress] === null ? null : { country: row[LEAD.country], state: row[LEAD.state], zip: row[LEAD.zip] };
  return leadRow(String(row.id), read, billing);
}

/**
 * The rows `wanted` asks for in one pass; no query when it asks for nothing.
 *
 * @example
 * readCustomers({ scope: true, owners: true }, lists.status).openLeads?.get('7'); // 12
 */
export function readCustomers(wanted: CustomerReadWanted, statusIds: ListScriptIds): CustomerRead {
  const conditions = [...(wanted.scope ? [ruleSql(REALIGN_SCOPE, 'c', statusIds)] : []), ...(wanted.owners ? [ruleSql(MAY_OWN, 'c')] : [])];
  const scope: LeadRow[] = [];
  const candidates: OwnerCandidate[] = [];
  const reps = new Map<string, RepFacts>();
  const openLeads = new Map<string, number>();
  const oneWorld = hasSubsidiaries();
  const sql = `SELECT ${columns(oneWorld)} ${FROM} WHERE c.id > ? AND (${conditions.join(' OR ')}) ORDER BY c.id`;
  for (const row of conditions.length === 0 ? [] : readEveryRow(sql, (after) => [after], 'id')) {
    const facts: RuleFacts = {
      stage: asStage(row[LEAD.stage]),
      isInactive: asBoolean(row[LEAD.isInactive]),
      lock: asBoolean(row[LEAD.lock]),
      salesRep: asText(row[LEAD.salesRep]),
      status: asText(row[LEAD.status]),
    };
    if (wanted.scope && ruleHolds(REALIGN_SCOPE, facts, statusIds)) scope.push(toScopeLead(row, oneWorld));
    const repId = facts.salesRep;
    if (!wanted.owners || !ruleHolds(MAY_OWN, facts)) continue;
    candidates.push(toOwnerCandidate(String(row.id), (field) => row[field]));
    const rep = repOfRow(row, repId);
    if (rep !== null) reps.set(repId, rep);
    if (ruleHolds(OPEN_LEAD, facts)) openLeads.set(repId, (openLeads.get(repId) ?? 0) + 1);
  }
  return { scope, owners: { candidates, reps: [...reps.values()] }, openLeads: wanted.owners ? openLeads : null };
}
