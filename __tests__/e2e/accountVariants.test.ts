/**
 * Accounts that differ from the one the project was built in, end to end on the BUILT scripts: leads older than the
 * lock field (the checkbox reads NULL in SuiteQL), addresses whose state NetSuite keeps in `dropdownstate`, and
 * accounts without OneWorld (no `subsidiary` on leads). Each bulk path and the lead user event must route them as
 * any other lead.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import { TODAY, run } from './harness';

const ANA = '7';

/** West (US) with Ana; `customers` are existing customer-stage records. */
function westAccount(customers: Record<string, unknown>[], extra: Partial<AccountFile> = {}): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: false },
    records: {
      employee: [{ id: ANA, entityid: 'Ana Ruiz', issalesrep: true }],
      customrecord_tlr_territory: [{ id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US' }],
      customrecord_tlr_member: [{ id: '31', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: ANA }],
      customer: customers,
    },
    ...extra,
  };
}

const usLead = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  stage: 'LEAD',
  companyname: `Lead ${id}`,
  addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }],
  ...extra,
});

describe('leads older than the lock field (custentity_tlr_lock reads NULL in SuiteQL)', () => {
  // 900 predates the field (null: no value stored); 901 was locked; 902 was saved unlocked.
  const account = westAccount([usLead('900', { custentity_tlr_lock: null }), usLead('901', { custentity_tlr_lock: true }), usLead('902')]);

  test('realignment (SuiteQL) takes them into its scope and routes them; a locked lead stays out', () => {
    const { bulk } = run(account, { bulk: { kind: 'realign', mode: 'APPLY' } });
    if (bulk?.kind !== 'realign') throw new Error('expected a realignment');

    expect(bulk.failure).toBeNull();
    expect(bulk.report?.rows.map((row) => [row.lead, row.new_rep, row.status])).toEqual([
      ['900', ANA, 'ROUTED'],
      ['902', ANA, 'ROUTED'],
    ]);
  });

  test('the sweep (searches) routes them too', () => {
    const { bulk } = run(account, { bulk: { kind: 'sweep' } });
    if (bulk?.kind !== 'sweep') throw new Error('expected a sweep');

    expect(bulk.rows.map((row) => [row.lead, row.salesrep, row.status])).toEqual([
      ['900', ANA, 'ROUTED'],
      ['902', ANA, 'ROUTED'],
    ]);
  });
});

describe("an address whose state NetSuite keeps in dropdownstate (SuiteQL's state column is NULL)", () => {
  // California has its own territory before the rest of the US; lead 910's state was picked from the state list.
  const account = westAccount([
    usLead('910', { addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', dropdownstate: 'CA', zip: '94105' } }] }),
  ]);
  account.records!.employee!.push({ id: '8', entityid: 'Bo Li', issalesrep: true });
  account.records!.customrecord_tlr_territory!.unshift({ id: '2', name: 'California', custrecord_tlr_priority: 5, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA' });
  account.records!.customrecord_tlr_member!.push({ id: '32', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '8' });

  test('realignment reads the state from either column and routes the lead by it', () => {
    const { bulk } = run(account, { bulk: { kind: 'realign', mode: 'PREVIEW' } });
    if (bulk?.kind !== 'realign') throw new Error('expected a realignment');

    expect(bulk.report?.rows.map((row) => [row.lead, row.new_rep, row.territory])).toEqual([['910', '8', '2']]);
    expect(bulk.report?.rows[0]?.reason).toContain('state CA');
  });

  test('the sweep, reading the address through search columns, routes it the same way', () => {
    const { bulk } = run(account, { bulk: { kind: 'sweep' } });
    if (bulk?.kind !== 'sweep') throw new Error('expected a sweep');

    expect(bulk.rows.map((row) => [row.lead, row.salesrep, row.territory])).toEqual([['910', '8', '2']]);
  });
});

describe('with and without OneWorld (the SUBSIDIARIES feature)', () => {
  const EU = '2';
  const BO = '8';
  const caAddress = [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }];

  /** Europe (subsidiary 2) comes before West; its member is Bo. Existing lead 930 and new lead N1 are in California. */
  function subsidiaryAccount(oneWorld: boolean): AccountFile {
    const subsidiary = oneWorld ? { subsidiary: EU } : {};
    const account = westAccount([usLead('930', subsidiary)], {
      ...(oneWorld ? {} : { features: { SUBSIDIARIES: false } }),
      leads: [{ externalid: 'N1', companyname: 'New One', addressbook: caAddress, ...subsidiary }],
    });
    account.records!.employee!.push({ id: BO, entityid: 'Bo Li', issalesrep: true });
    account.records!.customrecord_tlr_territory!.unshift({ id: '3', name: 'Europe', custrecord_tlr_priority: 5, custrecord_tlr_subsidiaries: [EU] });
    account.records!.customrecord_tlr_member!.push({ id: '33', custrecord_tlr_mem_territory: '3', custrecord_tlr_mem_rep: BO });
    return account;
  }

  describe.each([
    ['OneWorld: the subsidiary decides', true, { rep: BO, territory: '3' }],
    ['without OneWorld: no subsidiary is read, the address decides', false, { rep: ANA, territory: '1' }],
  ])('%s', (_title, oneWorld, expected) => {
    test('the lead user event routes a new lead', () => {
      const { rows, emulator } = run(subsidiaryAccount(oneWorld));

      expect(rows.map((row) => [row.lead, row.salesrep, row.territory, row.status])).toEqual([['N1', expected.rep, expected.territory, 'ROUTED']]);
      expect(emulator.invocations.filter((invocation) => invocation.error !== undefined)).toEqual([]);
    });

    test('the sweep routes an existing lead', () => {
      const { bulk } = run(subsidiaryAccount(oneWorld), { bulk: { kind: 'sweep' } });
      if (bulk?.kind !== 'sweep') throw new Error('expected a sweep');

      expect(bulk.rows.map((row) => [row.lead, row.salesrep, row.territory, row.status])).toEqual([['930', expected.rep, expected.territory, 'ROUTED']]);
    });

    test('realignment routes an existing lead', () => {
      const { bulk } = run(subsidiaryAccount(oneWorld), { bulk: { kind: 'realign', mode: 'PREVIEW' } });
      if (bulk?.kind !== 'realign') throw new Error('expected a realignment');

      expect(bulk.failure).toBeNull();
      expect(bulk.report?.rows.filter((row) => row.lead === '930').map((row) => [row.new_rep, row.territory, row.status])).toEqual([[expected.rep, expected.territory, 'ROUTED']]);
    });
  });

  test('a file without OneWorld that gives a lead a subsidiary is refused before anything runs', () => {
    const account = subsidiaryAccount(false);
    account.leads![0]!.subsidiary = EU;

    expect(() => run(account)).toThrow('leads[0] (N1): subsidiary: unknown field of lead');
  });
});
