/** Governance guard: refuse to start a call that the script's remaining usage cannot pay for. */
import runtime from 'N/runtime';
import { RoutingError } from '../engine';

/** Units kept back so the script can still write its outcome and log after the last routing call. */
export const RESERVE_UNITS = 20;

export function remainingUnits(): number {
  return runtime.getCurrentScript().getRemainingUsage();
}

/**
 * Throws GOVERNANCE_LOW when `units` plus the reserve are no longer available.
 * @example ensureUnits(10); // before a search page that costs 10 units
 */
export function ensureUnits(units: number): void {
  const remaining = remainingUnits();
  if (remaining < units + RESERVE_UNITS) {
    throw new RoutingError('GOVERNANCE_LOW', `only ${remaining} governance units left; ${units + RESERVE_UNITS} needed`);
  }
}
