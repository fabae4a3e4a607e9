/**
 * The account file's `parameters`: deployment parameter values of the project's scripts, by parameter id (the ids
 * are unique across scripts). The lead user event's three (SPEC §2) are the routing settings of every path, since
 * the sweep and the realignment read them from its deployment; the sweep takes its look-back window, the
 * realignment its report folder and the response-time check its reassignment cap, the account export its part size. Checked against the parameters Objects/ declares, then set on every deployment of
 * the script that declares them.
 */
import { PARAM, SCRIPT } from '../../src/netsuite/ids';
import type { Emulator } from '../emulator/host';
import type { Schema } from '../emulator/schema/accountSchema';
import type { FieldDef, ParameterDef } from '../emulator/schema/model';
import { excerpt, keyText } from './excerpt';
import { checkFieldValue } from './fieldValue';
import type { RowCheck } from './rowFields';

/** The scripts whose parameters an account file may set, in the order the message lists them. */
const SCRIPTS = [SCRIPT.ueLead, SCRIPT.ssSweep, SCRIPT.mrRealign, SCRIPT.ssSla, SCRIPT.ssExport] as const;

/** Parameters that hold a record's id without being a select in Objects/: the report folder is an INTEGER. */
const ID_PARAMETER_TARGETS: Readonly<Record<string, string>> = { [PARAM.reportFolder]: 'folder' };

/** Parameters the simulator sets itself, or that need what an account file cannot hold. */
const REFUSED: Readonly<Record<string, string>> = {
  [PARAM.mode]: 'the simulator sets it from --realign preview|apply; leave it out',
  [PARAM.sweepAfter]: 'the sweep sets it when it queues its own continuation; leave it out',
  [PARAM.slaAfter]: 'the response-time check sets it when it queues its own continuation; leave it out',
  [PARAM.exportDays]: 'the routing console sets it when it starts an export; leave it out',
  [PARAM.exportAnonymize]: 'the routing console sets it when it starts an export; leave it out',
  [PARAM.scopeSearch]: 'an account file holds no saved searches, so the realignment runs on every unlocked lead; leave it out',
};

interface Declared {
  scriptId: string;
  parameter: ParameterDef;
}

function declaredParameters(schema: Schema): Map<string, Declared> {
  const declared = new Map<string, Declared>();
  for (const scriptId of SCRIPTS) {
    const script = schema.script(scriptId);
    if (!script) throw new Error(`Objects/ has no ${scriptId}`);
    for (const parameter of script.parameters.values()) if (!declared.has(parameter.id)) declared.set(parameter.id, { scriptId, parameter });
  }
  return declared;
}

function asField(parameter: ParameterDef): FieldDef {
  const target = parameter.target ?? ID_PARAMETER_TARGETS[parameter.id];
  if (target !== undefined) return { id: parameter.id, type: 'SELECT', label: parameter.id, target };
  if (parameter.type === 'SELECT' || parameter.type === 'MULTISELECT') {
    throw new Error(`${parameter.id}: Objects/ does not say what this parameter selects`);
  }
  return { id: parameter.id, type: parameter.type, label: parameter.id };
}

/** `custscript_x of customscript_y, …` for the message about an unknown parameter. */
function accepted(declared: ReadonlyMap<string, Declared>): string {
  return SCRIPTS.map((scriptId) => {
    const ids = [...declared.entries()].filter(([id, entry]) => entry.scriptId === scriptId && REFUSED[id] === undefined).map(([id]) => id);
    return ids.length === 0 ? '' : `${ids.join(', ')} of ${scriptId}`;
  })
    .filter((part) => part !== '')
    .join('; ');
}

/**
 * Problems read `<parameter id>: …`; references (the default rep, the report folder) are resolved by the caller.
 *
 * @example
 * checkParameters(schema, { custscript_tlr_lookback_days: -1 }).problems; // ['custscript_tlr_lookback_days: -1 is below 0, the least it takes']
 */
export function checkParameters(schema: Schema, parameters: Record<string, unknown>): RowCheck {
  const declared = declaredParameters(schema);
  const check: RowCheck = { problems: [], references: [] };
  for (const [name, value] of Object.entries(parameters)) {
    const entry = declared.get(name);
    if (!entry) {
      check.problems.push(`${keyText(name)}: unknown parameter (the account file takes ${accepted(declared)})`);
      continue;
    }
    const refused = REFUSED[name];
    if (refused !== undefined) {
      check.problems.push(`${name}: ${refused}`);
      continue;
    }
    const { problem, references } = checkFieldValue(schema, asField(entry.parameter), value);
    if (problem !== undefined) check.problems.push(`${name}: ${problem}`);
    else if (name === PARAM.lookbackDays && Number(value) < 0) check.problems.push(`${name}: ${excerpt(value)} is below 0, the least it takes`);
    check.references.push(...references.map((reference) => ({ ...reference, path: name })));
  }
  return check;
}

/** Sets checked parameters on every deployment of the script that declares them; null and '' clear a value. */
export function applyParameters(emulator: Emulator, parameters: Record<string, unknown>): void {
  const declared = declaredParameters(emulator.schema);
  for (const [name, value] of Object.entries(parameters)) {
    const entry = declared.get(name);
    if (!entry) continue;
    const { scriptId, parameter } = entry;
    const blank = value === null || value === undefined || value === '';
    if (parameter.type === 'CHECKBOX') emulator.setParameter(scriptId, name, value === true || value === 'T');
    else if (parameter.type === 'INTEGER' && !blank) emulator.setParameter(scriptId, name, Number(value));
    else emulator.setParameter(scriptId, name, value ?? '');
  }
}
