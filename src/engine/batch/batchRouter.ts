import { compareIds } from '../definition/compare';
import { decideLead } from '../decision/decideLead';
import { reassignLead, type ReassignInputs, type Reassignment } from '../decision/reassign';
import type { Decision, FactAnswer, FactRequest, KnownFacts, MemberState, MemberUpdate, OwnerCandidate, Plan, PlanTerritory, RepFacts, RoutingMode } from '../types';
import { createOwnerPool } from './ownerPool';
import type { BatchLead, BatchOptions, MemberChange, PickShare, RoutingClock, RoutingSnapshot } from './types';

/** Routes the leads of one bulk run against a snapshot, each seeing the effects of those applied before it. */
export interface BatchRouter {
  /** Owner candidates found after the snapshot (the sweep searches them per batch); records the run changed win. */
  addOwners(candidates: readonly OwnerCandidate[], reps: readonly RepFacts[]): void;
  /** Decides one lead against the state as it now stands, by the creation rules unless `mode` says realign; changes nothing. */
  decide(lead: BatchLead, clock: RoutingClock, mode?: RoutingMode): Decision;
  /**
   * Makes a decision part of the state the next leads see, once the lead carries it: the member's turns, the reps'
   * open leads, the lead as an owner candidate with its new rep. Returns what the lead took from a member.
   */
  apply(lead: BatchLead, decision: Decision): PickShare | null;
  /** Every member whose state the applied decisions changed, ascending member id: what to commit once. */
  memberChanges(): MemberChange[];
  /**
   * SPEC §8: the territory's next eligible member other than the lead's rep, against the state as it now stands
   * (reassignLead); changes nothing until `apply`.
   */
  reassign(lead: BatchLead, territory: PlanTerritory, clock: RoutingClock, limit: ReassignInputs['limit']): Reassignment;
}

const NO_STATE: MemberState = { turns: 0, assigned: 0 };
const CREATE: RoutingMode = { kind: 'create' };

/**
 * The batch router (SPEC §4: "as if routed one at a time in ascending internal id, each seeing the effects of those
 * before it"). It decides one lead at a time on the snapshot as whole facts (reps, member states and open leads as
 * they now stand), answering only the owner-candidate requests, from its pool; and `apply`
 * feeds each decision back: the picked member's turns and assignments, one open lead more for the rep the lead
 * moves to and one less for the rep it leaves, and the lead itself as a LEAD-stage owner candidate with its new
 * rep (a later lead from the same company lands with the same rep; a lead never matches itself).
 *
 * @example
 * const router = createBatchRouter(plan, snapshot, { settings });
 * for (const lead of leads) {
 *   const decision = router.decide(lead, clock);
 *   if (write(lead, decision)) router.apply(lead, decision);
 * }
 * commit(router.memberChanges()); // [{ memberId: '11', before: { turns: 3, assigned: 9 }, after: { turns: 5, assigned: 11 }, … }]
 */
export function createBatchRouter(plan: Plan, snapshot: RoutingSnapshot, options: BatchOptions): BatchRouter {
  const reps = new Map(snapshot.reps.map((rep) => [rep.id, rep]));
  const states = new Map(snapshot.memberStates);
  const openLeads = new Map(snapshot.openLeads);
  const pool = createOwnerPool(snapshot.owners);
  const changedByRun = new Set<string>();
  const changes = new Map<string, MemberChange>();

  const facts: KnownFacts = { reps, memberStates: states, openLeads, ownerCandidates: new Map(), whole: true };
  const answer = (request: FactRequest): FactAnswer =>
    request.kind === 'ownerCandidates' ? { ownerCandidates: pool.find(request.emailDomain, request.companyKey) } : {};

  const countOpenLead = (repId: string | null, delta: number) => {
    if (repId !== null) openLeads.set(repId, (openLeads.get(repId) ?? 0) + delta);
  };

  const takeTurn = (update: MemberUpdate): PickShare => {
    const before = states.get(update.memberId) ?? NO_STATE;
    const after = { turns: update.turns, assigned: update.assigned };
    states.set(update.memberId, after);
    const first = changes.get(update.memberId)?.before ?? before;
    const { memberId, territoryId, repId, lastAssigned } = update;
    changes.set(memberId, { memberId, territoryId, repId, before: first, after, lastAssigned });
    return { memberId, turns: after.turns - before.turns, assigned: after.assigned - before.assigned };
  };

  return {
    addOwners(candidates, candidateReps) {
      for (const rep of candidateReps) if (!reps.has(rep.id)) reps.set(rep.id, rep);
      for (const candidate of candidates) if (!changedByRun.has(candidate.id)) pool.put(candidate);
    },

    decide(lead, clock, mode = CREATE) {
      const context = { ...clock, settings: options.settings, mode };
      return decideLead(plan, lead.facts, context, answer, { facts, ...(options.matcher ? { matcher: options.matcher } : {}) }).decision;
    },

    apply(lead, decision) {
      const { id, salesRepId: previousRepId, email, companyName } = lead.facts;
      if (decision.repId !== previousRepId && !lead.isInactive) {
        countOpenLead(previousRepId, -1);
        countOpenLead(decision.repId, +1);
      }
      if (decision.repId !== null) {
        pool.put({ id, stage: 'LEAD', salesRepId: decision.repId, email, companyName, isInactive: lead.isInactive });
        changedByRun.add(id);
      }
      return decision.memberUpdate === null ? null : takeTurn(decision.memberUpdate);
    },

    memberChanges() {
      return [...changes.values()].sort((a, b) => compareIds(a.memberId, b.memberId));
    },

    reassign(lead, territory, clock, limit) {
      return reassignLead({ territory, lead: lead.facts, reps, memberStates: states, openLeads, ...clock, limit });
    },
  };
}
