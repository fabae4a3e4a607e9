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

  constructor(readonly names: readonly string[]) {
    this.duplicate = names.find((name, index) => names.indexOf(name) !== index);
  }

  map(values: readonly ResultValue[]): Record<string, ResultValue> {
    if (this.duplicate !== undefined) throw unsupported(`mapped results with two columns named ${this.duplicate}`);
    // Read once per row the script maps: the object filled directly, without an entry pair per column.
    const mapped: Record<string, ResultValue> = {};
    for (let index = 0; index < this.names.length; index += 1) mapped[this.names[index] as string] = values[index] ?? null;
    return mapped;
  }
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
    const columnNames = new ColumnNames(names);
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
