/**
 * SPEC §7 for the bulk paths: the BUILT sweep, and the BUILT realignment in APPLY, run while other creators create
 * leads through the lead user event into the same round-robin territory, their steps interleaved by the emulator
 * (K creators, seeded; member records locked optimistically). The bulk run commits its members while lead commits
 * land between its load and its save, and the other way round; whoever is overtaken loads again. Every assignment
 * — the bulk run's and the user event's — is counted exactly once in its member's `assigned`, and every turn lands in
 * `turns`.
 */
import { LEAD, MEMBER, RECORD, SCRIPT } from '../../src/netsuite/ids';
import { BUSY_WEIGHTS, busyTerritory } from '../../tools/fixtures/busyTerritory';
import type { Invocation } from '../../tools/emulator/account';
import type { Emulator } from '../../tools/emulator/host';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { runRealign } from '../../tools/simulator/bulkRealign';
import { SWEEP_SCHEDULED_DEPLOYMENT } from '../../tools/simulator/bulkSweep';
import { newLead } from '../../tools/simulator/createLead';
import { run, statusValueId } from './harness';

/**
 * Leads the creators make while the bulk run goes on, and leads the bulk run routes: few enough that creates are
 * still in flight when it commits its members (with more, or K = 10, the creates finish first and nothing overlaps).
 */
const CREATED = 150;
const BULK = 10;
const SEED = 1;
/** A rep in no territory: the realignment moves his leads into the busy territory. */
const EX_REP = '99';
const NEW_YORK = [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'NY', zip: '10001' } }];

type Kind = 'sweep' | 'realign';

/** The busy territory (five reps weighted 1, 1, 2, 3, 1) and BULK leads for the bulk run: waiting for the sweep, or the ex rep's. */
function bulkAccount(kind: Kind): { account: AccountFile; created: Record<string, unknown>[] } {
  const { leads, ...account } = busyTerritory(CREATED);
  const waiting = (id: number) => ({ id: String(id), stage: 'LEAD', companyname: `Waiting ${id}`, datecreated: '2026-11-20', addressbook: NEW_YORK });
  const exRep = (id: number) => ({ id: String(id), stage: 'LEAD', companyname: `Moving ${id}`, salesrep: EX_REP, custentity_tlr_status: 'val_tlr_routed', addressbook: NEW_YORK });
  const customer = Array.from({ length: BULK }, (_, index) => (kind === 'sweep' ? waiting : exRep)(5001 + index));
  const records = account.records!;
  return {
    account: { ...account, records: { ...records, employee: [...records.employee!, { id: EX_REP, entityid: 'Ex Rep', issalesrep: true }], customer } },
    created: leads!,
  };
}

interface Together {
  emulator: Emulator;
  /** The bulk run's own invocations (the sweep's execute; the realignment's stages). */
  bulk: Invocation[];
}

/** The bulk run as the first job, the leads as the others, `threads` creators at once. */
function runTogether(kind: Kind, threads: number): Together {
  const { account, created } = bulkAccount(kind);
  const { emulator } = run(account);
  const scriptId = kind === 'sweep' ? SCRIPT.ssSweep : SCRIPT.mrRealign;
  const bulkJob = function* (): Generator<void, void> {
    if (kind === 'sweep') emulator.runScheduled(scriptId, { deploymentId: SWEEP_SCHEDULED_DEPLOYMENT });
    else runRealign(emulator, 'APPLY', {});
  };
  const leadJobs = created.map((values) =>
    function* (): Generator<void, void> {
      yield* newLead(emulator, values).saveSteps();
    },
  );
  emulator.runConcurrently([bulkJob, ...leadJobs], { threads, seed: SEED });
  return { emulator, bulk: emulator.invocations.filter((invocation) => invocation.scriptId === scriptId) };
}

interface MemberCount {
  rep: string;
  weight: number;
  turns: number;
  assigned: number;
  /** Stored leads of the territory ROUTED to the member's rep (the bulk run's and the creators'). */
  routed: number;
}

function memberCounts(emulator: Emulator): MemberCount[] {
  const routed = statusValueId(emulator, 'ROUTED');
  const leads = [...emulator.store.all(emulator.schema.recordType(RECORD.lead).family.family)].filter(({ values }) => values[LEAD.status] === routed && values[LEAD.territory] === '1');
  return [...emulator.store.all(RECORD.member)].map(({ values }) => {
    const rep = String(values[MEMBER.rep]);
    return {
      rep,
      weight: Number(values[MEMBER.weight]),
      turns: Number(values[MEMBER.turns] ?? 0),
      assigned: Number(values[MEMBER.assigned] ?? 0),
      routed: leads.filter((lead) => String(lead.values[LEAD.salesRep]) === rep).length,
    };
  });
}

/** Members the bulk run reports committed (its last audit line with membersCommitted). */
function membersCommitted(bulk: readonly Invocation[]): number {
  const audits = bulk.flatMap((invocation) => invocation.logs).filter((line) => line.level === 'AUDIT' && line.details.includes('"membersCommitted"'));
  return (JSON.parse(audits.at(-1)!.details) as { membersCommitted: number }).membersCommitted;
}

/** Members the bulk run's own leads went to: the members it has to commit. */
function bulkMembers(emulator: Emulator): number {
  const bulkIds = new Set(Array.from({ length: BULK }, (_, index) => String(5001 + index)));
  const leads = [...emulator.store.all(emulator.schema.recordType(RECORD.lead).family.family)].filter(({ id }) => bulkIds.has(String(id)));
  return new Set(leads.map(({ values }) => String(values[LEAD.salesRep]))).size;
}

/** Member loads (2 units: a custom record) the bulk run made beyond one per member it committed: attempts another commit overtook. */
function bulkRetries(bulk: readonly Invocation[]): number {
  const memberLoads = bulk.flatMap((invocation) => invocation.charges).filter((charge) => charge.api === 'record.load' && charge.units === 2).length;
  return memberLoads - membersCommitted(bulk);
}

describe.each<[Kind, number]>([
  ['sweep', 1],
  ['sweep', 4],
  ['realign', 1],
  ['realign', 4],
])('the %s beside lead creates, %i creator(s) at once', (kind, threads) => {
  const { emulator, bulk } = runTogether(kind, threads);
  const members = memberCounts(emulator);
  const routedLeads = members.reduce((sum, member) => sum + member.routed, 0);

  test('every lead, the bulk run’s and the created ones, is routed into the territory', () => {
    expect(routedLeads).toBe(BULK + CREATED);
  });

  test('each member’s assigned counts every lead routed to its rep exactly once: no lost assignment', () => {
    expect(members.map((member) => member.assigned)).toEqual(members.map((member) => member.routed));
  });

  test('every turn lands in turns (Σ w·turns ≥ leads routed; beyond that only the lift of a new member, under a turn each)', () => {
    const weightedTurns = members.reduce((sum, member) => sum + member.weight * member.turns, 0);
    expect(weightedTurns).toBeGreaterThanOrEqual(routedLeads - 1e-6);
    expect(weightedTurns).toBeLessThan(routedLeads + BUSY_WEIGHTS.reduce((sum, weight) => sum + weight, 0));
  });

  test('the bulk run failed nowhere and committed every member its leads went to once, giving none up', () => {
    expect(membersCommitted(bulk)).toBe(bulkMembers(emulator));
    expect(membersCommitted(bulk)).toBeGreaterThan(1);
    expect(bulk.filter((invocation) => invocation.error)).toEqual([]);
    expect(bulk.flatMap((invocation) => invocation.logs).filter((line) => line.level === 'ERROR')).toEqual([]);
  });

  if (threads > 1) {
    test('lead commits overtook the bulk commit (RCRD_HAS_BEEN_CHANGED, loaded again), so it was tested under conflict', () => {
      expect(bulkRetries(bulk)).toBeGreaterThan(0);
    });
  }
});
