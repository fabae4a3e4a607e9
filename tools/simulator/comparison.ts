/**
 * The what-if (`--compare`): the same leads routed through two territory sets, side by side — per rep and per
 * territory the leads and share before and after, the outcomes by status, and each lead whose rep or deciding
 * territory changes. Built from the two runs' rows and summaries, which line up lead by lead (same leads, same
 * order, same clock).
 */
import { stringify } from 'csv-stringify/sync';
import { compareIds, type Status } from '../../src/engine';
import type { OutputRow } from './leadOutcome';
import type { AccountFile } from './accountFile';
import { overlayOf } from './accountOverlay';
import { DEFAULT_ROOT, simulate } from './simulate';
import { tally, type Summary } from './summary';
import { formatTable } from './table';
import { sharedAccount, WorkerRun, type RunResult } from './workerRun';

/** A rep's or a territory's leads in each run. */
export interface ChangeLine {
  id: string;
  name: string;
  before: number;
  after: number;
}

export interface StatusLine {
  status: Status | '';
  before: number;
  after: number;
}

/** A lead whose rep or deciding territory differs between the runs. */
export interface LeadMove {
  lead: string;
  before: OutputRow;
  after: OutputRow;
}

export interface Comparison {
  leads: number;
  statuses: StatusLine[];
  /** Leads each territory decided (routed to a member or given to its fallback rep). */
  territories: ChangeLine[];
  /** Leads each rep got, whatever the status. */
  reps: ChangeLine[];
  moves: LeadMove[];
  /** The two runs' wall time, added (they may have run at once). */
  wallMs: number;
}

export interface CompareOptions {
  /** The repository root holding Objects/ and FileCabinet/ (simulate's default when absent). */
  root?: string;
  /** As leads are created: both runs' leads so far, and both runs' total. May throw to stop the comparison. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Whether the two runs go on at once, each in a worker thread with a young generation sized for the lead user
   * event (default), or one after the other in this thread. The result is the same either way: the runs share nothing.
   */
  parallel?: boolean;
}

type Named = { id: string; name: string };

function changeLines(before: readonly Named[], after: readonly Named[], counts: { before: ReadonlyMap<string, number>; after: ReadonlyMap<string, number> }): ChangeLine[] {
  // The draft's name wins for a territory both runs know (it may have been renamed).
  const names = new Map([...before, ...after].map((line) => [line.id, line.name]));
  return [...names.keys()].sort(compareIds).map((id) => ({ id, name: names.get(id)!, before: counts.before.get(id) ?? 0, after: counts.after.get(id) ?? 0 }));
}

/** Leads each territory decided (routed to a member or given to its fallback rep), and leads each rep got. */
const decidedBy = (rows: readonly OutputRow[]) => tally(rows, (row) => (row.status === 'ROUTED' || row.status === 'FALLBACK' ? row.territory : null));
const leadsOf = (rows: readonly OutputRow[]) => tally(rows, (row) => (row.salesrep === '' ? null : row.salesrep));

function statusLines(before: Summary, after: Summary): StatusLine[] {
  const lines: StatusLine[] = (Object.keys(before.statuses) as (keyof Summary['statuses'])[]).map((status) => ({
    status,
    before: before.statuses[status],
    after: after.statuses[status],
  }));
  if (before.withoutStatus > 0 || after.withoutStatus > 0) lines.push({ status: '', before: before.withoutStatus, after: after.withoutStatus });
  return lines;
}

/**
 * @example
 * const comparison = compareSimulations(simulate(current), simulate(withDraftTerritories(current, draft, 'draft.json')));
 * comparison.moves.length; // leads that would go to another rep or territory
 */
export function compareSimulations(before: RunResult, after: RunResult): Comparison {
  const rows = { before: before.rows, after: after.rows };
  if (rows.before.length !== rows.after.length) throw new Error(`the runs created ${rows.before.length} and ${rows.after.length} leads: they cannot be compared`);
  const moves = rows.before.flatMap((row, index) => {
    const next = rows.after[index]!;
    return row.salesrep === next.salesrep && row.territory === next.territory ? [] : [{ lead: row.lead, before: row, after: next }];
  });
  return {
    leads: rows.before.length,
    statuses: statusLines(before.summary, after.summary),
    territories: changeLines(before.summary.territories, after.summary.territories, { before: decidedBy(rows.before), after: decidedBy(rows.after) }),
    reps: changeLines(before.summary.reps, after.summary.reps, { before: leadsOf(rows.before), after: leadsOf(rows.after) }),
    moves,
    wallMs: before.wallMs + after.wallMs,
  };
}

/**
 * Creates the account's leads with its own territory set and with the draft's (`withDraftTerritories`) — at once,
 * each in a worker thread, unless `parallel` is false — and compares the runs.
 */
export function compareAccounts(current: AccountFile, draft: AccountFile, options: CompareOptions = {}): Comparison {
  const { root, onProgress = () => undefined } = options;
  const total = 2 * (current.leads?.length ?? 0);
  if (options.parallel === false) {
    const inThisThread = (account: AccountFile, leadsBefore: number) =>
      simulate(account, { ...(root === undefined ? {} : { root }), onLead: (done) => onProgress(leadsBefore + done, total) });
    const before = inThisThread(current, 0);
    return compareSimulations(before, inThisThread(draft, before.rows.length));
  }
  const runs: WorkerRun[] = [];
  const shared = sharedAccount(current);
  try {
    for (const account of [current, draft]) runs.push(WorkerRun.start({ shared, overlay: overlayOf(current, account) }, root ?? DEFAULT_ROOT));
  } catch (error) {
    for (const run of runs) run.stop();
    throw error;
  }
  const [before, after] = WorkerRun.results(runs, (done) => onProgress(done, total));
  return compareSimulations(before!, after!);
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : (100 * part) / whole);
const signed = (value: number, digits = 0): string => (value > 0 ? '+' : value < 0 ? '-' : '') + Math.abs(value).toFixed(digits);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function changeTable(title: string, lines: readonly ChangeLine[], leads: number): string[] {
  const rows = lines.map((line) => {
    const [from, to] = [share(line.before, leads), share(line.after, leads)];
    return [line.id, line.name, line.before, line.after, signed(line.after - line.before), `${from.toFixed(1)}%`, `${to.toFixed(1)}%`, signed(to - from, 1)];
  });
  return [title, ...formatTable(['id', title === 'Reps' ? 'rep' : 'territory', 'before', 'after', 'change', 'share before', 'share after', 'change'], rows)];
}

/** How many moves the printed report lists; `--out` writes every one. */
export const MOVES_LISTED = 20;

const nameOf = (lines: readonly ChangeLine[], id: string): string => (id === '' ? '—' : `${lines.find((line) => line.id === id)?.name ?? id} (${id})`);

/** The report as the console prints it. */
export function formatComparison(comparison: Comparison, sources: { current: string; draft: string }): string {
  const { leads, moves } = comparison;
  const moveLine = (move: LeadMove) =>
    `  ${move.lead}: ${nameOf(comparison.reps, move.before.salesrep)} → ${nameOf(comparison.reps, move.after.salesrep)}; ` +
    `territory ${nameOf(comparison.territories, move.before.territory)} → ${nameOf(comparison.territories, move.after.territory)}; ` +
    `${move.before.status || 'no status'} → ${move.after.status || 'no status'}`;
  const lines = [
    `Compared ${leads.toLocaleString('en-US')} leads: before = ${sources.current}, after = its leads and records with the territories and members of ${sources.draft} (${seconds(comparison.wallMs)})`,
    '',
    'Outcomes',
    ...formatTable(
      ['status', 'before', 'after', 'change'],
      comparison.statuses.map((line) => [line.status || 'no status', line.before, line.after, signed(line.after - line.before)]),
    ),
    '',
    ...changeTable('Territories', comparison.territories, leads),
    '',
    ...changeTable('Reps', comparison.reps, leads),
    '',
    `Leads that would move to another rep or territory: ${moves.length.toLocaleString('en-US')} of ${leads.toLocaleString('en-US')}`,
    ...moves.slice(0, MOVES_LISTED).map(moveLine),
    ...(moves.length > MOVES_LISTED ? [`  … and ${(moves.length - MOVES_LISTED).toLocaleString('en-US')} more (--out FILE.csv lists every one)`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

const MOVE_COLUMNS = ['lead', 'salesrep_before', 'salesrep_after', 'territory_before', 'territory_after', 'status_before', 'status_after', 'reason_after'];

/**
 * `--out` with `--compare`: one row per lead that would move, in creation order, RFC 4180.
 *
 * @example
 * movesCsv(comparison); // 'lead,salesrep_before,salesrep_after,territory_before,territory_after,status_before,status_after,reason_after\nL2,7,8,1,2,ROUTED,ROUTED,…\n'
 */
export function movesCsv(comparison: Comparison): string {
  const rows = comparison.moves.map(({ lead, before, after }) => [lead, before.salesrep, after.salesrep, before.territory, after.territory, before.status, after.status, after.reason]);
  return stringify(rows, { header: true, columns: MOVE_COLUMNS, record_delimiter: 'unix' });
}
