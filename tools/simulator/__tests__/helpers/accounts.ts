/** Small account files for the simulator's tests; every call builds a fresh one. */
import path from 'node:path';
import type { AccountFile } from '../../accountFile';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** A lead in the US with its own company and domain, so no owner matches it. */
export function usLead(externalid: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    externalid,
    companyname: `Company ${externalid}`,
    email: `info@${externalid.toLowerCase()}.example`,
    addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }],
    ...extra,
  };
}

/** West (US) with Ana (weight 2) and Bo (weight 1), round robin; one customer of Ana's; three US leads. */
export function westAccount(): AccountFile {
  return {
    today: '2026-11-26',
    parameters: { custscript_tlr_match_owner: true },
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
      ],
      campaign: [{ id: '3', name: 'Web form' }],
      customrecord_tlr_territory: [
        { id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_method: 'val_tlr_round_robin' },
      ],
      customrecord_tlr_member: [
        { id: '1', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_weight: 2 },
        { id: '2', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_weight: 1 },
      ],
      customer: [{ id: '500', companyname: 'Acme Inc', email: 'ops@acme.com', stage: 'CUSTOMER', salesrep: '7' }],
    },
    leads: [usLead('L1', { leadsource: '3' }), usLead('L2'), usLead('L3')],
  };
}
