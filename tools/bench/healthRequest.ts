/**
 * `tsx tools/bench/healthRequest.ts TERRITORIES LEADS`: measureHealth in a process of its own, so the bench can stop
 * it when the analysis runs too long; prints the figures as one JSON line.
 */
import { measureHealth } from './healthMeasure';

const [territories, leads] = process.argv.slice(2).map(Number);
if (!Number.isInteger(territories) || !Number.isInteger(leads)) throw new Error('usage: healthRequest.ts TERRITORIES LEADS');
process.stdout.write(`${JSON.stringify(measureHealth(territories!, leads!))}\n`);
