/**
 * The account the console's end-to-end and browser tests load: two territories (one named with markup and
 * quotes), a member away, a member at capacity, an existing customer that owns acme.com, and leads created with a
 * rep outside the territories (kept at creation; a realignment moves them).
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import { TODAY } from './harness';

export const REP = { ana: '7', bo: '8', cy: '9', sam: '12', kit: '13' } as const;
export const HOSTILE_TERRITORY = `West <script>alert("t")</script> & 'quoted'`;
export const HOSTILE_COMPANY = `<script>alert('lead')</script> "Quote" & Co`;

function lead(externalid: string, state: string, salesrep: string): Record<string, unknown> {
  return {
    externalid,
    companyname: `Company ${externalid}`,
    email: `buyer@company-${externalid.toLowerCase()}.example`,
    salesrep,
    addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state, zip: '94105' } }],
  };
}

export function consoleAccount(): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: true, custscript_tlr_default_rep: REP.sam },
    records: {
      employee: [
        { id: REP.ana, entityid: 'Ana Ruiz', issalesrep: true },
        { id: REP.bo, entityid: 'Bo Li', issalesrep: true },
        { id: REP.cy, entityid: 'Cy Moss', issalesrep: true },
        { id: REP.sam, entityid: 'Sam Lee', issalesrep: true },
        { id: REP.kit, entityid: 'Kit Vale', issalesrep: true },
      ],
      campaign: [{ id: '3', name: 'Web form' }, { id: '4', name: `Trade show <b>"2026"</b>` }],
      customercategory: [{ id: '5', name: 'Enterprise' }],
      customrecord_tlr_territory: [
        { id: '1', name: HOSTILE_TERRITORY, custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA, OR' },
        { id: '2', name: 'East', custrecord_tlr_priority: 20, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'NY', custrecord_tlr_method: 'val_tlr_load_balanced' },
      ],
      customrecord_tlr_member: [
        { id: '21', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.ana },
        { id: '22', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.bo, custrecord_tlr_mem_away_from: '2026-11-20', custrecord_tlr_mem_away_until: '2026-12-01' },
        { id: '23', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.cy, custrecord_tlr_mem_capacity: 0 },
        { id: '31', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: REP.kit },
      ],
      customer: [{ id: '500', companyname: 'Acme Inc', email: 'ops@acme.com', stage: 'CUSTOMER', salesrep: REP.kit }],
    },
    leads: [lead('K1', 'CA', REP.sam), lead('K2', 'OR', REP.sam), lead('R1', 'NY', '')],
  };
}
