/** The response-time check's own parameters (Objects/customscript_tlr_ss_sla.xml): the reassignment cap and the continuation cursor. */
import runtime from 'N/runtime';
import { DEPLOYMENT, PARAM } from '../ids';
import { asNumber } from '../mapper';
import { scriptParameter } from '../settings';

/** SPEC §8: `custscript_tlr_sla_max` defaults to 2. */
export const DEFAULT_SLA_MAX = 2;

export interface SlaParameters {
  deploymentId: string;
  /** The most reassignments one lead may have; 0 turns reassignment off. */
  maxReassignments: number;
  /** Internal id the pass continues after; 0 = from the lowest. */
  after: number;
}

/**
 * Like the sweep, only a continuation on the on-demand deployment honours the cursor.
 *
 * @example
 * readSlaParameters(); // { deploymentId: 'customdeploy_tlr_ss_sla', maxReassignments: 2, after: 0 }
 */
export function readSlaParameters(): SlaParameters {
  const script = runtime.getCurrentScript();
  const whole = (value: number | null, fallback: number) => (value === null || Number.isNaN(value) ? fallback : Math.max(0, Math.floor(value)));
  const cursor = script.deploymentId === DEPLOYMENT.ssSlaOnDemand ? asNumber(scriptParameter(PARAM.slaAfter)) : null;
  return {
    deploymentId: script.deploymentId,
    maxReassignments: whole(asNumber(scriptParameter(PARAM.slaMax)), DEFAULT_SLA_MAX),
    after: whole(cursor, 0),
  };
}
