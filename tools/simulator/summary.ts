/**
 * What a simulation shows a sales manager and an administrator: outcomes by status, leads per territory, leads
 * per rep against their weighted fair share, governance units per lead (warm and cold plan cache), errors the
 * lead user event logged, and the time it took.
 */
import { compareIds, type Status } from '../../src/engine';
import { SCRIPT, STATUS_VALUE } from '../../src/netsuite/ids';
import type { Emulator } from '../emulator/host';
import { readAccountFacts, type AccountFacts } from './accountFacts';
import { fairShares, isAvailable, memberFairShares } from './fairShare';
import type { ConcurrencyOptions } from '../emulator/interleaving';
import { assignedByMember, largestDeviation, lostAssignments, memberLines, type MemberLine } from './memberCounts';
import type { LeadRun, OutputRow } from './leadOutcome';
import { formatTable } from './table';
import { unitStats, type UnitStats } from './unitStats';

/** The status codes in the order of the status list. */
/** What a new lead can end with: the response-time check alone reassigns. */
const STATUSES = (Object.keys(STATUS_VALUE) as Status[]).filter((status) => status !== 'REASSIGNED');

export interface TerritoryLine {
  id: string;
  name: string;
  priority: number;
  /** Leads the territory gave to one of its members (ROUTED). */
  routed: number;
  /** Leads its fallback rep took (FALLBACK). */
  fallback: number;
}

export interface RepLine {
  id: string;
  name: string;
  /** Every lead the rep got, whatever the status. */
  leads: number;
  routed: number;
  /** Weighted fair share of the ROUTED leads of the rep's territories (see fairShare.ts). */
  fairShare: number;
  /** Why a rep may get fewer leads: inactive, not a sales rep, away today, capacity (and open leads at the end). */
  notes: string[];
}

/** One kind of error the lead user event logged, and for how many leads. */
export interface LoggedError {
  title: string;
  /** The first line of the first such entry's details. */
  details: string;
  leads: number;
}

export interface Summary {
  today: string;
  leads: number;
  statuses: Record<Exclude<Status, 'REASSIGNED'>, number>;
  /** Leads routing wrote no status on (the user event did not run). */
  withoutStatus: number;
  territories: TerritoryLine[];
  reps: RepLine[];
  /** Warm: the routing plan came from N/cache; cold: the lead's user event loaded and compiled it. */
  units: { warm: UnitStats | null; cold: UnitStats | null };
  loggedErrors: LoggedError[];
  /** Per member of the territories that routed: routed against counted in `assigned`, and the fair share (SPEC §7). */
  members: MemberLine[];
  /** Routed leads no member's `assigned` counts. */
  lostAssignments: number;
  /** The largest distance of a member's routed leads from its fair share. */
  largestDeviation: number;
  /** The creators that worked at once; null: one, in file order. */
  concurrency: ConcurrencyOptions | null;
  /** Creating the leads. */
  leadsMs: number;
  /** The whole simulation: checks, seeding and leads. */
  wallMs: number;
}

export interface SummaryInput {
  runs: readonly LeadRun[];
  emulator: Emulator;
  today: string;
  leadsMs: number;
  wallMs: number;
  /** Every member's `assigned` before the first lead. */
  assignedBefore: ReadonlyMap<string, number>;
  concurrency?: ConcurrencyOptions;
}

const count = (rows: readonly OutputRow[], keep: (row: OutputRow) => boolean): number => rows.filter(keep).length;

export function summarize({ runs, emulator, today, leadsMs, wallMs, assignedBefore, concurrency }: SummaryInput): Summary {
  const rows = runs.map((run) => run.row);
  const facts = readAccountFacts(emulator);
  const territories = territoryLines(rows, facts);
  const routed = new Map(territories.map((line) => [line.id, line.routed]));
  const members = memberLines(rows, facts.members, assignedBefore, assignedByMember(emulator), memberFairShares(routed, facts.members, facts.employees, today));
  return {
    today,
    leads: rows.length,
    statuses: Object.fromEntries(STATUSES.map((status) => [status, count(rows, (row) => row.status === status)])) as Record<Exclude<Status, 'REASSIGNED'>, number>,
    withoutStatus: count(rows, (row) => row.status === ''),
    territories,
    reps: repLines(rows, facts, fairShares(routed, facts.members, facts.employees, today), today),
    units: {
      warm: unitStats(runs.filter((run) => !run.cold).map((run) => run.row.units)),
      cold: unitStats(runs.filter((run) => run.cold).map((run) => run.row.units)),
    },
    loggedErrors: loggedErrors(emulator),
    members,
    lostAssignments: lostAssignments(members),
    largestDeviation: largestDeviation(members),
    concurrency: concurrency ?? null,
    leadsMs,
    wallMs,
  };
}

/** Rows per key, in one pass (an account's territories and reps times its leads would be too many passes). */
export function tally(rows: readonly OutputRow[], keyOf: (row: OutputRow) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function territoryLines(rows: readonly OutputRow[], facts: AccountFacts): TerritoryLine[] {
  const decided = tally(rows, (row) => row.territory);
  const routed = tally(rows, (row) => (row.status === 'ROUTED' ? row.territory : null));
  const fallback = tally(rows, (row) => (row.status === 'FALLBACK' ? row.territory : null));
  return facts.territories
    .filter((territory) => !territory.isInactive || decided.has(territory.id))
    .sort((a, b) => a.priority - b.priority || compareIds(a.id, b.id))
    .map(({ id, name, priority }) => ({ id, name, priority, routed: routed.get(id) ?? 0, fallback: fallback.get(id) ?? 0 }));
}

function repLines(rows: readonly OutputRow[], facts: AccountFacts, shares: ReadonlyMap<string, number>, today: string): RepLine[] {
  const leads = tally(rows, (row) => (row.salesrep === '' ? null : row.salesrep));
  const routed = tally(rows, (row) => (row.status === 'ROUTED' ? row.salesrep : null));
  const repIds = new Set([...facts.members.map((member) => member.repId), ...leads.keys()]);
  return [...repIds].sort(compareIds).map((id) => ({
    id,
    name: facts.employees.get(id)?.name ?? `employee ${id}`,
    leads: leads.get(id) ?? 0,
    routed: routed.get(id) ?? 0,
    fairShare: shares.get(id) ?? 0,
    notes: repNotes(id, facts, today),
  }));
}

function repNotes(repId: string, facts: AccountFacts, today: string): string[] {
  const employee = facts.employees.get(repId);
  const memberships = facts.members.filter((member) => member.repId === repId && !member.isInactive);
  const notes: string[] = [];
  if (employee?.isInactive) notes.push('inactive');
  else if (employee && !employee.isActiveRep) notes.push('not a sales rep');
  else if (memberships.some((member) => !isAvailable(member, facts.employees, today))) notes.push('away today');
  const capacities = memberships.flatMap((member) => (member.capacity === null ? [] : [member.capacity]));
  if (capacities.length > 0) notes.push(`capacity ${Math.min(...capacities)}, ${facts.openLeads.get(repId) ?? 0} open`);
  return notes;
}

function loggedErrors(emulator: Emulator): LoggedError[] {
  const byTitle = new Map<string, LoggedError>();
  for (const invocation of emulator.invocations.filter((candidate) => candidate.scriptId === SCRIPT.ueLead)) {
    for (const entry of invocation.logs.filter((log) => log.level === 'ERROR' || log.level === 'EMERGENCY')) {
      const known = byTitle.get(entry.title);
      if (known) known.leads += 1;
      else byTitle.set(entry.title, { title: entry.title, details: entry.details.split('\n')[0] ?? '', leads: 1 });
    }
  }
  return [...byTitle.values()];
}

const number = (value: number): string => value.toLocaleString('en-US');
const seconds = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const signed = (value: number): string => (value > 0.05 ? '+' : value < -0.05 ? '-' : '') + Math.abs(value).toFixed(1);
const percent = (part: number, whole: number): string => `${whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1)}%`;
const plural = (value: number, noun: string): string => `${number(value)} ${noun}${value === 1 ? '' : 's'}`;

/**
 * What routing gave each member against what its `assigned` counted (SPEC §7): one line always; with --threads the
 * members of the territories that routed, one by one.
 */
function memberSection(summary: Summary): string[] {
  const counts = `Lost assignments: ${number(summary.lostAssignments)} (routed leads no member's assigned counts); largest deviation from fair share: ${summary.largestDeviation.toFixed(1)}`;
  if (summary.concurrency === null) return [counts];
  const { threads, seed } = summary.concurrency;
  return [
    `Members, leads created by ${plural(threads, 'concurrent creator')} (seed ${seed}); routed: leads their territory gave them; counted: what their assigned grew by`,
    ...formatTable(
      ['member', 'territory', 'rep', 'weight', 'routed', 'counted', 'fair', 'diff'],
      summary.members.map((line) => [line.id, line.territoryId, line.repId, line.weight, line.routed, line.counted, line.fairShare.toFixed(1), signed(line.routed - line.fairShare)]),
    ),
    counts,
  ];
}

/** The summary as the console shows it. */
export function formatSummary(summary: Summary): string {
  const perLead = summary.leads === 0 ? '' : `, ${(summary.leadsMs / summary.leads).toFixed(2)} ms per lead`;
  const lines = [
    `Simulated ${plural(summary.leads, 'lead')} on ${summary.today} in ${seconds(summary.wallMs)} (leads ${seconds(summary.leadsMs)}${perLead})`,
    '',
    'Outcomes',
    ...formatTable(
      ['status', 'leads', 'share'],
      STATUSES.map((status) => [status, summary.statuses[status], percent(summary.statuses[status], summary.leads)]),
    ),
    ...(summary.withoutStatus > 0 ? [`  ${plural(summary.withoutStatus, 'lead')} without a routing status: the lead user event did not run`] : []),
    '',
    'Territories, by priority (leads each one decided)',
    ...formatTable(
      ['id', 'territory', 'priority', 'routed', 'fallback'],
      summary.territories.map((line) => [line.id, line.name, line.priority, line.routed, line.fallback]),
    ),
    '',
    'Reps (leads: all they got; routed: by their territories; fair: their weighted fair share of those)',
    ...formatTable(
      ['id', 'rep', 'leads', 'routed', 'fair', 'diff', 'notes'],
      summary.reps.map((line) => [line.id, line.name, line.leads, line.routed, line.fairShare.toFixed(1), signed(line.routed - line.fairShare), line.notes.join(', ')]),
    ),
    "  fair = for each territory, its routed leads × the rep's weight ÷ the weights of its members who are active, active sales",
    '  reps and not away today; capacity and load balancing may keep a rep below it.',
    '',
    ...memberSection(summary),
    '',
    'Governance units per lead (lead user event, beforeSubmit + afterSubmit)',
    ...formatTable(
      ['plan cache', 'leads', 'min', 'median', 'max'],
      (['warm', 'cold'] as const).flatMap((kind) => {
        const stats = summary.units[kind];
        return stats ? [[kind, stats.leads, stats.min, stats.median, stats.max]] : [];
      }),
    ),
  ];
  if (summary.loggedErrors.length > 0) {
    lines.push('', 'Errors the lead user event logged');
    for (const error of summary.loggedErrors) lines.push(`  ${plural(error.leads, 'lead')}: ${error.title}${error.details === '' ? '' : ` — ${error.details}`}`);
  }
  return `${lines.join('\n')}\n`;
}
