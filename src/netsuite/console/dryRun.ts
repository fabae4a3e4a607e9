/**
 * The console's dry run (SPEC §6, test): the routing decision for a lead as if it were created now, with the lead
 * user event's settings, plan and ports, and nothing written — no member update is held or committed, so no turn
 * is taken. This file is the console's only wiring of the engine's routing call; it also keeps what the ports
 * answered about owner candidates and reps, which the page lists.
 */
import { errorDecision, routeLead, type Decision, type LeadFacts, type OwnerCandidate, type Plan, type RepFacts, type RoutingPorts } from '../../engine';
import { readLeadEventSettings } from '../bulk/routingSettings';
import { createLeadPorts } from '../leadPorts';
import { loadRoutingData } from '../planCache';
import { readClock } from '../settings';

export interface DryRun {
  decision: Decision;
  /** Pause Routing is checked: a lead created now would be saved as entered; `decision` is what routing decides once resumed. */
  paused: boolean;
  plan: Plan;
  /** Every owner candidate the search found, before the engine filtered and ranked them. */
  ownerCandidates: OwnerCandidate[];
  /** The reps the engine asked about, by id. */
  reps: ReadonlyMap<string, RepFacts>;
}

/** The lead user event's ports, recording the candidates and reps they hand the engine. */
function recordingPorts(ports: RoutingPorts, seen: { ownerCandidates: OwnerCandidate[]; reps: Map<string, RepFacts> }): RoutingPorts {
  return {
    ...ports,
    reps(repIds) {
      const found = ports.reps(repIds);
      for (const [id, rep] of found) seen.reps.set(id, rep);
      return found;
    },
    ownerCandidates(lead, domain, key) {
      const candidates = ports.ownerCandidates(lead, domain, key);
      seen.ownerCandidates.push(...candidates);
      return candidates;
    },
  };
}

/**
 * Decides without writing. Every territory is checked in routing order (the reference matcher), so the trace shows
 * why each one before the deciding territory did not take the lead; the decision is the one the index finds.
 * A failure (a search, governance) becomes the ERROR decision a lead would have recorded. A test that finds the
 * plan uncached compiles it as the lead user event would, skipped-territory email included (once per load).
 *
 * @example
 * dryRunLead(facts).decision.status; // 'ROUTED'
 */
export function dryRunLead(facts: LeadFacts): DryRun {
  const { now, today } = readClock();
  const { paused, alertTo, ...settings } = readLeadEventSettings();
  const { plan } = loadRoutingData(alertTo);
  const seen = { ownerCandidates: [] as OwnerCandidate[], reps: new Map<string, RepFacts>() };
  const context = { now, today, settings, mode: { kind: 'create' } as const, ports: recordingPorts(createLeadPorts(), seen) };
  let decision: Decision;
  try {
    decision = routeLead(plan, facts, context, 'reference');
  } catch (error) {
    decision = errorDecision(facts, error, now);
  }
  return { decision, paused, plan, ownerCandidates: seen.ownerCandidates, reps: seen.reps };
}
