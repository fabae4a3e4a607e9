/**
 * What runSuiteQL returns: a ResultSet whose `results` are Result objects (`values` in select-list order,
 * `asMap()`), and `asMappedResults()`, one plain object per row keyed by the columns' names. The members the
 * emulator does not model (`columns`, `types`, `iterator`, `getValueForAlias`, …) fail when used.
 */
import { unsupported } from './errors';
import type { ResultValue } from './values';

/** The result keys of a query's columns, and whether two columns share one (a map would lose a value). */
class ColumnNames {
  readonly duplicate: string | undefined;
  /** Every column NULL: each mapped row starts as a copy, getting all its keys at once instead of one by one. */
  readonly #nulls: Record<string, ResultValue>;

  constructor(readonly names: readonly string[]) {
    this.duplicate = names.find((name, index) => names.indexOf(name) !== index);
    this.#nulls = Object.fromEntries(names.map((name) => [name, null]));
  }

  map(values: readonly ResultValue[]): Record<string, ResultValue> {
    if (this.duplicate !== undefined) throw unsupported(`mapped results with two columns named ${this.duplicate}`);
    const mapped = { ...this.#nulls };
    for (let index = 0; index < this.names.length; index += 1) mapped[this.names[index] as string] = values[index] ?? null;
    return mapped;
  }
}

const namesOfQueries = new WeakMap<readonly string[], ColumnNames>();

/** A bound query's column names (the same array on every run of it), looked at once. */
function columnNamesOf(names: readonly string[]): ColumnNames {
  let columnNames = namesOfQueries.get(names);
  if (!columnNames) {
    columnNames = new ColumnNames(names);
    namesOfQueries.set(names, columnNames);
  }
  return columnNames;
}

export class QueryResult {
  readonly #names: ColumnNames;

  constructor(
    readonly values: ResultValue[],
    names: ColumnNames,
  ) {
    this.#names = names;
  }

  asMap(): Record<string, ResultValue> {
    return this.#names.map(this.values);
  }

  get columns(): never {
    throw unsupported('Result.columns');
  }

  getValueForAlias(): never {
    throw unsupported('Result.getValueForAlias');
  }
}

export class QueryResultSet {
  readonly results: QueryResult[];

  constructor(rows: readonly ResultValue[][], names: readonly string[]) {
    const columnNames = columnNamesOf(names);
    this.results = rows.map((values) => new QueryResult(values, columnNames));
  }

  asMappedResults(): Record<string, ResultValue>[] {
    return this.results.map((result) => result.asMap());
  }

  get columns(): never {
    throw unsupported('ResultSet.columns');
  }

  get types(): never {
    throw unsupported('ResultSet.types');
  }

  get metadataProvider(): never {
    throw unsupported('ResultSet.metadataProvider');
  }

  iterator(): never {
    throw unsupported('ResultSet.iterator');
  }

  getTypeForAlias(): never {
    throw unsupported('ResultSet.getTypeForAlias');
  }
}
