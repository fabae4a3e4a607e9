/** The realignment's parameters (Objects/customscript_tlr_mr_realign.xml, docs/sdf-objects.md "Map/reduce realignment"). */
import { PARAM } from '../ids';
import { asId, asText, type FieldValue } from '../mapper';
import { scriptParameter } from '../settings';

export type RealignMode = 'PREVIEW' | 'APPLY';

export interface RealignParameters {
  mode: RealignMode;
  /** Script id or internal id of a saved lead search narrowing the scope; null = every unlocked lead. */
  scopeSearchId: string | null;
  /** Internal id of the File Cabinet folder for the report; null = not set (the run refuses to start). */
  reportFolderId: string | null;
}

/**
 * Only APPLY (any case, surrounding spaces ignored) applies; anything else is PREVIEW, the safe side.
 *
 * @example
 * parseMode(' apply '); // 'APPLY'
 * parseMode('yes'); // 'PREVIEW'
 */
export function parseMode(value: FieldValue): RealignMode {
  return asText(value).toUpperCase() === 'APPLY' ? 'APPLY' : 'PREVIEW';
}

/** @example readRealignParameters(); // { mode: 'PREVIEW', scopeSearchId: 'customsearch_west_leads', reportFolderId: '812' } */
export function readRealignParameters(): RealignParameters {
  return {
    mode: parseMode(scriptParameter(PARAM.mode)),
    scopeSearchId: asId(scriptParameter(PARAM.scopeSearch)),
    reportFolderId: asId(scriptParameter(PARAM.reportFolder)),
  };
}
