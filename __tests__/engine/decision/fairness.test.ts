/*
 * Fairness of the SPEC §3.4 round robin, with a fixed set of eligible members that all start at equal turns.
 *
 * Derivation. Write T for the score of the latest pick and n_j for member j's picks so far. Invariant:
 * n_j/w_j ≤ T ≤ (n_j+1)/w_j for every j, so t_j = n_j/w_j ≥ T − 1/w_j ≥ T − 1 ≥ M − 1: the M − 1 floor never
 * binds, and each pick is the smallest next "tag" (n_j+1)/w_j, ties to the lower id. The picks are the merge of
 * the sequences k/w_j (k = 1, 2, …). With W = Σw, m members and f_j = T·w_j − n_j ∈ [0, 1], after N picks
 *   d_i = n_i − N·w_i/W = (w_i/W)·Σ_{j≠i} f_j − f_i·(W − w_i)/W,
 * hence  −(1 − w_i/W) ≤ d_i ≤ (m − 1)·w_i/W  for every member and every N.
 * The upper bound is reached by the lowest-id member at N = W − m + 1 (every tag below 1 taken, then its own tag
 * 1 wins the tie at T = 1 while everyone else's tag 1 waits). So "within ±1 of N·w/Σw" holds for every
 * assignment of ids exactly when (m − 1)·max w ≤ Σw: always for two members or equal weights, never for weights
 * 100 and ten 1s, where the heavy member takes the first 99 or 100 leads (+9 over its share).
 */
import fc from 'fast-check';
import { pickMember } from '../../../src/engine/decision/pickMember';
import { routeLead } from '../../../src/engine/decision/routeLead';
import { context, fakePorts, lead, memberRow, plan, rep, territoryRow, world } from './fixtures';

const EPSILON = 1e-9;

/** Members '1'…'m' in weight order, picked `count` times with each winner's turns fed back; picks per member after each lead. */
function countsAfterEachPick(weights: number[], count: number): number[][] {
  const turns = weights.map(() => 0);
  const counts = weights.map(() => 0);
  const history: number[][] = [];
  for (let lead = 0; lead < count; lead++) {
    const contenders = weights.map((weight, index) => ({ memberId: String(index + 1), weight, turns: turns[index] ?? 0 }));
    const winner = pickMember('round_robin', contenders)?.winner;
    if (winner === undefined) throw new Error('no contender');
    const index = Number(winner.contender.memberId) - 1;
    turns[index] = winner.nextTurns;
    counts[index] = (counts[index] ?? 0) + 1;
    history.push([...counts]);
  }
  return history;
}

/** Member i's picks minus its fair share N·w_i/Σw. */
function deviations(weights: number[], counts: number[], picks: number): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight, index) => (counts[index] ?? 0) - (picks * weight) / total);
}

/** Lowers weights until (m − 1)·max ≤ Σw; a set already in that class is returned unchanged. */
function balanced(weights: number[]): number[] {
  const result = [...weights];
  const others = result.length - 2;
  for (let changed = others > 0; changed; ) {
    changed = false;
    result.forEach((weight, index) => {
      const total = result.reduce((sum, w) => sum + w, 0);
      const cap = Math.floor((total - weight) / others);
      if (weight > cap) {
        result[index] = cap;
        changed = true;
      }
    });
  }
  return result;
}

const weightsArb = (max: number) => fc.array(fc.integer({ min: 1, max }), { minLength: 1, maxLength: 10 });

describe('round-robin fairness', () => {
  it('keeps every member within −(1 − w/Σw) and +(m − 1)·w/Σw of its share, for any weights', () => {
    fc.assert(
      fc.property(weightsArb(100), fc.integer({ min: 1, max: 300 }), (weights, count) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        // How far each deviation lies beyond the bound (≤ 0 when within), over every member and every prefix.
        const overshoot = countsAfterEachPick(weights, count).flatMap((counts, index) =>
          deviations(weights, counts, index + 1).flatMap((deviation, member) => {
            const share = (weights[member] ?? 0) / total;
            return [-(1 - share) - deviation, deviation - (weights.length - 1) * share];
          }),
        );

        expect(Math.max(...overshoot)).toBeLessThanOrEqual(EPSILON);
      }),
      { numRuns: 200 },
    );
  });

  it('reaches the upper bound: the lowest-id member holds all its w leads after W − m + 1 picks', () => {
    fc.assert(
      fc.property(weightsArb(50), (weights) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const picks = total - weights.length + 1;
        const counts = countsAfterEachPick(weights, picks).at(-1) ?? [];

        expect(counts[0]).toBe(weights[0]);
        expect(deviations(weights, counts, picks)[0]).toBeCloseTo(((weights.length - 1) * (weights[0] ?? 0)) / total, 9);
      }),
    );
  });

  it('keeps every member within ±1 of N·w/Σw when (m − 1)·max w ≤ Σw, routing real leads', () => {
    fc.assert(
      fc.property(weightsArb(20).map(balanced), fc.integer({ min: 1, max: 60 }), (weights, count) => {
        const members = weights.map((weight, index) => memberRow({ id: String(11 + index), repId: String(100 + index), weight }));
        const account = world({ reps: members.map((member) => rep(member.repId, `Rep ${member.repId}`)) });
        const { ports } = fakePorts(account);
        const territories = plan([territoryRow()], members);
        const counts = weights.map(() => 0);
        let worst = 0;
        for (let picks = 1; picks <= count; picks++) {
          const update = routeLead(territories, lead(), context(ports)).memberUpdate;
          if (update === null) throw new Error('not routed');
          account.states[update.memberId] = { turns: update.turns, assigned: update.assigned };
          counts[Number(update.memberId) - 11] = update.assigned;
          worst = Math.max(worst, ...deviations(weights, counts, picks).map(Math.abs));
        }

        expect(worst).toBeLessThanOrEqual(1 + EPSILON);
      }),
      { numRuns: 100 },
    );
  });

  it('does not keep weights 100 and ten 1s within ±1: the heavy member takes the first 100 leads', () => {
    const weights = [100, ...Array.from({ length: 10 }, () => 1)];

    const counts = countsAfterEachPick(weights, 110);

    expect(counts[99]).toEqual([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(deviations(weights, counts[99] ?? [], 100)[0]).toBeCloseTo(100 - 10000 / 110, 9); // +9.09
    expect(counts[109]).toEqual([100, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('still lets the heavy member run ahead by 9 when it has the highest id', () => {
    const weights = [...Array.from({ length: 10 }, () => 1), 100];

    const counts = countsAfterEachPick(weights, 99).at(-1) ?? [];

    expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 99]);
    expect(deviations(weights, counts, 99)[10]).toBeCloseTo(9, 9);
  });
});
