/**
 * The console's health view (action=health, format=json) on the BUILT Suitelet: governance units, against one
 * request's 1,000, at 2,000 territories (about 8,000 members) with 100,000 leads of the last 90 days, and at a
 * smaller territory set with the same leads. In a full run each request runs in a process of its own
 * (healthRequest.ts) that is stopped when it runs too long: the analysis of a large territory set can take many
 * minutes, and a stopped run is reported as stopped, never as a figure. A quick run measures a small account in this
 * process. The wall time includes the analysis; its CPU time is not judged here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { grouped, rounded } from '../format';
import { measureHealth, type HealthMeasured } from '../healthMeasure';
import type { Suite, SuiteResult, Target } from '../suite';

interface Size {
  territories: number;
  leads: number;
}

type Outcome = HealthMeasured | { size: Size; stoppedAfterSeconds: number };

const FULL: readonly Size[] = [
  { territories: 300, leads: 100_000 },
  { territories: 2_000, leads: 100_000 },
];
const QUICK: readonly Size[] = [{ territories: 20, leads: 500 }];
/** Building the account and seeding 100,000 leads takes a few minutes on two busy cores; the analysis comes on top. */
const STOP_AFTER_SECONDS = 600;
const MAX_UNITS = 1_000;
const ROOT = path.resolve(__dirname, '..', '..', '..');

function request(size: Size): Outcome {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [path.join(ROOT, 'tools', 'bench', 'healthRequest.ts'), String(size.territories), String(size.leads)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: STOP_AFTER_SECONDS * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 20,
  });
  if (run.error !== undefined && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { size, stoppedAfterSeconds: STOP_AFTER_SECONDS };
  if (run.status !== 0) throw new Error(`health request at ${size.territories} territories failed: ${run.stderr.trim().split('\n').at(-1) ?? run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as HealthMeasured;
}

function what(outcome: Outcome): string {
  return 'stoppedAfterSeconds' in outcome
    ? `${grouped(outcome.size.territories)} territories, ${grouped(outcome.size.leads)} leads`
    : `${grouped(outcome.territories)} territories, ${grouped(outcome.members)} members, ${grouped(outcome.leads)} leads`;
}

function line(outcome: Outcome): string {
  if ('stoppedAfterSeconds' in outcome) return `  ${what(outcome)}: stopped after ${outcome.stoppedAfterSeconds} s (the analysis did not finish; no figure)`;
  return `  ${what(outcome)} (${grouped(outcome.leadGroups)} groups): ${outcome.units} / ${outcome.usageLimit} units, ${grouped(outcome.seconds, 1)} s wall time`;
}

function target(outcome: Outcome): Target {
  const description = `console health at ${what(outcome)} ≤ ${grouped(MAX_UNITS)} units`;
  if ('stoppedAfterSeconds' in outcome) return { description, measured: `not finished in ${outcome.stoppedAfterSeconds} s`, passed: false };
  return { description, measured: `${outcome.units} units`, passed: outcome.units <= MAX_UNITS };
}

function result(outcomes: readonly Outcome[], quick: boolean): SuiteResult {
  const figures = outcomes.map((outcome) =>
    'stoppedAfterSeconds' in outcome
      ? { territories: outcome.size.territories, leads: outcome.size.leads, stoppedAfterSeconds: outcome.stoppedAfterSeconds }
      : { territories: outcome.territories, members: outcome.members, leads: outcome.leads, units: outcome.units, seconds: rounded(outcome.seconds, 1) },
  );
  return {
    json: { health: figures },
    report: ['Console health view (format=json, BUILT Suitelet, one request each, cached plan):', ...outcomes.map(line)],
    // Judged in a full run only, like the other emulator suites.
    targets: quick ? [] : outcomes.map(target),
  };
}

export const healthUnits: Suite = {
  name: 'console health',
  steps: (settings) => (settings.quick ? QUICK : FULL).length,
  run({ settings, progress }) {
    const outcomes = (settings.quick ? QUICK : FULL).map((size) => {
      progress.begin(`health: ${grouped(size.territories)} territories, ${grouped(size.leads)} leads`);
      return settings.quick ? measureHealth(size.territories, size.leads) : request(size);
    });
    return result(outcomes, settings.quick);
  },
};
