/**
 * What a bulk run shows on the console: how many runs (sweep runs, map/reduce stages) and the units of each, the
 * leads written or changed, the outcomes per status, and every error the scripts logged.
 */
import type { BulkOutcome } from './bulk';
import type { RealignOutcome } from './bulkRealign';
import type { SweepOutcome } from './bulkSweep';
import { formatTable, type Cell } from './table';

/** Status codes in the order of the status list (customlist_tlr_status). */
const STATUSES = ['ROUTED', 'FALLBACK', 'OWNER', 'KEPT', 'DEFAULT', 'UNASSIGNED', 'ERROR', 'REASSIGNED'];

const number = (value: number): string => value.toLocaleString('en-US');
const plural = (value: number, noun: string): string => `${number(value)} ${noun}${value === 1 ? '' : 's'}`;
const seconds = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const percent = (part: number, whole: number): string => `${whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1)}%`;

function statusTable(statuses: readonly string[]): string[] {
  if (statuses.length === 0) return ['  (none)'];
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  const known = STATUSES.filter((status) => counts.has(status));
  const other = [...counts.keys()].filter((status) => !STATUSES.includes(status));
  return formatTable(
    ['status', 'leads', 'share'],
    [...known, ...other].map((status) => [status || '(none)', counts.get(status)!, percent(counts.get(status)!, statuses.length)]),
  );
}

function errorLines(errors: readonly { title: string; details: string }[]): string[] {
  const byTitle = new Map<string, { details: string; count: number }>();
  for (const { title, details } of errors) {
    const known = byTitle.get(title);
    if (known) known.count += 1;
    else byTitle.set(title, { details: details.split('\n')[0] ?? '', count: 1 });
  }
  return [...byTitle.entries()].map(([title, { details, count }]) => `  ${count > 1 ? `${count} × ` : ''}${title}${details === '' ? '' : ` — ${details}`}`);
}

export function formatSweepSummary(outcome: SweepOutcome): string[] {
  const units = outcome.runs.reduce((sum, run) => sum + run.unitsUsed, 0);
  const failed = outcome.runs.reduce((sum, run) => sum + (run.report?.failed ?? 0), 0);
  const written = outcome.rows.length;
  const perLead = written === 0 ? '' : ` (${(units / written).toFixed(1)} a lead written)`;
  const lines = [
    `${outcome.kind === 'sweep' ? 'Sweep (customscript_tlr_ss_sweep)' : 'Response-time check (customscript_tlr_ss_sla)'}: ${plural(outcome.runs.length, 'run')}, ${number(units)} units${perLead}, ${plural(written, 'lead')} written, ${number(failed)} not written, in ${seconds(outcome.ms)}`,
    ...formatTable(
      ['run', 'deployment', 'after', 'units', 'limit', 'written', 'failed', 'members', 'outcome'],
      outcome.runs.map((run): Cell[] => [
        run.run,
        run.deploymentId,
        run.cursorIn ?? 0,
        number(run.unitsUsed),
        number(run.usageLimit),
        run.leadIds.length,
        run.report?.failed ?? 0,
        run.report?.membersCommitted ?? 0,
        run.error ? `failed: ${run.error.name}` : (run.report?.outcome ?? '?'),
      ]),
    ),
    '  after: the run started after this lead id (0: from the oldest waiting lead); members: member records committed',
    '',
    'Outcomes of the leads the sweep wrote',
    ...statusTable(outcome.rows.map((row) => row.status)),
  ];
  const errors = outcome.runs.flatMap((run) => run.errors);
  if (errors.length > 0) lines.push('', 'Errors the sweep logged', ...errorLines(errors));
  return lines;
}

export function formatRealignSummary(outcome: RealignOutcome): string[] {
  const { tally, report, mode } = outcome;
  const rows = report?.rows ?? [];
  const changes = tally?.changes ?? rows.filter((row) => row.status !== 'ERROR').length;
  const scope = tally === null ? '' : `${plural(tally.inScope, 'lead')} in scope, ${number(tally.unchanged)} unchanged, `;
  const done =
    mode === 'PREVIEW'
      ? `${plural(changes, 'change')} previewed, nothing written`
      : `${plural(changes, 'change')}: ${number(outcome.writtenLeadIds.length)} written, ${number(rows.filter((row) => row.result.startsWith('failed')).length)} failed`;
  const lines = [
    `Realignment ${mode} (customscript_tlr_mr_realign): ${scope}${done}; ${number(outcome.units)} units, in ${seconds(outcome.ms)}`,
    ...formatTable(
      ['stage', 'invocations', 'units', 'most in one', 'limit of one', 'errors'],
      outcome.stages
        .filter((stage) => stage.invocations > 0 || stage.stage !== 'reduce')
        .map((stage): Cell[] => [stage.stage, stage.invocations, number(stage.units), number(stage.mostInOne), stage.limit === null ? '-' : number(stage.limit), stage.errors]),
    ),
    '  map runs once per key getInputData hands on (each lead in the report, each member the run changes, the counts); reduce commits each member once',
  ];
  if (tally !== null && tally.routingErrors > 0) lines.push(`  ${plural(tally.routingErrors, 'lead')} could not be routed (status ERROR in the report, not written)`);
  lines.push('', `Outcomes of the leads in the report`, ...statusTable(rows.map((row) => row.status)));
  const failedRows = rows.filter((row) => row.result.startsWith('failed'));
  if (failedRows.length > 0) lines.push('', 'Writes that failed', ...failedRows.map((row) => `  lead ${row.lead}: ${row.result}`));
  if (outcome.loggedErrors.length > 0) lines.push('', 'Errors the realignment logged', ...errorLines(outcome.loggedErrors));
  lines.push('', report === null ? 'No report was saved.' : `Report ${report.name} (file ${report.fileId} in folder ${report.folderId}): ${plural(rows.length, 'row')}.`);
  if (outcome.failure !== null) lines.push(`The realignment failed: ${outcome.failure}`);
  return lines;
}

/** The bulk run's section of the console summary. */
export function formatBulkSummary(outcome: BulkOutcome): string {
  const lines = outcome.kind === 'realign' ? formatRealignSummary(outcome) : formatSweepSummary(outcome);
  return `${lines.join('\n')}\n`;
}
