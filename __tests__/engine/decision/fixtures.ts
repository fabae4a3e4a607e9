// Fixture factories and plain fake ports for the decision tests. Every call returns fresh objects.
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { lead as baseLead, memberRow as baseMemberRow, territoryRow as baseTerritoryRow } from '../../../tools/fixtures/rows';
import type {
  LeadFacts,
  MemberRequest,
  MemberRow,
  MemberState,
  OwnerCandidate,
  Plan,
  RepFacts,
  OwnerTrace,
  RoutingContext,
  RoutingMode,
  RoutingPorts,
  RoutingSettings,
  TerritoryRow,
} from '../../../src/engine/types';

export const TODAY = '2026-11-26';
export const NOW = '2026-11-26T09:00:00.000Z';

export function territoryRow(overrides: Partial<TerritoryRow> = {}): TerritoryRow {
  return baseTerritoryRow({ priority: 10, countries: 'US', ...overrides });
}

export function memberRow(overrides: Partial<MemberRow> = {}): MemberRow {
  return baseMemberRow({ id: '11', weight: 1, ...overrides });
}

export function plan(territories: TerritoryRow[], members: MemberRow[] = []): Plan {
  return compilePlan(territories, members);
}

export function lead(overrides: Partial<LeadFacts> = {}): LeadFacts {
  return baseLead({ country: 'US', state: 'CA', postalCode: '94105', ...overrides });
}

export function rep(id: string, name: string, overrides: Partial<RepFacts> = {}): RepFacts {
  return { id, name, isInactive: false, isSalesRep: true, ...overrides };
}

export function owner(overrides: Partial<OwnerCandidate> = {}): OwnerCandidate {
  return {
    id: '500',
    stage: 'CUSTOMER',
    salesRepId: '7',
    email: '',
    companyName: '',
    isInactive: false,
    ...overrides,
  };
}

/** What the fake account holds. `states` may be changed between leads to feed member updates back. */
export interface World {
  reps: RepFacts[];
  states: Record<string, MemberState>;
  openLeads: Record<string, number>;
  owners: OwnerCandidate[];
}

/** The arguments of every port call, in order. */
export interface PortCalls {
  reps: string[][];
  memberStates: string[][];
  /** The reps each memberStates call named for open-lead counting. */
  openLeadHints: string[][];
  /** What each memberStates call offered as `more` (null: nothing). */
  offered: (MemberRequest | null)[];
  openLeads: string[][];
  ownerCandidates: { emailDomain: string | null; companyKey: string | null }[];
}

export function world(overrides: Partial<World> = {}): World {
  return { reps: [], states: {}, openLeads: {}, owners: [], ...overrides };
}

/** Plain fake ports over a world, recording their calls. */
export function fakePorts(account: World): { ports: RoutingPorts; calls: PortCalls } {
  const calls: PortCalls = { reps: [], memberStates: [], openLeadHints: [], offered: [], openLeads: [], ownerCandidates: [] };
  const ports: RoutingPorts = {
    reps(repIds) {
      calls.reps.push([...repIds]);
      return new Map(account.reps.filter((known) => repIds.includes(known.id)).map((known) => [known.id, known]));
    },
    memberStates({ memberIds, countOpenLeadsOf }, more) {
      calls.memberStates.push([...memberIds]);
      calls.openLeadHints.push([...countOpenLeadsOf]);
      calls.offered.push(more === undefined ? null : more());
      return new Map(memberIds.flatMap((id) => (account.states[id] ? [[id, account.states[id]] as const] : [])));
    },
    openLeads(repIds) {
      calls.openLeads.push([...repIds]);
      return new Map(repIds.flatMap((id) => (account.openLeads[id] === undefined ? [] : [[id, account.openLeads[id]] as const])));
    },
    ownerCandidates(_lead, emailDomain, companyKey) {
      calls.ownerCandidates.push({ emailDomain, companyKey });
      return account.owners;
    },
  };
  return { ports, calls };
}

export function settings(overrides: Partial<RoutingSettings> = {}): RoutingSettings {
  return { keepExisting: true, matchOwner: true, defaultRepId: null, ...overrides };
}

export function context(ports: RoutingPorts, overrides: Partial<Omit<RoutingContext, 'ports'>> = {}): RoutingContext {
  return { today: TODAY, now: NOW, settings: settings(), mode: { kind: 'create' }, ports, ...overrides };
}

/** Realign mode with the owner step as the realignment settled it; by default the lead has no owner. */
export function realignMode(owner: Partial<OwnerTrace> = {}): RoutingMode {
  return { kind: 'realign', owner: { considered: true, emailDomain: null, companyKey: null, candidates: 0, note: 'no owner', ...owner } };
}

/** Freezes a value and everything it holds, so any write by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
