// Fixture factories and a plain fake account answering the engine's requests, for the decision tests. Every call returns fresh objects.
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { lead as baseLead, memberRow as baseMemberRow, territoryRow as baseTerritoryRow } from '../../../tools/fixtures/rows';
import { decideLead, type AnswerFacts } from '../../../src/engine/decision/decideLead';
import type {
  Decision,
  FactRequest,
  LeadFacts,
  MatcherKind,
  MemberRow,
  MemberState,
  OwnerCandidate,
  Plan,
  RepFacts,
  OwnerTrace,
  RoutingContext,
  RoutingMode,
  RoutingSettings,
  TerritoryRow,
} from '../../../src/engine/types';

export const TODAY = '2026-11-26';
export const NOW = '2026-11-26T09:00:00.000Z';
/** The company's time zone of the fixtures: NOW falls on TODAY there. */
export const TIME_ZONE = 'UTC';

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

export function world(overrides: Partial<World> = {}): World {
  return { reps: [], states: {}, openLeads: {}, owners: [], ...overrides };
}

/** Answers the engine's requests from a world, as it stands when asked, recording every request. */
export function fakeAnswers(account: World): { answer: AnswerFacts; requests: FactRequest[] } {
  const requests: FactRequest[] = [];
  const answer: AnswerFacts = (request) => {
    requests.push(request);
    switch (request.kind) {
      case 'reps':
        return { reps: account.reps.filter((known) => request.repIds.includes(known.id)) };
      case 'memberStates':
        return { memberStates: new Map(request.memberIds.flatMap((id) => (account.states[id] ? [[id, account.states[id]] as const] : []))) };
      case 'openLeads':
        return { openLeads: new Map(request.repIds.flatMap((id) => (account.openLeads[id] === undefined ? [] : [[id, account.openLeads[id]] as const]))) };
      case 'ownerCandidates':
        return { ownerCandidates: account.owners };
    }
  };
  return { answer, requests };
}

/** The requests of one kind among those answered. */
export function requestsOf<K extends FactRequest['kind']>(requests: readonly FactRequest[], kind: K): Extract<FactRequest, { kind: K }>[] {
  return requests.filter((request): request is Extract<FactRequest, { kind: K }> => request.kind === kind);
}

export function settings(overrides: Partial<RoutingSettings> = {}): RoutingSettings {
  return { keepExisting: true, matchOwner: true, defaultRepId: null, ...overrides };
}

/** A routing context, with the answers `decide` gives the engine. */
export type TestContext = RoutingContext & { answer: AnswerFacts };

export function context(answer: AnswerFacts, overrides: Partial<RoutingContext> = {}): TestContext {
  return { now: NOW, timeZone: TIME_ZONE, settings: settings(), mode: { kind: 'create' }, answer, ...overrides };
}

/** Decides a lead as every caller does: routeLead, answered and called again until it decides. */
export function decide(territories: Plan, facts: LeadFacts, testContext: TestContext, matcher: MatcherKind = 'indexed'): Decision {
  const { answer, ...routing } = testContext;
  return decideLead(territories, facts, routing, answer, { matcher }).decision;
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
