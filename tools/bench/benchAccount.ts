/**
 * The in-memory account the benchmark routes against, behind plain RoutingPorts. Both matchers route through
 * the same account, so their ratio isolates matching.
 */
import type { MemberState, MemberUpdate, Plan, RepFacts, RoutingPorts } from '../../src/engine';
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
  ports: RoutingPorts;
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
export function benchAccount(facts: FixedFacts): BenchAccount {
  const states = new Map<string, MemberState>();
  return {
    ports: {
      reps: (ids) => subset(facts.reps, ids),
      memberStates: ({ memberIds }) => subset(states, memberIds),
      openLeads: (ids) => subset(facts.openLeads, ids),
      ownerCandidates: () => [],
    },
    commit(update) {
      if (update !== null) states.set(update.memberId, { turns: update.turns, assigned: update.assigned });
    },
  };
}

/** Like a search by internal id: only the entries asked for. */
function subset<V>(source: ReadonlyMap<string, V>, ids: readonly string[]): Map<string, V> {
  const found = new Map<string, V>();
  for (const id of ids) {
    const value = source.get(id);
    if (value !== undefined) found.set(id, value);
  }
  return found;
}
