/**
 * Units of the realignment's input stage per 1,000 leads in scope: the BUILT `customscript_tlr_mr_realign` runs in
 * PREVIEW in the emulator on an account with 10,000 routed leads (each with the rep its territory gave it), 20,000
 * customers and prospects and 500 territories, owner matching on (the deployment default). getInputData reads
 * everything once; its units less the plan's share (the N/cache get and, on a miss, the plan loader's searches,
 * both found in the invocation's charges) are divided by the leads in scope. A second run with owner matching off
 * shows what the owner pool costs. The largest scope one run can take follows from the measured cost per 1,000.
 */
import { PARAM, RECORD, SCRIPT } from '../../../src/netsuite/ids';
import type { Emulator } from '../../emulator/host';
import type { MapReduceRun } from '../../emulator/mapReduce';
import { modeParameter } from '../../simulator/bulkRealign';
import { simulate } from '../../simulator/simulate';
import { emulatedAccount, type EmulatedAccount } from '../emulatedAccount';
import { grouped, rounded } from '../format';
import { LedgerTagger, loaderMemberQueries, planShare, searchReads, unitsOf, type PlanShare } from '../ledger';
import type { Suite, SuiteResult, Target } from '../suite';

interface Size {
  territories: number;
  customers: number;
  leads: number;
}

const FULL: Size = { territories: 500, customers: 20_000, leads: 10_000 };
const QUICK: Size = { territories: 50, customers: 300, leads: 300 };
const REPORT_FOLDER = 900_001;
/** issue 5: at most 10 units per 1,000 leads in the input stage, besides the plan. */
const MAX_PER_1000 = 10;

interface InputFigures {
  inScope: number;
  inputUnits: number;
  usageLimit: number;
  plan: PlanShare;
  perThousand: number;
  /** Units by what they read, in call order: `settings`, `plan`, `customer (owner pool)`, … */
  parts: [string, number][];
  changes: number;
  seconds: number;
  error: string | null;
}

function tallyOf(run: MapReduceRun): { inScope?: number; changes?: number } {
  const line = run.input.invocation?.logs.find((log) => log.level === 'AUDIT' && log.title.startsWith('Realignment decided'));
  try {
    return line ? (JSON.parse(line.details) as { inScope?: number; changes?: number }) : {};
  } catch {
    return {};
  }
}

function preview(emulator: Emulator, tagger: LedgerTagger): InputFigures {
  const started = performance.now();
  const run = emulator.runMapReduce(SCRIPT.mrRealign, { params: modeParameter(emulator, 'PREVIEW') });
  const seconds = (performance.now() - started) / 1000;
  const invocation = run.input.invocation;
  if (!invocation) throw new Error('the realignment ran no getInputData');
  const labels = tagger.labels(invocation);
  const plan = planShare(labels, loaderMemberQueries(emulator));
  const tally = tallyOf(run);
  const inScope = tally.inScope ?? 0;
  const reads = searchReads(labels);
  const readUnits = (type: string, kind: 'search' | 'query') => reads.filter((read) => read.type === type && read.kind === kind).reduce((sum, read) => sum + read.units, 0);
  const loads = labels.filter((label) => label.api === 'record.load').length;
  const parts: [string, number][] = [
    ['settings', unitsOf(labels, (label) => label.type === RECORD.scriptDeployment) + (loads > 0 ? 5 : 0)],
    [plan.loaderRan ? 'plan (cache miss + loader)' : 'plan (cached)', plan.units],
    // One keyset read: the leads in scope and, with owner matching on, the owner pool (its open leads tallied).
    ['customer table (scope + owner pool)', readUnits(RECORD.customer, 'query')],
    ['members', readUnits(RECORD.member, 'query') - plan.loaderMemberUnits],
    ['fallback/default reps', readUnits(RECORD.employee, 'query')],
    ['address loads', Math.max(0, loads - 1) * 5],
  ];
  const counted = parts.reduce((sum, [, units]) => sum + units, 0);
  parts.push(['other', invocation.unitsUsed - counted]);
  return {
    inScope,
    inputUnits: invocation.unitsUsed,
    usageLimit: invocation.usageLimit,
    plan,
    perThousand: inScope === 0 ? Number.NaN : ((invocation.unitsUsed - plan.units) / inScope) * 1000,
    parts: parts.filter(([, units]) => units !== 0),
    changes: tally.changes ?? 0,
    seconds,
    error: run.input.error === null ? (invocation.error?.name ?? null) : run.input.error,
  };
}

export const realignInput: Suite = {
  name: 'realign input units',
  steps: () => 3,
  run({ settings, progress }) {
    const size = settings.quick ? QUICK : FULL;
    progress.begin(`realign: seeding ${grouped(size.leads)} routed leads, ${grouped(size.customers)} customers, ${grouped(size.territories)} territories`);
    const built = emulatedAccount({ territories: size.territories, customers: size.customers, matchOwner: true, existingLeads: { count: size.leads, routed: true } });
    const { emulator } = simulate(built.account);
    emulator.seed('folder', [{ id: REPORT_FOLDER, name: 'Realignment reports' }]);
    emulator.setParameter(SCRIPT.mrRealign, PARAM.reportFolder, REPORT_FOLDER);
    const tagger = new LedgerTagger(emulator);
    progress.begin('realign: PREVIEW, owner matching on');
    const ownerOn = preview(emulator, tagger);
    progress.begin('realign: PREVIEW, owner matching off');
    emulator.setParameter(SCRIPT.ueLead, PARAM.matchOwner, false);
    const ownerOff = preview(emulator, tagger);
    return result(built, ownerOn, ownerOff, settings.quick);
  },
};

/** Leads one input stage can read within its limit at the measured cost per 1,000 (the plan's share paid once). */
function largestScope(figures: InputFigures): number {
  return Math.floor(((figures.usageLimit - figures.plan.units) / figures.perThousand) * 1000);
}

function result(built: EmulatedAccount, on: InputFigures, off: InputFigures, quick: boolean): SuiteResult {
  const perThousand = rounded(on.perThousand, 2);
  const largest = largestScope(on);
  const targets: Target[] = quick
    ? []
    : [
        {
          description: `realign input stage, owner matching on, ${grouped(on.inScope)} leads in scope, ${grouped(built.customers)} customers: units per 1,000 leads besides the plan ≤ ${MAX_PER_1000}`,
          measured: `${grouped(on.perThousand, 2)} (${grouped(on.inputUnits)} units, plan ${on.plan.units})${on.error ? `, error ${on.error}` : ''}`,
          passed: on.perThousand <= MAX_PER_1000 && on.error === null,
        },
      ];
  const line = (name: string, figures: InputFigures) =>
    `  ${name}: ${grouped(figures.inputUnits)} units for ${grouped(figures.inScope)} leads in scope (${grouped(figures.changes)} would change), ` +
    `${grouped(figures.perThousand, 2)} per 1,000 besides the plan; ${grouped(figures.seconds, 1)} s for the whole job${figures.error ? `; ERROR ${figures.error}` : ''}`;
  return {
    json: {
      realignInputUnitsPer1000: perThousand,
      realignRun: {
        leadsInScope: on.inScope,
        customers: built.customers,
        territories: built.territories,
        inputUnits: on.inputUnits,
        planUnits: on.plan.units,
        planLoaded: on.plan.loaderRan,
        unitsByRead: Object.fromEntries(on.parts),
        ownerOffPer1000: rounded(off.perThousand, 2),
        largestScopeByUnits: largest,
      },
    },
    report: [
      `Realignment input stage (getInputData of the built customscript_tlr_mr_realign, PREVIEW, limit ${grouped(on.usageLimit)} units):`,
      `${grouped(built.existingLeads)} routed leads, ${grouped(built.customers)} customers and prospects, ${grouped(built.territories)} territories / ${grouped(built.members)} members.`,
      line('owner matching on ', on),
      `    units by read: ${on.parts.map(([name, units]) => `${name} ${grouped(units)}`).join(', ')}`,
      line('owner matching off', off),
      `    units by read: ${off.parts.map(([name, units]) => `${name} ${grouped(units)}`).join(', ')}`,
      `  largest scope one run can take by units, owner matching on: about ${grouped(largest)} leads ((${grouped(on.usageLimit)} − plan ${on.plan.units}) ÷ ${grouped(on.perThousand, 2)} per 1,000;` +
        ' assumes the owner pool grows with the scope as here; the 200 MB persisted-data limit is not counted)',
      ...(quick ? ['(quick: a small account; the target is judged in a full run only)'] : []),
    ],
    targets,
  };
}
