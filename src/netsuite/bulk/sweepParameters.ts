/** The sweep's own parameters (Objects/customscript_tlr_ss_sweep.xml): the look-back window and the continuation cursor. */
import runtime from 'N/runtime';
import { DEPLOYMENT, PARAM } from '../ids';
import { asNumber } from '../mapper';
import { scriptParameter } from '../settings';

/** SPEC §4: leads created within 30 days unless the deployment says otherwise. */
export const DEFAULT_LOOKBACK_DAYS = 30;

export interface SweepParameters {
  deploymentId: string;
  /** 0 = no limit. */
  lookbackDays: number;
  /** Internal id the pass continues after; 0 = from the oldest lead. */
  after: number;
}

/**
 * Only a continuation on the on-demand deployment honours the cursor: the 15-minute deployment always starts from
 * the oldest waiting lead, which is how Unassigned and failed leads are retried.
 *
 * @example
 * readSweepParameters(); // { deploymentId: 'customdeploy_tlr_ss_sweep_ondemand', lookbackDays: 30, after: 1200 }
 */
export function readSweepParameters(): SweepParameters {
  const script = runtime.getCurrentScript();
  const parameter = (name: string) => asNumber(scriptParameter(name));
  const lookback = parameter(PARAM.lookbackDays);
  const cursor = script.deploymentId === DEPLOYMENT.ssSweepOnDemand ? parameter(PARAM.sweepAfter) : null;
  return {
    deploymentId: script.deploymentId,
    lookbackDays: lookback === null || Number.isNaN(lookback) ? DEFAULT_LOOKBACK_DAYS : Math.max(0, Math.floor(lookback)),
    after: cursor === null || Number.isNaN(cursor) ? 0 : Math.max(0, Math.floor(cursor)),
  };
}
