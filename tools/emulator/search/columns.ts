/** search.Column: built from a name, `join.name`, a Column, or a plain `{name, join, summary, sort}` object. */
import { missingArgument, notEmulated, suiteScriptError } from '../errors';
import { SUMMARY_TYPES, type ColumnSpec, type SummaryType } from './model';

export class SearchColumn implements ColumnSpec {
  readonly name: string;
  readonly join?: string;
  readonly summary?: SummaryType;
  sort?: 'ASC' | 'DESC' | 'NONE';
  label?: string;
  readonly formula?: string;

  constructor(spec: ColumnSpec) {
    this.name = spec.name;
    if (spec.join !== undefined) this.join = spec.join;
    if (spec.summary !== undefined) this.summary = spec.summary;
    if (spec.sort !== undefined) this.sort = spec.sort;
    if (spec.label !== undefined) this.label = spec.label;
    if (spec.formula !== undefined) this.formula = spec.formula;
  }

  setWhenOrderedBy(): never {
    throw notEmulated('Column.setWhenOrderedBy');
  }

  /** The key NetSuite uses for this column in Result.toJSON (`GROUP(salesrep)`, `custrecord_x.isinactive`). */
  get key(): string {
    const path = this.join ? `${this.join}.${this.name}` : this.name;
    return this.summary ? `${this.summary}(${path})` : path;
  }
}

export function createColumn(options: Record<string, unknown>): SearchColumn {
  if (typeof options.name !== 'string' || options.name === '') throw missingArgument('name');
  const raw = options.name.trim().toLowerCase();
  const spec: ColumnSpec = { name: raw };
  const join = typeof options.join === 'string' && options.join !== '' ? options.join.toLowerCase() : undefined;
  if (join !== undefined) spec.join = join;
  else if (raw.includes('.') && !raw.startsWith('formula')) {
    spec.join = raw.slice(0, raw.indexOf('.'));
    spec.name = raw.slice(raw.indexOf('.') + 1);
  }
  if (options.summary !== undefined && options.summary !== null && options.summary !== '') {
    const summary = String(options.summary).toUpperCase();
    if (!(SUMMARY_TYPES as readonly string[]).includes(summary)) {
      throw suiteScriptError('SSS_INVALID_SRCH_COLUMN_SUM', `Invalid search summary type: ${String(options.summary)}`);
    }
    spec.summary = summary as SummaryType;
  }
  if (options.sort !== undefined && options.sort !== null) {
    const sort = String(options.sort).toUpperCase();
    if (sort !== 'ASC' && sort !== 'DESC' && sort !== 'NONE') throw suiteScriptError('SSS_INVALID_SRCH_COLUMN', `Invalid sort: ${String(options.sort)}`);
    spec.sort = sort;
  }
  if (typeof options.label === 'string') spec.label = options.label;
  if (typeof options.formula === 'string' && options.formula !== '') spec.formula = options.formula;
  return new SearchColumn(spec);
}

/** Any column form search.create accepts, as a Column. */
function toColumn(input: unknown): SearchColumn {
  if (input instanceof SearchColumn) return input;
  if (typeof input === 'string') return createColumn({ name: input });
  if (typeof input === 'object' && input !== null) return createColumn(input as Record<string, unknown>);
  throw suiteScriptError('SSS_INVALID_SRCH_COLUMN', `The search column ${JSON.stringify(input)} is not a column, string, or column object.`);
}

export function toColumns(input: unknown): SearchColumn[] {
  if (input === undefined || input === null) return [];
  return (Array.isArray(input) ? input : [input]).map(toColumn);
}
