/** The realignment input stage's governance check (pure): loads for addresses are paid for before any starts. */
import { RESERVE_UNITS, UNITS } from '../unitCosts';

/**
 * Whether the input stage can still pay for the leads it must load for their address (checked before loading any,
 * so a scope too large fails at once with a clear message instead of half-way).
 *
 * @example
 * canLoadAddresses(9_000, 1_500); // true
 */
export function canLoadAddresses(remaining: number, loads: number): boolean {
  return remaining >= loads * UNITS.entityLoad + RESERVE_UNITS;
}
