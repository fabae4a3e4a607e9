/**
 * What a benchmark suite is. Suites are listed in `suites/index.ts`; each contributes its own keys to the
 * `--json` object, lines to the readable report, and the targets it checks.
 */
import type { BenchSettings } from './options';
import type { Progress } from './progress';

export interface Target {
  /** What is promised, e.g. "plan compile at 10,000 territories ≤ 200 ms". */
  description: string;
  /** The figure it was judged on, e.g. "123.4 ms". */
  measured: string;
  passed: boolean;
}

export interface SuiteResult {
  /** Keys this suite adds to the `--json` object; a key may belong to one suite only. */
  json: Record<string, unknown>;
  /** Lines of the readable report. */
  report: string[];
  targets: Target[];
}

export interface SuiteContext {
  settings: BenchSettings;
  progress: Progress;
}

export interface Suite {
  name: string;
  /** How many times `run` calls `progress.begin`, so one bar can cover the whole run. */
  steps(settings: BenchSettings): number;
  /** Suites that drive other processes (the simulator) may be asynchronous. */
  run(context: SuiteContext): SuiteResult | Promise<SuiteResult>;
}
