/**
 * `--realign preview|apply`: the built realignment (`customscript_tlr_mr_realign`) on the emulated account, every
 * stage as NetSuite runs a map/reduce job (getInputData, map per key, reduce per key, summarize). The script refuses to run without
 * a report folder, so when the account's parameters name none the simulator seeds one (a `folder` record, after
 * the leads are created so their internal ids do not move) and sets `custscript_tlr_report_folder` to it. What the
 * run did is read back: units and errors per stage from the run, its counts from summarize's audit line
 * (`Realignment <mode> finished`, JSON), the report from the emulated File Cabinet, and the leads it wrote from
 * the `xedit` user-event invocations its map stage fired on them.
 */
import { LIST, MODE_VALUE, PARAM, SCRIPT } from '../../src/netsuite/ids';
import type { Invocation } from '../emulator/account';
import type { Emulator } from '../emulator/host';
import type { MapReduceRun, StageRun } from '../emulator/mapReduce';
import type { RealignTally as InputTally } from '../../src/netsuite/bulk/realignEntries';
import { writtenLeadIds } from './bulkLeads';
import { readCsv } from './csv';

export type RealignMode = 'PREVIEW' | 'APPLY';

export const REPORT_FOLDER_NAME = 'TLR realignment reports (simulator)';

/** summarize's counts (src/netsuite/bulk/realignSummary.ts): the input stage's tally plus what map, reduce and summarize did. */
export interface RealignTally extends InputTally {
  written: number;
  failed: number;
  mapErrors: number;
  reduceErrors: number;
  membersCommitted: number;
  reportFileId: number | null;
}

/** A line of the script's CSV report: each id with its name beside it, then status, reason and result. */
export interface RealignReportRow {
  lead: string;
  lead_name: string;
  current_rep: string;
  current_rep_name: string;
  new_rep: string;
  new_rep_name: string;
  territory: string;
  territory_name: string;
  status: string;
  reason: string;
  result: string;
}

export interface RealignReport {
  fileId: string;
  name: string;
  folderId: string;
  /** The file as the script saved it. */
  csv: string;
  rows: RealignReportRow[];
}

export interface StageLine {
  stage: 'getInputData' | 'map' | 'reduce' | 'summarize';
  invocations: number;
  units: number;
  /** The most one invocation of the stage used (each has its own limit). */
  mostInOne: number;
  /** The limit of one invocation of the stage. */
  limit: number | null;
  errors: number;
}

export interface RealignOutcome {
  kind: 'realign';
  mode: RealignMode;
  run: MapReduceRun;
  stages: StageLine[];
  /** Units of every stage together. */
  units: number;
  tally: RealignTally | null;
  report: RealignReport | null;
  /** Internal ids of the leads the map stage wrote, in write order. */
  writtenLeadIds: string[];
  /** The run could not do its job: getInputData failed, summarize failed, or no report was saved. */
  failure: string | null;
  /** ERROR lines any stage logged (a failed write, a member not committed, …). */
  loggedErrors: { title: string; details: string }[];
  /** The folder the simulator seeded for the report, or null when the account named one. */
  seededFolderId: string | null;
  ms: number;
}

/** The report folder: the account's `custscript_tlr_report_folder`, else a folder seeded for the run. */
export function reportFolder(emulator: Emulator, parameters: Record<string, unknown>): { folderId: string; seeded: boolean } {
  const given = parameters[PARAM.reportFolder];
  if (given !== undefined && given !== null && given !== '') return { folderId: String(given), seeded: false };
  const [folderId] = emulator.seed('folder', [{ name: REPORT_FOLDER_NAME }]);
  emulator.setParameter(SCRIPT.mrRealign, PARAM.reportFolder, Number(folderId));
  return { folderId: folderId!, seeded: true };
}

function stageLine(stage: StageLine['stage'], invocations: readonly Invocation[], errors: number): StageLine {
  const units = invocations.reduce((sum, invocation) => sum + invocation.unitsUsed, 0);
  return {
    stage,
    invocations: invocations.length,
    units,
    mostInOne: invocations.reduce((most, invocation) => Math.max(most, invocation.unitsUsed), 0),
    limit: invocations[0]?.usageLimit ?? null,
    errors,
  };
}

function stageLines(run: MapReduceRun): StageLine[] {
  const one = (invocation: Invocation | undefined) => (invocation ? [invocation] : []);
  const mapReduceLine = (stage: 'map' | 'reduce', stageRun: StageRun) => stageLine(stage, stageRun.invocations, stageRun.errors.length);
  return [
    stageLine('getInputData', one(run.input.invocation), run.input.error === null ? 0 : 1),
    mapReduceLine('map', run.map),
    mapReduceLine('reduce', run.reduce),
    stageLine('summarize', one(run.summarize), run.summarize?.error ? 1 : 0),
  ];
}

function tallyOf(run: MapReduceRun, mode: RealignMode): RealignTally | null {
  const line = run.summarize?.logs.find((entry) => entry.level === 'AUDIT' && entry.title === `Realignment ${mode} finished`);
  if (!line) return null;
  try {
    return JSON.parse(line.details) as RealignTally;
  } catch {
    return null;
  }
}

function readReport(emulator: Emulator, fileId: string): RealignReport | null {
  const file = emulator.store.get('file', fileId);
  const csv = emulator.fileContents(fileId);
  if (!file || csv === undefined) return null;
  const rows = readCsv<RealignReportRow & Record<string, string>>(csv);
  return { fileId, name: String(file.values.name ?? ''), folderId: String(file.values.folder ?? ''), csv, rows };
}

function failureOf(run: MapReduceRun, report: RealignReport | null): string | null {
  if (run.input.error !== null) {
    const { name, message } = JSON.parse(run.input.error) as { name?: string; message?: string };
    return `the realignment did not run: ${name ?? 'Error'}: ${message ?? ''}`;
  }
  if (run.summarize?.error) return `summarize failed: ${run.summarize.error.name}: ${run.summarize.error.message}`;
  if (report === null) return 'the realignment saved no report (see the errors it logged)';
  return null;
}

/**
 * Mode as NetSuite hands it to a task: the internal id of the list value, here the one the emulator gave it.
 *
 * @example
 * modeParameter(emulator, 'APPLY'); // { custscript_tlr_mode: '2' }
 */
export function modeParameter(emulator: Emulator, mode: RealignMode): Record<string, string> {
  const valueId = emulator.schema.listValueId(LIST.mode, MODE_VALUE[mode]);
  if (valueId === undefined) throw new Error(`${LIST.mode} has no value ${MODE_VALUE[mode]} in Objects/`);
  return { [PARAM.mode]: valueId };
}

/**
 * Runs the realignment in `mode` on its deployment.
 *
 * @example
 * const { report, tally } = runRealign(emulator, 'PREVIEW', account.parameters ?? {});
 * report?.rows.map((row) => [row.lead, row.current_rep, row.new_rep, row.result]); // [['901', '5', '8', 'preview']]
 */
export function runRealign(emulator: Emulator, mode: RealignMode, parameters: Record<string, unknown>): RealignOutcome {
  const started = performance.now();
  const { seeded, folderId } = reportFolder(emulator, parameters);
  const ledgerStart = emulator.invocations.length;
  const run = emulator.runMapReduce(SCRIPT.mrRealign, { params: modeParameter(emulator, mode) });
  const invocations = emulator.invocations.slice(ledgerStart);
  const tally = tallyOf(run, mode);
  const report = tally?.reportFileId === null || tally?.reportFileId === undefined ? null : readReport(emulator, String(tally.reportFileId));
  const own = invocations.filter((invocation) => invocation.scriptId === SCRIPT.mrRealign);
  return {
    kind: 'realign',
    mode,
    run,
    stages: stageLines(run),
    units: run.usage,
    tally,
    report,
    writtenLeadIds: writtenLeadIds(invocations, 'MAPREDUCE'),
    failure: failureOf(run, report),
    loggedErrors: own.flatMap((invocation) => invocation.logs.filter((entry) => entry.level === 'ERROR' || entry.level === 'EMERGENCY')).map(({ title, details }) => ({ title, details })),
    seededFolderId: seeded ? folderId : null,
    ms: performance.now() - started,
  };
}
