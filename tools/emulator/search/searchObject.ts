/**
 * search.Search and what running it gives: ResultSet (each ≤ 4000 rows, getRange ≤ 1000 rows a call) and
 * PagedData (pages of 5–1000 rows, fetched by index). Every run re-reads the store, as NetSuite does not cache
 * result sets (only the filter evaluation is reused while nothing was written: see `matches`), and builds only the
 * rows it hands out; each metered call charges its units, then consults the search fault hook.
 */
import costs from '../../../governance/unitCosts.json';
import { notEmulated, suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import type { RecordTypeDef, StoredRecord } from '../schema/model';
import { SearchColumn, toColumns } from './columns';
import { matchingRecords } from './evaluate';
import { andedConditions, parseFilters, toExpression } from './filterParse';
import type { FilterNode } from './model';
import { resolvedColumns, resolvedFrom, searchRowCount, searchRows, type ResolvedColumns, type SearchResult } from './results';

const EACH_LIMIT = 4000;
const RANGE_LIMIT = costs.rowsPerCall['ResultSet.getRange'];

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
  private lastMatch: { tree: FilterNode | undefined; version: number; instant: number; records: readonly StoredRecord[] } | undefined;
  private lastColumns: ResolvedColumns | undefined;

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
    return new EmulatedResultSet(this.execution, this.columnList, (start, end) => this.rows(start, end));
  }

  runPaged(options: { pageSize?: number } = {}): EmulatedPagedData {
    const pageSize = options.pageSize ?? 50;
    if (!Number.isInteger(pageSize) || pageSize < 5 || pageSize > 1000) {
      throw suiteScriptError('EMULATOR_INVALID_PAGE_SIZE', `pageSize must be an integer from 5 to 1000, not ${String(options.pageSize)}`);
    }
    this.execution.meter.charge('Search.runPaged');
    return new EmulatedPagedData(this.execution, pageSize, this.rowCount(), (start, end) => this.rows(start, end));
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

  /** Rows `start` to `end` (exclusive) of a fresh run; only those rows are built. */
  private rows(start = 0, end = Number.POSITIVE_INFINITY): SearchResult[] {
    const { account } = this.execution;
    account.faults.onSearch?.(this.typeDef.type);
    return searchRows(account, this.matches(), this.resolvedColumns(), { start, end });
  }

  private rowCount(): number {
    const { account } = this.execution;
    account.faults.onSearch?.(this.typeDef.type);
    return searchRowCount(account, this.matches(), this.resolvedColumns());
  }

  /** The columns resolved, again only when they changed (a script may set them, or push one into the live list). */
  private resolvedColumns(): ResolvedColumns {
    const last = this.lastColumns;
    if (last && resolvedFrom(last, this.columnList)) return last;
    this.lastColumns = resolvedColumns(this.execution.account, this.typeDef, this.columnList);
    return this.lastColumns;
  }

  /**
   * The records the filters match now. Every run reads the store afresh, except that a run of the same filters
   * with no write since and at the same instant (relative dates) reuses the last one's records: the
   * `runPaged` count and the page fetches that follow it evaluate the filters once.
   */
  private matches(): readonly StoredRecord[] {
    const { account } = this.execution;
    const tree = this.currentTree();
    const [version, instant] = [account.store.version, account.clock.nowMs()];
    const last = this.lastMatch;
    if (last && last.tree === tree && last.version === version && last.instant === instant) return last.records;
    const records = matchingRecords(account, this.typeDef, tree);
    this.lastMatch = { tree, version, instant, records };
    return records;
  }
}

export class EmulatedResultSet {
  constructor(
    private readonly execution: Execution,
    readonly columns: SearchColumn[],
    private readonly rows: (start: number, end: number) => SearchResult[],
  ) {}

  /** Calls back for each row (at most 4000) while the callback returns true. */
  each(callback: (result: SearchResult) => unknown): void {
    this.execution.meter.charge('ResultSet.each');
    for (const row of this.rows(0, EACH_LIMIT)) if (!callback(row)) return;
  }

  getRange(options: { start: number; end: number }): SearchResult[] {
    const { start, end } = options ?? {};
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end - start > RANGE_LIMIT) {
      throw suiteScriptError('EMULATOR_INVALID_RANGE', `getRange takes 0 ≤ start ≤ end and at most 1000 rows, not ${String(start)}..${String(end)}`);
    }
    this.execution.meter.charge('ResultSet.getRange');
    return this.rows(start, end);
  }
}

export class EmulatedPagedData {
  readonly pageRanges: { index: number; compoundLabel: string }[];

  constructor(
    private readonly execution: Execution,
    readonly pageSize: number,
    readonly count: number,
    private readonly rows: (start: number, end: number) => SearchResult[],
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
    const data = this.rows(index * this.pageSize, (index + 1) * this.pageSize);
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
