/**
 * The simulator's account file (SPEC §5) as read: UTF-8 JSON, nested no deeper than an account needs, whose top
 * level holds `today`, `parameters`, `records` and `leads`. This file checks the text and the shape only; what the
 * values mean (record types, fields, references) is checked against the SDF objects by `validateAccount`, before
 * anything runs.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isTimeZone } from '../../src/engine/time/zonedTime';
import { isIsoDay } from '../emulator/dates';
import { DEFAULT_FEATURES } from '../emulator/schema/accountSchema';
import { partRecords } from './accountParts';
import { accountText } from './accountText';
import { excerpt, keyText } from './excerpt';
import { atInstant } from './instant';
import { editShapeProblems, type LeadEdit } from './leadEdits';
import { nestingProblem } from './jsonNesting';
import { syntaxProblem } from './jsonSyntax';

export interface AccountFile {
  /** The company's calendar day of the run, `YYYY-MM-DD`; the emulator clock stands at noon that day, company time. */
  today?: string;
  /** Instead of `today`, the exact moment of the run: an ISO date-time, with its offset (else company time). */
  now?: string;
  /** The company's IANA time zone (Company Information); default America/Los_Angeles, NetSuite's server time. */
  timezone?: string;
  /** Deployment parameters of the lead user event (`custscript_tlr_*`). */
  parameters?: Record<string, unknown>;
  /** Existing records by record type: employee, customrecord_tlr_territory, customrecord_tlr_member, customer, … */
  records?: Record<string, Record<string, unknown>[]>;
  /** Leads to create, in order, each through the deployed lead user event. */
  leads?: Record<string, unknown>[];
  /** Changes saved after the leads are created, in order, each as its employee would save it in the UI (leadEdits.ts). */
  edits?: LeadEdit[];
  /** NetSuite features switched off or on: `{ "SUBSIDIARIES": false }` is an account without OneWorld. Default: on. */
  features?: Record<string, boolean>;
  /** A split export's first part: the other parts' file names, read from the same folder (accountParts.ts). */
  parts?: string[];
}

/** The features an account file may switch, with what they mean there. */
const SWITCHABLE_FEATURES: Readonly<Record<string, string>> = {
  SUBSIDIARIES: 'OneWorld: leads, prospects, customers and employees have a subsidiary',
};

/** How many problems an error message lists before it says how many more there are. */
const LISTED_PROBLEMS = 25;

/**
 * Bad input. Each problem names the record and the field, e.g.
 * `records.customrecord_tlr_member[3] (id 12): custrecord_tlr_mem_rep: employee 99 does not exist`.
 */
export class AccountFileError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[], readonly source?: string) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(describeProblems(list, source));
    this.name = 'AccountFileError';
    this.problems = list;
  }

  /** The same problems, said of a named file (the CLI knows the path, `simulate` does not). */
  withSource(source: string): AccountFileError {
    return new AccountFileError(this.problems, source);
  }
}

function describeProblems(problems: readonly string[], source: string | undefined): string {
  const prefix = source === undefined ? '' : `${source}: `;
  if (problems.length === 1) return `${prefix}${problems[0]}`;
  const listed = problems.slice(0, LISTED_PROBLEMS).map((problem) => `  ${problem}`);
  const more = problems.length > LISTED_PROBLEMS ? [`  … and ${problems.length - LISTED_PROBLEMS} more`] : [];
  return [`${prefix}${problems.length} problems in the account file:`, ...listed, ...more].join('\n');
}

const TOP_LEVEL_KEYS = ['today', 'now', 'timezone', 'parameters', 'records', 'leads', 'edits', 'features', 'parts'];

/** A part's name: a JSON file in the first part's folder, never a path elsewhere. */
const PART_NAME = /^[\w.-]+\.json$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shape problems of a would-be account file: top-level keys, `today`, and objects and arrays where they belong. */
export function shapeProblems(account: unknown): string[] {
  if (!isObject(account)) return ['the account file must hold one JSON object with today, parameters, records and leads'];
  const problems = Object.keys(account)
    .filter((key) => !TOP_LEVEL_KEYS.includes(key))
    .map((key) => `${keyText(key)}: unknown top-level key (the file holds ${TOP_LEVEL_KEYS.join(', ')})`);
  const { today, parameters, records, leads } = account;
  if (today !== undefined && (typeof today !== 'string' || !isIsoDay(today))) problems.push(`today: ${excerpt(today)} is not a date (YYYY-MM-DD)`);
  problems.push(...timeProblems(account));
  if (parameters !== undefined && !isObject(parameters)) problems.push('parameters: must be an object of parameter ids and values');
  if (records !== undefined) {
    if (!isObject(records)) problems.push('records: must be an object of record types, each with an array of records');
    else for (const [type, rows] of Object.entries(records)) problems.push(...arrayOfObjectsProblems(rows, `records.${keyText(type)}`));
  }
  if (leads !== undefined) problems.push(...arrayOfObjectsProblems(leads, 'leads'));
  if (account.edits !== undefined) problems.push(...editShapeProblems(account.edits));
  if (account.features !== undefined) problems.push(...featureProblems(account.features));
  const { parts } = account;
  if (parts !== undefined && (!Array.isArray(parts) || parts.some((name) => typeof name !== 'string' || !PART_NAME.test(name) || name.startsWith('.')))) {
    problems.push('parts: must be an array of file names (in the same folder as this file), e.g. ["export_part2.json"]');
  }
  return problems;
}

/** `timezone` must be a zone name, `now` a date-time, and only one of `today` and `now` says when the run is. */
function timeProblems(account: Record<string, unknown>): string[] {
  const { today, now, timezone } = account;
  const problems: string[] = [];
  if (timezone !== undefined && (typeof timezone !== 'string' || !isTimeZone(timezone))) problems.push(`timezone: ${excerpt(timezone)} is not a time zone name such as Australia/Sydney or America/New_York`);
  if (now !== undefined && (typeof now !== 'string' || atInstant(now, 'UTC') === null)) problems.push(`now: ${excerpt(now)} is not an ISO date-time such as 2026-12-20T22:00:00Z`);
  if (now !== undefined && today !== undefined) problems.push('now: give today or now, not both');
  return problems;
}

function featureProblems(features: unknown): string[] {
  if (!isObject(features)) return ['features: must be an object of feature ids and true or false, e.g. { "SUBSIDIARIES": false }'];
  return Object.entries(features).flatMap(([feature, value]) => {
    if (SWITCHABLE_FEATURES[feature] === undefined) return [`features.${keyText(feature)}: unknown feature (the simulator switches ${Object.keys(SWITCHABLE_FEATURES).join(', ')})`];
    return typeof value === 'boolean' ? [] : [`features.${feature}: ${excerpt(value)} is not true or false`];
  });
}

/**
 * The features in effect in the account a file describes: the emulator's defaults, less those it switches off.
 *
 * @example
 * accountFeatures({ features: { SUBSIDIARIES: false } }); // ['SERVERSIDESCRIPTING', 'CUSTOMRECORDS']
 */
export function accountFeatures(account: AccountFile): string[] {
  const switched = account.features ?? {};
  return [...new Set([...DEFAULT_FEATURES, ...Object.keys(switched)])].filter((feature) => switched[feature] !== false);
}

function arrayOfObjectsProblems(rows: unknown, path: string): string[] {
  if (!Array.isArray(rows)) return [`${path}: must be an array of records`];
  return rows.flatMap((row, index) => (isObject(row) ? [] : [`${path}[${index}]: must be an object of field ids and values`]));
}

/**
 * Parses an account file's text; too deep, unreadable JSON or a wrong shape throws an AccountFileError naming
 * `source`. The nesting is checked on the text first, so no step after it can run out of stack.
 *
 * @example
 * const account = parseAccountFile(readFileSync('sample/example-account.json', 'utf8'), 'sample/example-account.json');
 * account.leads?.[0]?.externalid; // 'L1'
 */
export function parseAccountFile(text: string, source: string): AccountFile {
  const nesting = nestingProblem(text);
  if (nesting !== null) throw new AccountFileError(nesting, source);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AccountFileError(syntaxProblem(text, (error as Error).message), source);
  }
  const problems = shapeProblems(parsed);
  if (problems.length > 0) throw new AccountFileError(problems, source);
  return parsed as AccountFile;
}

/** A file's text, which must be UTF-8 (a byte-order mark is dropped); a problem is an AccountFileError naming it. */
export function readUtf8File(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new AccountFileError(`cannot read the file: ${(error as Error).message}`, file);
  }
  const decoded = accountText(bytes);
  if ('problem' in decoded) throw new AccountFileError(decoded.problem, file);
  return decoded.text;
}

/** The first part of a split export with every other part's customer-stage records after its own, without `parts`. */
function joinParts(first: AccountFile, firstFile: string): AccountFile {
  const { parts = [], ...account } = first;
  const customers = [...(account.records?.['customer'] ?? [])];
  parts.forEach((name, index) => {
    const file = join(dirname(firstFile), name);
    const read = partRecords(readUtf8File(file), index + 2, basename(firstFile));
    if (typeof read === 'string') throw new AccountFileError(read, file);
    customers.push(...read);
  });
  return { ...account, records: { ...account.records, customer: customers } };
}

/**
 * Reads and parses an account file; the first part of a split export comes back with its other parts' records.
 *
 * @example
 * readAccountFile('sample/example-account.json').today; // '2026-11-26'
 */
export function readAccountFile(file: string): AccountFile {
  const account = parseAccountFile(readUtf8File(file), file);
  return account.parts === undefined ? account : joinParts(account, file);
}
