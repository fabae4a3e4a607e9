/**
 * SuiteQL text → the subset's tree (`ast.ts`), through node-sql-parser's MySQL dialect, which reads the queries
 * scripts run (`?` placeholders included). Everything outside the subset fails here, naming the construct, and
 * so do MySQL readings that Oracle does not share (`#` comments, backticks, double quotes, backslash escapes,
 * `||`, `&&`). Converted queries are kept by text: scripts run the same text many times, and parsing is slow.
 */
import { Parser } from 'node-sql-parser/build/mysql';
import type { AggregateFunction, ParsedCondition, ParsedSelect, ParsedValue, ScalarFunction, TableName } from './ast';
import type { Comparison } from './values';
import { invalidQuery, unsupported } from './errors';

export interface ParsedQuery {
  select: ParsedSelect;
  /** How many `?` placeholders the text holds. */
  paramCount: number;
}

type Node = Readonly<Record<string, unknown>>;

const COMPARISONS: Readonly<Record<string, Comparison>> = { '=': '=', '<>': '<>', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
const SCALAR_FUNCTIONS: Readonly<Record<string, { fn: ScalarFunction; arity: [number, number] }>> = {
  LOWER: { fn: 'lower', arity: [1, 1] },
  UPPER: { fn: 'upper', arity: [1, 1] },
  NVL: { fn: 'nvl', arity: [2, 2] },
  COALESCE: { fn: 'coalesce', arity: [2, Number.POSITIVE_INFINITY] },
  TO_CHAR: { fn: 'to_char', arity: [2, 2] },
  DECODE: { fn: 'decode', arity: [3, Number.POSITIVE_INFINITY] },
  MOD: { fn: 'mod', arity: [2, 2] },
  TRUNC: { fn: 'trunc', arity: [1, 2] },
};
const AGGREGATES: Readonly<Record<string, AggregateFunction>> = { COUNT: 'count', MIN: 'min', MAX: 'max', SUM: 'sum' };
/** Keys of a parsed SELECT the conversion reads; any other one set means a construct outside the subset. */
const SELECT_KEYS = new Set(['type', 'distinct', 'columns', 'from', 'where', 'groupby', 'orderby', 'into', 'tableList', 'columnList', 'parentheses']);
const CONDITION_OPERATORS = new Set(['AND', 'OR', 'NOT', 'IN', 'NOT IN', 'IS', 'IS NOT', 'LIKE', 'NOT LIKE', ...Object.keys(COMPARISONS)]);

const parser = new Parser();
const parsedQueries = new Map<string, ParsedQuery>();
const MEMO_LIMIT = 1000;

/**
 * The query's tree, from the cache when this text was parsed before.
 *
 * @example
 * parseSuiteQL('SELECT e.id AS id FROM employee e WHERE e.id IN (?, ?)').paramCount; // 2
 */
export function parseSuiteQL(query: string): ParsedQuery {
  const cached = parsedQueries.get(query);
  if (cached) return cached;
  refuseMysqlOnlyLexicon(query);
  let statement: unknown;
  try {
    statement = parser.astify(query);
  } catch (error) {
    const where = (error as { location?: { start?: { line?: number; column?: number } } }).location?.start;
    const at = where ? `line ${where.line}, column ${where.column}; ` : '';
    throw unsupported(`that the emulator's parser cannot read (${at}its MySQL dialect also reserves words such as LEAD and RANK)`);
  }
  if (Array.isArray(statement)) {
    if (statement.length !== 1) throw unsupported('with more than one statement');
    statement = statement[0];
  }
  const converter = new Converter();
  const parsed = { select: converter.select(asNode(statement, 'statement')), paramCount: converter.paramCount };
  if (parsedQueries.size < MEMO_LIMIT) parsedQueries.set(query, parsed);
  return parsed;
}

/** Characters whose meaning differs between MySQL and Oracle, outside comments and string literals (and backslashes inside them). */
function refuseMysqlOnlyLexicon(query: string): void {
  const refusals: Readonly<Record<string, string>> = { '#': 'a # comment', '`': 'a backtick-quoted name', '"': 'a double-quoted identifier' };
  for (let index = 0; index < query.length; index += 1) {
    const character = query.charAt(index);
    if (query.startsWith('--', index)) index = endOf(query, '\n', index);
    else if (query.startsWith('/*', index)) index = endOf(query, '*/', index + 2) + 1;
    else if (character === "'") {
      const end = endOfString(query, index);
      if (query.slice(index, end).includes('\\')) throw unsupported('a backslash in a string literal');
      index = end;
    } else if (refusals[character] !== undefined) throw unsupported(refusals[character]);
  }
}

function endOf(query: string, marker: string, from: number): number {
  const at = query.indexOf(marker, from);
  return at < 0 ? query.length : at;
}

/** The index of the quote closing the literal opened at `start` ('' is a quote inside it). */
function endOfString(query: string, start: number): number {
  let index = start + 1;
  while (index < query.length) {
    if (query.charAt(index) === "'") {
      if (query.charAt(index + 1) !== "'") return index;
      index += 1;
    }
    index += 1;
  }
  return query.length;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asNode(value: unknown, what: string): Node {
  if (!isNode(value)) throw unsupported(what);
  return value;
}

function nodes(value: unknown, what: string): Node[] {
  if (!Array.isArray(value)) throw unsupported(what);
  return value.map((entry) => asNode(entry, what));
}

/** A name as SuiteQL compares it: case ignored. */
function identifier(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw unsupported(what);
  return value.toLowerCase();
}

/** Converts node-sql-parser's tree, numbering `?` placeholders in text order (the order the tree is read in). */
class Converter {
  paramCount = 0;

  select(statement: Node): ParsedSelect {
    if (statement.type !== 'select') throw unsupported(`${String(statement.type ?? 'a statement').toUpperCase()} (only SELECT is)`);
    for (const [key, value] of Object.entries(statement)) {
      if (value === null || value === undefined || SELECT_KEYS.has(key)) continue;
      if (key === 'limit' && isNode(value) && Array.isArray(value.value) && value.value.length === 0) continue;
      throw unsupported(key === '_next' || key === 'set_op' ? 'UNION, INTERSECT and MINUS' : key.toUpperCase());
    }
    if (isNode(statement.into) && statement.into.position !== null && statement.into.position !== undefined) throw unsupported('SELECT INTO');
    if (statement.distinct !== null && statement.distinct !== undefined && statement.distinct !== 'DISTINCT') throw unsupported(String(statement.distinct));
    const items = nodes(statement.columns, 'a select list');
    const columns = this.columns(items);
    const aliases = items.map((item) => (item.as === null || item.as === undefined ? undefined : identifier(item.as, 'a column alias')));
    const [from, ...joins] = nodes(statement.from, 'a FROM clause');
    if (!from) throw unsupported('a SELECT without FROM');
    if (from.join !== undefined) throw unsupported('a FROM clause starting with a join');
    const select: ParsedSelect = {
      distinct: statement.distinct === 'DISTINCT',
      columns,
      from: this.table(from),
      joins: joins.map((join) => this.join(join)),
      where: statement.where === null || statement.where === undefined ? undefined : this.condition(statement.where),
      groupBy: [],
      orderBy: [],
    };
    if (isNode(statement.groupby)) {
      if (Array.isArray(statement.groupby.modifiers) && statement.groupby.modifiers.some((modifier) => modifier !== null)) throw unsupported('GROUP BY modifiers');
      select.groupBy = nodes(statement.groupby.columns, 'a GROUP BY item').map((item) => this.value(item));
    }
    if (statement.orderby !== null && statement.orderby !== undefined) {
      select.orderBy = nodes(statement.orderby, 'an ORDER BY item').map((item) => this.orderItem(item, columns.length, aliases));
    }
    return select;
  }

  private columns(items: Node[]): ParsedSelect['columns'] {
    let unnamed = 0;
    return items.map((item) => {
      const expr = this.value(item.expr);
      if (item.as !== null && item.as !== undefined) return { expr, name: identifier(item.as, 'a column alias') };
      if (expr.kind === 'column') return { expr, name: expr.column.name };
      unnamed += 1;
      return { expr, name: `expr${unnamed}` };
    });
  }

  private table(entry: Node): TableName {
    if (entry.type === 'dual') throw unsupported('FROM DUAL');
    if (entry.expr !== undefined) throw unsupported('a subquery in FROM');
    if (entry.db !== null && entry.db !== undefined) throw unsupported(`a table qualified by a schema (${String(entry.db)})`);
    const table = identifier(entry.table, 'a table name');
    return { table, alias: entry.as === null || entry.as === undefined ? table : identifier(entry.as, 'a table alias') };
  }

  private join(entry: Node): ParsedSelect['joins'][number] {
    if (entry.join === undefined) throw unsupported('a comma join (FROM a, b)');
    if (entry.join !== 'INNER JOIN' && entry.join !== 'LEFT JOIN') throw unsupported(String(entry.join));
    if (entry.using !== null && entry.using !== undefined) throw unsupported('JOIN … USING');
    if (entry.on === null || entry.on === undefined) throw unsupported('a JOIN without ON');
    const table = this.table(entry);
    return { outer: entry.join === 'LEFT JOIN', table, on: this.condition(entry.on) };
  }

  /** A number is a select-list position and a bare name a select-list alias (Oracle prefers it to a column). */
  private orderItem(item: Node, width: number, aliases: readonly (string | undefined)[]): ParsedSelect['orderBy'][number] {
    if (item.nulls !== null && item.nulls !== undefined) throw unsupported('NULLS FIRST / NULLS LAST');
    const descending = item.type === 'DESC';
    const expr = asNode(item.expr, 'an ORDER BY item');
    if (expr.type === 'number') {
      const position = Number(expr.value);
      if (!Number.isInteger(position) || position < 1 || position > width) {
        throw invalidQuery('ORA-01785: ORDER BY item must be the number of a SELECT-list expression');
      }
      return { target: position - 1, descending };
    }
    const alias = expr.type === 'column_ref' && (expr.table === null || expr.table === undefined) && typeof expr.column === 'string' ? expr.column.toLowerCase() : undefined;
    const position = alias === undefined ? -1 : aliases.indexOf(alias);
    return { target: position >= 0 ? position : this.value(expr), descending };
  }

  private value(input: unknown): ParsedValue {
    const node = asNode(input, 'an expression');
    if (isNode(node.ast)) {
      const query = this.select(node.ast);
      if (query.columns.length !== 1) throw invalidQuery('ORA-00913: too many values (a scalar subquery selects one column)');
      return { kind: 'subquery', query };
    }
    switch (node.type) {
      case 'number':
      case 'bigint': {
        const value = Number(node.value);
        if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) throw unsupported(`the number ${String(node.value)}`);
        return { kind: 'literal', value };
      }
      case 'single_quote_string': {
        const text = String(node.value).replace(/''/g, "'");
        // Oracle: an empty string is NULL.
        return { kind: 'literal', value: text === '' ? null : text };
      }
      case 'null':
        return { kind: 'literal', value: null };
      case 'origin':
        if (node.value !== '?') throw unsupported(String(node.value));
        this.paramCount += 1;
        return { kind: 'param', index: this.paramCount - 1 };
      case 'column_ref':
        return this.column(node);
      case 'function':
        return this.call(node);
      case 'aggr_func':
        return this.aggregate(node);
      case 'binary_expr':
      case 'unary_expr':
        if (CONDITION_OPERATORS.has(String(node.operator))) throw invalidQuery('ORA-00923: a condition where a value is expected');
        throw unsupported(`the operator ${String(node.operator)}`);
      default:
        throw unsupported(describe(node));
    }
  }

  private column(node: Node): ParsedValue {
    if (node.collate !== null && node.collate !== undefined) throw unsupported('COLLATE');
    if (node.column === '*') throw unsupported('SELECT * (name the columns)');
    const qualifier = node.table === null || node.table === undefined ? undefined : identifier(node.table, 'a column qualifier');
    return { kind: 'column', column: { qualifier, name: identifier(node.column, 'a column name') } };
  }

  private call(node: Node): ParsedValue {
    const name = functionName(node);
    const known = SCALAR_FUNCTIONS[name];
    if (name === 'NOT') throw invalidQuery('ORA-00923: a condition where a value is expected');
    if (!known) throw unsupported(`the function ${name}`);
    if (node.over !== null && node.over !== undefined) throw unsupported(`${name} … OVER`);
    const args = this.args(node.args);
    if (args.length < known.arity[0] || args.length > known.arity[1]) throw invalidQuery(`ORA-00909: invalid number of arguments (${name})`);
    return { kind: 'call', fn: known.fn, args };
  }

  private args(list: unknown): ParsedValue[] {
    if (list === null || list === undefined) return [];
    const node = asNode(list, 'function arguments');
    return nodes(node.value, 'function arguments').map((arg) => this.value(arg));
  }

  private aggregate(node: Node): ParsedValue {
    const name = String(node.name).toUpperCase();
    const fn = AGGREGATES[name];
    if (!fn) throw unsupported(`the aggregate ${name}`);
    if (node.over !== null && node.over !== undefined) throw unsupported(`${name} … OVER`);
    const args = asNode(node.args, `${name} arguments`);
    if (args.orderby !== null && args.orderby !== undefined) throw unsupported(`${name} … ORDER BY`);
    const distinct = args.distinct === 'DISTINCT';
    const argument = asNode(args.expr, `${name} arguments`);
    if (argument.type === 'star') {
      if (fn !== 'count' || distinct) throw invalidQuery(`ORA-00936: missing expression (${name}(*))`);
      return { kind: 'aggregate', fn, distinct: false, arg: null };
    }
    return { kind: 'aggregate', fn, distinct, arg: this.value(argument) };
  }

  private condition(input: unknown): ParsedCondition {
    const node = asNode(input, 'a condition');
    if (node.type === 'unary_expr' && node.operator === 'NOT') return { kind: 'not', operand: this.condition(node.expr) };
    if (node.type === 'function' && functionName(node) === 'NOT') {
      const [operand, ...rest] = nodes(asNode(node.args, 'NOT').value, 'NOT');
      if (!operand || rest.length > 0) throw invalidQuery('ORA-00936: missing expression (NOT)');
      return { kind: 'not', operand: this.condition(operand) };
    }
    if (node.type !== 'binary_expr') {
      // Converting it as a value names a construct outside the subset first.
      this.value(node);
      throw invalidQuery('ORA-00920: invalid relational operator (a value where a condition is expected)');
    }
    const operator = String(node.operator);
    switch (operator) {
      case 'AND':
      case 'OR':
        return { kind: operator === 'AND' ? 'and' : 'or', operands: [this.condition(node.left), this.condition(node.right)] };
      case 'IN':
      case 'NOT IN':
        return negatedIf(operator === 'NOT IN', { kind: 'in', operand: this.value(node.left), list: this.inList(node.right) });
      case 'IS':
      case 'IS NOT':
        if (asNode(node.right, 'IS').type !== 'null') throw unsupported(`${operator} ${describe(asNode(node.right, 'IS'))}`);
        return negatedIf(operator === 'IS NOT', { kind: 'isNull', operand: this.value(node.left) });
      case 'LIKE':
      case 'NOT LIKE': {
        const pattern = asNode(node.right, 'a LIKE pattern');
        if (pattern.escape !== null && pattern.escape !== undefined) throw unsupported('LIKE … ESCAPE');
        return negatedIf(operator === 'NOT LIKE', { kind: 'like', operand: this.value(node.left), pattern: this.value(pattern) });
      }
      default: {
        const comparison = COMPARISONS[operator];
        if (!comparison) throw unsupported(`the operator ${operator}`);
        return { kind: 'compare', operator: comparison, left: this.value(node.left), right: this.value(node.right) };
      }
    }
  }

  private inList(input: unknown): ParsedValue[] {
    const list = asNode(input, 'an IN list');
    if (list.type !== 'expr_list') throw unsupported('IN with something other than a list');
    const items = nodes(list.value, 'an IN list');
    if (items.length === 1 && items[0] && isNode(items[0].ast)) throw unsupported('IN (subquery)');
    return items.map((item) => this.value(item));
  }
}

function negatedIf(negated: boolean, condition: ParsedCondition): ParsedCondition {
  return negated ? { kind: 'not', operand: condition } : condition;
}

function functionName(node: Node): string {
  const name = node.name;
  if (typeof name === 'string') return name.toUpperCase();
  const parts = isNode(name) && Array.isArray(name.name) ? name.name.map((part) => String(isNode(part) ? part.value : part)) : [String(name)];
  const schema = isNode(name) && isNode(name.schema) ? `${String(name.schema.value)}.` : '';
  return `${schema}${parts.join('.')}`.toUpperCase();
}

function describe(node: Node): string {
  const type = String(node.type ?? 'expression');
  return type === 'bool' ? 'TRUE / FALSE' : type.replace(/_/g, ' ').toUpperCase();
}
