/**
 * The suites `npm run bench` runs, in order. A new suite is added here; its keys join the same JSON object.
 * The suites from leadUnits on run the BUILT scripts (FileCabinet/) in the emulator: `npm run build` first.
 */
import type { Suite } from '../suite';
import { concurrency } from './concurrency';
import { compare100k } from './compare100k';
import { engineThroughput } from './engineThroughput';
import { exportSize } from './exportSize';
import { fairness } from './fairness';
import { healthAnalysis } from './healthAnalysis';
import { healthUnits } from './healthUnits';
import { leadUnits } from './leadUnits';
import { planCompile } from './planCompile';
import { planSize } from './planSize';
import { realignInput } from './realignInput';
import { scale } from './scale';
import { simulate10k } from './simulate10k';
import { sweepRun } from './sweepRun';

export const SUITES: readonly Suite[] = [engineThroughput, fairness, planCompile, planSize, healthAnalysis, leadUnits, scale, simulate10k, compare100k, sweepRun, realignInput, exportSize, healthUnits, concurrency];
