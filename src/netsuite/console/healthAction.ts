/**
 * The health view's work: read the facts (aggregated), run the engine's analysis, and render the page or the JSON
 * with the units the request used. A read-only GET: nothing is written.
 */
import { renderHealthPage } from '../../console/health/healthView';
import { healthJson } from '../../console/health/healthJson';
import type { ConsoleAddress } from '../../console/links';
import { analyseHealth } from '../../engine';
import { describeProblem } from '../problemText';
import { readFormChoices } from './formChoices';
import { GAP_DAYS, readHealthFacts } from './healthRead';
import type { ConsoleReply } from './reply';

/** @example healthView(true, address, unitsSoFar).kind; // 'json' */
export function healthView(json: boolean, address: ConsoleAddress, unitsSoFar: () => number): ConsoleReply {
  const { plan, input } = readHealthFacts();
  const report = analyseHealth(plan, input);
  const problems = new Map(report.skipped.map((skipped) => [skipped.territoryId, skipped.problems.map(describeProblem)]));
  const leadsRead = input.leadGroups.reduce((sum, group) => sum + group.leads, 0);
  if (json) return { kind: 'json', body: healthJson(report, problems, { leadsRead, leadGroups: input.leadGroups.length, units: unitsSoFar() }) };
  const choices = readFormChoices();
  const territoryNames = new Map([...plan.territories.map((one) => [one.id, one.name] as const), ...plan.skipped.map((one) => [one.territoryId, one.name] as const)]);
  const repNames = new Map(input.reps.map((rep) => [rep.id, rep.name]));
  const counts = { leadsRead, leadGroups: input.leadGroups.length, units: unitsSoFar() };
  return { kind: 'html', body: renderHealthPage({ address, report, territoryNames, repNames, problems, choices, counts, gapDays: GAP_DAYS }) };
}
