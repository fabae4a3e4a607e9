/**
 * Timing primitives. Everything is measured by the monotonic clock and summarised by the median, which a
 * neighbour's burst of CPU on a shared machine moves far less than the mean.
 */

/** Milliseconds `work` takes. */
export function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * @example
 * median([3, 1, 2]); // → 2
 * median([4, 1, 2, 3]); // → 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median milliseconds of `runs` runs of `work`, after running it untimed for `warmUpMs` (at least once). */
export function medianMs(work: () => void, runs: number, warmUpMs: number): number {
  const warmUpEnd = performance.now() + warmUpMs;
  do work();
  while (performance.now() < warmUpEnd);
  return median(Array.from({ length: runs }, () => timeMs(work)));
}

/**
 * Runs `work(count)` on doubling counts (1, 2, 4, …, at most `limit`) until one run takes `budgetMs`, which
 * also warms the JIT up; returns the milliseconds per item of that last run.
 *
 * @example
 * const perLead = msPerItem((count) => routeFirst(count), 300, leads.length);
 */
export function msPerItem(work: (count: number) => void, budgetMs: number, limit: number): number {
  for (let count = 1; ; count = Math.min(count * 2, limit)) {
    const elapsed = timeMs(() => work(count));
    if (elapsed >= budgetMs || count === limit) return elapsed / count;
  }
}
