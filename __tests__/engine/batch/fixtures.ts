// Fixture factories for the batch-router tests, on top of the decision fixtures. Every call returns fresh objects.
import type { BatchLead, RoutingClock, RoutingSnapshot } from '../../../src/engine/batch';
import type { LeadFacts } from '../../../src/engine/types';
import { NOW, TIME_ZONE, lead } from '../decision/fixtures';

export const CLOCK: RoutingClock = { now: NOW, timeZone: TIME_ZONE };

export function batchLead(id: string, overrides: Partial<LeadFacts> = {}, isInactive = false): BatchLead {
  return { facts: { ...lead(overrides), id }, isInactive };
}

export function snapshot(overrides: Partial<RoutingSnapshot> = {}): RoutingSnapshot {
  return { reps: [], memberStates: new Map(), openLeads: new Map(), owners: [], ...overrides };
}

/** `count` leads with ids from `firstId` upwards, all matching the default territory (US, CA). */
export function leadRange(firstId: number, count: number, overrides: Partial<LeadFacts> = {}): BatchLead[] {
  return Array.from({ length: count }, (_, index) => batchLead(String(firstId + index), overrides));
}
