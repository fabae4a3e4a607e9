/**
 * Size of the stored plan at 2,000 territories (about 8,000 members): the directory and shards packPlan cuts it into,
 * as the loader stores them in N/cache (a value may hold at most 500 KB; the plan keeps each under MAX_VALUE_BYTES).
 */
import { compilePlan, packPlan, utf8Bytes } from '../../../src/engine';
import { MAX_VALUE_BYTES } from '../../../src/netsuite/storeLimits';
import { grouped } from '../format';
import type { Suite } from '../suite';
import { benchMix } from '../workload';

const TERRITORIES = 2_000;
/** Room the entry's head lines (format, build, list ids, time zone, offsets) take beside the directory: about this. */
const HEAD_BYTES = 400;

export const planSize: Suite = {
  name: 'plan size',
  steps: () => 1,
  run({ progress }) {
    progress.begin(`packing ${grouped(TERRITORIES)} territories`);
    const mix = benchMix(TERRITORIES);
    const { directory, shards } = packPlan(compilePlan(mix.territories, mix.members), MAX_VALUE_BYTES, HEAD_BYTES);
    const values = [HEAD_BYTES + utf8Bytes(directory) + 1 + utf8Bytes(shards[0]!), ...shards.slice(1).map(utf8Bytes)];
    const bytes = values.reduce((sum, value) => sum + value, 0);
    const largest = Math.max(...values);
    return {
      json: { planBytes2k: bytes, planValues2k: values.length },
      report: [
        `Stored plan at ${grouped(TERRITORIES)} territories / ${grouped(mix.members.length)} members: ${grouped(bytes)} bytes (UTF-8) in ${grouped(values.length)} N/cache value(s), the largest ${grouped(largest)} bytes (directory ${grouped(utf8Bytes(directory))} bytes)`,
      ],
      targets: [
        {
          description: `every stored value at ${grouped(TERRITORIES)} territories ≤ ${grouped(MAX_VALUE_BYTES)} bytes`,
          measured: `largest ${grouped(largest)} bytes`,
          passed: largest <= MAX_VALUE_BYTES,
        },
      ],
    };
  },
};
