/**
 * The background account export (customscript_tlr_ss_export), for accounts too large for one console request: it
 * reads the account as the console's export does, splits it into parts the File Cabinet can hold (exportParts.ts;
 * Part Size on the deployment) and saves them in the realignment's report folder, the first part last, so a first
 * part on the page means every part it names is saved. One export at a time (run lock). Progress goes to N/cache for
 * the console's page.
 *
 * No continuation is queued, unlike the sweep: the export is one snapshot, and a second run would read an account
 * that has moved on. One run is enough: it has 10,000 units and reads ≈450 records per unit, ≈4 million records
 * (≈100 parts of 10 MB) before its units run out. Each save is checked against the units left; a run they do not
 * cover fails with one line and links nothing.
 */
import file from 'N/file';
import log from 'N/log';
import runtime from 'N/runtime';
import { MOST_FILE_BYTES, recordCount } from '../../console/export/accountExport';
import { exportFileName, DEFAULT_DAYS } from '../../console/export/exportInput';
import { splitExport, type ExportPart, type ExportProgress } from '../../console/export/exportParts';
import { pseudonymise } from '../../console/export/pseudonymise';
import { readAccountExport } from '../console/exportRead';
import { realignReportFolder } from '../console/realignFiles';
import { remainingUnits } from '../governance';
import { PARAM } from '../ids';
import { asBoolean, asNumber } from '../mapper';
import { readClock, scriptParameter } from '../settings';
import { RESERVE_UNITS, UNITS } from '../unitCosts';
import { writeExportProgress } from './exportProgress';
import { releaseRunLock, renewRunLock, runToken, takeRunLock } from './runLock';

/** The export's own run lock: one export at a time, beside any sweep. */
const EXPORT_LOCK = 'export_lock';

/** The deployment's Part Size when it is empty: 9.5 MB, half a megabyte under the File Cabinet's 10 MB for safety. */
export const DEFAULT_PART_KB = 9728;

function partBytes(): number {
  const kb = asNumber(scriptParameter(PARAM.exportPartKb));
  const chosen = kb === null || Number.isNaN(kb) || kb < 1 ? DEFAULT_PART_KB : Math.floor(kb);
  return Math.min(chosen * 1024, MOST_FILE_BYTES);
}

function days(): number {
  const asked = asNumber(scriptParameter(PARAM.exportDays));
  return asked === null || Number.isNaN(asked) || asked < 1 ? DEFAULT_DAYS : Math.floor(asked);
}

/** Saves the parts, the first one last; the progress after each. Returns every part's file, the first first. */
function saveParts(parts: ExportPart[], folderId: string, token: string, progress: ExportProgress): { id: string; name: string }[] {
  const saved: { id: string; name: string }[] = [];
  for (const part of [...parts.slice(1), parts[0]!]) {
    const needed = UNITS.fileSave + UNITS.cacheCall * 4 + RESERVE_UNITS;
    if (remainingUnits() < needed) throw new Error(`usage ran out after ${progress.written} of ${parts.length} parts were saved; export fewer days`);
    if (!renewRunLock(token, EXPORT_LOCK)) throw new Error('another export took over; this one stopped');
    saved.push({ id: String(file.create({ name: part.name, fileType: file.Type.JSON, contents: part.text, folder: Number(folderId) }).save()), name: part.name });
    progress.written += 1;
    writeExportProgress(progress);
  }
  return [saved[saved.length - 1]!, ...saved.slice(0, -1)];
}

/**
 * One export run (the scheduled script's execute): what the console asked for arrives as the task's parameters.
 *
 * @example
 * runExportJob(); // { state: 'done', name: 'tlr_export_20261126T090000Z_90d.json', written: 3, parts: 3, files: [{ id: '4213', name: … }, …] }
 */
export function runExportJob(): ExportProgress | null {
  const token = runToken(runtime.getCurrentScript().deploymentId);
  if (!takeRunLock(token, EXPORT_LOCK)) {
    log.audit({ title: 'Export skipped', details: 'Another export is running.' });
    return null;
  }
  const request = { days: days(), anonymize: asBoolean(scriptParameter(PARAM.exportAnonymize)) };
  const progress: ExportProgress = { state: 'reading', name: exportFileName(readClock().now, request), written: 0, parts: 0 };
  try {
    writeExportProgress(progress);
    const folderId = realignReportFolder();
    if (folderId === null) throw new Error('no report folder is set on the realignment deployment; nothing was saved');
    const read = readAccountExport(request.days);
    const account = request.anonymize ? pseudonymise(read) : read;
    const parts = splitExport(account, progress.name, partBytes());
    if (typeof parts === 'string') throw new Error(`${parts}; nothing was saved`);
    Object.assign(progress, { state: 'writing', parts: parts.length });
    writeExportProgress(progress);
    progress.files = saveParts(parts, folderId, token, progress);
    progress.state = 'done';
    log.audit({ title: 'Export saved', details: `${progress.name}: ${recordCount(account)} records in ${parts.length} parts` });
  } catch (error) {
    Object.assign(progress, { state: 'failed', error: String((error as Error)?.message ?? error) });
    log.error({ title: 'Export failed', details: progress.error });
  } finally {
    writeExportProgress(progress);
    releaseRunLock(token, EXPORT_LOCK);
  }
  return progress;
}
