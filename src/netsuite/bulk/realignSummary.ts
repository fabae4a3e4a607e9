/**
 * The realignment's summarize stage: gather the rows and the members reduce committed (APPLY), write the report, log
 * the counts and every error NetSuite reports for the stages. Units: the report (20) and, in APPLY, the reps' digests
 * (with a Notification Sender: notifying territories 10, 20 an email).
 */
import log from 'N/log';
import type { EntryPoints } from 'N/types';
import { readClock } from '../settings';
import { createRepDigest } from '../notify/repDigest';
import type { CommittedEntry, RealignTally, ReportRow, RowOutput, TallyEntry } from './realignEntries';
import { readRealignParameters, type RealignMode } from './realignParameters';
import { reportFileName, writeReport } from './realignReport';

interface Gathered {
  rows: ReportRow[];
  membersCommitted: number;
  tally: RealignTally | null;
  /** As the input stage read it; PREVIEW when its tally is missing. */
  mode: RealignMode;
  notifyAuthor: string | null;
}

function gather(output: EntryPoints.MapReduce.MapReduceOutputIteratorContainer): Gathered {
  const gathered: Gathered = { rows: [], membersCommitted: 0, tally: null, mode: 'PREVIEW', notifyAuthor: null };
  output.iterator().each((_key, value) => {
    const item = JSON.parse(value) as RowOutput | CommittedEntry | TallyEntry;
    if (item.kind === 'row') gathered.rows.push(item.row);
    else if (item.kind === 'committed') gathered.membersCommitted += item.committed ? 1 : 0;
    else {
      gathered.tally = item.tally;
      gathered.mode = item.mode === 'APPLY' ? 'APPLY' : 'PREVIEW';
      gathered.notifyAuthor = item.notifyAuthor ?? null;
    }
    return true;
  });
  return gathered;
}

/** NetSuite hands errors over as serialised SuiteScript errors; their message is what an administrator reads. */
function errorText(serialised: string): string {
  try {
    const parsed = JSON.parse(serialised) as { name?: string; message?: string };
    return parsed.message ? `${parsed.name ?? 'Error'}: ${parsed.message}` : serialised;
  } catch {
    return serialised;
  }
}

function logStageErrors(stage: 'map' | 'reduce', errors: EntryPoints.MapReduce.summarizeContext['mapSummary']['errors']): number {
  let count = 0;
  errors.iterator().each((key, message) => {
    count += 1;
    log.error({ title: `Realignment ${stage} error (${key})`, details: errorText(message) });
    return true;
  });
  return count;
}

/** The report's file id; null (logged) when it could not be saved, so the counts are still logged. */
function saveReport(rows: readonly ReportRow[], folderId: string | null, mode: RealignMode): number | null {
  if (folderId === null) return null;
  try {
    return writeReport(rows, folderId, reportFileName(mode, readClock().now));
  } catch (reportError) {
    log.error({ title: 'Realignment report not written', details: errorText(String((reportError as Error)?.message ?? reportError)) });
    return null;
  }
}

/** APPLY: each rep the realignment gave leads (through territories that email) gets one digest. 10 units + 20 a rep. */
function emailReps(rows: readonly ReportRow[], notifyAuthor: string | null): number {
  const digest = createRepDigest('the realignment', notifyAuthor);
  for (const row of rows.filter((entry) => entry.result === 'written')) {
    digest.add(row.status, row.newRep || null, row.territory || null, { leadId: row.lead, name: '', companyName: row.leadName, reason: row.reason });
  }
  return digest.send();
}

/**
 * summarize.
 *
 * @example
 * summarizeRealignment(summary); // logs "Realignment APPLY finished" { changes: 120, written: 119, failed: 1, … }
 */
export function summarizeRealignment(summary: EntryPoints.MapReduce.summarizeContext): void {
  if (summary.inputSummary.error) {
    log.error({ title: 'Realignment did not run', details: errorText(summary.inputSummary.error) });
    return;
  }
  const parameters = readRealignParameters();
  const mapErrors = logStageErrors('map', summary.mapSummary.errors);
  const reduceErrors = logStageErrors('reduce', summary.reduceSummary.errors);
  const { rows, membersCommitted, tally, mode, notifyAuthor } = gather(summary.output);
  const reportFileId = saveReport(rows, parameters.reportFolderId, mode);
  const repsEmailed = mode === 'APPLY' ? emailReps(rows, notifyAuthor) : 0;
  const counted = (prefix: string) => rows.filter((row) => row.result.startsWith(prefix)).length;
  log.audit({
    title: `Realignment ${mode} finished`,
    details: JSON.stringify({ ...tally, written: counted('written'), failed: counted('failed'), mapErrors, reduceErrors, membersCommitted, reportFileId, repsEmailed }),
  });
}
