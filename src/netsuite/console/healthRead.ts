/**
 * The reads of the console's health view (SPEC §6 `health`), all aggregated: the cached plan (1 unit), the sales
 * reps and the employees the plan names, open leads counted per rep, and the active lead-stage records created in
 * the last 90 days grouped by the facts territories match on (country, state, postal code, lead source, category,
 * subsidiary) — so 100,000 leads cost a query per 5,000 records at most, never a read per lead.
 */
import type { HealthInput, LeadGroup, Plan } from '../../engine';
import { readLeadEventSettings } from '../bulk/routingSettings';
import { BILLING_ADDRESS_JOIN } from '../bulk/customerRead';
import { firstIdCreatedInLastDays } from '../createdSince';
import { readGroupedCustomers } from '../customerGroups';
import { hasSubsidiaries, leadFieldsInAccount, leadReader } from '../features';
import { LEAD, SUITEQL } from '../ids';
import { OPEN_LEAD, ruleSql } from '../leadRules';
import { asNumber, toLeadFacts } from '../mapper';
import { readOpenLeads } from '../openLeadQuery';
import { loadRoutingData } from '../planCache';
import { readSalesRepsAnd } from '../queryReps';
import { readClock } from '../settings';
import type { QueryRow } from '../suiteql';

/** SPEC §6: gaps are looked for among the lead-stage records of the last 90 days. */
export const GAP_DAYS = 90;

const LEAD_FIELDS = [LEAD.leadSource, LEAD.category, LEAD.subsidiary];

function groupOf(row: QueryRow, oneWorld: boolean): LeadGroup {
  const { country, state, postalCode, leadSource, category, subsidiary } = toLeadFacts(
    null,
    leadReader((field) => row[field], oneWorld),
    { country: row[LEAD.country], state: row[LEAD.state], zip: row[LEAD.zip] },
  );
  return { facts: { country, state, postalCode, leadSource, category, subsidiary }, leads: asNumber(row.leads) ?? 0 };
}

/** The active lead-stage records created in the last 90 days, grouped by the facts territories match on. */
function recentLeadGroups(): LeadGroup[] {
  const first = firstIdCreatedInLastDays(GAP_DAYS);
  if (first === null) return [];
  const oneWorld = hasSubsidiaries();
  const address = [`a.${LEAD.country}`, `COALESCE(a.${LEAD.state}, a.${SUITEQL.dropdownState})`, `a.${LEAD.zip}`];
  const fields = leadFieldsInAccount(LEAD_FIELDS, oneWorld).map((field) => `c.${field}`);
  const columns = [
    ...address.map((expression, at) => `${expression} AS ${[LEAD.country, LEAD.state, LEAD.zip][at]}`),
    ...fields.map((expression) => `${expression} AS ${expression.slice(2)}`),
    'COUNT(*) AS leads',
  ];
  const rows = readGroupedCustomers(
    { columns: columns.join(', '), joins: BILLING_ADDRESS_JOIN, where: ruleSql(OPEN_LEAD, 'c'), params: [], groupBy: [...address, ...fields].join(', ') },
    { first, before: null },
  );
  // A group that spans windows comes back once per window.
  const groups = new Map<string, LeadGroup>();
  for (const group of rows.map((row) => groupOf(row, oneWorld))) {
    const key = JSON.stringify(group.facts);
    const known = groups.get(key);
    if (known === undefined) groups.set(key, group);
    else known.leads += group.leads;
  }
  return [...groups.values()];
}

/** Every employee the plan names as member or fallback rep. */
function repsNamedBy(plan: Plan): string[] {
  const ids = plan.territories.flatMap((territory) => [...territory.members.map((member) => member.repId), ...(territory.fallbackRepId === null ? [] : [territory.fallbackRepId])]);
  return [...new Set(ids)];
}

export interface HealthFacts {
  plan: Plan;
  input: HealthInput;
}

/** @example readHealthFacts().input.leadGroups.length; // 412 */
export function readHealthFacts(): HealthFacts {
  const { plan, timeZone } = loadRoutingData(readLeadEventSettings().alertTo);
  const reps = readSalesRepsAnd(repsNamedBy(plan));
  const openLeads = readOpenLeads(reps.map((rep) => rep.id));
  return { plan, input: { now: readClock().now, timeZone, reps, openLeads, leadGroups: recentLeadGroups() } };
}
