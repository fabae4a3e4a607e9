/**
 * The realign view's work. GET reads: the report folder, the last reports, the latest preview's counts and the
 * state of the job asked about; it never starts anything. POST starts a job: PREVIEW as asked; APPLY only with the
 * confirmation ticked for the latest preview (so its counts were on the page). A started job sends the browser back
 * to the view with the job's id; a refused one shows why and starts nothing.
 */
import type { ConsoleAddress } from '../../console/links';
import { summarizeReport } from '../../console/realignReports';
import { realignJson, renderRealignPage, type RealignPage } from '../../console/realignView';
import { jobState, submitRealign } from './jobs';
import { listReports, readReport, realignReportFolder } from './realignFiles';
import type { ConsoleReply } from './reply';

function readPage(params: Readonly<Record<string, string>>, address: ConsoleAddress, error: string | null): RealignPage {
  const folderId = realignReportFolder();
  const reports = folderId === null ? [] : listReports(folderId);
  const latest = reports.find((report) => report.mode === 'PREVIEW');
  const read = folderId === null || latest === undefined ? null : readReport(folderId, latest.id);
  const taskId = params['task']?.trim() ?? '';
  return {
    address,
    folderId,
    reports,
    preview: read === null ? null : { report: read.report, summary: summarizeReport(read.contents) },
    job: taskId === '' ? null : { taskId, state: jobState(taskId) },
    error,
  };
}

function reply(page: RealignPage, json: boolean): ConsoleReply {
  return json ? { kind: 'json', body: realignJson(page) } : { kind: 'html', body: renderRealignPage(page) };
}

/** Why a POST may not start the job asked for, or null. */
function refusal(params: Readonly<Record<string, string>>, page: RealignPage): string | null {
  const mode = params['mode'] ?? '';
  if (mode !== 'PREVIEW' && mode !== 'APPLY') return `mode: ${JSON.stringify(mode.slice(0, 20))} is neither PREVIEW nor APPLY; nothing was started`;
  if (page.folderId === null) return 'The realignment has no report folder; nothing was started';
  if (mode === 'PREVIEW') return null;
  if (page.preview === null) return 'APPLY needs a preview first: start a preview and read its counts; nothing was applied';
  if (params['preview'] !== page.preview.report.id) return `The preview you confirmed is not the latest (${page.preview.report.name}); read the latest preview and confirm again; nothing was applied`;
  if (params['confirm'] !== 'T') return 'APPLY needs the confirmation box ticked; nothing was applied';
  return null;
}

function start(params: Readonly<Record<string, string>>, json: boolean, address: ConsoleAddress): ConsoleReply {
  const page = readPage({}, address, null);
  const refused = refusal(params, page);
  if (refused !== null) return reply({ ...page, error: refused }, json);
  let taskId: string;
  try {
    taskId = submitRealign(params['mode'] === 'APPLY' ? 'APPLY' : 'PREVIEW');
  } catch (error) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return reply({ ...page, error: `NetSuite did not start the realignment (${String(name)}): ${String(message)}` }, json);
  }
  return json ? { kind: 'json', body: { taskId } } : { kind: 'redirect', params: { action: 'realign', task: taskId } };
}

/** @example realignView('GET', { action: 'realign' }, false, address).kind; // 'html' */
export function realignView(method: string, params: Readonly<Record<string, string>>, json: boolean, address: ConsoleAddress): ConsoleReply {
  if (method === 'POST') return start(params, json, address);
  const notice = params['mode'] === undefined ? null : 'Starting a realignment needs the form on this page (a POST); nothing was started';
  return reply(readPage(params, address, notice), json);
}

/** A report's CSV, when the id names a report in the report folder. */
export function reportDownload(params: Readonly<Record<string, string>>, address: ConsoleAddress): ConsoleReply {
  const folderId = realignReportFolder();
  const fileId = params['file']?.trim() ?? '';
  const read = folderId === null || !/^\d{1,15}$/.test(fileId) ? null : readReport(folderId, fileId);
  if (read === null) return reply(readPage({}, address, `file: ${JSON.stringify(fileId.slice(0, 20))} is not a realignment report`), false);
  return { kind: 'csv', fileName: read.report.name, body: read.contents };
}
