/**
 * Types of the batch router: many leads routed in one run, as if one at a time in ascending internal id (SPEC §4).
 * Plain, JSON-serialisable data, like the rest of the engine.
 */
import type { LeadFacts, MatcherKind, MemberState, OwnerCandidate, RepFacts, RoutingSettings } from '../types';

/** A saved lead as a bulk path reads it: its facts (with its internal id) and whether it is inactive. */
export interface BatchLead {
  facts: LeadFacts & { id: string };
  /** Inactive leads are not open leads of their rep and never own another lead's account. */
  isInactive: boolean;
}

/**
 * What the account held when the run started, as far as routing reads it. Complete for the plan: every plan
 * member's state, every rep the plan and the settings name, the open leads of every rep a capacity or load
 * balancing reads; owner candidates may also arrive later (`BatchRouter.addOwners`).
 */
export interface RoutingSnapshot {
  reps: readonly RepFacts[];
  /** A member left out counts as turns 0, assigned 0 (as the per-lead port does). */
  memberStates: ReadonlyMap<string, MemberState>;
  /** A rep left out holds 0 open leads. */
  openLeads: ReadonlyMap<string, number>;
  owners: readonly OwnerCandidate[];
}

export interface BatchOptions {
  settings: RoutingSettings;
  matcher?: MatcherKind;
}

/** The moment a lead is decided (stamped on the decision) and the company's time zone (SPEC §3.4's routing day). */
export type { RoutingClock } from '../time/routingDay';

/** What one lead's decision took from a member: the turns and assignments to give back if its write fails. */
export interface PickShare {
  memberId: string;
  turns: number;
  assigned: number;
}

/**
 * A member whose state the run changed: its state when the run read it (`before`) and after the run's picks
 * (`after`). Committing the difference onto the state found at commit time keeps concurrent picks.
 */
export interface MemberChange {
  memberId: string;
  territoryId: string;
  repId: string;
  before: MemberState;
  after: MemberState;
  lastAssigned: string;
}
