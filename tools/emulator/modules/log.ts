/** N/log (also the global `log`): entries go to the execution's log, filtered by the deployment's log level. */
import type { LogEntry } from '../account';
import type { Execution } from '../execution';

const TITLE_LIMIT = 99;
const DETAILS_LIMIT = 3999;

function detailsText(details: unknown): string {
  if (details === undefined || details === null) return '';
  if (typeof details === 'string') return details;
  if (details instanceof Error && !('toJSON' in details)) return `${details.name}: ${details.message}`;
  return JSON.stringify(details) ?? String(details);
}

/** `log.<level>(title, details)` or `log.<level>({ title, details })`, writing to the execution's log. */
const writer =
  (execution: Execution, level: LogEntry['level']) =>
  (titleOrOptions: unknown, details?: unknown): void => {
    const options =
      typeof titleOrOptions === 'object' && titleOrOptions !== null && !(titleOrOptions instanceof Error)
        ? (titleOrOptions as { title?: unknown; details?: unknown })
        : { title: titleOrOptions, details };
    // NetSuite keeps the first 99 characters of a title and 3999 of the details.
    execution.log(level, String(options.title ?? '').slice(0, TITLE_LIMIT), detailsText(options.details).slice(0, DETAILS_LIMIT));
  };

export function createLogModule(execution: Execution) {
  return { debug: writer(execution, 'DEBUG'), audit: writer(execution, 'AUDIT'), error: writer(execution, 'ERROR'), emergency: writer(execution, 'EMERGENCY') };
}

export function formatLogs(entries: readonly LogEntry[]): string {
  return entries.map((entry) => `${entry.level.padEnd(9)} ${entry.title}${entry.details ? ` — ${entry.details}` : ''}`).join('\n');
}
