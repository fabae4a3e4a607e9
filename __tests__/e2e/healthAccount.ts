/**
 * The account the health and distribution tests load. Its faults, on purpose: West (named with markup and quotes)
 * and Coast share priority 10 and both take Californian leads (overlap); Bay Area sits below West, whose fallback
 * rep takes every lead West's members cannot, so it never decides (shadowed); North's only member is away from
 * 2026-11-30 to 2026-12-04 and it has no fallback rep (staffing); Brazilian leads match no territory (gap), one of
 * them with markup in its state and its company; Sam Lee (the default rep) and Kit Vale are sales reps in no
 * territory. The reps are the console account's.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import { HOSTILE_COMPANY, HOSTILE_TERRITORY, REP, consoleAccount } from './consoleAccount';
import { TODAY } from './harness';

export { HOSTILE_COMPANY, HOSTILE_TERRITORY, REP };
export const HOSTILE_STATE = `<b>"SP"</b>`;

function lead(externalid: string, country: string, state: string, zip: string, companyname = `Company ${externalid}`): Record<string, unknown> {
  return { externalid, companyname, email: `buyer@company-${externalid.toLowerCase()}.example`, addressbook: [{ defaultbilling: true, addressbookaddress: { country, state, zip } }] };
}

export function healthAccount(): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: false, custscript_tlr_default_rep: REP.sam },
    records: {
      employee: consoleAccount().records!.employee!,
      customrecord_tlr_territory: [
        { id: '1', name: HOSTILE_TERRITORY, custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA, OR', custrecord_tlr_fallback_rep: REP.sam },
        { id: '2', name: 'Coast', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA' },
        { id: '3', name: 'Bay Area', custrecord_tlr_priority: 20, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA', custrecord_tlr_postal_codes: '94*' },
        { id: '4', name: 'North', custrecord_tlr_priority: 30, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'WA' },
      ],
      customrecord_tlr_member: [
        { id: '21', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.ana, custrecord_tlr_mem_weight: 2 },
        { id: '22', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.bo },
        { id: '23', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: REP.cy },
        { id: '24', custrecord_tlr_mem_territory: '3', custrecord_tlr_mem_rep: REP.cy },
        { id: '25', custrecord_tlr_mem_territory: '4', custrecord_tlr_mem_rep: REP.bo, custrecord_tlr_mem_away_from: '2026-11-30', custrecord_tlr_mem_away_until: '2026-12-04' },
      ],
    },
    leads: [
      ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((id) => lead(id, 'US', 'CA', '94105')),
      lead('W1', 'US', 'WA', '98101'),
      lead('B1', 'BR', 'SP', '01000-000'),
      lead('B2', 'BR', 'SP', '01310-100'),
      lead('B3', 'BR', HOSTILE_STATE, '20000-000', HOSTILE_COMPANY),
    ],
  };
}

/**
 * The same account with leads routed before the file's leads are created (so in id order, as NetSuite assigns ids):
 * four routed in West from 2026-11-20 to 11-22 (one to Cy, no member of West; one named with markup), one to West's
 * fallback rep, and one from 2026-10-01, before the default period.
 */
export function distributionAccount(): AccountFile {
  const routed = (id: number, day: string, rep: string, status = 'val_tlr_routed', companyname = `Earlier ${id}`) => ({
    id: String(id),
    companyname,
    stage: 'LEAD',
    datecreated: `${day}T10:00:00`,
    salesrep: rep,
    custentity_tlr_status: status,
    custentity_tlr_territory: '1',
  });
  const account = healthAccount();
  account.records!.customer = [
    routed(801, '2026-10-01', REP.ana),
    routed(802, '2026-11-20', REP.ana, 'val_tlr_routed', HOSTILE_COMPANY),
    routed(803, '2026-11-20', REP.ana),
    routed(804, '2026-11-21', REP.bo),
    routed(805, '2026-11-21', REP.sam, 'val_tlr_fallback'),
    routed(806, '2026-11-22', REP.cy),
  ];
  return account;
}
