import type { RepFacts, SkippedTerritory } from '../types';
import type { ExampleLead } from './leadClasses';

export type { ExampleLead } from './leadClasses';

/** Two territories of one priority that one lead can match: the lower id wins it, silently (SPEC §6). */
export interface Overlap {
  /** Ascending internal ids. */
  territories: [string, string];
  example: ExampleLead;
}

/** A territory whose every lead is matched first by earlier territories (`by`, in evaluation order). */
export interface Covered {
  territory: string;
  by: string[];
  /** A lead the territory matches that `by` takes first. */
  example: ExampleLead;
}

/** Active lead-stage records that match no territory, for one country and state. */
export interface Gap {
  country: string;
  state: string;
  leads: number;
  example: ExampleLead;
}

export type StaffingProblem = 'NONE_ELIGIBLE_TODAY' | 'NONE_ELIGIBLE_SOON';

/** A territory that cannot take a lead itself over the days `from`…`until` (null: no end in sight). */
export interface Staffing {
  territory: string;
  problem: StaffingProblem;
  from: string;
  until: string | null;
}

export interface RepAtCapacity {
  rep: string;
  territory: string;
  openLeads: number;
  capacity: number;
}

export interface HealthReport {
  overlaps: Overlap[];
  /** Territories that never decide: every lead they match goes to an earlier territory with a usable fallback rep. */
  shadowed: Covered[];
  /** Territories reached only when an earlier one that matches the lead has no one to take it. */
  overflow: Covered[];
  /** Territories whose criteria no lead can meet together: they never match. */
  unmatchable: string[];
  gaps: Gap[];
  staffing: Staffing[];
  /** Active sales reps who are an active member of no active, valid territory. */
  repsWithoutTerritory: string[];
  repsAtCapacity: RepAtCapacity[];
  skipped: SkippedTerritory[];
}

/** Lead-stage records with the same facts, counted (what an aggregated query returns). */
export interface LeadGroup {
  facts: ExampleLead;
  leads: number;
}

export interface HealthInput {
  /** ISO timestamp of the analysis: each territory's today is its calendar day then (SPEC §3.4). */
  now: string;
  /** The company's IANA time zone, for territories without working hours. */
  timeZone: string;
  /** Every employee routing may meet (members, fallback reps, other sales reps). */
  reps: readonly RepFacts[];
  /** Open leads per rep; a missing rep holds none. */
  openLeads: ReadonlyMap<string, number>;
  /** The active lead-stage records to look for gaps in (the caller picks the period). */
  leadGroups: readonly LeadGroup[];
}
