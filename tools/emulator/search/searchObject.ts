/**
 * search.Search and what running it gives: ResultSet (each ≤ 4000 rows, getRange ≤ 1000 rows a call) and
 * PagedData (pages of 5–1000 rows, fetched by index). Every run re-reads the store, as NetSuite does not cache
 * result sets; each metered call charges its units, then consults the search fault hook.
 */
import { notEmulated, suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import type { RecordTypeDef } from '../schema/model';
import { SearchColumn, toColumns } from './columns';
import { matchingRecords } from './evaluate';
import { andedConditions, parseFilters, toExpression } from './filterParse';
import type { FilterNode } from './model';
import { searchRows, type SearchResult } from './results';

const EACH_LIMIT = 4000;
const RANGE_LIMIT = 1000;

export interface SearchDefinition {
  filters?: unknown;
  columns?: unknown;
  id?: string;
  title?: string;
}

export class EmulatedSearch {
  readonly searchType: string;
  readonly id: string | null;
  title: string | null;
  private tree: FilterNode | undefined;
  private filterList: unknown[] | undefined;
  private columnList: SearchColumn[];

  constructor(
    private readonly execution: Execution,
    private readonly typeDef: RecordTypeDef,
    definition: SearchDefinition,
  ) {
    this.searchType = typeDef.type;
    this.id = definition.id ?? null;
    this.title = definition.title ?? null;
    this.tree = parseFilters(definition.filters);
    this.columnList = toColumns(definition.columns);
  }

  /** The filters as Filter objects; the array is live (push a filter to add it), as scripts expect. */
  get filters(): unknown[] {
    if (this.filterList) return this.filterList;
    const conditions = andedConditions(this.tree);
    if (!conditions) throw notEmulated('Reading Search.filters of an expression with OR or NOT (use filterExpression)');
    this.filterList = conditions.map((condition) => ({ ...condition }));
    return this.filterList;
  }

  set filters(filters: unknown[]) {
    this.tree = parseFilters(filters);
    this.filterList = undefined;
  }

  get filterExpression(): unknown[] {
    return toExpression(this.currentTree());
  }

  set filterExpression(expression: unknown[]) {
    this.tree = parseFilters(expression);
    this.filterList = undefined;
  }

  get columns(): SearchColumn[] {
    return this.columnList;
  }

  set columns(columns: unknown[]) {
    this.columnList = toColumns(columns);
  }

  run(): EmulatedResultSet {
    return new EmulatedResultSet(this.execution, this.columnList, () => this.rows());
  }

  runPaged(options: { pageSize?: number } = {}): EmulatedPagedData {
    const pageSize = options.pageSize ?? 50;
    if (!Number.isInteger(pageSize) || pageSize < 5 || pageSize > 1000) {
      throw suiteScriptError('EMULATOR_INVALID_PAGE_SIZE', `pageSize must be an integer from 5 to 1000, not ${String(options.pageSize)}`);
    }
    this.execution.meter.charge('Search.runPaged');
    return new EmulatedPagedData(this.execution, pageSize, this.rows().length, () => this.rows());
  }

  save(): never {
    throw notEmulated('Search.save');
  }

  /** Every row, uncharged and without the 4,000-row cap: how the map/reduce framework reads a search getInputData returns. */
  static frameworkRows(search: EmulatedSearch): SearchResult[] {
    return search.rows();
  }

  private currentTree(): FilterNode | undefined {
    // A script may have pushed Filter objects into the live array since it was read.
    return this.filterList ? parseFilters(this.filterList) : this.tree;
  }

  private rows(): SearchResult[] {
    const { account } = this.execution;
    account.faults.onSearch?.(this.typeDef.type);
    const records = matchingRecords(account, this.typeDef, this.currentTree());
    return searchRows(account, this.typeDef, records, [...this.columnList]);
  }
}

export class EmulatedResultSet {
  constructor(
    private readonly execution: Execution,
    readonly columns: SearchColumn[],
    private readonly rows: () => SearchResult[],
  ) {}

  /** Calls back for each row (at most 4000) while the callback returns true. */
  each(callback: (result: SearchResult) => unknown): void {
    this.execution.meter.charge('ResultSet.each');
    for (const row of this.rows().slice(0, EACH_LIMIT)) if (!callback(row)) return;
  }

  getRange(options: { start: number; end: number }): SearchResult[] {
    const { start, end } = options ?? {};
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end - start > RANGE_LIMIT) {
      throw suiteScriptError('EMULATOR_INVALID_RANGE', `getRange takes 0 ≤ start ≤ end and at most 1000 rows, not ${String(start)}..${String(end)}`);
    }
    this.execution.meter.charge('ResultSet.getRange');
    return this.rows().slice(start, end);
  }
}

export class EmulatedPagedData {
  readonly pageRanges: { index: number; compoundLabel: string }[];

  constructor(
    private readonly execution: Execution,
    readonly pageSize: number,
    readonly count: number,
    private readonly rows: () => SearchResult[],
  ) {
    const pages = Math.ceil(count / pageSize);
    this.pageRanges = Array.from({ length: pages }, (_, index) => ({
      index,
      compoundLabel: `${index * pageSize + 1} – ${Math.min(count, (index + 1) * pageSize)}`,
    }));
  }

  fetch(options: { index: number }): EmulatedPage {
    const index = options?.index;
    if (!Number.isInteger(index) || index < 0 || index >= this.pageRanges.length) {
      throw suiteScriptError('INVALID_PAGE_RANGE', 'Invalid page range.');
    }
    this.execution.meter.charge('PagedData.fetch');
    const data = this.rows().slice(index * this.pageSize, (index + 1) * this.pageSize);
    return new EmulatedPage(this, index, data);
  }
}

export class EmulatedPage {
  readonly isFirst: boolean;
  readonly isLast: boolean;

  constructor(
    readonly pagedData: EmulatedPagedData,
    private readonly index: number,
    readonly data: SearchResult[],
  ) {
    this.isFirst = index === 0;
    this.isLast = index === pagedData.pageRanges.length - 1;
  }

  get pageRange(): { index: number; compoundLabel: string } | undefined {
    return this.pagedData.pageRanges[this.index];
  }

  next(): EmulatedPage {
    return this.pagedData.fetch({ index: this.index + 1 });
  }

  prev(): EmulatedPage {
    return this.pagedData.fetch({ index: this.index - 1 });
  }
}
