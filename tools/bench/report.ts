/**
 * The readable report: each suite's section, then one PASS/FAIL line per target.
 */
import type { BenchResult } from './runSuites';

/**
 * @example
 * renderReport(result, false).at(-1); // → 'PASS  plan compile at 10,000 territories ≤ 200 ms: 123.4 ms'
 */
export function renderReport(result: BenchResult, quick: boolean): string[] {
  const title = quick
    ? 'Territory Lead Routing benchmark (QUICK smoke run: small passes, figures not comparable)'
    : 'Territory Lead Routing benchmark';
  const targets = result.targets.map((target) => `${target.passed ? 'PASS' : 'FAIL'}  ${target.description}: ${target.measured}`);
  return [title, '', ...result.sections.flatMap((section) => [...section, '']), 'Targets', ...targets];
}
