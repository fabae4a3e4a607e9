/**
 * SPEC §3.4: a rep's open leads are the active records in the lead stage whose sales rep is the rep — inactive leads,
 * prospects and customers do not count toward capacity or load. Checked through every SuiteQL read that counts them,
 * in the BUILT scripts in the emulator: the lead user event's member query, the realignment's one pass over the
 * customer table (owner matching on, open leads tallied from the owner rows) and its open-lead query (owner matching
 * off). Ada (capacity 2) and Dot (load balanced against Cal's 2) each hold one open lead and a pile of records that
 * are not: counted wrongly, Ada is full and Cal has fewer.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import { TODAY, run } from './harness';

const REP = { ada: '61', bert: '62', cal: '64', dot: '65', zed: '70' } as const;

function held(id: string, salesrep: string, state: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    stage: 'LEAD',
    companyname: `Held ${id}`,
    email: `x@held-${id}.example`,
    salesrep,
    addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state, zip: '10001' } }],
    ...extra,
  };
}

/** One open lead each for Ada and Dot, plus inactive leads, a prospect and a customer; two open leads for Cal. */
function heldRecords(): Record<string, unknown>[] {
  const notOpen = (first: number, salesrep: string, state: string) => [
    held(String(first), salesrep, state, { isinactive: true }),
    held(String(first + 1), salesrep, state, { isinactive: true }),
    held(String(first + 2), salesrep, state, { stage: 'PROSPECT' }),
    held(String(first + 3), salesrep, state, { stage: 'CUSTOMER' }),
  ];
  return [
    held('601', REP.ada, 'CA'),
    ...notOpen(602, REP.ada, 'CA'),
    held('611', REP.cal, 'NY'),
    held('612', REP.cal, 'NY'),
    held('621', REP.dot, 'NY'),
    ...notOpen(622, REP.dot, 'NY'),
  ];
}

function account(matchOwner: boolean, extra: Partial<AccountFile> = {}): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: matchOwner },
    records: {
      employee: Object.entries(REP).map(([name, id]) => ({ id, entityid: name, issalesrep: true, ...(name === 'zed' ? { isinactive: true } : {}) })),
      customrecord_tlr_territory: [
        { id: '1', name: 'Capped', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA' },
        { id: '2', name: 'Balanced', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'NY', custrecord_tlr_method: 'val_tlr_load_balanced' },
      ],
      customrecord_tlr_member: [
        { id: '31', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.ada, custrecord_tlr_mem_capacity: 2 },
        { id: '32', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.bert },
        { id: '41', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: REP.cal },
        { id: '42', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: REP.dot },
      ],
      customer: heldRecords(),
    },
    ...extra,
  };
}

const newLead = (key: string, state: string) => ({ companyname: `New ${key}`, email: `x@new-${key}.example`, addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state, zip: '10001' } }] });

describe('open leads are active lead-stage records: inactive leads, prospects and customers do not count toward capacity or load', () => {
  test('the lead user event (member query): Ada under capacity takes the California lead, Dot with fewer open leads the New York one', () => {
    const { rows } = run(account(true, { leads: [{ externalid: 'CA', ...newLead('ca', 'CA') }, { externalid: 'NY', ...newLead('ny', 'NY') }] }));

    expect(rows.map((row) => [row.lead, row.status, row.salesrep])).toEqual([
      ['CA', 'ROUTED', REP.ada],
      ['NY', 'ROUTED', REP.dot],
    ]);
    expect(rows[0]?.reason).not.toContain('at capacity');
    expect(rows[1]?.reason).toContain('with 1 open lead,');
  });

  test.each([
    ['owner matching on: counted in the pass over the customer table', true],
    ['owner matching off: counted by the open-lead query', false],
  ])('the realignment, %s', (_path, matchOwner) => {
    const moving = [
      held('901', REP.zed, 'CA', { companyname: 'Moving CA', email: 'x@moving-ca.example' }),
      held('902', REP.zed, 'NY', { companyname: 'Moving NY', email: 'x@moving-ny.example' }),
    ];
    const base = account(matchOwner);
    const simulation = run({ ...base, records: { ...base.records, customer: [...heldRecords(), ...moving] } }, { bulk: { kind: 'realign', mode: 'PREVIEW' } });
    const outcome = simulation.bulk?.kind === 'realign' ? simulation.bulk : null;

    expect(outcome?.failure).toBeNull();
    expect(outcome?.report?.rows.map((row) => [row.lead, row.status, row.new_rep])).toEqual([
      ['901', 'ROUTED', REP.ada],
      ['902', 'ROUTED', REP.dot],
    ]);
  });
});
