import { compareIds } from '../definition/compare';
import { beforeOwnerMatch } from '../definition/match';
import { repName, salesRepProblem } from '../decision/salesRep';
import { recordLabel } from '../decision/reason';
import type { Decision, MatcherKind, OwnerTrace, Plan, RepFacts, RoutingSettings } from '../types';
import { createBatchRouter } from './batchRouter';
import { resolveRealignOwners, type OwnerLink } from './realignOwners';
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

/** A lead in scope that has an owner. */
interface Following {
  lead: BatchLead;
  owner: OwnerLink;
  trace: OwnerTrace;
}

/** The owner step of a follower once its owner is settled: OWNER with the rep the owner ends with, when it may take leads. */
function followerTrace(owner: OwnerLink, trace: OwnerTrace, endsWith: string | null, reps: ReadonlyMap<string, RepFacts>): OwnerTrace {
  const { record, matchedBy } = owner;
  const rep = endsWith === null ? undefined : reps.get(endsWith);
  if (endsWith === null || salesRepProblem(rep) !== null) {
    return { ...trace, note: `its owner, lead ${recordLabel(record.companyName, record.id)}, ends this realignment without an active sales rep` };
  }
  const winner = { recordId: record.id, recordName: record.companyName, stage: record.stage, repId: endsWith, repName: repName(endsWith, rep), matchedBy };
  return { ...trace, winner };
}

/**
 * Realigns leads (SPEC §4) in one place, so round-robin turns come out exactly as if the leads were decided one at a
 * time. Owners first ("Owners in realign"): each lead gets at most one owner (resolveRealignOwners); the leads
 * without one are decided in ascending internal id by the territory walk — keep-existing does not apply, a
 * territory keeps a current rep who is an active member (least disruption) — then the default rep, else they keep
 * their rep; then the followers in ascending id take the rep their owner ends with (OWNER), settling an owner that
 * follows too first; a follower whose owner ends without an active sales rep is decided then as if it had none.
 * Each decision sees the effects of those before it. A lead changes only when the decided rep differs from its
 * current one; only changes are applied, so a lead that stays takes no turn and moves no open-lead count. All leads
 * of one company end with one rep, and realigning the result again changes nothing.
 *
 * @example
 * const { changes, unchanged } = realignLeads(plan, snapshot, leads, { settings }, clock);
 * changes.map(({ lead, decision }) => [lead.facts.id, lead.facts.salesRepId, decision.status, decision.repId]);
 * // [['901', '7', 'ROUTED', '8'], ['902', '7', 'OWNER', '8']] — 902 shares 901's email domain
 * unchanged; // 41
 */
export function realignLeads(
  plan: Plan,
  snapshot: RoutingSnapshot,
  leads: readonly BatchLead[],
  options: { settings: RoutingSettings; matcher?: MatcherKind },
  clock: RoutingClock,
): Realignment {
  const ordered = [...leads].sort((a, b) => compareIds(a.facts.id, b.facts.id));
  const byId = new Map(ordered.map((lead) => [lead.facts.id, lead]));
  const reps = new Map(snapshot.reps.map((rep) => [rep.id, rep]));
  const owners = resolveRealignOwners(ordered, snapshot.owners, reps, options.settings.matchOwner, (lead) => beforeOwnerMatch(plan, lead.facts));
  const router = createBatchRouter(plan, snapshot, options);
  /** The rep each settled lead ends the realignment with. */
  const endsWith = new Map<string, string | null>();
  const changes: RealignedLead[] = [];
  let unchanged = 0;

  const settle = (lead: BatchLead, owner: OwnerTrace) => {
    const decision = router.decide(lead, clock, { kind: 'realign', owner });
    endsWith.set(lead.facts.id, decision.repId);
    if (decision.repId === null || decision.repId === lead.facts.salesRepId) unchanged += 1;
    else changes.push({ lead, decision, share: router.apply(lead, decision) });
  };

  const followers = new Map<string, Following>();
  for (const lead of ordered) {
    const { owner, trace } = owners.get(lead.facts.id)!;
    if (owner === null) settle(lead, trace);
    else followers.set(lead.facts.id, { lead, owner, trace });
  }

  /** Settles a follower after every unsettled follower up its chain of owners (loops are broken, so it ends). */
  const settleFollower = (first: Following) => {
    const chain: Following[] = [];
    for (let at: Following | undefined = first; at !== undefined && !endsWith.has(at.lead.facts.id); ) {
      chain.push(at);
      at = at.owner.inScope ? followers.get(at.owner.record.id) : undefined;
    }
    for (const { lead, owner, trace } of chain.reverse()) {
      const ownerRep = owner.inScope ? (endsWith.get(owner.record.id) ?? null) : owner.record.salesRepId;
      settle(lead, followerTrace(owner, trace, ownerRep, reps));
    }
  };
  for (const follower of followers.values()) settleFollower(follower);

  changes.sort((a, b) => compareIds(a.lead.facts.id, b.lead.facts.id));
  return { changes, unchanged, memberChanges: router.memberChanges() };
}
