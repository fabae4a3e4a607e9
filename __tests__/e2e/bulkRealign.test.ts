/**
 * The realignment end to end (SPEC §4): the BUILT customscript_tlr_mr_realign in the emulator through `simulate(…, {
 * bulk: { kind: 'realign', mode } })`, every stage as NetSuite runs a map/reduce job. PREVIEW writes nothing but its
 * report; APPLY writes exactly the preview's rows; a second APPLY changes nothing; a lead whose rep is still an
 * active member of the deciding territory keeps it; reassigned leads are shared fairly; a failing write is
 * reported while the others go through; locked leads are never touched.
 */
import type { Emulator } from '../../tools/emulator/host';
import type { AccountFile } from '../../tools/simulator/accountFile';
import type { RealignOutcome, RealignReportRow } from '../../tools/simulator/bulkRealign';
import { savedAccount, type Simulation } from '../../tools/simulator/simulate';
import { TODAY, changedIds, leadWriteCounts, run, statusValueId, storedSnapshot } from './harness';
import { ServerDate } from '../../tools/emulator/serverDate';

/** Ana, Bo, Cy and Di share West; Di is away today; Fay's member in West is full (capacity 0). Ed and Gus share East. Zed left both. */
const REP = { ana: '7', bo: '8', cy: '9', di: '10', ed: '11', gus: '12', fay: '13', zed: '20' } as const;
const WEST_PICKS: readonly string[] = [REP.ana, REP.bo, REP.cy];
const EAST_PICKS: readonly string[] = [REP.ed, REP.gus];

/** Leads that must keep their rep or stay untouched, by what they show. */
const KEEP = {
  /** Di is away today but still an active member of West, which decides the lead. */
  awayMember: '2001',
  /** Fay's member is full but still active in West. */
  fullMember: '2002',
  anaInWest: '2003',
  edInEast: '2004',
  /** Zed's lead, locked: it would move if it were not. */
  locked: '2005',
  /** Matches no territory: realignment never takes a rep away. */
  nowhere: '2006',
} as const;
const ZED_PROSPECT = '2100';

const WEST_MOVES = 31;
const EAST_MOVES = 11;

const address = (country: string, state: string) => [{ defaultbilling: true, addressbookaddress: { country, state, zip: '10001' } }];

function lead(id: string, salesrep: string, where: [string, string], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    stage: 'LEAD',
    companyname: `Lead ${id}`,
    email: `info@lead-${id}.example`,
    salesrep,
    custentity_tlr_status: 'val_tlr_routed',
    addressbook: address(...where),
    ...extra,
  };
}

/** Zed's leads (31 in California, 11 in New York) must move; the rest must stay as they are. */
function redrawnAccount(): AccountFile {
  const west: [string, string] = ['US', 'CA'];
  const east: [string, string] = ['US', 'NY'];
  const moves = [
    ...Array.from({ length: WEST_MOVES }, (_, index) => lead(String(1001 + index), REP.zed, west)),
    ...Array.from({ length: EAST_MOVES }, (_, index) => lead(String(1101 + index), REP.zed, east)),
  ];
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: false },
    records: {
      employee: Object.entries(REP).map(([name, id]) => ({ id, entityid: name, issalesrep: true })),
      customrecord_tlr_territory: [
        { id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA' },
        { id: '2', name: 'East', custrecord_tlr_priority: 20, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'NY' },
      ],
      customrecord_tlr_member: [
        { id: '31', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.ana },
        { id: '32', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.bo },
        { id: '33', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.cy },
        { id: '34', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.di, custrecord_tlr_mem_away_from: '2026-11-20', custrecord_tlr_mem_away_until: '2026-12-04' },
        { id: '35', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: REP.fay, custrecord_tlr_mem_capacity: 0 },
        { id: '41', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: REP.ed },
        { id: '42', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: REP.gus },
      ],
      customer: [
        ...moves,
        lead(KEEP.awayMember, REP.di, west),
        lead(KEEP.fullMember, REP.fay, west),
        lead(KEEP.anaInWest, REP.ana, west),
        lead(KEEP.edInEast, REP.ed, east),
        lead(KEEP.locked, REP.zed, west, { custentity_tlr_lock: true }),
        lead(KEEP.nowhere, REP.zed, ['FR', '75']),
        { ...lead(ZED_PROSPECT, REP.zed, west), stage: 'PROSPECT' },
      ],
    },
  };
}

const movingIds = (): string[] => [
  ...Array.from({ length: WEST_MOVES }, (_, index) => String(1001 + index)),
  ...Array.from({ length: EAST_MOVES }, (_, index) => String(1101 + index)),
];

interface Realigned {
  simulation: Simulation;
  realign: RealignOutcome;
  /** Customer-stage records and members as stored just before the realignment ran. */
  before: { customers: Map<string, string>; members: Map<string, string> };
}

function realign(account: AccountFile, mode: 'PREVIEW' | 'APPLY', beforeBulk?: (emulator: Emulator) => void): Realigned {
  const before = { customers: new Map<string, string>(), members: new Map<string, string>() };
  const simulation = run(account, {
    bulk: { kind: 'realign', mode },
    beforeBulk: (emulator) => {
      before.customers = storedSnapshot(emulator, 'customer');
      before.members = storedSnapshot(emulator, 'customrecord_tlr_member');
      beforeBulk?.(emulator);
    },
  });
  if (simulation.bulk?.kind !== 'realign') throw new Error('expected a realignment outcome');
  return { simulation, realign: simulation.bulk, before };
}

const decided = ({ result: _result, ...row }: RealignReportRow): Omit<RealignReportRow, 'result'> => row;

describe('PREVIEW', () => {
  let preview: Realigned;
  beforeAll(() => {
    preview = realign(redrawnAccount(), 'PREVIEW');
  });

  test('writes nothing: every lead, prospect, customer and member is stored byte for byte as before', () => {
    const { emulator } = preview.simulation;

    expect(preview.realign.failure).toBeNull();
    expect(changedIds(preview.before.customers, storedSnapshot(emulator, 'customer'))).toEqual([]);
    expect(changedIds(preview.before.members, storedSnapshot(emulator, 'customrecord_tlr_member'))).toEqual([]);
    expect(leadWriteCounts(emulator, 'MAPREDUCE').size).toBe(0);
  });

  test('reports one row per lead that would change, each marked preview, in the File Cabinet', () => {
    const { report } = preview.realign;

    // Named by the time it ran: noon of `today` on the account's clock, in UTC.
    expect(report?.name).toBe(`tlr_realign_preview_${new ServerDate(2026, 10, 26, 12).toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')}.csv`);
    expect(report?.csv.split('\n')[0]).toBe('lead,lead_name,current_rep,current_rep_name,new_rep,new_rep_name,territory,territory_name,status,reason,result');
    expect(report?.rows.map((row) => row.lead)).toEqual(movingIds());
    expect(report?.rows.every((row) => row.current_rep === REP.zed && row.status === 'ROUTED' && row.result === 'preview')).toBe(true);
    expect(preview.realign.tally).toMatchObject({ inScope: WEST_MOVES + EAST_MOVES + 5, changes: WEST_MOVES + EAST_MOVES, written: 0, failed: 0 });
  });
});

describe('APPLY', () => {
  let preview: Realigned;
  let apply: Realigned;
  beforeAll(() => {
    preview = realign(redrawnAccount(), 'PREVIEW');
    apply = realign(redrawnAccount(), 'APPLY');
  });

  test('changes exactly the leads the preview listed, as the preview said, and reports each as written', () => {
    const { emulator } = apply.simulation;
    const rows = apply.realign.report!.rows;
    const routed = statusValueId(emulator, 'ROUTED');

    expect(rows.map(decided)).toEqual(preview.realign.report!.rows.map(decided));
    expect(rows.every((row) => row.result === 'written')).toBe(true);
    expect(changedIds(apply.before.customers, storedSnapshot(emulator, 'customer'))).toEqual(movingIds());
    expect([...leadWriteCounts(emulator, 'MAPREDUCE').entries()]).toEqual(movingIds().map((id) => [id, 1]));
    for (const row of rows) {
      const stored = emulator.read('lead', row.lead)!;
      expect({ lead: row.lead, salesrep: stored.salesrep, territory: stored.custentity_tlr_territory, status: stored.custentity_tlr_status, reason: stored.custentity_tlr_reason }).toEqual({
        lead: row.lead,
        salesrep: row.new_rep,
        territory: row.territory,
        status: routed,
        reason: row.reason,
      });
    }
  });

  test('commits each member once: its assigned count grows by the leads it took', () => {
    const { emulator } = apply.simulation;
    const taken = new Map<string, number>();
    for (const row of apply.realign.report!.rows) taken.set(row.new_rep, (taken.get(row.new_rep) ?? 0) + 1);
    const assigned = (memberId: string) => emulator.read('customrecord_tlr_member', memberId)?.custrecord_tlr_mem_assigned ?? 0;

    expect({ ana: assigned('31'), bo: assigned('32'), cy: assigned('33'), di: assigned('34'), fay: assigned('35'), ed: assigned('41'), gus: assigned('42') }).toEqual({
      ana: taken.get(REP.ana),
      bo: taken.get(REP.bo),
      cy: taken.get(REP.cy),
      di: 0,
      fay: 0,
      ed: taken.get(REP.ed),
      gus: taken.get(REP.gus),
    });
  });

  test('least disruption: a rep still an active member of the deciding territory keeps the lead, even away or full', () => {
    const { emulator } = apply.simulation;
    const after = storedSnapshot(emulator, 'customer');
    const listed = new Set(apply.realign.report!.rows.map((row) => row.lead));

    for (const id of [KEEP.awayMember, KEEP.fullMember, KEEP.anaInWest, KEEP.edInEast]) {
      expect({ id, listed: listed.has(id), unchanged: after.get(id) === apply.before.customers.get(id) }).toEqual({ id, listed: false, unchanged: true });
    }
  });

  test('fairness: with equal weights each territory shares the leads it reassigns within one lead per rep', () => {
    const rows = apply.realign.report!.rows;
    const spread = (territory: string, reps: readonly string[]) => {
      const counts = reps.map((rep) => rows.filter((row) => row.territory === territory && row.new_rep === rep).length);
      return { total: counts.reduce((sum, count) => sum + count, 0), spread: Math.max(...counts) - Math.min(...counts) };
    };

    // Only eligible members pick: Di (away) and Fay (full) get none of them.
    expect(rows.every((row) => [...WEST_PICKS, ...EAST_PICKS].includes(row.new_rep))).toBe(true);
    expect(spread('1', WEST_PICKS)).toEqual({ total: WEST_MOVES, spread: 1 });
    expect(spread('2', EAST_PICKS)).toEqual({ total: EAST_MOVES, spread: 1 });
  });

  test('locked leads, leads nothing decides, and records outside the lead stage are never touched', () => {
    const { emulator } = apply.simulation;
    const after = storedSnapshot(emulator, 'customer');
    const writes = leadWriteCounts(emulator, 'MAPREDUCE');

    for (const id of [KEEP.locked, KEEP.nowhere, ZED_PROSPECT]) {
      expect({ id, unchanged: after.get(id) === apply.before.customers.get(id), writes: writes.get(id) }).toEqual({ id, unchanged: true, writes: undefined });
    }
    expect(apply.realign.report!.rows.some((row) => ([KEEP.locked, KEEP.nowhere, ZED_PROSPECT] as string[]).includes(row.lead))).toBe(false);
  });

  test('a second APPLY, on the account as the first left it, changes nothing', () => {
    const again = realign(savedAccount(redrawnAccount(), apply.simulation), 'APPLY');

    expect(again.realign.failure).toBeNull();
    expect(again.realign.report?.rows).toEqual([]);
    expect(again.realign.tally).toMatchObject({ changes: 0, written: 0, failed: 0 });
    expect(leadWriteCounts(again.simulation.emulator, 'MAPREDUCE').size).toBe(0);
    expect(changedIds(again.before.customers, storedSnapshot(again.simulation.emulator, 'customer'))).toEqual([]);
    expect(changedIds(again.before.members, storedSnapshot(again.simulation.emulator, 'customrecord_tlr_member'))).toEqual([]);
  });
});

test('a failing write is reported with its message while the other leads are written', () => {
  const failing = movingIds()[4]!;
  const { simulation, realign: outcome, before } = realign(redrawnAccount(), 'APPLY', (emulator) => {
    emulator.faults.onWrite = (type, id) => {
      if (type === 'lead' && id === failing) throw new Error('Record has been changed');
    };
  });
  const { emulator } = simulation;
  const rows = outcome.report!.rows;

  expect(rows.map((row) => row.lead)).toEqual(movingIds());
  expect(rows.find((row) => row.lead === failing)?.result).toBe('failed: Record has been changed');
  expect(rows.filter((row) => row.lead !== failing).every((row) => row.result === 'written')).toBe(true);
  expect(changedIds(before.customers, storedSnapshot(emulator, 'customer'))).toEqual(movingIds().filter((id) => id !== failing));
  expect(outcome.tally).toMatchObject({ written: movingIds().length - 1, failed: 1 });
  expect(outcome.loggedErrors).toEqual([{ title: `Lead ${failing} not realigned`, details: 'Record has been changed' }]);
  // The member whose pick was not written is not credited with it.
  const assigned = ['31', '32', '33', '41', '42'].reduce((sum, id) => sum + Number(emulator.read('customrecord_tlr_member', id)?.custrecord_tlr_mem_assigned ?? 0), 0);
  expect(assigned).toBe(movingIds().length - 1);
});
