/**
 * The account the export tests load: owners by domain, by company name and on free mail, a member at capacity
 * because of an open lead, a partner territory by lead source with a fallback who is no sales rep, an inactive
 * territory, records outside the export window with and without a rep, and identifying details (names, phones,
 * street addresses) that the export must never carry. Internal ids follow creation dates, as NetSuite assigns them.
 */
import type { ConsoleHost } from '../../tools/console/consoleHost';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { TODAY } from './harness';

export const STREET = '1 Infinite Loop';
export const PHONE = '+1 415 555 0100';
export const PERSON = { firstname: 'Jolene', lastname: 'Quartermaine' };

function address(state: string, zip = '94105'): Record<string, unknown>[] {
  return [{ defaultbilling: true, addressbookaddress: { country: 'US', state, zip, addr1: STREET, city: 'Cupertino' } }];
}

function lead(externalid: string, fields: Record<string, unknown>, state = 'CA'): Record<string, unknown> {
  return { externalid, phone: PHONE, ...PERSON, addressbook: address(state), ...fields };
}

export function exportAccount(): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_keep_existing: false, custscript_tlr_match_owner: true, custscript_tlr_default_rep: '12', custscript_tlr_notify_author: '16' },
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
        { id: '9', entityid: 'Cy Moss', issalesrep: true },
        { id: '12', entityid: 'Sam Lee', issalesrep: true },
        { id: '13', entityid: 'Kit Vale', issalesrep: true },
        { id: '14', entityid: 'Dee Park' },
        { id: '15', entityid: 'Old Hand', issalesrep: true, isinactive: true },
        { id: '16', entityid: 'Sales Ops' },
      ],
      campaign: [{ id: '3', name: 'Web' }, { id: '4', name: 'Partner' }, { id: '6', name: 'Unused' }],
      customrecord_tlr_territory: [
        { id: '1', name: `West <script>alert("x")</script>`, custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA, OR', custrecord_tlr_postal_codes: '94000-94999, 97*' },
        { id: '2', name: 'East', custrecord_tlr_priority: 20, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'NY', custrecord_tlr_method: 'val_tlr_load_balanced', custrecord_tlr_notify: false, custrecord_tlr_sla_hours: 4, custrecord_tlr_work_hours: 'Mon-Fri 09:00-17:00 America/New_York' },
        { id: '3', name: 'Partners', custrecord_tlr_priority: 5, custrecord_tlr_lead_sources: ['4'], custrecord_tlr_fallback_rep: '14' },
        { id: '4', name: 'Retired', isinactive: true, custrecord_tlr_priority: 1 },
      ],
      customrecord_tlr_member: [
        { id: '21', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_weight: 2 },
        { id: '22', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_away_from: '2026-12-01' },
        { id: '23', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '9', custrecord_tlr_mem_capacity: 2 },
        { id: '31', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '13' },
        { id: '41', custrecord_tlr_mem_territory: '3', custrecord_tlr_mem_rep: '8', isinactive: true },
      ],
      customer: [
        { id: '500', stage: 'CUSTOMER', companyname: 'Acme Inc', email: 'ops@Acme.com', salesrep: '13', phone: PHONE, addressbook: address('NY') },
        { id: '501', stage: 'PROSPECT', companyname: 'Globex Corporation', email: 'jo@gmail.com', salesrep: '7' },
        { id: '402', stage: 'LEAD', companyname: 'Initech', email: 'pat@initech.example', salesrep: '9', datecreated: '2025-06-01T10:00:00Z' },
        { id: '403', stage: 'LEAD', companyname: 'Umbrella', email: 'x@umbrella.example', datecreated: '2025-06-01T10:00:00Z' },
        { id: '504', stage: 'CUSTOMER', companyname: 'Hooli', email: 'gavin@hooli.example', salesrep: '15' },
      ],
    },
    leads: [
      lead('L1', { companyname: 'ACME, Inc.', email: 'new@acme.com' }),
      lead('L2', { companyname: 'Globex Corp', email: 'someone@yahoo.com' }, 'NY'),
      lead('L3', { companyname: 'Soylent', email: 'a@soylent.example' }),
      lead('L4', { companyname: 'Tyrell', email: 'b@tyrell.example' }),
      lead('L5', { companyname: 'Cyberdyne', email: 'c@gmail.com', leadsource: '4' }),
      lead('L6', { companyname: 'Wonka', email: 'd@wonka.example' }, 'TX'),
      lead('L7', { companyname: 'Stark', email: 'e@stark.example', salesrep: '13' }),
      lead('L8', { companyname: 'Soylent Co.', email: 'f@hotmail.com' }, 'NY'),
      lead('L9', { companyname: 'Hooli', email: 'g@hooli.example' }),
    ],
  };
}

/** The account file the deployed console's export answers (`format=json`), as the simulator reads it. */
export function exportedFile(host: ConsoleHost, params: Record<string, string> = {}): AccountFile & { records: Record<string, Record<string, any>[]> } {
  const answer = host.request('GET', { action: 'export', format: 'json', ...params });
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(answer.body);
}
