import type { FactRequest, KnownFacts, RoutingSettings, Trace } from '../types';
import { repsOrRequest } from './facts';
import { checkRep } from './salesRep';
import type { StepResult, Verdict } from './verdict';

/**
 * Step 4 of SPEC §3.5: the default rep takes the lead when it is an active sales rep (DEFAULT).
 *
 * @example
 * decideByDefaultRep(settings({ defaultRepId: '12' }), facts).verdict;
 * // { status: 'DEFAULT', repId: '12', territoryId: null, memberUpdate: null }
 */
export function decideByDefaultRep(
  settings: RoutingSettings,
  facts: KnownFacts,
): StepResult<NonNullable<Trace['defaultRep']>> | { request: FactRequest } {
  const repId = settings.defaultRepId;
  if (repId === null) return { trace: { repId: null, usable: false }, verdict: null };
  const reps = repsOrRequest(facts, [repId]);
  if ('request' in reps) return reps;
  const check = checkRep(repId, reps.get(repId));
  const verdict: Verdict | null = check.usable ? { status: 'DEFAULT', repId, territoryId: null, memberUpdate: null } : null;
  return { trace: check, verdict };
}
