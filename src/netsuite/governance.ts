/** Governance guard: refuse to start a call that the script's remaining usage cannot pay for. */
import runtime from 'N/runtime';
import { routingError } from '../engine';
import { RESERVE_UNITS } from './unitCosts';

export function remainingUnits(): number {
  return runtime.getCurrentScript().getRemainingUsage();
}

/**
 * Throws GOVERNANCE_LOW when `units` plus the reserve are no longer available.
 * @example ensureUnits(UNITS.suiteQL); // before a query that costs 10 units
 */
export function ensureUnits(units: number): void {
  const remaining = remainingUnits();
  if (remaining < units + RESERVE_UNITS) {
    throw routingError('GOVERNANCE_LOW', `only ${remaining} governance units left; ${units + RESERVE_UNITS} needed`);
  }
}
