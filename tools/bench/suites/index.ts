/**
 * The suites `npm run bench` runs, in order. A new suite is added here; its keys join the same JSON object.
 */
import type { Suite } from '../suite';
import { engineThroughput } from './engineThroughput';
import { planCompile } from './planCompile';
import { planSize } from './planSize';

export const SUITES: readonly Suite[] = [engineThroughput, planCompile, planSize];
