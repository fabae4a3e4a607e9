/**
 * SPEC §3.5 step 2 at the edges of the owner search the lead user event runs (N/search on customer-stage records:
 * email contains "@domain" OR company name contains every word of the normalised name; every page is read).
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import type { Emulator } from '../../tools/emulator/host';
import { LEAD_UE, TODAY, invocationsOf, run } from './harness';

function accountWith(customers: Record<string, unknown>[], leads: Record<string, unknown>[]): AccountFile {
  return {
    today: TODAY,
    records: {
      employee: [
        { id: '7', entityid: 'Ana Owner', issalesrep: true },
        { id: '8', entityid: 'Bo Crowd', issalesrep: true },
        { id: '9', entityid: 'Cy Territory', issalesrep: true },
      ],
      customrecord_tlr_territory: [{ id: '1', name: 'Everywhere', custrecord_tlr_priority: 100 }],
      customrecord_tlr_member: [{ id: '2', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '9' }],
      customer: customers,
    },
    leads,
  };
}

/** `count` customers with a rep whose names share the word "Solutions". */
/** Records whose names hold every word of `name` without being it ("Zeta Solutions Division 3"): search hits, no owners. */
function crowd(count: number, firstId: number, name: string): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({
    id: String(firstId + index),
    stage: 'CUSTOMER',
    companyname: `${name} Division ${index}`,
    email: `sales@vendor${index}.example`,
    salesrep: '8',
  }));
}

test('company names match after normalisation: "Barnes & Noble" = "Barnes and Noble, Inc."', () => {
  const { rows } = run(
    accountWith(
      [{ id: '500', stage: 'PROSPECT', companyname: 'Barnes and Noble, Inc.', salesrep: '7' }],
      [{ externalid: 'bn', companyname: 'Barnes & Noble', email: 'buyer@gmail.com' }],
    ),
  );
  expect(rows).toEqual([expect.objectContaining({ lead: 'bn', status: 'OWNER', salesrep: '7', reason: expect.stringContaining('existing prospect Barnes and Noble, Inc. (#500) with the same company name (barnes and noble)') })]);
});

// The name search requires every word of the normalised name with 'contains' — never "and", which may stand for
// a "&" the stored name still has ("AT&T" → "at and t" → "at", "t").
test('"AT&T" finds the owner of "AT&T Inc." (the & becomes "and" only after the search)', () => {
  const { rows } = run(
    accountWith(
      [{ id: '500', stage: 'CUSTOMER', companyname: 'AT&T Inc.', salesrep: '7' }],
      [{ externalid: 'att', companyname: 'AT&T', email: 'buyer@gmail.com' }],
    ),
  );
  expect(rows[0]).toMatchObject({ status: 'OWNER', salesrep: '7' });
});

/** Pages the single lead's owner search fetched: its create also loads the plan cold (two one-page list searches). */
function ownerPages(emulator: Emulator): number {
  const [create] = invocationsOf(emulator, LEAD_UE, 'beforeSubmit');
  return (create?.charges ?? []).filter((charge) => charge.api === 'PagedData.fetch').length - 2;
}

// More than 1,000 customer-stage records hold every word of the lead's name: the owner search reads every page, so
// an exact email-domain owner (ranked first by SPEC §3.5) is never cut off.
test('an email-domain owner is found even when 1,500 other records hold every word of its name', () => {
  const { rows, emulator } = run(
    accountWith(
      [...crowd(1500, 1000, 'Zeta Solutions'), { id: '5000', stage: 'CUSTOMER', companyname: 'Zeta Solutions', email: 'ops@zeta.example', salesrep: '7' }],
      [{ externalid: 'zeta', companyname: 'Zeta Solutions', email: 'jo@zeta.example' }],
    ),
  );
  expect(rows[0]).toMatchObject({ status: 'OWNER', salesrep: '7', reason: expect.stringContaining('existing customer Zeta Solutions (#5000) with the same email domain zeta.example') });
  expect(ownerPages(emulator)).toBe(2);
});

// The owner (lowest id, 100) comes back with 1,500 others holding its name's words: every page is read.
test('the owner with the lowest id is found among 1,500 records holding every word of its name', () => {
  const { rows, emulator } = run(
    accountWith(
      [{ id: '100', stage: 'CUSTOMER', companyname: 'Zulu Solutions', email: 'ops@zulu.example', salesrep: '7' }, ...crowd(1500, 1000, 'Zulu Solutions')],
      [{ externalid: 'zulu', companyname: 'Zulu Solutions', email: 'jo@gmail.com' }],
    ),
  );
  expect(rows[0]).toMatchObject({ status: 'OWNER', salesrep: '7' });
  expect(ownerPages(emulator)).toBe(2);
});
