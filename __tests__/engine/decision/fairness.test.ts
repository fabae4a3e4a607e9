/*
 * Fairness of the SPEC §3.4 round robin at every moment, not only over a cycle. Only members whose effective turns
 * are at most the weighted mean V of the eligible members' effective turns may win; among them the smallest
 * e + 1/w wins. Without that condition the heaviest member takes a run at the start of each cycle (weights 100
 * and ten 1s: the first 100 leads, 9.1 over its share); with it no member is ever a whole lead from its share.
 */
import fc from 'fast-check';
import { largestPrefixDeviation, replayRoundRobin } from '../../../tools/fixtures/roundRobinReplay';
import { context, decide, fakeAnswers, lead, memberRow, plan, rep, territoryRow, world } from './fixtures';

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const weightsArb = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 12 });

describe('round-robin fairness at every moment', () => {
  it('keeps every member strictly within one lead of n·w/Σw after every lead, for any weights 1–100 and 2–12 members', () => {
    fc.assert(
      fc.property(weightsArb, (weights) => {
        const winners = replayRoundRobin(weights, sum(weights));
        const counts = weights.map((_, member) => winners.filter((winner) => winner === member).length);

        expect(largestPrefixDeviation(weights, winners)).toBeLessThan(1);
        // One whole cycle gives each member exactly its weight, so turns are equal again and the picks repeat.
        expect(counts).toEqual(weights);
      }),
    );
  });

  it('keeps the shares within one lead when the lead user event routes real leads and commits each update', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 6 }), fc.integer({ min: 1, max: 120 }), (weights, count) => {
        const members = weights.map((weight, index) => memberRow({ id: String(11 + index), repId: String(100 + index), weight }));
        const account = world({ reps: members.map((member) => rep(member.repId, `Rep ${member.repId}`)) });
        const territories = plan([territoryRow()], members);
        const { answer } = fakeAnswers(account);
        const winners: number[] = [];
        for (let picks = 1; picks <= count; picks++) {
          const update = decide(territories, lead(), context(answer)).memberUpdate;
          if (update === null) throw new Error('not routed');
          account.states[update.memberId] = { turns: update.turns, assigned: update.assigned };
          winners.push(Number(update.memberId) - 11);
        }

        expect(largestPrefixDeviation(weights, winners)).toBeLessThan(1);
      }),
      { numRuns: 100 },
    );
  });

  it('rotates equal weights in member-id order, whatever the weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 100 }), (members, weight) => {
        const weights = Array.from({ length: members }, () => weight);
        const rotation = weights.map((_, member) => member);

        expect(replayRoundRobin(weights, 3 * members)).toEqual([...rotation, ...rotation, ...rotation]);
      }),
    );
  });

  it('gives weights 2:1 the pattern A B A A B A at any scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (scale) => {
        expect(replayRoundRobin([2 * scale, scale], 9)).toEqual([0, 1, 0, 0, 1, 0, 0, 1, 0]);
      }),
    );
  });

  it('gives a member back from time away at most one extra turn (w leads) beyond its share, and never more later', () => {
    const scenarioArb = weightsArb.chain((weights) =>
      fc.record({
        weights: fc.constant(weights),
        returning: fc.integer({ min: 0, max: weights.length - 1 }),
        before: fc.integer({ min: 0, max: sum(weights) }),
        away: fc.integer({ min: 1, max: sum(weights) }),
      }),
    );
    fc.assert(
      fc.property(scenarioArb, ({ weights, returning, before, away }) => {
        const back = before + away;
        const after = sum(weights);
        const winners = replayRoundRobin(weights, back + after, {
          isEligible: (member, lead) => member !== returning || lead < before || lead >= back,
        });
        const weight = weights[returning] ?? 0;
        let picks = 0;
        let largestExcess = 0;
        winners.slice(back).forEach((winner, index) => {
          if (winner === returning) picks += 1;
          largestExcess = Math.max(largestExcess, picks - ((index + 1) * weight) / sum(weights));
        });

        // One extra turn is w leads; within one lead of its share besides.
        expect(largestExcess).toBeLessThan(weight + 1);
      }),
      { numRuns: 100 },
    );
  });

  it('lifts a member back from a long absence to one turn behind, so it takes its w extra leads and then shares', () => {
    // Member 3 (weight 2) is away for the first 60 leads while 1 and 2 (weight 1 each) take 30 turns each.
    const weights = [1, 1, 2];
    const winners = replayRoundRobin(weights, 60 + 10, { isEligible: (member, lead) => member !== 2 || lead >= 60 });

    // Lifted from 0 to M − 1 = 29 turns, it takes two leads to catch up (29.5, 30: its one extra turn), then the
    // 2:1:1 rotation from equal turns resumes: 3 1 2 3, 3 1 2 3.
    expect(winners.slice(60)).toEqual([2, 2, 2, 0, 1, 2, 2, 0, 1, 2]);
  });

  it('measures the prefix deviation the way the benchmark reports it', () => {
    expect(largestPrefixDeviation([2, 1], [0, 0, 1])).toBeCloseTo(2 / 3, 12);
    expect(largestPrefixDeviation([1, 1], [0, 1, 0, 1])).toBeCloseTo(0.5, 12);
    expect(largestPrefixDeviation([5, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0])).toBeCloseTo(5 - 25 / 10, 12);
  });
});
