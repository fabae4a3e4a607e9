/** N/search: create / load searches, filters and columns, lookupFields, and the enums scripts reference. */
import { missingArgument, notEmulated, suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import { createColumn } from '../search/columns';
import { lookupFields } from '../search/lookupFields';
import { SUMMARY_TYPES } from '../search/model';
import { EmulatedSearch, type SearchDefinition } from '../search/searchObject';
import { OPERATORS } from '../search/operators';
import { typeEnum } from './enumProxy';
import type { Options } from './options';

const upperEnum = (names: readonly string[]): Readonly<Record<string, string>> =>
  Object.freeze(Object.fromEntries(names.map((name) => [name.toUpperCase(), name])));

// Frozen, so every execution can share them.
const OPERATOR_ENUM = upperEnum(Object.keys(OPERATORS));
const SUMMARY_ENUM = upperEnum(SUMMARY_TYPES);
const SORT_ENUM = upperEnum(['ASC', 'DESC', 'NONE']);

/** A registered saved search as a Search object (no units: search.load charges them). */
export function loadSavedSearch(execution: Execution, id: unknown): EmulatedSearch {
  const wanted = String(id).trim().toLowerCase();
  const saved = [...execution.account.savedSearches.values()].find((candidate) => candidate.id.toLowerCase() === wanted || candidate.internalId === wanted);
  if (!saved) throw suiteScriptError('INVALID_SEARCH', 'That search or mass update does not exist.');
  const definition = structuredClone(saved);
  return new EmulatedSearch(execution, execution.account.schema.recordType(definition.type), definition);
}

export function createSearchModule(execution: Execution) {
  const { account } = execution;
  return {
    Type: typeEnum(),
    Operator: OPERATOR_ENUM,
    Summary: SUMMARY_ENUM,
    Sort: SORT_ENUM,

    create(options: Options): EmulatedSearch {
      if (options.type === undefined) throw missingArgument('type');
      const typeDef = account.schema.recordType(String(options.type));
      const definition: SearchDefinition = {
        filters: options.filters ?? options.filterExpression,
        columns: options.columns,
      };
      if (typeof options.id === 'string') definition.id = options.id;
      if (typeof options.title === 'string') definition.title = options.title;
      return new EmulatedSearch(execution, typeDef, definition);
    },

    /** A saved search the host registered (emulator.registerSavedSearch), by script id or internal id. */
    load(options: Options): EmulatedSearch {
      if (options.id === undefined) throw missingArgument('id');
      execution.meter.charge('search.load');
      return loadSavedSearch(execution, options.id);
    },

    lookupFields(options: Options) {
      return lookupFields(execution, options);
    },

    createColumn(options: Options) {
      return createColumn(options);
    },

    createFilter(options: Options): Options {
      if (typeof options.name !== 'string' || options.name === '') throw missingArgument('name');
      if (typeof options.operator !== 'string' || !(options.operator.toLowerCase() in OPERATORS)) {
        throw suiteScriptError('SSS_INVALID_SRCH_OPERATOR', `An nlobjSearchFilter contains an invalid operator, or is not in proper syntax: ${String(options.operator)}.`);
      }
      const values = options.values === undefined ? [] : Array.isArray(options.values) ? [...options.values] : [options.values];
      return { ...options, operator: options.operator.toLowerCase(), values };
    },

    delete(): never {
      throw notEmulated('search.delete');
    },
    duplicates(): never {
      throw notEmulated('search.duplicates');
    },
    global(): never {
      throw notEmulated('search.global');
    },
  };
}
