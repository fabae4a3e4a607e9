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

/** The newest reports in the folder (highest internal id first). */
export function listReports(folderId: string): ReportFile[] {
  const rows = runQuery("SELECT f.id AS id, f.name AS name FROM file f WHERE f.folder = ? AND f.name LIKE 'tlr_realign_%' ORDER BY f.id DESC", [Number(folderId)]);
  return rows.slice(0, LISTED_REPORTS).map((row) => reportFile(String(row['id']), String(row['name'])));
}

/** A report's name and text, or null when the file is not a report in the folder (the console serves nothing else). */
export function readReport(folderId: string, fileId: string): { report: ReportFile; contents: string } | null {
  try {
    const loaded = file.load({ id: Number(fileId) });
    const report = reportFile(fileId, loaded.name);
    if (String(loaded.folder) !== folderId || report.mode === null) return null;
    return { report, contents: loaded.getContents() };
  } catch (error) {
    if (String((error as { name?: unknown })?.name) === 'RCRD_DSNT_EXIST') return null;
    throw error;
  }
}
