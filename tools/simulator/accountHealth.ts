/**
 * `npm run simulate -- --health`: territory health (SPEC §6) of an account file, as the file stands: its
 * territories, members and employees, and its lead-stage records (existing leads and the leads it would create).
 */
import { analyseHealth, compilePlan, leadGroupsOf, type HealthReport, type LeadGroup } from '../../src/engine';
import { RECORD } from '../../src/netsuite/ids';
import { toLeadFacts, toMemberRow, toRepFacts, toTerritoryRow, type LeadAddress } from '../../src/netsuite/mapper';
import { companyTimeZone, runStart } from './instant';
import type { AccountFile } from './accountFile';

type Row = Record<string, unknown>;

/** The file gives list values by script id, so each maps to itself. */
const METHOD_IDS = { val_tlr_round_robin: 'val_tlr_round_robin', val_tlr_load_balanced: 'val_tlr_load_balanced' };

const reader = (row: Row) => (field: string) => row[field] as never;

/** The address routing reads (SPEC §3.1): the default billing address, else the first. */
function addressOf(row: Row): LeadAddress | null {
  const book = Array.isArray(row.addressbook) ? (row.addressbook as Row[]) : [];
  const entry = book.find((one) => one.defaultbilling === true) ?? book[0];
  const address = entry?.addressbookaddress as Row | undefined;
  return address === undefined ? null : { country: address.country as never, state: address.state as never, zip: address.zip as never };
}

const isLeadStage = (row: Row) => String(row.stage ?? 'LEAD').toUpperCase() === 'LEAD' && row.isinactive !== true;

/** The account file's lead-stage records with the same routing facts, counted. */
function leadGroups(leads: readonly Row[]): LeadGroup[] {
  return leadGroupsOf(leads.map((row) => toLeadFacts(null, reader(row), addressOf(row))));
}

/**
 * The health report of an account file. Creation dates are not in the file, so every lead-stage record counts
 * toward gaps (SPEC §6: all, when creation dates are unknown).
 *
 * @example
 * accountHealth(sampleAccount()).skipped; // → [{ territoryId: '223', name: 'Ireland', problems: [...] }]
 */
export function accountHealth(account: AccountFile): HealthReport {
  const records = (type: string): Row[] => account.records?.[type] ?? [];
  const territories = records(RECORD.territory).map((row) => toTerritoryRow(String(row.id), reader(row), METHOD_IDS));
  const members = records(RECORD.member).map((row) => toMemberRow(String(row.id), reader(row)));
  const existingLeads = records(RECORD.customer).filter(isLeadStage);
  const openLeads = new Map<string, number>();
  for (const row of existingLeads) {
    const rep = row.salesrep === undefined || row.salesrep === '' ? null : String(row.salesrep);
    if (rep !== null) openLeads.set(rep, (openLeads.get(rep) ?? 0) + 1);
  }
  return analyseHealth(compilePlan(territories, members), {
    now: runStart(account).toISOString(),
    timeZone: companyTimeZone(account),
    reps: records(RECORD.employee).map((row) => toRepFacts(String(row.id), reader(row))),
    openLeads,
    leadGroups: leadGroups([...existingLeads, ...(account.leads ?? [])]),
  });
}
