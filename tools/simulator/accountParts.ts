/**
 * A split export read as one account file. The console's background export saves a large account in parts: the
 * first is an account file whose `parts` names the others, each `{ "part": N, "export": "<first part's name>",
 * "records": { "customer": [...] } }`, in the first part's folder. Their customer-stage records follow the first
 * part's, in the order `parts` names them. A part that is missing, unreadable, of another export, out of order or
 * holding anything else is refused with one line naming it (accountFile.ts reads the files).
 */
import { excerpt } from './excerpt';
import { nestingProblem } from './jsonNesting';
import { syntaxProblem } from './jsonSyntax';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A part's customer-stage records, or the problem with it (one line).
 *
 * @example
 * partRecords('{"part":3,"export":"a.json","records":{"customer":[]}}', 2, 'a.json'); // 'part: 3 is not 2, its place in the first part\'s list'
 */
export function partRecords(text: string, number: number, exportName: string): Record<string, unknown>[] | string {
  const nesting = nestingProblem(text);
  if (nesting !== null) return nesting;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return syntaxProblem(text, (error as Error).message);
  }
  if (!isObject(parsed)) return 'a part must hold one JSON object with part, export and records.customer';
  const extra = Object.keys(parsed).find((key) => !['part', 'export', 'records'].includes(key));
  if (extra !== undefined) return `${excerpt(extra)}: unknown key in a part (it holds part, export and records.customer)`;
  if (parsed['export'] !== exportName) return `export: ${excerpt(parsed['export'])} is not ${JSON.stringify(exportName)}: this part belongs to another export`;
  if (parsed['part'] !== number) return `part: ${excerpt(parsed['part'])} is not ${number}, its place in the first part's list`;
  const records = parsed['records'];
  const customers = isObject(records) && Object.keys(records).length === 1 ? records['customer'] : undefined;
  if (!Array.isArray(customers) || !customers.every(isObject)) return 'records: a part holds only records.customer, an array of records';
  return customers;
}
