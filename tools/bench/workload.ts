/**
 * The data every suite measures on: seeded territory mixes and leads, so runs on any machine route the same
 * leads through the same plans.
 */
import { compilePlan, decideLead, type LeadFacts, type MatcherKind, type Plan, type RoutingContext } from '../../src/engine';
import { generateLeads, generateTerritoryMix, type TerritoryMix } from '../fixtures/territoryMix';
import { benchAccount, fixedFacts, type FixedFacts } from './benchAccount';

const MIX_SEED = 7;
const LEAD_SEED = 11;
const OPEN_LEADS_SEED = 13;

/** Today and now of every routing run; away windows in the mix fall in 2026, so some members are away. */
const TODAY = '2026-11-26';
const NOW = '2026-11-26T09:00:00.000Z';

export interface RoutingWorkload {
  plan: Plan;
  leads: LeadFacts[];
  facts: FixedFacts;
}

/** The territory mix of a given size (about four members per territory). */
export function benchMix(territories: number): TerritoryMix {
  return generateTerritoryMix({ territories, seed: MIX_SEED });
}

export function routingWorkload(territories: number, leadCount: number): RoutingWorkload {
  return workloadOf(territories, (mix) => generateLeads(mix.territories, leadCount, LEAD_SEED));
}

/** The mix of that size with given leads, e.g. those an emulated account creates (the engine's time on the same account). */
export function workloadOf(territories: number, leadsOf: (mix: TerritoryMix) => LeadFacts[]): RoutingWorkload {
  const mix = benchMix(territories);
  const plan = compilePlan(mix.territories, mix.members);
  return { plan, leads: leadsOf(mix), facts: fixedFacts(plan, OPEN_LEADS_SEED) };
}

/**
 * Routes the first `count` leads in order from a fresh account, feeding each member update back, exactly as
 * successive lead creations would. Every decision is computed in full; none is reused.
 *
 * @example
 * timeMs(() => routeFirst(workload, 'indexed', workload.leads.length));
 */
export function routeFirst(workload: RoutingWorkload, matcher: MatcherKind, count: number): void {
  const account = benchAccount(workload.facts);
  const options = { facts: account.facts, matcher };
  for (let i = 0; i < count; i++) {
    account.commit(decideLead(workload.plan, workload.leads[i]!, ROUTING_CONTEXT, account.answer, options).decision.memberUpdate);
  }
}

/** The deployment defaults except owner matching, which the benchmark leaves out to time territory routing. */
const ROUTING_CONTEXT: RoutingContext = {
  now: NOW,
  timeZone: 'UTC',
  settings: { keepExisting: true, matchOwner: false, defaultRepId: null },
  mode: { kind: 'create' },
};
