/**
 * Search operators as a registry of small named predicates. Each declares the field types it applies to and how
 * many values it takes, and compiles its values once into a test of a stored value. Text comparisons ignore case,
 * as NetSuite's do; a `not…` operator is the exact negation of its positive form (so it matches empty fields).
 */
import { isoDay, parseUserDate, relativeDay } from '../dates';
import type { FieldDef, StoredValue } from '../schema/model';
import { typeGroup, type TypeGroup } from '../values';

export type Test = (value: StoredValue | undefined) => boolean;

export interface CompileContext {
  field: FieldDef;
  today: string;
  invalid: (detail: string) => Error;
}

interface OperatorDef {
  groups: readonly TypeGroup[];
  /** Fewest and most values the operator takes. */
  arity: readonly [number, number];
  compile: (values: readonly unknown[], context: CompileContext) => Test;
}

const ANY = Number.POSITIVE_INFINITY;
const TEXT: readonly TypeGroup[] = ['text'];
const NUMBER: readonly TypeGroup[] = ['number'];
const DATES: readonly TypeGroup[] = ['date', 'datetime'];
const SELECTS: readonly TypeGroup[] = ['select', 'multiselect'];

const isEmpty = (value: StoredValue | undefined): boolean =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const lower = (value: unknown): string => String(value ?? '').toLowerCase();

function textTest(predicate: (value: string, wanted: string) => boolean): OperatorDef['compile'] {
  return ([wanted]) => {
    const term = lower(wanted);
    return (value) => predicate(lower(value), term);
  };
}

function numberOf(raw: unknown, context: CompileContext): number {
  const number = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(number)) throw context.invalid(`"${String(raw)}" is not a number`);
  return number;
}

function numberTest(predicate: (value: number, wanted: readonly number[]) => boolean): OperatorDef['compile'] {
  return (values, context) => {
    const wanted = values.map((raw) => numberOf(raw, context));
    return (value) => !isEmpty(value) && predicate(Number(value), wanted);
  };
}

/** Filter date values: Date objects, the user's `M/D/YYYY`, or a one-day relative date (`today`, `daysago30`). */
function dayOf(raw: unknown, context: CompileContext): string {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return isoDay(raw);
  const text = String(raw ?? '');
  const day = parseUserDate(text) ?? relativeDay(text, context.today);
  if (day === null) throw context.invalid(`"${text}" is not a date in the user's format (M/D/YYYY) or a relative date`);
  return day;
}

function storedDay(field: FieldDef, value: StoredValue): string {
  return typeGroup(field.type) === 'datetime' ? isoDay(new Date(String(value))) : String(value);
}

function dateTest(predicate: (day: string, wanted: readonly string[]) => boolean): OperatorDef['compile'] {
  return (values, context) => {
    const wanted = values.map((raw) => dayOf(raw, context));
    return (value) => !isEmpty(value) && predicate(storedDay(context.field, value as StoredValue), wanted);
  };
}

/** Select values match case-insensitively; `@NONE@` matches an empty field. */
function anyOf(values: readonly unknown[]): Test {
  const wanted = new Set(values.flat().map(lower));
  return (value) => {
    if (isEmpty(value)) return wanted.has('@none@');
    if (!Array.isArray(value)) return wanted.has(lower(value));
    return (value as readonly unknown[]).some((id) => wanted.has(lower(id)));
  };
}

function allOf(values: readonly unknown[]): Test {
  const wanted = values.flat().map(lower);
  return (value) => {
    const held = new Set((Array.isArray(value) ? value : isEmpty(value) ? [] : [value]).map(lower));
    return wanted.every((id) => held.has(id));
  };
}

const negate =
  (definition: OperatorDef): OperatorDef['compile'] =>
  (values, context) => {
    const test = definition.compile(values, context);
    return (value) => !test(value);
  };

const IS_EMPTY: OperatorDef = { groups: [...TEXT, ...NUMBER, ...DATES, ...SELECTS], arity: [0, 0], compile: () => isEmpty };
const CONTAINS: OperatorDef = { groups: TEXT, arity: [1, 1], compile: textTest((value, wanted) => value.includes(wanted)) };
const STARTS_WITH: OperatorDef = { groups: TEXT, arity: [1, 1], compile: textTest((value, wanted) => value.startsWith(wanted)) };
const EQUAL_TO: OperatorDef = { groups: NUMBER, arity: [1, 1], compile: numberTest((value, [wanted]) => value === wanted) };
const GREATER: OperatorDef = { groups: NUMBER, arity: [1, 1], compile: numberTest((value, [wanted = NaN]) => value > wanted) };
const GREATER_EQUAL: OperatorDef = { groups: NUMBER, arity: [1, 1], compile: numberTest((value, [wanted = NaN]) => value >= wanted) };
const LESS: OperatorDef = { groups: NUMBER, arity: [1, 1], compile: numberTest((value, [wanted = NaN]) => value < wanted) };
const LESS_EQUAL: OperatorDef = { groups: NUMBER, arity: [1, 1], compile: numberTest((value, [wanted = NaN]) => value <= wanted) };
const BETWEEN: OperatorDef = {
  groups: NUMBER,
  arity: [2, 2],
  compile: numberTest((value, [low = NaN, high = NaN]) => value >= low && value <= high),
};
const ON: OperatorDef = { groups: DATES, arity: [1, 1], compile: dateTest((day, [wanted]) => day === wanted) };
const BEFORE: OperatorDef = { groups: DATES, arity: [1, 1], compile: dateTest((day, [wanted = '']) => day < wanted) };
const AFTER: OperatorDef = { groups: DATES, arity: [1, 1], compile: dateTest((day, [wanted = '']) => day > wanted) };
const ON_OR_BEFORE: OperatorDef = { groups: DATES, arity: [1, 1], compile: dateTest((day, [wanted = '']) => day <= wanted) };
const ON_OR_AFTER: OperatorDef = { groups: DATES, arity: [1, 1], compile: dateTest((day, [wanted = '']) => day >= wanted) };
const WITHIN: OperatorDef = {
  groups: DATES,
  arity: [2, 2],
  compile: dateTest((day, [from = '', to = '']) => day >= from && day <= to),
};
const ANY_OF: OperatorDef = { groups: SELECTS, arity: [1, ANY], compile: anyOf };
const ALL_OF: OperatorDef = { groups: ['multiselect'], arity: [1, ANY], compile: allOf };

/** `is` compares text ignoring case, a checkbox with T/F, and a select with one id (NetSuite accepts `['internalid', 'is', id]`). */
const IS: OperatorDef = {
  groups: [...TEXT, 'checkbox', 'select'],
  arity: [1, 1],
  compile: ([wanted], context) => {
    const group = typeGroup(context.field.type);
    if (group === 'select') return anyOf([wanted]);
    if (group !== 'checkbox') return (value) => lower(value) === lower(wanted);
    const flag = lower(wanted);
    if (!['t', 'f', 'true', 'false'].includes(flag)) throw context.invalid(`checkbox value "${String(wanted)}" is not T or F`);
    const checked = flag === 't' || flag === 'true';
    return (value) => (value === true) === checked;
  },
};

export const OPERATORS: Readonly<Record<string, OperatorDef>> = {
  is: IS,
  isnot: { ...IS, groups: [...TEXT, 'select'], compile: negate(IS) },
  contains: CONTAINS,
  doesnotcontain: { ...CONTAINS, compile: negate(CONTAINS) },
  startswith: STARTS_WITH,
  doesnotstartwith: { ...STARTS_WITH, compile: negate(STARTS_WITH) },
  isempty: IS_EMPTY,
  isnotempty: { ...IS_EMPTY, compile: negate(IS_EMPTY) },
  equalto: EQUAL_TO,
  notequalto: { ...EQUAL_TO, compile: negate(EQUAL_TO) },
  greaterthan: GREATER,
  notgreaterthan: { ...GREATER, compile: negate(GREATER) },
  greaterthanorequalto: GREATER_EQUAL,
  notgreaterthanorequalto: { ...GREATER_EQUAL, compile: negate(GREATER_EQUAL) },
  lessthan: LESS,
  notlessthan: { ...LESS, compile: negate(LESS) },
  lessthanorequalto: LESS_EQUAL,
  notlessthanorequalto: { ...LESS_EQUAL, compile: negate(LESS_EQUAL) },
  between: BETWEEN,
  notbetween: { ...BETWEEN, compile: negate(BETWEEN) },
  on: ON,
  noton: { ...ON, compile: negate(ON) },
  before: BEFORE,
  notbefore: { ...BEFORE, compile: negate(BEFORE) },
  after: AFTER,
  notafter: { ...AFTER, compile: negate(AFTER) },
  onorbefore: ON_OR_BEFORE,
  notonorbefore: { ...ON_OR_BEFORE, compile: negate(ON_OR_BEFORE) },
  onorafter: ON_OR_AFTER,
  notonorafter: { ...ON_OR_AFTER, compile: negate(ON_OR_AFTER) },
  within: WITHIN,
  notwithin: { ...WITHIN, compile: negate(WITHIN) },
  anyof: ANY_OF,
  noneof: { ...ANY_OF, compile: negate(ANY_OF) },
  allof: ALL_OF,
  notallof: { ...ALL_OF, compile: negate(ALL_OF) },
};
