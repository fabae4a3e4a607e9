// The simulator end to end on small accounts, through the built lead user event in FileCabinet/ (`npm run build`).
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAccountFile } from '../accountFile';
import { simulate, toCsv } from '../simulate';
import { formatSummary } from '../summary';
import { ROOT, usLead, westAccount } from './helpers/accounts';

const EXAMPLE = path.join(ROOT, 'sample', 'example-account.json');

/** Internal ids of the stored leads by external id, in creation order. */
function leadIds(emulator: ReturnType<typeof simulate>['emulator']): [string, number][] {
  return [...emulator.store.all('customer')].filter((record) => record.type === 'lead').map((record) => [String(record.values.externalid), Number(record.id)]);
}

describe('the SPEC §5 example account', () => {
  test('L1 goes to Ana Ruiz, owner of customer 500 with the same email domain, before any territory', () => {
    const { rows } = simulate(parseAccountFile(readFileSync(EXAMPLE, 'utf8'), EXAMPLE), { root: ROOT });

    // Keep-existing does not apply (no rep entered); owner matching (on) finds customer 500 by the domain acme.com,
    // so West is never tried and no territory is recorded. Units: the first lead loads the plan (cache miss 2,
    // status and method lists 20, territories 10, members 10) and runs the owner search (10).
    expect(toCsv(rows)).toBe(
      'lead,salesrep,territory,status,reason,units\n' +
        'L1,7,,OWNER,"Assigned to Ana Ruiz, who owns existing customer Acme Inc (#500) with the same email domain acme.com.",62\n',
    );
  });
});

describe('leads are created in order through the lead user event', () => {
  test('weights 2:1 give Ana, Bo, Ana; each row says who, where, why and at what cost', () => {
    const { rows } = simulate(westAccount(), { root: ROOT });

    expect(rows.map(({ lead, salesrep, territory, status }) => ({ lead, salesrep, territory, status }))).toEqual([
      { lead: 'L1', salesrep: '7', territory: '1', status: 'ROUTED' },
      { lead: 'L2', salesrep: '8', territory: '1', status: 'ROUTED' },
      { lead: 'L3', salesrep: '7', territory: '1', status: 'ROUTED' },
    ]);
    expect(rows[1]!.reason).toMatch(/^Routed to Bo Li by territory West/);
    // The first lead pays for loading the plan; L2 is Bo's first lead, so its commit reads the other members to lift
    // a new member (+10), which Ana's second lead, L3, does not.
    expect(rows[0]!.units).toBeGreaterThan(rows[1]!.units);
    expect(rows[1]!.units).toBe(rows[2]!.units + 10);
  });

  test('leads get internal ids above every id in the file, in creation order', () => {
    const account = westAccount();
    account.records!.customer!.push({ companyname: 'Walk-in Prospect', stage: 'PROSPECT' });

    const { emulator } = simulate(account, { root: ROOT });

    const walkIn = [...emulator.store.all('customer')].find((record) => record.values.companyname === 'Walk-in Prospect');
    const ids = leadIds(emulator);
    expect(ids.map(([externalid]) => externalid)).toEqual(['L1', 'L2', 'L3']);
    expect(ids[0]![1]).toBeGreaterThan(Math.max(500, Number(walkIn?.id)));
    expect(ids.map(([, id]) => id)).toEqual([...ids.map(([, id]) => id)].sort((a, b) => a - b));
    expect(Number(walkIn?.id)).toBeGreaterThan(500);
  });

  test('a lead without an external id is named by its position', () => {
    const account = westAccount();
    delete account.leads![1]!.externalid;

    expect(simulate(account, { root: ROOT }).rows.map((row) => row.lead)).toEqual(['L1', '2', 'L3']);
  });

  test('prepare sees the seeded account before the first lead; onLead counts the leads', () => {
    const events: string[] = [];

    simulate(westAccount(), {
      root: ROOT,
      prepare: (emulator) => events.push(`prepare: employee 7 is ${String(emulator.read('employee', 7)?.entityid)}, ${emulator.invocations.length} invocations`),
      onLead: (done, total) => events.push(`${done}/${total}`),
    });

    expect(events).toEqual(['prepare: employee 7 is Ana Ruiz, 0 invocations', '1/3', '2/3', '3/3']);
  });

  test('a lead whose save fails stops the run with an error naming it', () => {
    let leadWrites = 0;
    const run = () =>
      simulate(westAccount(), {
        root: ROOT,
        prepare: (emulator) => {
          emulator.faults.onWrite = (type) => {
            if (type === 'lead' && ++leadWrites === 2) throw new Error('disk full');
          };
        },
      });

    expect(run).toThrow('leads[1] (L2): the lead could not be saved: disk full');
  });

  test('without built scripts it says to build, before any lead', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tlr-simulator-'));
    symlinkSync(path.join(ROOT, 'Objects'), path.join(root, 'Objects'));
    try {
      expect(() => simulate(westAccount(), { root })).toThrow(`${path.join('FileCabinet', 'SuiteScripts', 'tlr', 'tlr_ue_lead.js')} is missing: run npm run build first`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the summary', () => {
  const sixLeads = () => {
    const account = westAccount();
    account.leads = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'].map((id) => usLead(id));
    return simulate(account, { root: ROOT });
  };

  test('counts outcomes, leads per territory and per rep against the weighted fair share, and units warm and cold', () => {
    const { summary, rows } = sixLeads();

    expect(summary.leads).toBe(6);
    expect(summary.statuses).toEqual({ ROUTED: 6, FALLBACK: 0, OWNER: 0, KEPT: 0, DEFAULT: 0, UNASSIGNED: 0, ERROR: 0, MANUAL: 0 });
    expect(summary.territories).toEqual([{ id: '1', name: 'West', priority: 10, routed: 6, fallback: 0 }]);
    expect(summary.reps).toEqual([
      { id: '7', name: 'Ana Ruiz', leads: 4, routed: 4, fairShare: 4, notes: [] },
      { id: '8', name: 'Bo Li', leads: 2, routed: 2, fairShare: 2, notes: [] },
    ]);
    const warm = rows.slice(1).map((row) => row.units);
    expect(summary.units).toEqual({
      cold: { leads: 1, min: rows[0]!.units, median: rows[0]!.units, max: rows[0]!.units },
      warm: { leads: 5, min: Math.min(...warm), median: warm.sort((a, b) => a - b)[2], max: Math.max(...warm) },
    });
    expect(summary.loggedErrors).toEqual([]);
  });

  test('reads as tables on the console', () => {
    const text = formatSummary(sixLeads().summary);

    expect(text).toMatch(/^Simulated 6 leads on 2026-11-26 in \d+ ms/);
    expect(text).toMatch(/\n {2}ROUTED +6 +100\.0%\n/);
    expect(text).toMatch(/\n {3}1 +West +10 +6 +0\n/);
    expect(text).toMatch(/\n {3}7 +Ana Ruiz +4 +4 +4\.0 +0\.0\n/);
    expect(text).toMatch(/\n {2}cold +1 /);
  });

  test('reports a territory that routing skipped for bad data', () => {
    const account = westAccount();
    account.records!.customrecord_tlr_territory![0]!.custrecord_tlr_countries = 'US, UK';

    const { summary } = simulate(account, { root: ROOT });

    expect(summary.loggedErrors).toEqual([
      { title: 'Territory 1 skipped: invalid data', details: 'Countries: "UK" is not an ISO 3166-1 alpha-2 country code', leads: 1 },
    ]);
    expect(summary.statuses.UNASSIGNED).toBe(3);
  });
});
