/** The realignment's parameters (Objects/customscript_tlr_mr_realign.xml, docs/sdf-objects.md "Map/reduce realignment"). */
import log from 'N/log';
import { LIST, MODE_VALUE, PARAM } from '../ids';
import { asId, asText, type FieldValue, type ListScriptIds } from '../mapper';
import { loadListIds } from '../planCache';
import { scriptParameter } from '../settings';

export type RealignMode = keyof typeof MODE_VALUE;

export interface RealignParameters {
  /** Script id or internal id of a saved lead search narrowing the scope; null = every unlocked lead. */
  scopeSearchId: string | null;
  /** Internal id of the File Cabinet folder for the report; null = not set (the run refuses to start). */
  reportFolderId: string | null;
}

/** The mode a Mode value stands for, or why it stands for none (then the run previews). */
export type ModeReading = { mode: RealignMode; problem: null } | { mode: 'PREVIEW'; problem: string };

/**
 * Mode is a list value, read back as its account-specific internal id: only the id of `val_tlr_apply` applies;
 * an id of no value of the list previews, the safe side.
 *
 * @example
 * modeOfValue('2', { '1': 'val_tlr_preview', '2': 'val_tlr_apply' }); // { mode: 'APPLY', problem: null }
 * modeOfValue('APPLY', { '1': 'val_tlr_preview', '2': 'val_tlr_apply' }).problem; // 'Mode holds "APPLY", which is no value of …'
 */
export function modeOfValue(valueId: string, modeIds: ListScriptIds): ModeReading {
  const scriptId = modeIds[valueId];
  if (scriptId === MODE_VALUE.APPLY) return { mode: 'APPLY', problem: null };
  if (scriptId === MODE_VALUE.PREVIEW) return { mode: 'PREVIEW', problem: null };
  return { mode: 'PREVIEW', problem: `Mode holds "${valueId.slice(0, 40)}", which is no value of the list ${LIST.mode} (Preview or Apply)` };
}

function readMode(value: FieldValue): ModeReading {
  const valueId = asText(value);
  if (valueId === '') return { mode: 'PREVIEW', problem: 'Mode is empty' };
  try {
    return modeOfValue(valueId, loadListIds(LIST.mode));
  } catch (listError) {
    return { mode: 'PREVIEW', problem: `the list ${LIST.mode} could not be read (${String((listError as Error)?.message ?? listError)})` };
  }
}

/**
 * The run's mode, read once by the input stage and handed to the later stages: one read of the mode list (10 units)
 * when Mode is set. Anything it cannot read previews, with an error line in the execution log; never applies.
 *
 * @example
 * readRealignMode(); // 'PREVIEW'
 */
export function readRealignMode(): RealignMode {
  const reading = readMode(scriptParameter(PARAM.mode));
  if (reading.problem !== null) {
    log.error({ title: 'Realignment previews: Mode not understood', details: `${reading.problem}; this run previews and changes no lead. Set Mode (custscript_tlr_mode) to Preview or Apply.` });
  }
  return reading.mode;
}

/** @example readRealignParameters(); // { scopeSearchId: 'customsearch_west_leads', reportFolderId: '812' } */
export function readRealignParameters(): RealignParameters {
  return {
    scopeSearchId: asId(scriptParameter(PARAM.scopeSearch)),
    reportFolderId: asId(scriptParameter(PARAM.reportFolder)),
  };
}
