/** The `scriptdeployment` record type: the fields every deployment has, and a script parameter as one of its fields. */
import { checkbox, readOnly, text, type FieldSpec } from './fieldSpecs';
import type { FieldDef, ParameterDef } from './model';

export const DEPLOYMENT_RECORD_TYPE = 'scriptdeployment';

/** The fields every deployment record has; each script's parameters are added to them. */
export const DEPLOYMENT_FIELDS: Readonly<Record<string, FieldSpec>> = {
  scriptid: readOnly(text('ID')),
  title: text('Title'),
  status: text('Status'),
  isdeployed: checkbox('Deployed'),
  loglevel: text('Log Level'),
  recordtype: text('Applies To'),
};

/** A script parameter as a field of its deployment records. */
export function parameterField(parameter: ParameterDef): FieldDef {
  const field: FieldDef = { id: parameter.id, type: parameter.type, label: parameter.id };
  if (parameter.target !== undefined) field.target = parameter.target;
  return field;
}
