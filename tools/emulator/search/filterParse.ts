/**
 * Search filters in every form N/search accepts: Filter objects (and plain `{name, operator, values}` objects),
 * an array of them (AND), a single condition `[name, operator, ...values]`, and filter expressions with
 * 'and' / 'or' / 'not' and nesting. `join.field` names a joined field. AND binds tighter than OR.
 */
import { suiteScriptError, type SuiteScriptError } from '../errors';
import type { FilterNode, FilterSpec } from './model';

const LOGICAL = new Set(['and', 'or', 'not']);

function invalidExpression(detail: string): SuiteScriptError {
  return suiteScriptError('SSS_INVALID_SRCH_FILTER_EXPR', `Malformed search filter expression: ${detail}`);
}

export function parseFilters(input: unknown): FilterNode | undefined {
  if (input === undefined || input === null) return undefined;
  if (isFilterObject(input)) return { kind: 'condition', filter: fromFilterObject(input) };
  if (!Array.isArray(input)) throw invalidExpression(JSON.stringify(input));
  if (input.length === 0) return undefined;
  if (isConditionTerm(input)) return { kind: 'condition', filter: fromConditionTerm(input) };
  if (input.every(isFilterObject)) return and(input.map((filter) => ({ kind: 'condition', filter: fromFilterObject(filter) })));
  return parseExpression(input);
}

/** The expression form of a filter tree (what Search.filterExpression returns): always a list of terms. */
export function toExpression(node: FilterNode | undefined): unknown[] {
  if (!node) return [];
  return node.kind === 'condition' ? [term(node)] : (term(node) as unknown[]);
}

function term(node: FilterNode): unknown[] {
  switch (node.kind) {
    case 'condition': {
      const { name, join, operator, values } = node.filter;
      return [join ? `${join}.${name}` : name, operator, ...values];
    }
    case 'not':
      return ['NOT', term(node.child)];
    default:
      return node.children.flatMap((child, index) => (index === 0 ? [term(child)] : [node.kind.toUpperCase(), term(child)]));
  }
}

/** The conditions of a tree made only of ANDs, for Search.filters; undefined when the tree has OR or NOT. */
export function andedConditions(node: FilterNode | undefined): FilterSpec[] | undefined {
  if (!node) return [];
  if (node.kind === 'condition') return [node.filter];
  if (node.kind !== 'and') return undefined;
  const parts = node.children.map(andedConditions);
  return parts.every((part): part is FilterSpec[] => part !== undefined) ? parts.flat() : undefined;
}

function and(children: FilterNode[]): FilterNode {
  return children.length === 1 ? (children[0] as FilterNode) : { kind: 'and', children };
}

function isFilterObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Record<string, unknown>).name === 'string';
}

/** `[name, operator, ...values]`: a field name (not a logical word) followed by an operator string. */
function isConditionTerm(term: readonly unknown[]): boolean {
  const [name, operator] = term;
  return typeof name === 'string' && !LOGICAL.has(name.toLowerCase()) && typeof operator === 'string';
}

function fromFilterObject(filter: Record<string, unknown>): FilterSpec {
  const spec: FilterSpec = {
    name: String(filter.name).toLowerCase(),
    operator: String(filter.operator ?? '').toLowerCase(),
    values: valuesOf(filter.values),
  };
  if (typeof filter.join === 'string' && filter.join !== '') spec.join = filter.join.toLowerCase();
  if (typeof filter.summary === 'string' && filter.summary !== '') spec.summary = filter.summary;
  if (typeof filter.formula === 'string' && filter.formula !== '') spec.formula = filter.formula;
  return spec;
}

function fromConditionTerm(term: readonly unknown[]): FilterSpec {
  const [rawName, operator, ...rest] = term as [string, string, ...unknown[]];
  const name = rawName.trim();
  const spec: FilterSpec = { name: name.toLowerCase(), operator: operator.toLowerCase(), values: rest.length === 1 ? valuesOf(rest[0]) : rest };
  if (/^formula\w*\s*:/i.test(name)) {
    spec.formula = name.slice(name.indexOf(':') + 1).trim();
    spec.name = name.slice(0, name.indexOf(':')).trim().toLowerCase();
  } else if (name.includes('.')) {
    spec.join = name.slice(0, name.indexOf('.')).toLowerCase();
    spec.name = name.slice(name.indexOf('.') + 1).toLowerCase();
  }
  return spec;
}

function valuesOf(values: unknown): unknown[] {
  if (values === undefined || values === null) return [];
  return Array.isArray(values) ? [...values] : [values];
}

/** expression := orTerm ('or' orTerm)* ; orTerm := unary ('and' unary)* ; unary := 'not' unary | term. */
function parseExpression(tokens: readonly unknown[]): FilterNode {
  let position = 0;
  const peekWord = (): string | undefined => {
    const token = tokens[position];
    return typeof token === 'string' && LOGICAL.has(token.toLowerCase()) ? token.toLowerCase() : undefined;
  };
  const unary = (): FilterNode => {
    if (peekWord() === 'not') {
      position += 1;
      return { kind: 'not', child: unary() };
    }
    const token = tokens[position];
    position += 1;
    if (!Array.isArray(token)) throw invalidExpression(`expected a condition or a nested expression, got ${JSON.stringify(token)}`);
    const node = parseFilters(token);
    if (!node) throw invalidExpression('empty nested expression');
    return node;
  };
  const conjunction = (): FilterNode => {
    const children = [unary()];
    while (peekWord() === 'and') {
      position += 1;
      children.push(unary());
    }
    return and(children);
  };
  const children = [conjunction()];
  while (peekWord() === 'or') {
    position += 1;
    children.push(conjunction());
  }
  if (position < tokens.length) throw invalidExpression(`unexpected ${JSON.stringify(tokens[position])}; join terms with 'and' or 'or'`);
  return children.length === 1 ? (children[0] as FilterNode) : { kind: 'or', children };
}
