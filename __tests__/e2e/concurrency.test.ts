/**
 * SPEC §7 on the built lead user event: leads created by K concurrent creators whose user-event steps interleave
 * (the emulator's seeded scheduler, with optimistic locking on member records). Every assignment is counted once in
 * `assigned` and every turn lands in `turns`, whatever the interleaving. The distance from fair share is held to 2·K
 * here; the bench measures it on 2,000 leads (docs/routing-rules.md §3.8 quotes it).
 */
import { BUSY_WEIGHTS, busyTerritory } from '../../tools/fixtures/busyTerritory';
import { simulate } from '../../tools/simulator/simulate';
import { LEAD_UE, invocationsOf } from './harness';

const LEADS = 400;
const SEED = 11;

function createdBy(threads: number) {
  const simulation = simulate(busyTerritory(LEADS), { concurrency: { threads, seed: SEED } });
  const members = [...simulation.emulator.store.all('customrecord_tlr_member')].map(({ values }) => ({
    weight: Number(values.custrecord_tlr_mem_weight),
    turns: Number(values.custrecord_tlr_mem_turns ?? 0),
  }));
  // Each turn adds 1/w, so the weighted sum of turns counts every pick once, plus what lifted new members.
  const weightedTurns = members.reduce((sum, member) => sum + member.weight * member.turns, 0);
  const retried = invocationsOf(simulation.emulator, LEAD_UE, 'afterSubmit').filter((invocation) => invocation.charges.filter((charge) => charge.api === 'Record.save').length > 1);
  return { simulation, summary: simulation.summary, weightedTurns, retried: retried.length };
}

describe.each([1, 4, 10])('%i concurrent creator(s), 400 leads into one territory weighted 1, 1, 2, 3, 1', (threads) => {
  const run = createdBy(threads);

  test('every lead is routed and every assignment counted once in its member’s assigned: no lost assignment', () => {
    expect(run.summary.statuses.ROUTED).toBe(LEADS);
    expect(run.summary.lostAssignments).toBe(0);
    expect(run.summary.members.map((line) => line.counted)).toEqual(run.summary.members.map((line) => line.routed));
    expect(run.summary.members.reduce((sum, line) => sum + line.counted, 0)).toBe(LEADS);
  });

  test('every turn lands in turns (Σ w·turns ≥ leads routed; beyond that only the lift of a new member, under a turn each)', () => {
    expect(run.weightedTurns).toBeGreaterThanOrEqual(LEADS - 1e-6);
    expect(run.weightedTurns).toBeLessThan(LEADS + BUSY_WEIGHTS.reduce((sum, weight) => sum + weight, 0));
  });

  // SPEC §7 aims at K; reps passed over catch up one after another, so a run can end a little beyond it (the bench
  // quotes the measured figure, docs/routing-rules.md §3.8). The test holds the looser 2·K.
  test(`each member stays within ${2 * threads} lead(s) of its weighted fair share`, () => {
    expect(run.summary.members.map((line) => line.fairShare)).toEqual(BUSY_WEIGHTS.map((weight) => (LEADS * weight) / 8));
    expect(run.summary.largestDeviation).toBeLessThanOrEqual(2 * threads);
  });

  test('no lead user event failed or logged an error', () => {
    expect(run.summary.loggedErrors).toEqual([]);
    expect(invocationsOf(run.simulation.emulator, LEAD_UE).filter((invocation) => invocation.error)).toEqual([]);
  });

  if (threads > 1) {
    test('commits were overtaken and retried (RCRD_HAS_BEEN_CHANGED), so the guarantee was tested under conflict', () => {
      expect(run.retried).toBeGreaterThan(0);
    });
  } else {
    test('one creator never conflicts', () => {
      expect(run.retried).toBe(0);
    });
  }
});
