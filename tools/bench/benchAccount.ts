/**
 * The in-memory account the benchmark routes against: whole facts, as a bulk run's snapshot is, so the engine decides
 * each lead in one call. Both matchers route through the same account, so their ratio isolates matching.
 */
import type { AnswerFacts, KnownFacts, MemberState, MemberUpdate, Plan, RepFacts } from '../../src/engine';
import { createRandom } from '../fixtures/random';

/** Facts that stay put for a whole benchmark. */
export interface FixedFacts {
  /** Every rep the plan names, each an active sales rep. */
  reps: ReadonlyMap<string, RepFacts>;
  /**
   * Open leads per rep. Fixed rather than counted up: 100,000 leads would fill every capacity and turn the
   * run into fallbacks, where in a real account leads also close.
   */
  openLeads: ReadonlyMap<string, number>;
}

export interface BenchAccount {
  facts: KnownFacts;
  /** Owner matching is off in the benchmark: the only request a whole account leaves, never asked. */
  answer: AnswerFacts;
  /** Feeds a decision's member update back, as the lead user event commits it after the save. */
  commit(update: MemberUpdate | null): void;
}

/**
 * The reps of `plan` (members and fallback reps) with 0–60 open leads each, so some capacities are reached.
 *
 * @example
 * fixedFacts(plan, 13).reps.get('501'); // → { id: '501', name: 'Rep 501', isInactive: false, isSalesRep: true }
 */
export function fixedFacts(plan: Plan, seed: number): FixedFacts {
  const random = createRandom(seed);
  const repIds = new Set<string>();
  for (const territory of plan.territories) {
    for (const member of territory.members) repIds.add(member.repId);
    if (territory.fallbackRepId !== null) repIds.add(territory.fallbackRepId);
  }
  const ids = [...repIds];
  return {
    reps: new Map(ids.map((id) => [id, { id, name: `Rep ${id}`, isInactive: false, isSalesRep: true }])),
    openLeads: new Map(ids.map((id) => [id, random.int(0, 60)])),
  };
}

/**
 * A fresh account: every member starts at 0 turns and 0 assignments. Owner matching is off in the benchmark,
 * so there are no owner candidates.
 */
export function benchAccount(fixed: FixedFacts): BenchAccount {
  const states = new Map<string, MemberState>();
  return {
    facts: { reps: fixed.reps, memberStates: states, openLeads: fixed.openLeads, ownerCandidates: new Map(), whole: true },
    answer: () => ({ ownerCandidates: [] }),
    commit(update) {
      if (update !== null) states.set(update.memberId, { turns: update.turns, assigned: update.assigned });
    },
  };
}
