import type { FactRequest, KnownFacts, LeadFacts, RoutingSettings, Trace } from '../types';
import { knownRep } from './facts';
import { repName } from './salesRep';
import type { StepResult } from './verdict';

/**
 * Step 1 of SPEC §3.5 (new leads only): with keep-existing on, a lead created with a sales rep keeps it (KEPT).
 * The rep is asked for only to name it in the reason.
 *
 * @example
 * keepEnteredRep(lead({ salesRepId: '7' }), settings({ keepExisting: true }), facts);
 * // { trace: { applied: true, repId: '7', repName: 'Ana Ruiz' },
 * //   verdict: { status: 'KEPT', repId: '7', territoryId: null, memberUpdate: null } }
 */
export function keepEnteredRep(
  lead: LeadFacts,
  settings: RoutingSettings,
  facts: KnownFacts,
): StepResult<NonNullable<Trace['keepExisting']>> | { request: FactRequest } {
  const repId = lead.salesRepId;
  if (!settings.keepExisting || repId === null) return { trace: { applied: false, repId }, verdict: null };
  const rep = knownRep(facts, repId);
  if (rep === undefined) return { request: { kind: 'reps', repIds: [repId] } };
  return {
    trace: { applied: true, repId, repName: repName(repId, rep ?? undefined) },
    verdict: { status: 'KEPT', repId, territoryId: null, memberUpdate: null },
  };
}
