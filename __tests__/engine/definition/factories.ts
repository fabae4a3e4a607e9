// Fresh fixtures for every test: each call builds new objects from defaults plus the overrides given.
import type { LeadFacts, MemberRow, PlanTerritory, TerritoryRow } from '../../../src/engine/types';

export function territoryRow(overrides: Partial<TerritoryRow> = {}): TerritoryRow {
  return {
    id: '1',
    name: 'West',
    isInactive: false,
    priority: 100,
    countries: '',
    states: '',
    postalCodes: '',
    leadSources: [],
    categories: [],
    subsidiaries: [],
    method: null,
    fallbackRepId: null,
    ...overrides,
  };
}

export function memberRow(overrides: Partial<MemberRow> = {}): MemberRow {
  return {
    id: '1',
    territoryId: '1',
    repId: '7',
    isInactive: false,
    weight: null,
    capacity: null,
    awayFrom: null,
    awayUntil: null,
    ...overrides,
  };
}

export function planTerritory(overrides: Partial<PlanTerritory> = {}): PlanTerritory {
  return {
    id: '1',
    name: 'West',
    priority: 100,
    countries: [],
    states: [],
    postalPatterns: [],
    leadSources: [],
    categories: [],
    subsidiaries: [],
    method: 'round_robin',
    fallbackRepId: null,
    members: [],
    ...overrides,
  };
}

export function lead(overrides: Partial<LeadFacts> = {}): LeadFacts {
  return {
    id: null,
    country: '',
    state: '',
    postalCode: '',
    leadSource: null,
    category: null,
    subsidiary: null,
    email: '',
    companyName: '',
    salesRepId: null,
    ...overrides,
  };
}
