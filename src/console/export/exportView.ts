/**
 * The export view (SPEC §6, `action=export`): the form (days, pseudonymise), a POST that saves the export to the
 * File Cabinet, the saved file's download link, and the last exports. The same export can be downloaded without
 * saving it (a GET with `format=json`, which writes nothing).
 */
import { html, type Html } from '../html';
import { hiddenFields, linkTo, type ConsoleAddress } from '../links';
import { consolePage, message } from '../page';
import type { ExportRequest } from './exportInput';
import type { ExportProgress } from './exportParts';

export interface ExportFile {
  id: string;
  name: string;
}

export interface ExportPage {
  address: ConsoleAddress;
  request: ExportRequest;
  /** null while the realignment's deployment names no report folder (exports are saved there too). */
  folderId: string | null;
  /** The newest exports in the folder. */
  exports: ExportFile[];
  /** The export just saved, when the page follows a save. */
  saved: (ExportFile & { bytes: number }) | null;
  error: string | null;
  /** The background export the page follows (its task id and NetSuite's state of it; null state: unknown id). */
  job: { taskId: string; state: { status: string } | null } | null;
  /** The latest background export's progress, when NetSuite still holds it. */
  progress: ExportProgress | null;
}

export function exportDownloadLink(address: ConsoleAddress, file: ExportFile): string {
  return linkTo(address, { action: 'exportfile', file: file.id });
}

function form(page: ExportPage): Html {
  const { address, request } = page;
  const direct = linkTo(address, { action: 'export', format: 'json', days: String(request.days), anonymize: request.anonymize ? 'T' : 'F' });
  return html`<form method="post" action="${linkTo(address, { action: 'export' })}" id="export-form">${hiddenFields({ path: address.path, params: [] }, { action: 'export' })}
<p><label for="days">Leads, prospects and customers created in the last (days)</label><input type="text" id="days" name="days" value="${String(request.days)}" size="5"></p>
<p><label class="confirm"><input type="checkbox" id="anonymize" name="anonymize" value="T"${request.anonymize ? html` checked` : html``}> Pseudonymise: replace emails and company names, leave out rep names and routing reasons (to share the file)</label></p>
<button type="submit" id="run-export">Save the export to the File Cabinet</button>
<button type="submit" id="run-export-background" name="background" value="T">Export in the background, in parts</button></form>
<p class="muted">Or <a href="${direct}" id="export-direct">open it without saving</a> (small accounts: one response of at most 10 MB). A large account exports in the background: the export is saved in files under 10 MB, the first naming the others; give the simulator the first, with the others in the same folder.</p>`;
}

function savedSection(page: ExportPage): Html {
  if (page.saved === null) return html``;
  const { saved } = page;
  const size = `${(saved.bytes / 1024).toFixed(1)} KB`;
  return html`<div class="message info" role="status" id="export-saved">Saved ${saved.name} (${size}). <a href="${exportDownloadLink(page.address, saved)}" id="export-download">Download</a></div>`;
}

function progressLine(page: ExportPage, progress: ExportProgress): Html {
  if (progress.state === 'reading') return html`Reading the account for ${progress.name}.`;
  if (progress.state === 'writing') return html`Saving ${progress.name}: ${String(progress.written)} of ${String(progress.parts)} parts saved.`;
  if (progress.state === 'failed') return html`${progress.name} failed: ${progress.error ?? 'no reason given'}`;
  const links = (progress.files ?? []).map((part, index) => html` <a href="${exportDownloadLink(page.address, part)}" class="export-part"${index === 0 ? html` id="export-job-download"` : html``}>${part.name}</a>`);
  return html`Saved ${progress.name} in ${String(progress.parts)} parts; download every part into one folder:${links}`;
}

function jobSection(page: ExportPage): Html {
  if (page.job === null && page.progress === null) return html``;
  const job = page.job === null ? html`` : html`<p>Export job ${page.job.taskId}: ${page.job.state?.status ?? 'NetSuite does not know this job'}.</p>`;
  const progress = page.progress === null ? html`` : html`<p>${progressLine(page, page.progress)}</p>`;
  return html`<div class="message info" role="status" id="export-job" data-state="${page.progress?.state ?? page.job?.state?.status ?? ''}">${job}${progress}</div>`;
}

function exportsTable(page: ExportPage): Html {
  if (page.exports.length === 0) return html`<p class="muted">No exports yet.</p>`;
  const rows = page.exports.map((file) => html`<tr class="export"><td><a href="${exportDownloadLink(page.address, file)}">${file.name}</a></td></tr>`);
  return html`<table id="exports"><tr><th>Export</th></tr>${rows}</table>`;
}

export function renderExportPage(page: ExportPage): string {
  const error = page.error === null ? '' : message('error', page.error);
  const intro = html`<p>The account as routing reads it — settings, reps, territories, members with their turns, and the leads, prospects and customers — in the simulator's account file format, to replay against a draft territory set. Nothing in NetSuite changes.</p>`;
  const folder =
    page.folderId === null
      ? message('error', 'Exports are saved in the realignment report folder, and none is set: set Report Folder (Internal ID) on the deployment TLR Realign Leads - on demand, or open the export without saving.')
      : html``;
  const body = html`<h2>Export</h2>${error}${savedSection(page)}${jobSection(page)}${intro}${folder}${form(page)}<h2>Last exports</h2>${exportsTable(page)}`;
  return consolePage(page.address, 'export', 'Export', body);
}
