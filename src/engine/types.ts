/**
 * The routing engine's data types. Plain, JSON-serialisable data only: the engine knows nothing of NetSuite.
 *
 * Definition (rows → Plan) → evaluation (Plan + LeadFacts + inputs) → Decision with its Trace.
 * Ids are NetSuite internal ids kept as strings; dates are ISO `YYYY-MM-DD` strings in the account's time zone.
 */

import type { ZoneOffsets } from './time/zoneOffsets';

// ───────────────────────────── Definition: rows as an administrator keeps them ─────────────────────────────

/** Routing method of a territory (list `customlist_tlr_method`). */
export type Method = 'round_robin' | 'load_balanced';

/** A territory record as read from NetSuite (`customrecord_tlr_territory`), before validation. */
export interface TerritoryRow {
  id: string;
  name: string;
  isInactive: boolean;
  /** May be null/NaN when the field was left empty or holds garbage; the validator reports it. */
  priority: number | null;
  countries: string;
  states: string;
  postalCodes: string;
  leadSources: string[];
  categories: string[];
  subsidiaries: string[];
  /** null = the default, round robin. */
  method: Method | null;
  fallbackRepId: string | null;
  /** Working hours as written (`custrecord_tlr_work_hours`, '' = none); their time zone is the territory's. */
  workHours: string;
  /** Walked before existing-owner matching (SPEC §3.5). */
  beforeOwner: boolean;
}

/** A territory member record (`customrecord_tlr_member`), before validation. */
export interface MemberRow {
  id: string;
  territoryId: string;
  repId: string;
  isInactive: boolean;
  /** null = default 1. */
  weight: number | null;
  /** null = unlimited. */
  capacity: number | null;
  awayFrom: string | null;
  awayUntil: string | null;
}

/** The territory or member field a problem is about, by the row's own name for it (the edge maps it to a form label). */
export type ProblemField = 'countries' | 'states' | 'postalCodes' | 'priority' | 'repId' | 'weight' | 'capacity' | 'awayFrom' | 'awayUntil' | 'workHours';

/** A validation problem, reported as a value: the field, the offending entry, and why it is refused. */
export interface Problem {
  code: ProblemCode;
  field: ProblemField;
  entry: string;
  /** Reads after the field and the quoted entry: `is not an ISO 3166-1 alpha-2 country code`. */
  reason: string;
}

export type ProblemCode =
  | 'UNKNOWN_COUNTRY'
  | 'BAD_STATE'
  | 'BAD_POSTAL_PATTERN'
  | 'BAD_PRIORITY'
  | 'BAD_WEIGHT'
  | 'BAD_CAPACITY'
  | 'BAD_DATE'
  | 'AWAY_RANGE'
  | 'DUPLICATE_REP'
  | 'REP_NOT_ACTIVE_SALES_REP'
  | 'MISSING_REP'
  | 'BAD_WORK_HOURS';

// ───────────────────────────── Definition: the compiled plan ─────────────────────────────

/** A compiled postal-code pattern (SPEC §3.2). Values are normalised: upper case, no spaces. */
export type PostalPattern =
  | { kind: 'range'; lo: string; hi: string }
  | { kind: 'prefix'; prefix: string }
  /** A UK outward code (`N1 *`): the lead's code's outward part equals `outward`. */
  | { kind: 'outward'; outward: string }
  | { kind: 'exact'; code: string };

/** A compiled state entry: `country` is null for a bare entry (`CA`), set for a qualified one (`US-CA`). */
export interface StateEntry {
  country: string | null;
  state: string;
}

export interface PlanMember {
  id: string;
  repId: string;
  weight: number;
  capacity: number | null;
  awayFrom: string | null;
  awayUntil: string | null;
}

/** A valid, active territory. An empty criterion list means "any"; lists are normalised (upper case, trimmed). */
export interface PlanTerritory {
  id: string;
  name: string;
  priority: number;
  countries: string[];
  states: StateEntry[];
  postalPatterns: PostalPattern[];
  leadSources: string[];
  categories: string[];
  subsidiaries: string[];
  method: Method;
  fallbackRepId: string | null;
  /** The IANA time zone of the territory's working hours, whose calendar day is its routing day; null = the company's. */
  timeZone: string | null;
  /** Walked right after keep-existing, before existing-owner matching (SPEC §3.5); these come first in the plan. */
  beforeOwner: boolean;
  /** Active members only, ascending internal id. */
  members: PlanMember[];
}

/** A territory left out of the plan, with every problem found. */
export interface SkippedTerritory {
  territoryId: string;
  name: string;
  problems: Problem[];
}

/**
 * The lookup structure over `Plan.territories` (positions into that array). Plain objects and arrays,
 * so it serialises; keys are looked up with Object.hasOwn.
 */
export interface PlanIndex {
  /** Territories with no location criterion: candidates for every lead. */
  always: number[];
  byCountry: Record<string, number[]>;
  /** Key `CC-SSS` for qualified entries, `*-SSS` for bare ones. */
  byState: Record<string, number[]>;
  postalExact: Record<string, number[]>;
  postalPrefix: Record<string, number[]>;
  /** By outward code (`N1 *` → `N1`). */
  postalOutward: Record<string, number[]>;
  /** One interval structure per range length L. */
  postalRanges: Record<string, RangeTree>;
}

/** Ranges of one length sorted by `lo`, with a max-`hi` segment tree over them for stabbing queries. */
export interface RangeTree {
  lo: string[];
  hi: string[];
  position: number[];
  /** Implicit segment tree (node 1 = root, children 2n and 2n+1) of the largest `hi` under each node. */
  maxHi: string[];
}

/**
 * The compiled, immutable definition. `territories` are sorted by (before owner first, priority, internal id)
 * ascending, so a territory's position is also its evaluation rank. Never mutated by evaluation.
 */
export interface Plan {
  version: 2;
  territories: PlanTerritory[];
  index: PlanIndex;
  skipped: SkippedTerritory[];
  /**
   * A plan decoded for one lead holds only the territories its location can match (planShards.ts): the others,
   * counted here, are ruled out as the index would rule them out. Absent on a whole plan.
   */
  notLoaded?: number;
}

// ───────────────────────────── Evaluation: inputs ─────────────────────────────

export type CustomerStage = 'LEAD' | 'PROSPECT' | 'CUSTOMER';

/** What the engine reads of the lead (SPEC §3.1). Empty text fields are `''`, empty selects `null`. */
export interface LeadFacts {
  /** null while the lead is being created. */
  id: string | null;
  country: string;
  state: string;
  postalCode: string;
  leadSource: string | null;
  category: string | null;
  subsidiary: string | null;
  email: string;
  companyName: string;
  salesRepId: string | null;
}

/** An employee as far as routing cares. */
export interface RepFacts {
  id: string;
  name: string;
  isInactive: boolean;
  isSalesRep: boolean;
}

/** Script-maintained state of a member (read fresh for every lead; never cached in the plan). */
export interface MemberState {
  turns: number;
  assigned: number;
}

/** An existing customer-stage record that may own the lead's account (SPEC §3.5 step 2). */
export interface OwnerCandidate {
  id: string;
  stage: CustomerStage;
  salesRepId: string;
  email: string;
  companyName: string;
  isInactive: boolean;
}

export interface RoutingSettings {
  keepExisting: boolean;
  matchOwner: boolean;
  defaultRepId: string | null;
}

/**
 * A fact routing needs and does not know yet (ask, then decide): `routeLead` returns one instead of a decision, the
 * caller answers it and calls again with what it learnt. Each names only ids the facts do not settle yet.
 * - `reps`: employees (a fallback or default rep, a member's rep no earlier answer brought);
 * - `memberStates`: the members of every territory matching the lead, asked once at the first match, with the reps
 *   whose open leads a capacity or load balancing may count (`countOpenLeadsOf`): an answer may bring those counts
 *   and the members' reps along;
 * - `openLeads`: open leads (lead stage, active, any territory) of reps no earlier answer counted;
 * - `ownerCandidates`: existing records that may own the lead's account, by email domain and company key.
 */
export type FactRequest =
  | { kind: 'reps'; repIds: string[] }
  | { kind: 'memberStates'; memberIds: string[]; countOpenLeadsOf: string[] }
  | { kind: 'openLeads'; repIds: string[] }
  | { kind: 'ownerCandidates'; emailDomain: string | null; companyKey: string | null };

/** What answering a request brought; a part may answer more than was asked (reps joined to members or owners). */
export interface FactAnswer {
  reps?: readonly RepFacts[];
  memberStates?: ReadonlyMap<string, MemberState>;
  openLeads?: ReadonlyMap<string, number>;
  ownerCandidates?: readonly OwnerCandidate[];
}

/**
 * The facts known so far about one lead's routing. Built by `learn` from answers (every asked id settled, found or
 * not), or, for a bulk run, from a whole snapshot (`whole`: an id it leaves out is known to be absent — no such
 * employee, a member with no turns yet, a rep with no open leads; owner candidates are still asked for).
 */
export interface KnownFacts {
  /** null: asked, and no readable employee. */
  reps: ReadonlyMap<string, RepFacts | null>;
  memberStates: ReadonlyMap<string, MemberState>;
  openLeads: ReadonlyMap<string, number>;
  /** By `ownerKey(emailDomain, companyKey)`. */
  ownerCandidates: ReadonlyMap<string, readonly OwnerCandidate[]>;
  whole: boolean;
}

/** One routing call's outcome: the decision, or the facts it still needs. */
export type RoutingStep = { decision: Decision; request?: undefined } | { request: FactRequest; decision?: undefined };

/**
 * Which rules apply: a new lead, or the realignment of an existing one (SPEC §4). A realignment settles owners over
 * its whole scope before it decides a lead ("Owners in realign"), so it hands each lead its owner step as settled:
 * with a `winner` the lead takes the winner's rep (OWNER); without one, `note` says why and the territories decide.
 */
export type RoutingMode = { kind: 'create' } | { kind: 'realign'; owner: OwnerTrace };

export interface RoutingContext {
  /** ISO timestamp stamped on the decision and on the winning member; its calendar day decides away windows. */
  now: string;
  /** The company's IANA time zone: the routing day of territories without working hours of their own. */
  timeZone: string;
  /** The zones' offsets the cached plan carries (RoutingClock): the routing day without Intl. */
  offsets?: ZoneOffsets;
  settings: RoutingSettings;
  mode: RoutingMode;
}

/** How candidate territories are found: the compiled index, or a linear scan (reference, tests, bench). */
export type MatcherKind = 'indexed' | 'reference';

// ───────────────────────────── Decision ─────────────────────────────

/** Outcome codes (list `customlist_tlr_status`). */
export type Status = 'ROUTED' | 'FALLBACK' | 'OWNER' | 'KEPT' | 'DEFAULT' | 'UNASSIGNED' | 'ERROR' | 'REASSIGNED' | 'MANUAL';

/** Member state to commit after the lead is saved. */
export interface MemberUpdate {
  memberId: string;
  territoryId: string;
  repId: string;
  turns: number;
  assigned: number;
  lastAssigned: string;
}

export type CriterionName =
  | 'country'
  | 'state'
  | 'postalCode'
  | 'leadSource'
  | 'category'
  | 'subsidiary';

/** One criterion of one territory checked against the lead: observed vs expected. */
export interface CriterionCheck {
  criterion: CriterionName;
  /** The lead's value ('' when it has none). */
  observed: string;
  /** The territory's entries, as the administrator would read them (shared between traces: read-only). */
  expected: readonly string[];
  passed: boolean;
  /** For postal codes: the pattern that matched. */
  matchedEntry?: string;
}

export type Ineligibility =
  | 'REP_UNKNOWN'
  | 'REP_INACTIVE'
  | 'NOT_SALES_REP'
  | 'AWAY'
  | 'AT_CAPACITY';

export interface MemberTrace {
  memberId: string;
  repId: string;
  repName: string;
  weight: number;
  eligible: boolean;
  why?: Ineligibility;
  /** e.g. "away 2026-11-20 – 2026-12-01", "12 open leads, capacity 12". */
  detail?: string;
  turns: number;
  effectiveTurns?: number;
  openLeads?: number;
  /** The score it was ranked by, when eligible. */
  score?: number;
}

export type TerritoryOutcome = 'NO_MATCH' | 'ROUTED' | 'FALLBACK' | 'NO_ELIGIBLE_MEMBER' | 'KEPT_CURRENT_REP';

export interface TerritoryTrace {
  territoryId: string;
  name: string;
  priority: number;
  /** Walked before existing-owner matching (SPEC §3.5). */
  beforeOwner?: true;
  /** Every criterion the territory sets, until the first that failed. */
  checks: CriterionCheck[];
  matched: boolean;
  outcome: TerritoryOutcome;
  method?: Method;
  members?: MemberTrace[];
  fallbackRep?: { repId: string; repName: string; usable: boolean; why?: Ineligibility };
}

export interface OwnerTrace {
  considered: boolean;
  /** Why the step was skipped or found nothing (e.g. "owner matching is off", "free-mail domain"). */
  note?: string;
  emailDomain: string | null;
  companyKey: string | null;
  candidates: number;
  winner?: {
    recordId: string;
    /** The owner record's company name, as entered ('' when it has none). */
    recordName: string;
    stage: CustomerStage;
    repId: string;
    repName: string;
    matchedBy: 'domain' | 'name';
  };
}

export interface Trace {
  keepExisting?: { applied: boolean; repId: string | null; repName?: string };
  owner?: OwnerTrace;
  /** Candidate territories considered, in evaluation order, up to the one that decided. */
  territories: TerritoryTrace[];
  /** Territories ruled out without a check because the index found no location match. */
  ruledOutByIndex: number;
  /** Candidate territories after the deciding one: not considered, so not checked. */
  notReached?: number;
  defaultRep?: { repId: string | null; repName?: string; usable: boolean; why?: Ineligibility };
  /** Realign only: the lead's rep before the decision. */
  currentRepId?: string | null;
  /** Realign only: the current rep's name, when a territory kept the lead with it. */
  currentRepName?: string;
  error?: { code: string; message: string };
  /** Response time (SPEC §8): the rep the lead is taken from, and the limit it missed. */
  reassignment?: ResponseTimeTrace;
  /** MANUAL (SPEC §3.6): the change someone other than routing made to the lead's rep. */
  manualChange?: ManualChange;
}

/** Someone other than routing changed a lead's sales rep (SPEC §3.6). */
export interface ManualChange {
  /** Who saved the change: a person, or the user an integration signs in as. */
  by: { id: string; name: string };
  /** The rep before and after the save; null when there was none, or the change cleared it. */
  fromRep: { id: string; name: string } | null;
  toRep: { id: string; name: string } | null;
  /** ISO instant of the save. */
  at: string;
}

/** Why a lead was taken from its rep, or stays with it. */
export interface ResponseTimeTrace {
  previousRepId: string;
  previousRepName: string;
  slaHours: number;
  /** Working hours as the administrator wrote them ('' when every hour counts). */
  workHours: string;
  /** How many times the lead has been reassigned, this time included when it was. */
  count: number;
}

export interface Decision {
  status: Status;
  /** The rep the lead ends with (null for UNASSIGNED; the entered rep for ERROR). */
  repId: string | null;
  territoryId: string | null;
  memberUpdate: MemberUpdate | null;
  /** One readable sentence rendered from the trace. */
  reason: string;
  decidedAt: string;
  trace: Trace;
}
