/**
 * The records the routing scripts' SuiteQL reads, as a fixture of the emulator's own: a member custom record
 * (`customrecord_tlr_member`: rep, turns, assigned) and the lead lock checkbox (`custentity_tlr_lock`), added to
 * the test account of `fixtures.ts`. Each test seeds its own copy.
 */
import type { Emulator } from '../../host';
import { makeEmulator, OBJECT_XML, seedPeople, type FixtureOptions } from './fixtures';

const field = (scriptId: string, type: string, extra = ''): string =>
  `<customrecordcustomfield scriptid="${scriptId}"><fieldtype>${type}</fieldtype><label>${scriptId}</label>${extra}</customrecordcustomfield>`;

export const ROUTING_XML: Readonly<Record<string, string>> = {
  ...OBJECT_XML,
  'customrecord_tlr_member.xml': `<customrecordtype scriptid="customrecord_tlr_member"><recordname>Member</recordname><customrecordcustomfields>
      ${field('custrecord_tlr_mem_rep', 'SELECT', '<selectrecordtype>-4</selectrecordtype>')}
      ${field('custrecord_tlr_mem_turns', 'FLOAT', '<defaultvalue>0</defaultvalue>')}
      ${field('custrecord_tlr_mem_assigned', 'INTEGER', '<defaultvalue>0</defaultvalue>')}
      ${field('custrecord_tlr_mem_away_from', 'DATE')}
    </customrecordcustomfields></customrecordtype>`,
  'custentity_tlr_lock.xml': `<entitycustomfield scriptid="custentity_tlr_lock"><fieldtype>CHECKBOX</fieldtype><label>Lock</label>
      <appliestocustomer>T</appliestocustomer><defaultchecked>F</defaultchecked></entitycustomfield>`,
};

export function makeRoutingEmulator(options: FixtureOptions = {}): Emulator {
  return makeEmulator({ ...options, xml: ROUTING_XML });
}

/**
 * Employees 7 (Ana, active rep), 8 (Ben, inactive rep), 9 (Cy, not a rep); members 301 (rep 7, turns 1.5,
 * assigned 3), 302 (rep 8), 303 (rep 9, inactive), 304 (no rep); leads 1001 (rep 7, billing address US/CA/94105),
 * 1002 (rep 7, locked), 1003 (rep 7, inactive), 1004 (rep 8, shipping address only), 1005 (no rep, email
 * ''); prospect 1006 (rep 7); customers 1007 (rep 9, two address lines, the second the default billing one) and
 * 1008 (rep 7, inactive).
 */
export function seedRouting(emulator: Emulator): void {
  seedPeople(emulator);
  emulator.seed('customrecord_tlr_member', [
    { id: 301, name: 'Ana West', custrecord_tlr_mem_rep: 7, custrecord_tlr_mem_turns: 1.5, custrecord_tlr_mem_assigned: 3, custrecord_tlr_mem_away_from: '2026-12-24' },
    { id: 302, name: 'Ben West', custrecord_tlr_mem_rep: 8 },
    { id: 303, name: 'Cy West', custrecord_tlr_mem_rep: 9, isinactive: true },
    { id: 304, name: 'Nobody' },
  ]);
  emulator.seed('lead', [
    { id: 1001, companyname: 'Acme', email: 'ops@acme.com', salesrep: 7, subsidiary: 1, addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }] },
    { id: 1002, companyname: 'Bolt', salesrep: 7, custentity_tlr_lock: true },
    { id: 1003, companyname: 'Crux', salesrep: 7, isinactive: true },
    { id: 1004, companyname: 'Dune', salesrep: 8, addressbook: [{ defaultshipping: true, addressbookaddress: { country: 'DE', zip: '10115' } }] },
    { id: 1005, companyname: 'echo', email: '' },
  ]);
  emulator.seed('customer', [
    { id: 1006, companyname: 'Fjord', stage: 'PROSPECT', salesrep: 7 },
    {
      id: 1007,
      companyname: 'Gale',
      stage: 'CUSTOMER',
      salesrep: 9,
      addressbook: [
        { defaultshipping: true, addressbookaddress: { country: 'FR', zip: '75001' } },
        { defaultbilling: true, addressbookaddress: { country: 'GB', state: 'London', zip: 'EC1A' } },
      ],
    },
    { id: 1008, companyname: 'Hush', stage: 'CUSTOMER', salesrep: 7, isinactive: true },
  ]);
}
