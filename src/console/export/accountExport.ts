/**
 * The account export (SPEC §6 `export`, in SPEC §5's account file format) assembled from the rows the console read:
 * records by type in the order the simulator seeds them, empty values left out, the lists only with the values
 * something exported refers to. Pure: the reads are src/netsuite/console/exportRead.ts.
 */

/** One exported record: its internal id and the fields the account file takes, as the file takes them. */
export type ExportRow = { id: string } & Record<string, unknown>;

export interface ExportParts {
  /** The company's calendar day of the export, in its time zone. */
  today: string;
  /** The company's IANA time zone. */
  timezone: string;
  /** The lead user event's deployment parameters, by parameter id. */
  parameters: Record<string, string | boolean>;
  employees: ExportRow[];
  territories: ExportRow[];
  members: ExportRow[];
  customers: ExportRow[];
  /** Lead sources, categories and subsidiaries, by record type; only those something exported refers to are kept. */
  lists: Readonly<Record<ListType, ExportRow[]>>;
}

export type ListType = 'campaign' | 'customercategory' | 'subsidiary';

export interface AccountExport {
  today: string;
  timezone: string;
  parameters: Record<string, string | boolean>;
  records: Record<string, ExportRow[]>;
  leads: never[];
  /** A split export's first part: the other parts' names, in order (exportParts.ts). */
  parts?: string[];
}

/** Where each list is referred to: territory multi-selects and customer selects. */
export const LIST_REFERENCES: Readonly<Record<ListType, { territory: string; customer: string }>> = {
  campaign: { territory: 'custrecord_tlr_lead_sources', customer: 'leadsource' },
  customercategory: { territory: 'custrecord_tlr_categories', customer: 'category' },
  subsidiary: { territory: 'custrecord_tlr_subsidiaries', customer: 'subsidiary' },
};

function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null || value === '' ? [] : [String(value)];
}

/**
 * Ids of `type` the territories and customers refer to, ascending.
 *
 * @example
 * listIdsReferred('campaign', [{ id: '1', custrecord_tlr_lead_sources: ['4', '3'] }], [{ id: '9', leadsource: '3' }]); // ['3', '4']
 */
export function listIdsReferred(type: ListType, territories: readonly ExportRow[], customers: readonly ExportRow[]): string[] {
  const { territory, customer } = LIST_REFERENCES[type];
  const ids = new Set([...territories.flatMap((row) => idsIn(row[territory])), ...customers.flatMap((row) => idsIn(row[customer]))]);
  return [...ids].sort((a, b) => Number(a) - Number(b));
}

/**
 * Employees the export must hold besides the sales reps: every one a territory, member, customer-stage record or
 * parameter names (a file naming an employee it does not hold is refused by the simulator), ascending.
 *
 * @example
 * employeesReferred({ custscript_tlr_default_rep: '12' }, [{ id: '1', custrecord_tlr_fallback_rep: '9' }], [], []); // ['9', '12']
 */
export function employeesReferred(parameters: ExportParts['parameters'], territories: readonly ExportRow[], members: readonly ExportRow[], customers: readonly ExportRow[]): string[] {
  const ids = new Set([
    ...['custscript_tlr_default_rep', 'custscript_tlr_alert_to', 'custscript_tlr_notify_author'].flatMap((name) => idsIn(parameters[name])),
    ...territories.flatMap((row) => idsIn(row['custrecord_tlr_fallback_rep'])),
    ...members.flatMap((row) => idsIn(row['custrecord_tlr_mem_rep'])),
    ...customers.flatMap((row) => idsIn(row['salesrep'])),
  ]);
  return [...ids].sort((a, b) => Number(a) - Number(b));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A row without its empty values (the file's fields left out take their defaults). */
export function compactRow(row: ExportRow): ExportRow {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => !isEmpty(value))) as ExportRow;
}

/**
 * The account file: employees first, then the lists, territories, members and customer-stage records; `leads` is
 * empty, because the leads are already in NetSuite — they are the customer-stage records with stage LEAD.
 *
 * @example
 * accountExport(parts).records.customer?.[0]; // { id: '500', stage: 'CUSTOMER', companyname: 'Acme Inc', … }
 */
export function accountExport(parts: ExportParts): AccountExport {
  const records: Record<string, ExportRow[]> = { employee: parts.employees.map(compactRow) };
  for (const type of Object.keys(LIST_REFERENCES) as ListType[]) {
    if (parts.lists[type].length > 0) records[type] = parts.lists[type].map(compactRow);
  }
  records['customrecord_tlr_territory'] = parts.territories.map(compactRow);
  records['customrecord_tlr_member'] = parts.members.map(compactRow);
  records['customer'] = parts.customers.map(compactRow);
  return { today: parts.today, timezone: parts.timezone, parameters: { ...parts.parameters }, records, leads: [] };
}

/** The file's text, as the simulator reads it: two-space indents and a final line feed. */
export function accountExportText(account: AccountExport): string {
  return `${JSON.stringify(account, null, 2)}\n`;
}

/** The File Cabinet's limit on a file a script writes or reads (N/file, 10 MB). */
export const MOST_FILE_BYTES = 10 * 1024 * 1024;

/** @example utf8Bytes('é'); // 2 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** How many records the export holds, all types together. */
export function recordCount(account: AccountExport): number {
  return Object.values(account.records).reduce((sum, rows) => sum + rows.length, 0);
}
