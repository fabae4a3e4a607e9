/**
 * The realignment's reports in the File Cabinet, for the console: the folder set on the realignment's deployment
 * (15 units), the last reports in it (one SuiteQL query, 10), and one report's text (file.load, 10).
 */
import file from 'N/file';
import { reportFile, type ReportFile } from '../../console/realignReports';
import { loadDeploymentRecord } from '../deploymentRecord';
import { DEPLOYMENT, PARAM } from '../ids';
import { asId, type FieldValue } from '../mapper';
import { runQuery } from '../suiteql';

/** How many reports the console lists, newest first. */
export const LISTED_REPORTS = 10;

/** @example realignReportFolder(); // '812', or null while the deployment names no folder */
export function realignReportFolder(): string | null {
  const deployment = loadDeploymentRecord(DEPLOYMENT.mrRealign);
  return deployment === null ? null : asId(deployment.getValue({ fieldId: PARAM.reportFolder }) as FieldValue);
}

/** The newest files in the folder whose names start with `prefix` (highest internal id first; one query, 10 units). */
export function newestFiles(folderId: string, prefix: string): { id: string; name: string }[] {
  const rows = runQuery('SELECT f.id AS id, f.name AS name FROM file f WHERE f.folder = ? AND f.name LIKE ? ORDER BY f.id DESC', [Number(folderId), `${prefix}%`]);
  return rows.slice(0, LISTED_REPORTS).map((row) => ({ id: String(row['id']), name: String(row['name']) }));
}

/** The newest reports in the folder (highest internal id first). */
export function listReports(folderId: string): ReportFile[] {
  return newestFiles(folderId, 'tlr_realign_').map((found) => reportFile(found.id, found.name));
}

/** A file of the folder (file.load, 10 units), or null when there is no such file or it lies elsewhere. */
export function loadFileIn(folderId: string, fileId: string): file.File | null {
  try {
    const loaded = file.load({ id: Number(fileId) });
    return String(loaded.folder) === folderId ? loaded : null;
  } catch (error) {
    if (String((error as { name?: unknown })?.name) === 'RCRD_DSNT_EXIST') return null;
    throw error;
  }
}

/** A report's name and text, or null when the file is not a report in the folder (the console serves nothing else). */
export function readReport(folderId: string, fileId: string): { report: ReportFile; contents: string } | null {
  const loaded = loadFileIn(folderId, fileId);
  const report = loaded === null ? null : reportFile(fileId, loaded.name);
  return loaded === null || report === null || report.mode === null ? null : { report, contents: loaded.getContents() };
}
