/**
 * The test view as JSON (SPEC §6): `status`, `salesrep`, `territory` (ids as strings, '' for none), `reason` and
 * `trace` (the engine's trace, with the owner candidates the search found); `whyNot` when a rep was asked about,
 * `paused` when Pause Routing is on (a lead created now would be saved as entered), and the governance `units`
 * the request used.
 */
import type { Trace } from '../engine';
import type { OwnerRow } from './ownerRows';
import type { TestOutcome } from './testView';

export interface TestJson {
  status: string;
  salesrep: string;
  territory: string;
  reason: string;
  trace: Trace & { ownerCandidates: OwnerRow[] };
  whyNot?: string;
  paused?: true;
  units: number;
}

/** @example testJson(outcome, 27); // { status: 'ROUTED', salesrep: '7', territory: '1', reason: 'Routed to …', trace: {…}, units: 27 } */
export function testJson(outcome: TestOutcome, units: number): TestJson {
  const { decision } = outcome;
  return {
    status: decision.status,
    salesrep: decision.repId ?? '',
    territory: decision.territoryId ?? '',
    reason: decision.reason,
    trace: { ...decision.trace, ownerCandidates: outcome.owners },
    ...(outcome.whyNot === null ? {} : { whyNot: outcome.whyNot }),
    ...(outcome.paused ? { paused: true as const } : {}),
    units,
  };
}
