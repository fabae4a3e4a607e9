/**
 * How far the background account export has got, kept in the bulk jobs' N/cache for the console's export page: one
 * entry, since one export runs at a time (its run lock). N/cache may drop an entry early; the page then shows the
 * job's state from NetSuite and the saved files in the folder (1 unit per call).
 */
import type { ExportProgress } from '../../console/export/exportParts';
import { lockCache } from './runLock';

const PROGRESS_KEY = 'export_progress';
/** Two days: long enough to come back to a finished export's link. */
const PROGRESS_SECONDS = 172800;

/** @example writeExportProgress({ state: 'writing', name: 'tlr_export_20261126T090000Z_90d.json', written: 2, parts: 5 }); */
export function writeExportProgress(progress: ExportProgress): void {
  lockCache().put({ key: PROGRESS_KEY, value: JSON.stringify(progress), ttl: PROGRESS_SECONDS });
}

/** @example readExportProgress()?.state; // 'done', or undefined when no export ran lately */
export function readExportProgress(): ExportProgress | null {
  const text = lockCache().get({ key: PROGRESS_KEY });
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text) as ExportProgress;
  } catch {
    return null;
  }
}
