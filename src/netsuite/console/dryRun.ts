/**
 * The console's dry run (SPEC §6, test): the routing decision for a lead as if it were created now, with the lead
 * user event's settings, plan and answers, and nothing written — no member update is held or committed, so no turn
 * is taken. This file is the console's only wiring of the engine's routing loop; the facts the decision was made on
 * give the owner candidates and reps the page lists.
 */
import { decideLead, errorDecision, NO_FACTS, type Decision, type KnownFacts, type LeadFacts, type OwnerCandidate, type Plan, type RepFacts } from '../../engine';
import { readLeadEventSettings } from '../bulk/routingSettings';
import { answerFromNetSuite } from '../lead/leadAnswers';
import { loadRoutingData } from '../planCache';
import { readClock } from '../settings';

export interface DryRun {
  decision: Decision;
  /** Pause Routing is checked: a lead created now would be saved as entered; `decision` is what routing decides once resumed. */
  paused: boolean;
  plan: Plan;
  /** Every owner candidate the search found, before the engine filtered and ranked them. */
  ownerCandidates: OwnerCandidate[];
  /** The reps routing learnt about, by id. */
  reps: ReadonlyMap<string, RepFacts>;
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
  const { now } = readClock();
  const { paused, alertTo, ...settings } = readLeadEventSettings();
  const { plan, timeZone } = loadRoutingData(alertTo);
  const context = { now, timeZone, settings, mode: { kind: 'create' } as const };
  let decided: { decision: Decision; facts: KnownFacts };
  try {
    decided = decideLead(plan, facts, context, answerFromNetSuite(facts), { matcher: 'reference' });
  } catch (error) {
    decided = { decision: errorDecision(facts, error, now), facts: NO_FACTS };
  }
  const reps = new Map([...decided.facts.reps].flatMap(([id, rep]) => (rep === null ? [] : [[id, rep] as const])));
  return { decision: decided.decision, paused, plan, ownerCandidates: [...decided.facts.ownerCandidates.values()].flat(), reps };
}
