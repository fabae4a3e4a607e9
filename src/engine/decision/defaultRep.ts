import type { RepFacts, RoutingSettings, Trace } from '../types';
import type { BatchLookup } from './cachedBatch';
import { checkRep } from './salesRep';
import type { StepResult, Verdict } from './verdict';

/**
 * Step 4 of SPEC §3.5: the default rep takes the lead when it is an active sales rep (DEFAULT).
 *
 * @example
 * decideByDefaultRep(settings({ defaultRepId: '12' }), reps).verdict;
 * // { status: 'DEFAULT', repId: '12', territoryId: null, memberUpdate: null }
 */
export function decideByDefaultRep(
  settings: RoutingSettings,
  reps: BatchLookup<RepFacts>,
): StepResult<NonNullable<Trace['defaultRep']>> {
  const repId = settings.defaultRepId;
  if (repId === null) return { trace: { repId: null, usable: false }, verdict: null };
  const check = checkRep(repId, reps([repId]).get(repId));
  const verdict: Verdict | null = check.usable ? { status: 'DEFAULT', repId, territoryId: null, memberUpdate: null } : null;
  return { trace: check, verdict };
}
