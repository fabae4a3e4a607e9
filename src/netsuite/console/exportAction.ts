/**
 * The export view's work (SPEC §6 `export`). GET shows the form and the last exports, or with `format=json`
 * answers the export itself — a read that writes nothing. POST saves the export to the File Cabinet (the
 * realignment's report folder: an administrator's folder the project already asks for) and sends the browser back
 * to the view with the saved file's link, so a reload does not save again. Saving changes no record routing or
 * people read, like a realignment preview, so the form's button is the only confirmation. An export larger than a
 * File Cabinet file (10 MB) is refused with one line. For such accounts a POST with `background=T` starts the
 * export job (customscript_tlr_ss_export), which saves the export in parts; the page shows its progress and links
 * the first part when every part is saved.
 */
import file from 'N/file';
import log from 'N/log';
import { accountExportText, MOST_FILE_BYTES, recordCount, utf8Bytes, type AccountExport } from '../../console/export/accountExport';
import { DEFAULT_DAYS, exportFileName, isExportName, readExportInput, type ExportRequest } from '../../console/export/exportInput';
import { renderExportPage, type ExportPage } from '../../console/export/exportView';
import { pseudonymise } from '../../console/export/pseudonymise';
import type { ConsoleAddress } from '../../console/links';
import { readClock } from '../settings';
import { readExportProgress } from '../bulk/exportProgress';
import { readAccountExport } from './exportRead';
import { jobState, submitExport } from './jobs';
import { loadFileIn, newestFiles, realignReportFolder } from './realignFiles';
import type { ConsoleReply } from './reply';

const EXPORT_PREFIX = 'tlr_export_';

/** The export asked for, with its text and size; `tooLarge` names the problem when it cannot be one file. */
function buildExport(request: ExportRequest): { account: AccountExport; text: string; bytes: number; tooLarge: string | null } {
  const read = readAccountExport(request.days);
  const account = request.anonymize ? pseudonymise(read) : read;
  const text = accountExportText(account);
  const bytes = utf8Bytes(text);
  const tooLarge =
    bytes <= MOST_FILE_BYTES
      ? null
      : `The export is ${(bytes / 1048576).toFixed(1)} MB (${recordCount(account)} records), more than the 10 MB one file may hold: export fewer days`;
  log.audit({ title: 'Routing console: account export', details: `${request.days} days${request.anonymize ? ', pseudonymised' : ''}: ${recordCount(account)} records, ${bytes} bytes` });
  return { account, text, bytes, tooLarge };
}

function readPage(address: ConsoleAddress, request: ExportRequest, savedId: string | null, error: string | null, taskId: string | null = null): ExportPage {
  const folderId = realignReportFolder();
  const exports = folderId === null ? [] : newestFiles(folderId, EXPORT_PREFIX).filter((found) => isExportName(found.name));
  const loaded = folderId === null || savedId === null ? null : loadFileIn(folderId, savedId);
  const saved = loaded === null || !isExportName(loaded.name) ? null : { id: savedId!, name: loaded.name, bytes: loaded.size };
  const job = taskId === null ? null : { taskId, state: jobState(taskId) };
  return { address, request, folderId, exports, saved, error, job, progress: readExportProgress() };
}

/** Starts the export job; the browser goes back to the page, which follows the job by its id. */
function startJob(request: ExportRequest, json: boolean, address: ConsoleAddress): ConsoleReply {
  const refuse = (error: string): ConsoleReply => (json ? { kind: 'json', body: { error } } : { kind: 'html', body: renderExportPage(readPage(address, request, null, error)) });
  if (realignReportFolder() === null) return refuse('No report folder is set on the realignment deployment; nothing was started');
  let taskId: string;
  try {
    taskId = submitExport(request);
  } catch (error) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return refuse(`NetSuite did not start the export (${String(name)}): ${String(message)}`);
  }
  return json ? { kind: 'json', body: { taskId } } : { kind: 'redirect', params: { action: 'export', task: taskId } };
}

function save(request: ExportRequest, json: boolean, address: ConsoleAddress): ConsoleReply {
  const folderId = realignReportFolder();
  const refuse = (error: string): ConsoleReply => (json ? { kind: 'json', body: { error } } : { kind: 'html', body: renderExportPage(readPage(address, request, null, error)) });
  if (folderId === null) return refuse('No report folder is set on the realignment deployment; nothing was saved');
  const built = buildExport(request);
  if (built.tooLarge !== null) return refuse(`${built.tooLarge}, or export in the background (split into parts); nothing was saved`);
  const name = exportFileName(readClock().now, request);
  const id = String(file.create({ name, fileType: file.Type.JSON, contents: built.text, folder: Number(folderId) }).save());
  if (json) return { kind: 'json', body: { file: id, name, bytes: built.bytes, records: recordCount(built.account) } };
  return { kind: 'redirect', params: { action: 'export', saved: id, days: String(request.days), anonymize: request.anonymize ? 'T' : 'F' } };
}

/** @example exportView('GET', { action: 'export', format: 'json' }, true, address).kind; // 'json' */
export function exportView(method: string, params: Readonly<Record<string, string>>, json: boolean, address: ConsoleAddress): ConsoleReply {
  const input = readExportInput(params);
  const request = typeof input === 'string' ? { days: DEFAULT_DAYS, anonymize: false } : input;
  if (typeof input === 'string') return json ? { kind: 'json', body: { error: input } } : { kind: 'html', body: renderExportPage(readPage(address, request, null, input)) };
  if (method === 'POST') return params['background'] === 'T' ? startJob(request, json, address) : save(request, json, address);
  const idOf = (name: string, pattern: RegExp) => (pattern.test(params[name] ?? '') ? params[name]! : null);
  if (!json) return { kind: 'html', body: renderExportPage(readPage(address, request, idOf('saved', /^\d{1,15}$/), null, idOf('task', /^[A-Z_]{1,20}\d{1,15}$/))) };
  const built = buildExport(request);
  return { kind: 'json', body: built.tooLarge === null ? built.account : { error: built.tooLarge } };
}

/** A saved export's JSON, when the id names an export in the report folder. */
export function exportDownload(params: Readonly<Record<string, string>>, address: ConsoleAddress): ConsoleReply {
  const folderId = realignReportFolder();
  const fileId = params['file']?.trim() ?? '';
  const loaded = folderId === null || !/^\d{1,15}$/.test(fileId) ? null : loadFileIn(folderId, fileId);
  if (loaded === null || !isExportName(loaded.name)) {
    return { kind: 'html', body: renderExportPage(readPage(address, { days: DEFAULT_DAYS, anonymize: false }, null, `file: ${JSON.stringify(fileId.slice(0, 20))} is not a saved export`)) };
  }
  return { kind: 'json-file', fileName: loaded.name, body: loaded.getContents() };
}
