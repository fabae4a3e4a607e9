/**
 * Narrowing a table slot's candidate rows by keys, as the search planner does for filters: an equality or IN on a
 * column with a lookup (internal id, nkey, an indexed select, `searchstage`) whose other side is known before the
 * slot is read (literals, `?`, earlier slots, enclosing queries' rows) names the rows by key; an AND reads the
 * intersection of its narrowed terms, an OR the union when every branch is narrowed, NOT nothing. An AND of a stage
 * (`searchstage`) with an indexed equality reads the store's per-stage index once instead of intersecting two
 * look-ups. Keys only narrow: every candidate is still evaluated in full, so the rows are those a scan would give.
 */
import { idSetOf, intersectionOf, unionOf, type IdSet } from '../idSets';
import type { RecordStore } from '../store';
import { highestSlot, type Access, type BoundCondition, type BoundValue } from './bound';
import type { QueryTable } from './queryTable';
import type { SqlValue } from './values';

/** What evaluates a key's values: the query level being read (`evaluate.ts`). */
export interface ValueReader {
  value(value: BoundValue): SqlValue;
}

/** The stored field `searchstage` is looked up by: a record's stage code. */
export const STAGE_FIELD = 'stage';

/** How `conditions` (ANDed) narrow the rows of slot `slot`, or undefined when they do not. */
export function planAccess(conditions: readonly BoundCondition[], slot: number): Access | undefined {
  const parts = conditions.map((condition) => planCondition(condition, slot)).filter((part): part is Access => part !== undefined);
  if (parts.length <= 1) return parts[0];
  return { kind: 'all', parts };
}

/** An equality or IN naming rows of slot `slot` by a key column, or undefined. */
export function equalityKeys(condition: BoundCondition, slot: number): KeysAccess | undefined {
  switch (condition.kind) {
    case 'compare':
      if (condition.operator !== '=') return undefined;
      return keyTerm(condition.left, [condition.right], slot) ?? keyTerm(condition.right, [condition.left], slot);
    case 'in':
      return keyTerm(condition.operand, condition.list, slot);
    default:
      return undefined;
  }
}

function planCondition(condition: BoundCondition, slot: number): Access | undefined {
  switch (condition.kind) {
    case 'compare':
    case 'in':
      return equalityKeys(condition, slot);
    case 'and':
      return planAccess(condition.operands, slot);
    case 'or': {
      const parts = condition.operands.map((operand) => planCondition(operand, slot));
      // A branch no key narrows can match any row: then the OR narrows nothing.
      return parts.every((part) => part !== undefined) ? { kind: 'any', parts: parts as Access[] } : undefined;
    }
    default:
      return undefined;
  }
}

function keyTerm(side: BoundValue, values: BoundValue[], slot: number): KeysAccess | undefined {
  if (side.kind !== 'column' || side.column.depth !== 0 || side.column.slot !== slot) return undefined;
  const lookup = side.column.column.lookup;
  if (!lookup || !values.every((value) => highestSlot(value) < slot)) return undefined;
  return { kind: 'keys', lookup, values };
}

/** The keys of the rows `access` names, with its values evaluated by `reader` (a superset of the matches). */
export function accessKeys(access: Access, table: QueryTable, store: RecordStore, reader: ValueReader): IdSet {
  if (access.kind !== 'keys') {
    return access.kind === 'all' ? allKeys(access.parts, table, store, reader) : unionOf(access.parts.map((part) => accessKeys(part, table, store, reader)));
  }
  const keys = lookupKeys(access, reader);
  const { field } = access.lookup;
  if (field === undefined) {
    store.stats.indexLookups += 1;
    return idSetOf(keys);
  }
  const ids = table.indexed?.(store, field, keys);
  if (!ids) throw new Error(`emulator: ${table.name}.${field} has no index`);
  return ids;
}

export type KeysAccess = Extract<Access, { kind: 'keys' }>;

/** The keys an equality's values name. */
export function lookupKeys(access: KeysAccess, reader: ValueReader): string[] {
  const { values, lookup } = access;
  // An equality (one value) is read once per row of the level before: its key in an array of one, not one grown by push.
  if (values.length === 1) {
    const key = lookup.key(reader.value(values[0] as BoundValue));
    return key === undefined ? [] : [key];
  }
  const keys: string[] = [];
  for (const value of values) {
    const key = lookup.key(reader.value(value));
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

const isIndexedKeys = (part: Access): part is KeysAccess => part.kind === 'keys' && part.lookup.field !== undefined;

/** An AND's parts intersected; a stage part is folded into the indexed equalities beside it (per-stage index). */
function allKeys(parts: readonly Access[], table: QueryTable, store: RecordStore, reader: ValueReader): IdSet {
  const stage = parts.find((part): part is KeysAccess => isIndexedKeys(part) && part.lookup.field === STAGE_FIELD);
  const inStages = table.indexedInStages;
  const folds = stage !== undefined && inStages !== undefined && parts.some((part) => part !== stage && isIndexedKeys(part));
  if (!folds) return intersectionOf(parts.map((part) => accessKeys(part, table, store, reader)), table.size(store));
  const stages = lookupKeys(stage, reader);
  const sets = parts
    .filter((part) => part !== stage)
    .map((part) => {
      if (!isIndexedKeys(part)) return accessKeys(part, table, store, reader);
      const field = part.lookup.field as string;
      const ids = inStages(store, field, lookupKeys(part, reader), stages);
      if (!ids) throw new Error(`emulator: ${table.name}.${field} has no index`);
      return ids;
    });
  return intersectionOf(sets, table.size(store));
}
