/**
 * The export view's parameters (SPEC §6 `export`): `days`, a whole number of days from 1 to 3650 (default 90), and
 * `anonymize`, T or F (default F). Anything else is refused with one line naming the parameter.
 */

export const DEFAULT_DAYS = 90;
const MOST_DAYS = 3650;

export interface ExportRequest {
  days: number;
  anonymize: boolean;
}

/**
 * @example
 * readExportInput({ days: '30', anonymize: 'T' }); // { days: 30, anonymize: true }
 * readExportInput({ days: 'x' }); // 'days: "x" is not a whole number of days from 1 to 3650'
 */
export function readExportInput(params: Readonly<Record<string, string>>): ExportRequest | string {
  const daysText = (params['days'] ?? '').trim();
  const days = daysText === '' ? DEFAULT_DAYS : /^\d{1,4}$/.test(daysText) ? Number(daysText) : Number.NaN;
  if (!(days >= 1 && days <= MOST_DAYS)) {
    return `days: ${JSON.stringify(daysText.slice(0, 20))} is not a whole number of days from 1 to ${MOST_DAYS}`;
  }
  const anonymize = (params['anonymize'] ?? 'F').trim().toUpperCase();
  if (anonymize !== 'T' && anonymize !== 'F') return `anonymize: ${JSON.stringify(anonymize.slice(0, 20))} is neither T nor F`;
  return { days, anonymize: anonymize === 'T' };
}

const EXPORT_NAME = /^tlr_export_\d{8}T\d{6}Z_\d+d(_pseudonymised)?(_part\d{1,5})?\.json$/;

/**
 * The File Cabinet name of an export saved at `now` (ISO instant).
 *
 * @example
 * exportFileName('2026-11-26T09:00:00.000Z', { days: 90, anonymize: true }); // 'tlr_export_20261126T090000Z_90d_pseudonymised.json'
 */
export function exportFileName(now: string, request: ExportRequest): string {
  const stamp = now.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `tlr_export_${stamp}_${request.days}d${request.anonymize ? '_pseudonymised' : ''}.json`;
}

/** Whether a File Cabinet name is an export's (the console serves no other file under the export view). */
export function isExportName(name: string): boolean {
  return EXPORT_NAME.test(name);
}
