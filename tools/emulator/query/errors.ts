/**
 * How runSuiteQL fails. NetSuite reports a query it cannot run as SSS_SEARCH_ERROR_OCCURRED, "Search error
 * occurred: …": a SuiteScriptError quoted in public GitHub material shows `"name": "SSS_SEARCH_ERROR_OCCURRED",
 * "message": "Search error occurred: Record 'CUSTOMRECORD_VID_TEMPLATE' was not found."` for a missing custom
 * record (a SuiteApp's BaseGateway.runQuery), and public SuiteQL notes quote "Field 'shipcountry' for record
 * 'transaction' was not found" for an unknown field and SSS_SEARCH_ERROR_OCCURRED for other invalid queries. The
 * other messages are the emulator's (README, "Choices where the Help is silent").
 */
import { notEmulated, suiteScriptError, type SuiteScriptError } from '../errors';

export function unknownTable(table: string): SuiteScriptError {
  return suiteScriptError('SSS_SEARCH_ERROR_OCCURRED', `Search error occurred: Record '${table.toUpperCase()}' was not found.`);
}

export function unknownField(table: string, field: string): SuiteScriptError {
  return suiteScriptError('SSS_SEARCH_ERROR_OCCURRED', `Search error occurred: Field '${field}' for record '${table}' was not found.`);
}

/** A query NetSuite refuses (Oracle would raise an ORA- error), for a reason given in Oracle's words. */
export function invalidQuery(reason: string): SuiteScriptError {
  return suiteScriptError('SSS_SEARCH_ERROR_OCCURRED', `Search error occurred: ${reason}`);
}

/** Oracle's stub of runSuiteQL documents SSS_INVALID_TYPE_ARG for params other than strings, numbers and booleans. */
export function invalidParams(detail: string): SuiteScriptError {
  return suiteScriptError('SSS_INVALID_TYPE_ARG', `runSuiteQL params: ${detail}`);
}

/** SuiteQL the emulator does not model, named by its construct. */
export function unsupported(construct: string): SuiteScriptError {
  return notEmulated(`SuiteQL ${construct}`);
}
