/**
 * Validation problems as an administrator reads them: the engine names the row's field (`capacity`); the edge
 * names it as the form does ("Capacity (Open Leads)") and lists every problem in one message.
 */
import type { Problem, ProblemField } from '../engine';
import { MEMBER, TERRITORY, TERRITORY_RESPONSE } from './ids';

/** The record field each problem field is, with its label on the form (the SDF test holds them equal to Objects/). */
export const PROBLEM_FIELDS: Readonly<Record<ProblemField, { fieldId: string; label: string }>> = {
  countries: { fieldId: TERRITORY.countries, label: 'Countries' },
  states: { fieldId: TERRITORY.states, label: 'States / Provinces' },
  postalCodes: { fieldId: TERRITORY.postalCodes, label: 'Postal Codes' },
  priority: { fieldId: TERRITORY.priority, label: 'Priority' },
  repId: { fieldId: MEMBER.rep, label: 'Sales Rep' },
  weight: { fieldId: MEMBER.weight, label: 'Weight' },
  capacity: { fieldId: MEMBER.capacity, label: 'Capacity (Open Leads)' },
  awayFrom: { fieldId: MEMBER.awayFrom, label: 'Away From' },
  awayUntil: { fieldId: MEMBER.awayUntil, label: 'Away Until' },
  workHours: { fieldId: TERRITORY_RESPONSE.workHours, label: 'Working Hours' },
};

/**
 * One problem as a sentence naming the field by its label and the bad entry.
 *
 * @example
 * describeProblem({ code: 'UNKNOWN_COUNTRY', field: 'countries', entry: 'XX', reason: 'is not an ISO 3166-1 alpha-2 country code' });
 * // 'Countries: "XX" is not an ISO 3166-1 alpha-2 country code'
 */
export function describeProblem(problem: Problem): string {
  return `${PROBLEM_FIELDS[problem.field].label}: "${problem.entry}" ${problem.reason}`;
}

/**
 * One message listing every problem, one per line, for the territory user event to refuse a save with.
 *
 * @example
 * formatProblems(problems);
 * // → 'This record has 2 problems:\n- Countries: "XX" is not …\n- Priority: "-1" must be …'
 */
export function formatProblems(problems: Problem[]): string {
  if (problems.length === 0) return '';
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`This record has ${count}:`, ...problems.map((found) => `- ${describeProblem(found)}`)].join('\n');
}
