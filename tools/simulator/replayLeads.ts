/**
 * The what-if's replay (`--compare draft.json --replay`): an export writes the leads of its window as existing
 * records (`records.customer` with stage LEAD), so a plain run creates none of them. Replayed, every lead-stage record
 * leaves `records` and comes back as a new lead, in internal-id order (the order NetSuite created them) and before
 * the file's own `leads`, carrying only the facts a lead has when it is created — company name, email, lead source,
 * category, subsidiary and address. What routing wrote on it (sales rep, territory, status, reason, lock) is
 * dropped, so each lead is decided again and owner matching sees only the records that existed before it.
 * The export does not record its window in the file, so every lead-stage record is replayed.
 */
import { compareIds } from '../../src/engine';
import { LEAD } from '../../src/netsuite/ids';
import { AccountFileError, type AccountFile } from './accountFile';

/** The fields a replayed lead keeps: what the lead user event reads on a new lead, as the export writes them. */
const LEAD_FACTS = [LEAD.companyName, LEAD.email, LEAD.leadSource, LEAD.category, LEAD.subsidiary, LEAD.addressBook];

const isLeadStage = (row: Record<string, unknown>): boolean => String(row['stage'] ?? '').toUpperCase() === 'LEAD';

/** A lead-stage record as the new lead it once was; its internal id becomes the lead's key in the output. */
function asNewLead(row: Record<string, unknown>): Record<string, unknown> {
  const facts = LEAD_FACTS.filter((field) => row[field] !== undefined).map((field) => [field, row[field]]);
  return { externalid: String(row['id']), ...Object.fromEntries(facts) };
}

/**
 * @example
 * withReplayedLeads(readAccountFile('current.json'), 'current.json').leads;
 * // [{ externalid: '402', companyname: 'Initech', … }, …, then the file's own leads]
 * withReplayedLeads({ records: { customer: [{ id: '1', stage: 'CUSTOMER' }] } }, 'current.json');
 * // AccountFileError: current.json: records.customer: no lead-stage records (stage LEAD) to replay: …
 */
export function withReplayedLeads(account: AccountFile, source: string): AccountFile {
  const customers = account.records?.['customer'] ?? [];
  const replayed = customers.filter(isLeadStage);
  if (replayed.length === 0) {
    throw new AccountFileError('records.customer: no lead-stage records (stage LEAD) to replay: --replay replays the leads an export wrote', source);
  }
  const ordered = [...replayed].sort((a, b) => compareIds(String(a['id'] ?? ''), String(b['id'] ?? '')));
  return {
    ...account,
    records: { ...account.records, customer: customers.filter((row) => !isLeadStage(row)) },
    leads: [...ordered.map(asNewLead), ...(account.leads ?? [])],
  };
}
