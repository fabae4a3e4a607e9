/**
 * Arithmetic on round-robin turns (SPEC §3.4), where sums of 1/w must tie exactly when they tie on paper.
 *
 * Committed turns are rounded to 10 decimals so that the value stored in the member's FLOAT field, shown in
 * reports and replayed by the simulator is the value the next pick reads, without binary noise such as
 * 0.30000000000000004. That rounding drifts by at most 5e-11 per pick, i.e. a relative error below 5e-11·w
 * after any number of picks of weight w; scores are therefore compared with a relative tolerance of 1e-8, which
 * keeps real ties (1/3 + 1/3 + 1/3 against 1) tied for every pair of weights up to 100 while keeping distinct
 * scores apart until a member has taken about 1e8 / w picks.
 */

const DECIMALS = 10;
const RELATIVE_TOLERANCE = 1e-8;

/**
 * Turns as they are committed.
 *
 * @example
 * roundTurns(0.1 + 0.2); // 0.3
 */
export function roundTurns(value: number): number {
  return Number(value.toFixed(DECIMALS));
}

/**
 * Compares two scores, treating values within the tolerance as equal (0), else as their difference's sign.
 *
 * @example
 * compareScores(0.3333333333 + 0.3333333333 + 0.3333333333, 1); // 0 (three committed thirds tie with 1)
 * compareScores(0.5, 1) < 0; // true
 */
export function compareScores(a: number, b: number): number {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * scale ? 0 : Math.sign(a - b);
}
