/**
 * Leads as the bulk paths read them: the routing facts (SPEC §3.1) straight from search columns, with the address
 * from the default billing address columns. A lead whose three billing columns are all empty may still have
 * addresses that are not the default billing one (the rule then takes its first address), which no lead search
 * column shows: that lead alone is loaded and read like the user event reads it (5 units).
 */
import record from 'N/record';
import search from 'N/search';
import type { BatchLead } from '../../engine/batch';
import { hasSubsidiaries, leadFieldsInAccount, leadReader } from '../features';
import { ensureUnits } from '../governance';
import { LEAD, LEAD_SEARCH, RECORD } from '../ids';
import { readLeadFacts } from '../leadRecord';
import { asBoolean, asText, toLeadFacts, type FieldValue, type LeadAddress, type ReadField } from '../mapper';
import { UNITS } from '../unitCosts';

/** A lead read from a search; `needsAddress` when its facts still lack the address (no billing columns). */
export interface LeadRow {
  lead: BatchLead;
  needsAddress: boolean;
}

/**
 * Columns of a lead search, ascending internal id first (sorting happens in NetSuite, before any paging); the
 * subsidiary only in a OneWorld account.
 *
 * @example
 * search.create({ type: 'lead', filters, columns: leadColumns() });
 */
export function leadColumns(): search.Column[] {
  const fields = leadFieldsInAccount([LEAD.salesRep, LEAD.leadSource, LEAD.category, LEAD.subsidiary, LEAD.email, LEAD.companyName, LEAD.isInactive], hasSubsidiaries());
  const billing = [LEAD_SEARCH.billCountry, LEAD_SEARCH.billState, LEAD_SEARCH.billZip];
  return [search.createColumn({ name: LEAD_SEARCH.internalId, sort: search.Sort.ASC }), ...[...fields, ...billing].map((name) => search.createColumn({ name }))];
}

/**
 * A lead read by a search or a query: its body fields through `read`, its default billing address (null when it
 * has none, so it must be loaded for its first address).
 *
 * @example
 * leadRow('900', (field) => row[field], { country: 'US', state: 'CA', zip: '94105' }).needsAddress; // false
 */
export function leadRow(id: string, read: ReadField, billing: LeadAddress | null): LeadRow {
  const facts = toLeadFacts(id, read, billing);
  return { lead: { facts: { ...facts, id }, isInactive: asBoolean(read(LEAD.isInactive)) }, needsAddress: billing === null };
}

/** @example toLeadRow(result) // → { lead: { facts: { id: '900', country: 'US', … }, isInactive: false }, needsAddress: false } */
export function toLeadRow(result: search.Result): LeadRow {
  const read = leadReader((field: string) => result.getValue(field) as FieldValue, hasSubsidiaries());
  const billing = { country: read(LEAD_SEARCH.billCountry), state: read(LEAD_SEARCH.billState), zip: read(LEAD_SEARCH.billZip) };
  const noBilling = [billing.country, billing.state, billing.zip].every((value) => asText(value) === '');
  return leadRow(String(result.id), read, noBilling ? null : billing);
}

/**
 * The lead with its address: as read, or loaded (5 units) when the search showed no billing address.
 *
 * @example
 * completeLead(row).facts.country; // 'US'
 */
export function completeLead(row: LeadRow): BatchLead {
  if (!row.needsAddress) return row.lead;
  ensureUnits(UNITS.entityLoad);
  const facts = readLeadFacts(record.load({ type: RECORD.lead, id: row.lead.facts.id }));
  return { facts: { ...facts, id: row.lead.facts.id }, isInactive: row.lead.isInactive };
}
