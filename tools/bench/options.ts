/**
 * Command-line options of `npm run bench` and the measurement settings they select.
 */

export interface BenchOptions {
  /** Print one JSON object on stdout instead of the readable report. */
  json: boolean;
  /** A fast smoke run (small passes, one repetition): checks the wiring, its figures are not comparable. */
  quick: boolean;
}

/** How hard each suite measures. Suites read only these, so `--quick` shrinks every suite the same way. */
export interface BenchSettings {
  quick: boolean;
  /** Leads routed per indexed pass; the reference matcher's subset is drawn from the start of the same list. */
  leads: number;
  /** Timed passes per throughput figure; the median is reported. */
  repetitions: number;
  /** Untimed work before each figure, so the JIT has compiled the hot paths before the clock runs. */
  warmUpMs: number;
  /** What one reference pass should take; its lead count is sized to it (the linear scan is slow at scale). */
  referencePassMs: number;
  /** Fewest leads a reference pass routes, however slow it is. */
  minReferenceLeads: number;
  /** Timed runs of a one-shot operation such as compiling a plan; the median is reported. */
  oneShotRuns: number;
}

export class UsageError extends Error {}

const USAGE = 'usage: npm run bench [-- --json] [--quick]';

/**
 * @example
 * parseOptions(['--json']); // → { json: true, quick: false }
 * parseOptions(['--fast']); // throws UsageError
 */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { json: false, quick: false };
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--quick') options.quick = true;
    else throw new UsageError(`unknown argument "${arg}"\n${USAGE}`);
  }
  return options;
}

/**
 * Settings of the in-process engine suites. The full run stays under about five minutes on two busy cores (the
 * emulator suites size their accounts themselves, from `quick`; the simulator run stops at twice its target); the
 * quick one takes a few seconds.
 *
 * @example
 * benchSettings(false).leads; // → 100000
 */
export function benchSettings(quick: boolean): BenchSettings {
  return quick
    ? { quick, leads: 2_000, repetitions: 1, warmUpMs: 20, referencePassMs: 30, minReferenceLeads: 1, oneShotRuns: 1 }
    : { quick, leads: 100_000, repetitions: 3, warmUpMs: 300, referencePassMs: 2_000, minReferenceLeads: 100, oneShotRuns: 9 };
}
