import type { LeadFacts, RepFacts, RoutingSettings, Trace } from '../types';
import type { BatchLookup } from './cachedBatch';
import { repName } from './salesRep';
import type { StepResult } from './verdict';

/**
 * Step 1 of SPEC §3.5 (new leads only): with keep-existing on, a lead created with a sales rep keeps it (KEPT).
 * The rep is looked up only to name it in the reason.
 *
 * @example
 * keepEnteredRep(lead({ salesRepId: '7' }), settings({ keepExisting: true }), reps);
 * // { trace: { applied: true, repId: '7', repName: 'Ana Ruiz' },
 * //   verdict: { status: 'KEPT', repId: '7', territoryId: null, memberUpdate: null } }
 */
export function keepEnteredRep(
  lead: LeadFacts,
  settings: RoutingSettings,
  reps: BatchLookup<RepFacts>,
): StepResult<NonNullable<Trace['keepExisting']>> {
  const repId = lead.salesRepId;
  if (!settings.keepExisting || repId === null) return { trace: { applied: false, repId }, verdict: null };
  return {
    trace: { applied: true, repId, repName: repName(repId, reps([repId]).get(repId)) },
    verdict: { status: 'KEPT', repId, territoryId: null, memberUpdate: null },
  };
}
