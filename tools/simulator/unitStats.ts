/** Minimum, median and maximum of the governance units a set of leads used. */
export interface UnitStats {
  leads: number;
  min: number;
  median: number;
  max: number;
}

/**
 * @example
 * unitStats([25, 15, 16, 52]); // { leads: 4, min: 15, median: 20.5, max: 52 }
 * unitStats([]);               // null
 */
export function unitStats(units: readonly number[]): UnitStats | null {
  if (units.length === 0) return null;
  const sorted = [...units].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { leads: sorted.length, min: sorted[0]!, median, max: sorted.at(-1)! };
}
