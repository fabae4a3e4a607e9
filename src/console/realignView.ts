/**
 * The realign view (SPEC §6, `action=realign`): start a PREVIEW, read the latest preview's change counts, and only
 * then APPLY it — a POST with the preview's id and a ticked confirmation; the state of the job started last; the
 * last reports, each a link that downloads it.
 */
import { html, type Html } from './html';
import { hiddenFields, linkTo, type ConsoleAddress } from './links';
import { consolePage, message } from './page';
import type { ReportFile, ReportSummary } from './realignReports';
import { statusWords } from './statusWords';

export interface RealignJob {
  taskId: string;
  status: string;
  stage: string | null;
}

export interface RealignPage {
  address: ConsoleAddress;
  /** null while the realignment's deployment names no report folder. */
  folderId: string | null;
  reports: ReportFile[];
  preview: { report: ReportFile; summary: ReportSummary } | null;
  /** The job asked about (`task`), and its state (null when NetSuite knows no such job). */
  job: { taskId: string; state: RealignJob | null } | null;
  error: string | null;
}

/** @example countsText({ changes: 3, byStatus: { ROUTED: 2, OWNER: 1 }, failed: 0 }); // '3 leads would change (Routed 2, Owner 1)' */
export function countsText(summary: ReportSummary): string {
  const statuses = Object.entries(summary.byStatus).map(([status, count]) => `${statusWords(status)} ${count}`);
  const changes = `${summary.changes} lead${summary.changes === 1 ? '' : 's'} would change${statuses.length === 0 ? '' : ` (${statuses.join(', ')})`}`;
  return summary.failed === 0 ? changes : `${changes}; ${summary.failed} could not be decided and stay as they are`;
}

function reportLink(address: ConsoleAddress, report: ReportFile): string {
  return linkTo(address, { action: 'report', file: report.id });
}

function startForm(address: ConsoleAddress, mode: 'PREVIEW' | 'APPLY', fields: Html, button: Html): Html {
  return html`<form method="post" action="${linkTo(address, { action: 'realign' })}" id="start-${mode.toLowerCase()}">${hiddenFields({ path: address.path, params: [] }, { action: 'realign', mode })}${fields}${button}</form>`;
}

function previewSection(page: RealignPage): Html {
  const previewForm = startForm(page.address, 'PREVIEW', html``, html`<button type="submit" id="run-preview">Start a preview</button>`);
  const intro = html`<p>A preview decides every unlocked lead again with the current territories and writes only a report. Read it before you apply.</p>${previewForm}`;
  if (page.preview === null) return html`${intro}<p class="muted" id="no-preview">No preview yet: apply becomes available once a preview has run.</p>`;
  const { report, summary } = page.preview;
  const confirm = html`<p><label class="confirm"><input type="checkbox" name="confirm" value="T" required> I have read preview ${report.name}: apply its changes</label></p>
<input type="hidden" name="preview" value="${report.id}">`;
  const applyForm = startForm(page.address, 'APPLY', confirm, html`<button type="submit" class="danger" id="run-apply">Apply</button>`);
  return html`${intro}<h3>Latest preview</h3><p id="preview-counts">${report.name}${report.at === null ? '' : ` (${report.at})`}: ${countsText(summary)}. <a href="${reportLink(page.address, report)}">Download</a></p>
<p class="muted">Apply decides the leads again on the data as it is then; if territories changed since this preview, run a new one first.</p>${applyForm}`;
}

function jobSection(page: RealignPage): Html {
  if (page.job === null) return html``;
  const { taskId, state } = page.job;
  if (state === null) return html`<h2>Job</h2>${message('error', `No realignment job ${taskId} is known.`)}`;
  const refresh = linkTo(page.address, { action: 'realign', task: taskId });
  return html`<h2>Job</h2><p id="job-state">Job ${taskId}: ${state.status}${state.stage === null ? '' : `, stage ${state.stage}`}. <a href="${refresh}">Refresh</a></p>`;
}

function reportsTable(page: RealignPage): Html {
  if (page.reports.length === 0) return html`<p class="muted">No reports yet.</p>`;
  const rows = page.reports.map(
    (report) => html`<tr class="report"><td><a href="${reportLink(page.address, report)}">${report.name}</a></td><td>${report.mode ?? ''}</td><td>${report.at ?? ''}</td></tr>`,
  );
  return html`<table id="reports"><tr><th>Report</th><th>Mode</th><th>Finished</th></tr>${rows}</table>`;
}

export function renderRealignPage(page: RealignPage): string {
  const error = page.error === null ? '' : message('error', page.error);
  const body =
    page.folderId === null
      ? html`<h2>Realign</h2>${error}${message('error', 'The realignment has no report folder: set Report Folder (Internal ID) on its deployment, TLR Realign Leads - on demand, then come back.')}`
      : html`<h2>Realign</h2>${error}${jobSection(page)}${previewSection(page)}<h2>Last reports</h2>${reportsTable(page)}`;
  return consolePage(page.address, 'realign', 'Realign', body);
}

/** The realign view as JSON. */
export function realignJson(page: RealignPage) {
  return {
    reportFolder: page.folderId ?? '',
    job: page.job === null ? null : { taskId: page.job.taskId, status: page.job.state?.status ?? 'UNKNOWN', stage: page.job.state?.stage ?? '' },
    preview: page.preview === null ? null : { file: page.preview.report.id, name: page.preview.report.name, at: page.preview.report.at ?? '', ...page.preview.summary },
    reports: page.reports.map((report) => ({ file: report.id, name: report.name, mode: report.mode ?? '', at: report.at ?? '', url: reportLink(page.address, report) })),
    ...(page.error === null ? {} : { error: page.error }),
  };
}
