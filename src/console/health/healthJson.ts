/**
 * The health view's JSON (SPEC §6 `health`): the engine's findings with example leads as the test view's fact
 * parameters, skipped territories with their problems in words, and what the request read and spent.
 */
import type { HealthReport } from '../../engine';
import { exampleParams } from './exampleLead';

export interface HealthCounts {
  /** Active lead-stage records of the last 90 days the gaps were looked for in, and their groups of equal facts. */
  leadsRead: number;
  leadGroups: number;
  units: number;
}

/** @example healthJson(report, problems, counts).overlaps; // [{ territories: ['203', '238'], example: { country: 'US', … } }] */
export function healthJson(report: HealthReport, problems: ReadonlyMap<string, readonly string[]>, counts: HealthCounts): Record<string, unknown> {
  const covered = (found: HealthReport['shadowed']) => found.map((one) => ({ territory: one.territory, by: one.by, example: exampleParams(one.example) }));
  return {
    overlaps: report.overlaps.map((overlap) => ({ territories: overlap.territories, example: exampleParams(overlap.example) })),
    shadowed: covered(report.shadowed),
    overflow: covered(report.overflow),
    unmatchable: report.unmatchable,
    gaps: report.gaps.map((gap) => ({ country: gap.country, state: gap.state, leads: gap.leads, example: exampleParams(gap.example) })),
    staffing: report.staffing,
    repsWithoutTerritory: report.repsWithoutTerritory,
    repsAtCapacity: report.repsAtCapacity,
    skipped: report.skipped.map((skipped) => ({ territory: skipped.territoryId, name: skipped.name, problems: problems.get(skipped.territoryId) ?? [] })),
    ...counts,
  };
}
