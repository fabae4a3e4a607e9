/**
 * Size of the serialised plan at 2,000 territories (about 8,000 members): the plan is cached as one N/cache
 * value, and a value may hold at most 500 KB.
 */
import { compilePlan, encodePlan } from '../../../src/engine';
import { grouped } from '../format';
import type { Suite } from '../suite';
import { benchMix } from '../workload';

const TERRITORIES = 2_000;
/** N/cache's limit per value, read as decimal kilobytes: the stricter reading. */
const MAX_BYTES = 500_000;

export const planSize: Suite = {
  name: 'plan size',
  steps: () => 1,
  run({ progress }) {
    progress.begin(`encoding ${grouped(TERRITORIES)} territories`);
    const mix = benchMix(TERRITORIES);
    const bytes = Buffer.byteLength(encodePlan(compilePlan(mix.territories, mix.members)), 'utf8');
    return {
      json: { planBytes2k: bytes },
      report: [
        `Serialised plan at ${grouped(TERRITORIES)} territories / ${grouped(mix.members.length)} members: ${grouped(bytes)} bytes (UTF-8, encodePlan)`,
      ],
      targets: [
        {
          description: `plan at ${grouped(TERRITORIES)} territories fits one N/cache value (≤ ${grouped(MAX_BYTES)} bytes)`,
          measured: `${grouped(bytes)} bytes, ${grouped((100 * bytes) / MAX_BYTES)}% of the limit`,
          passed: bytes <= MAX_BYTES,
        },
      ],
    };
  },
};
