/**
 * Owners in realign (SPEC §4), end to end: the BUILT customscript_tlr_mr_realign in the emulator, reading the account
 * with SuiteQL as in NetSuite (the scope and every record with a rep in one pass). The leads of one company end with
 * one rep whatever order their ids come in; a locked lead and a customer, outside the scope, own with the rep they
 * have; an inactive lead follows but owns nothing; PREVIEW lists what APPLY writes. Then ten seeded accounts whose
 * leads share company names and domains: a second APPLY on what the first left changes nothing.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import type { RealignOutcome, RealignReportRow } from '../../tools/simulator/bulkRealign';
import { savedAccount, type Simulation } from '../../tools/simulator/simulate';
import { TODAY, run, statusValueId } from './harness';
import { sharedCompanyAccount } from './sharedCompanies';

/** Ana and Bo share West (California); Cy owns accounts but is in no territory; Zed has left. */
const REP = { ana: '7', bo: '8', cy: '9', zed: '20' } as const;

function record(id: string, email: string, companyname: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    stage: 'LEAD',
    email,
    companyname,
    salesrep: REP.zed,
    custentity_tlr_status: 'val_tlr_routed',
    addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }],
    ...extra,
  };
}

/**
 * Acme: 2001 shares its domain with 2003, 2002 (free mail) only 2003's name; 2001 ⇄ 2003 loop, broken at 2001.
 * Globex: 2004 (free mail) names 2005, which shares the domain of customer 500 (Cy).
 * Initech: 2007 shares the domain of a locked lead (Cy's). Umbrella: 2008 is inactive and follows 2009.
 */
function companiesAccount(matchOwner = true): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: matchOwner },
    records: {
      employee: [
        { id: REP.ana, entityid: 'Ana Ruiz', issalesrep: true },
        { id: REP.bo, entityid: 'Bo Li', issalesrep: true },
        { id: REP.cy, entityid: 'Cy Dee', issalesrep: true },
        { id: REP.zed, entityid: 'Zed Old', issalesrep: true, isinactive: true },
      ],
      customrecord_tlr_territory: [{ id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA' }],
      customrecord_tlr_member: [
        { id: '31', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.ana },
        { id: '32', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.bo },
      ],
      customer: [
        { ...record('500', 'ops@globex.example', 'Globex Holdings', { salesrep: REP.cy }), stage: 'CUSTOMER' },
        record('2001', 'c@acme.example', 'Zeta Works'),
        record('2002', 'a.smith@gmail.com', 'Acme'),
        record('2003', 'b@acme.example', 'Acme Inc.'),
        record('2004', 'x@yahoo.com', 'GLOBEX'),
        record('2005', 'y@globex.example', 'Globex', { salesrep: REP.bo }),
        record('2006', 'l@initech.example', 'Initech', { salesrep: REP.cy, custentity_tlr_lock: true }),
        record('2007', 'm@initech.example', 'Initrode'),
        record('2008', 'n@umbrella.example', 'Umbrella', { isinactive: true }),
        record('2009', 'o@umbrella.example', 'Umbrella Corp'),
      ],
    },
  };
}

function realign(account: AccountFile, mode: 'PREVIEW' | 'APPLY'): { simulation: Simulation; outcome: RealignOutcome } {
  const simulation = run(account, { bulk: { kind: 'realign', mode } });
  if (simulation.bulk?.kind !== 'realign') throw new Error('expected a realignment outcome');
  if (simulation.bulk.failure !== null) throw new Error(simulation.bulk.failure);
  return { simulation, outcome: simulation.bulk };
}

const rowsOf = (outcome: RealignOutcome) => Object.fromEntries((outcome.report?.rows ?? []).map((row: RealignReportRow) => [row.lead, `${row.status} ${row.new_rep}`]));

describe('owners in realign', () => {
  test('PREVIEW: the leads of one company end with one rep, chains followed and the loop broken at its lowest id', () => {
    const { outcome } = realign(companiesAccount(), 'PREVIEW');

    expect(rowsOf(outcome)).toEqual({
      '2001': `ROUTED ${REP.ana}`, // heads Acme: the loop with 2003 is broken at 2001
      '2002': `OWNER ${REP.ana}`, // follows 2003, settled before it although its id is lower
      '2003': `OWNER ${REP.ana}`,
      '2004': `OWNER ${REP.cy}`, // follows 2005, which follows customer 500
      '2005': `OWNER ${REP.cy}`,
      '2007': `OWNER ${REP.cy}`, // a locked lead, outside the scope, owns with its rep
      '2008': `OWNER ${REP.bo}`, // inactive: follows 2009 but owns nothing
      '2009': `ROUTED ${REP.bo}`,
    });
    expect(outcome.report?.rows.find((row) => row.lead === '2002')?.reason).toBe('Assigned to Ana Ruiz, who owns existing lead Acme Inc. (#2003) with the same company name (acme).');
    // The report names what it lists beside the ids: the lead, its reps, the territory.
    const head = outcome.report?.rows.find((row) => row.lead === '2001');
    expect(head && [head.lead_name, head.new_rep_name, head.territory_name]).toEqual(['Zeta Works', 'Ana Ruiz', 'West']);
  });

  test('APPLY writes what PREVIEW listed, and a second APPLY on what it left changes nothing', () => {
    const preview = realign(companiesAccount(), 'PREVIEW').outcome;
    const { simulation, outcome } = realign(companiesAccount(), 'APPLY');
    const owner = statusValueId(simulation.emulator, 'OWNER');

    expect(outcome.report?.rows.map(({ result: _result, ...row }) => row)).toEqual(preview.report?.rows.map(({ result: _result, ...row }) => row));
    expect(outcome.report?.rows.every((row) => row.result === 'written')).toBe(true);
    expect(['2002', '2003'].map((id) => simulation.emulator.read('lead', id)).map((lead) => [lead?.salesrep, lead?.custentity_tlr_status])).toEqual([
      [REP.ana, owner],
      [REP.ana, owner],
    ]);

    const again = realign(savedAccount(companiesAccount(), simulation), 'APPLY').outcome;

    expect(again.tally).toMatchObject({ changes: 0, written: 0 });
  });

  test('owner matching off: every lead is decided by territory in ascending id', () => {
    const { outcome } = realign(companiesAccount(false), 'PREVIEW');

    // Round robin in id order; 2005 keeps Bo, an active member of West (least disruption).
    expect(rowsOf(outcome)).toEqual({
      '2001': `ROUTED ${REP.ana}`,
      '2002': `ROUTED ${REP.bo}`,
      '2003': `ROUTED ${REP.ana}`,
      '2004': `ROUTED ${REP.bo}`,
      '2007': `ROUTED ${REP.ana}`,
      '2008': `ROUTED ${REP.bo}`,
      '2009': `ROUTED ${REP.ana}`,
    });
  });
});

/** Seeds of the ten accounts; each is generated afresh from its seed. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe.each(SEEDS)('a random account with shared company names and domains (seed %i)', (seed) => {
  test('a second APPLY changes 0 leads', () => {
    const account = sharedCompanyAccount(seed);
    const first = realign(account, 'APPLY');
    const second = realign(savedAccount(account, first.simulation), 'APPLY');

    expect(first.outcome.tally?.changes).toBeGreaterThan(0);
    expect(first.outcome.report?.rows.filter((row) => row.status === 'OWNER').length).toBeGreaterThan(0);
    expect({ changes: second.outcome.tally?.changes, rows: second.outcome.report?.rows }).toEqual({ changes: 0, rows: [] });
  });
});
