/**
 * Time to compile territory and member rows into a plan at 10,000 territories: what a cache miss costs the
 * first lead after a territory change.
 */
import { compilePlan } from '../../../src/engine';
import { grouped, rounded } from '../format';
import { medianMs } from '../measure';
import type { Suite } from '../suite';
import { benchMix } from '../workload';

const TERRITORIES = 10_000;
const MAX_MS = 200;

export const planCompile: Suite = {
  name: 'plan compile',
  steps: () => 1,
  run({ settings, progress }) {
    progress.begin(`compiling ${grouped(TERRITORIES)} territories`);
    const mix = benchMix(TERRITORIES);
    const ms = medianMs(() => compilePlan(mix.territories, mix.members), settings.oneShotRuns, settings.warmUpMs);
    return {
      json: { compileMs10k: rounded(ms, 2) },
      report: [
        `Plan compile at ${grouped(TERRITORIES)} territories / ${grouped(mix.members.length)} members: ${grouped(ms, 1)} ms (median of ${settings.oneShotRuns} run(s) after warm-up)`,
      ],
      targets: [{ description: `plan compile at ${grouped(TERRITORIES)} territories ≤ ${MAX_MS} ms`, measured: `${grouped(ms, 1)} ms`, passed: ms <= MAX_MS }],
    };
  },
};
