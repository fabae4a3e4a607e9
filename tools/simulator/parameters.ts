/**
 * The account file's `parameters`: values of the lead user event's deployment parameters (SPEC §2). Checked
 * against the parameters Objects/ declares for the script, then handed to the emulator's deployment.
 */
import { PARAM, SCRIPT } from '../../src/netsuite/ids';
import type { Emulator } from '../emulator/host';
import type { Schema } from '../emulator/schema';
import type { FieldDef, ParameterDef, ScriptDef } from '../emulator/schema/model';
import { checkFieldValue } from './fieldValue';
import type { RowCheck } from './rowFields';

/** What each select parameter selects: Objects/ says it (`-4`), but the emulator's ParameterDef does not keep it. */
const PARAMETER_TARGETS: Readonly<Record<string, string>> = { [PARAM.defaultRep]: 'employee' };

function leadScript(schema: Schema): ScriptDef {
  const script = schema.script(SCRIPT.ueLead);
  if (!script) throw new Error(`Objects/ has no ${SCRIPT.ueLead}`);
  return script;
}

function asField(parameter: ParameterDef): FieldDef {
  const field: FieldDef = { id: parameter.id, type: parameter.type, label: parameter.id };
  const target = PARAMETER_TARGETS[parameter.id];
  if (target !== undefined) field.target = target;
  else if (parameter.type === 'SELECT' || parameter.type === 'MULTISELECT') {
    throw new Error(`${parameter.id}: the simulator does not know what this parameter selects; add it to PARAMETER_TARGETS`);
  }
  return field;
}

/** Problems read `<parameter id>: …`; references (the default rep) are resolved by the caller. */
export function checkParameters(schema: Schema, parameters: Record<string, unknown>): RowCheck {
  const declared = leadScript(schema).parameters;
  const check: RowCheck = { problems: [], references: [] };
  for (const [name, value] of Object.entries(parameters)) {
    const parameter = declared.get(name);
    if (!parameter) {
      check.problems.push(`${name}: unknown parameter of ${SCRIPT.ueLead} (it has ${[...declared.keys()].join(', ')})`);
      continue;
    }
    const { problem, references } = checkFieldValue(schema, asField(parameter), value);
    if (problem !== undefined) check.problems.push(`${name}: ${problem}`);
    check.references.push(...references.map((reference) => ({ ...reference, path: name })));
  }
  return check;
}

/** Sets checked parameters on every deployment of the lead user event; null and '' clear a value. */
export function applyParameters(emulator: Emulator, parameters: Record<string, unknown>): void {
  const declared = leadScript(emulator.schema).parameters;
  for (const [name, value] of Object.entries(parameters)) {
    const isCheckbox = declared.get(name)?.type === 'CHECKBOX';
    emulator.setParameter(SCRIPT.ueLead, name, isCheckbox ? value === true || value === 'T' : (value ?? ''));
  }
}
