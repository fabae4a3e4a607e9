import type { Decision, ManualChange } from '../types';
import { explain } from './reason';

/**
 * The MANUAL decision recorded when someone other than routing changed a lead's sales rep (SPEC §3.6): the rep they
 * chose, no territory, and a reason naming who changed it, from which rep to which, and when (UTC, to the minute).
 *
 * @example
 * manualDecision({ by: { id: '3', name: 'Sam Lee' }, fromRep: { id: '7', name: 'Ana Ruiz' }, toRep: { id: '8', name: 'Bo Li' },
 *   at: '2026-12-07T14:05:09.000Z' }).reason;
 * // 'Sales rep changed by hand by Sam Lee from Ana Ruiz to Bo Li on 2026-12-07 14:05 UTC; routing leaves this lead alone.'
 */
export function manualDecision(change: ManualChange): Decision {
  return explain({
    status: 'MANUAL',
    repId: change.toRep?.id ?? null,
    territoryId: null,
    memberUpdate: null,
    decidedAt: change.at,
    trace: { territories: [], ruledOutByIndex: 0, manualChange: change },
  });
}
