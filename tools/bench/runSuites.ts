/**
 * Runs suites one after another and gathers what they report into one result.
 */
import type { BenchSettings } from './options';
import type { Progress } from './progress';
import type { Suite, Target } from './suite';

export interface BenchResult {
  /** The `--json` object: the runner's `mode` and `targets`, and every suite's own keys. */
  json: Record<string, unknown>;
  /** Each suite's report lines, in suite order. */
  sections: string[][];
  targets: Target[];
}

/** Keys the runner itself writes; no suite may claim them. */
const RUNNER_KEYS = ['mode', 'targets'];

/**
 * @example
 * const result = await runSuites(SUITES, benchSettings(false), silentProgress);
 * result.json.compileMs10k; // → 123.45
 */
export async function runSuites(suites: readonly Suite[], settings: BenchSettings, progress: Progress): Promise<BenchResult> {
  const keys: Record<string, unknown> = {};
  const sections: string[][] = [];
  const targets: Target[] = [];
  for (const suite of suites) {
    const result = await suite.run({ settings, progress });
    for (const [key, value] of Object.entries(result.json)) {
      if (Object.hasOwn(keys, key) || RUNNER_KEYS.includes(key)) throw new Error(`suite "${suite.name}" reports key "${key}", which is already taken`);
      keys[key] = value;
    }
    sections.push(result.report);
    targets.push(...result.targets);
  }
  return { json: { mode: settings.quick ? 'quick' : 'full', ...keys, targets }, sections, targets };
}

/** Steps of all suites together, for one progress bar. */
export function totalSteps(suites: readonly Suite[], settings: BenchSettings): number {
  return suites.reduce((sum, suite) => sum + suite.steps(settings), 0);
}
