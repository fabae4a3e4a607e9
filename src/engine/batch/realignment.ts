import { compareIds } from '../definition/compare';
import type { Decision, MatcherKind, Plan, RoutingSettings } from '../types';
import { createBatchRouter } from './batchRouter';
import type { BatchLead, MemberChange, PickShare, RoutingClock, RoutingSnapshot } from './types';

/** A lead whose rep realignment changes: the decision to write and what it took from a member. */
export interface RealignedLead {
  lead: BatchLead;
  decision: Decision;
  share: PickShare | null;
}

export interface Realignment {
  /** Leads to write, ascending internal id. */
  changes: RealignedLead[];
  /** Leads that keep their rep (kept by least disruption, decided to the same rep, or nothing decided). */
  unchanged: number;
  /** Member states the changes moved, to commit once. */
  memberChanges: MemberChange[];
}

/**
 * Realigns leads (SPEC §4) in one place, in ascending internal id whatever order they arrive in, so round-robin
 * turns come out exactly as if the leads were realigned one at a time. Keep-existing does not apply; a territory
 * keeps a current rep who is an active member (least disruption). A lead changes only when the decided rep differs
 * from its current one; only changes are applied, so a lead that stays where it is takes no turn and moves no
 * open-lead count. Realigning the result again changes nothing.
 *
 * @example
 * const { changes, unchanged } = realignLeads(plan, snapshot, leads, { settings }, clock);
 * changes.map(({ lead, decision }) => [lead.facts.id, lead.facts.salesRepId, decision.repId]); // [['901', '7', '8']]
 * unchanged; // 41
 */
export function realignLeads(
  plan: Plan,
  snapshot: RoutingSnapshot,
  leads: readonly BatchLead[],
  options: { settings: RoutingSettings; matcher?: MatcherKind },
  clock: RoutingClock,
): Realignment {
  const router = createBatchRouter(plan, snapshot, { ...options, mode: { kind: 'realign' } });
  const changes: RealignedLead[] = [];
  let unchanged = 0;
  for (const lead of [...leads].sort((a, b) => compareIds(a.facts.id, b.facts.id))) {
    const decision = router.decide(lead, clock);
    if (decision.repId === null || decision.repId === lead.facts.salesRepId) {
      unchanged += 1;
      continue;
    }
    changes.push({ lead, decision, share: router.apply(lead, decision) });
  }
  return { changes, unchanged, memberChanges: router.memberChanges() };
}
