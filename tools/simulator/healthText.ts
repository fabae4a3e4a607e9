/** The health report as `npm run simulate -- --health` prints it: one section per finding, names beside ids. */
import type { ExampleLead, HealthReport } from '../../src/engine';
import { RECORD } from '../../src/netsuite/ids';
import { describeProblem } from '../../src/netsuite/problemText';
import type { AccountFile } from './accountFile';
import { accountHealth } from './accountHealth';
import { companyDay, runStart } from './instant';

export interface Names {
  territory(id: string): string;
  rep(id: string): string;
}

/** A lead's routing facts in one line, leaving out what it does not have. */
export function describeExample(example: ExampleLead): string {
  const parts = [
    ['country', example.country],
    ['state', example.state],
    ['postal code', example.postalCode],
    ['lead source', example.leadSource ?? ''],
    ['category', example.category ?? ''],
    ['subsidiary', example.subsidiary ?? ''],
  ].filter(([, value]) => value !== '');
  return parts.length === 0 ? 'any lead' : parts.map(([name, value]) => `${name} ${value}`).join(', ');
}

function section(title: string, lines: readonly string[], none: string): string {
  return `${title} (${lines.length})\n${lines.length === 0 ? `  ${none}\n` : lines.map((line) => `  ${line}\n`).join('')}`;
}

/**
 * @example
 * formatHealth(report, names);
 * // → 'Overlaps (1)\n  Bay Area and Silicon Valley (priority …): e.g. country US, state CA, postal code 95000\n…'
 */
export function formatHealth(report: HealthReport, names: Names): string {
  const covered = (list: HealthReport['shadowed'], verb: string) =>
    list.map((one) => `${names.territory(one.territory)}: ${verb} ${one.by.map(names.territory).join(', ')}; e.g. ${describeExample(one.example)}`);
  return [
    section(
      'Overlaps: one lead matches both, the lower id wins',
      report.overlaps.map(({ territories: [a, b], example }) => `${names.territory(a)} and ${names.territory(b)}: e.g. ${describeExample(example)}`),
      'none',
    ),
    section('Shadowed: never decide, earlier territories with a fallback rep take all their leads', covered(report.shadowed, 'taken by'), 'none'),
    section('Overflow: reached only when an earlier territory has no one to take the lead', covered(report.overflow, 'after'), 'none'),
    section('Unmatchable: no lead meets all their criteria', report.unmatchable.map(names.territory), 'none'),
    section(
      'Gaps: lead-stage records no territory matches',
      report.gaps.map((gap) => `${gap.country || '(no country)'} ${gap.state || '(no state)'}: ${gap.leads} lead${gap.leads === 1 ? '' : 's'}, e.g. ${describeExample(gap.example)}`),
      'none',
    ),
    section(
      'Staffing: no member can take a lead and no usable fallback rep',
      report.staffing.map((one) => `${names.territory(one.territory)}: ${one.problem === 'NONE_ELIGIBLE_TODAY' ? 'today' : 'from'} ${one.from} until ${one.until ?? 'further notice'}`),
      'none',
    ),
    section('Sales reps in no territory', report.repsWithoutTerritory.map(names.rep), 'none'),
    section('Reps at capacity', report.repsAtCapacity.map((one) => `${names.rep(one.rep)} in ${names.territory(one.territory)}: ${one.openLeads} open leads, capacity ${one.capacity}`), 'none'),
    section('Skipped: invalid territories routing leaves out', report.skipped.map((one) => `${names.territory(one.territoryId)}: ${one.problems.map(describeProblem).join('; ')}`), 'none'),
  ].join('\n');
}

/** Names by id from the account file's records, `name (id)`; an id the file does not name stays an id. */
function namesIn(account: AccountFile): Names {
  const named = (type: string, field: string) => {
    const names = new Map((account.records?.[type] ?? []).map((row) => [String(row.id), typeof row[field] === 'string' ? row[field] : '']));
    return (id: string) => (names.get(id) ? `${names.get(id)} (${id})` : id);
  };
  return { territory: named(RECORD.territory, 'name'), rep: named(RECORD.employee, 'entityid') };
}

/** What `--health` prints for an account file. */
export function healthText(account: AccountFile): string {
  return `Territory health on ${companyDay(account, runStart(account))}\n\n${formatHealth(accountHealth(account), namesIn(account))}`;
}
