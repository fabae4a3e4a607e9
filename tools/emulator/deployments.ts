/**
 * Script deployments as records. NetSuite keeps each deployment as a `scriptdeployment` record whose custom fields
 * are its script's parameters; a script finds one by its script id (`scriptid is customdeploy_x`) and loads it to
 * read the settings another script runs with. Here every deployment in Objects/ is such a record (internal ids
 * 1..n in Objects/ order, in their own id space), its parameter fields holding the value the deployment runs with:
 * the host's setParameter value, else the deployment's XML value, else the parameter's default. The host rebuilds
 * the records whenever it sets a parameter, so a load always shows what `getParameter` would return.
 */
import { isoDay } from './dates';
import type { Schema } from './schema/accountSchema';
import { DEPLOYMENT_RECORD_TYPE } from './schema/deploymentFields';
import type { DeploymentDef, ParameterDef, ScriptDef, StoredRecord, StoredValue } from './schema/model';
import { typeGroup } from './values';

/** Parameter values the host set, by `scriptId` or `scriptId:deploymentId`, over the XML values. */
export type ParameterOverrides = Map<string, Record<string, unknown>>;
type Overrides = ParameterOverrides;

/** The raw value a deployment's parameter is set to: the host's value (per deployment, then per script), the XML deployment value, the default. */
export function configuredParameter(overrides: Overrides, script: ScriptDef, deployment: DeploymentDef, parameterId: string): unknown {
  // Scripts read parameters on every execution; most accounts set none, and the keys below are new strings each time.
  const overridden = overrides.size === 0 ? undefined : (overrides.get(`${script.scriptId}:${deployment.scriptId}`)?.[parameterId] ?? overrides.get(script.scriptId)?.[parameterId]);
  return overridden ?? deployment.parameterValues[parameterId] ?? script.parameters.get(parameterId)?.defaultValue;
}

/** A raw parameter value (XML text, or what the host or a task passed) as the store keeps it; undefined when empty. */
export function storedParameter(parameter: ParameterDef, raw: unknown): StoredValue | undefined {
  if (parameter.type === 'CHECKBOX') return raw === true || raw === 'T';
  if (raw === undefined || raw === null || raw === '') return undefined;
  switch (typeGroup(parameter.type)) {
    case 'number': {
      const number = Number(raw);
      return Number.isFinite(number) ? number : undefined;
    }
    case 'date':
      return raw instanceof Date ? isoDay(raw) : String(raw);
    case 'datetime':
      return raw instanceof Date ? raw.toISOString() : String(raw);
    case 'multiselect':
      return (Array.isArray(raw) ? raw : String(raw).split(',')).map(String);
    default:
      return String(raw);
  }
}

/** One record per deployment in Objects/, ids 1..n in the order the scripts and their deployments are read. */
export function deploymentRecords(schema: Schema, overrides: Overrides): StoredRecord[] {
  const deployments = schema.allScripts().flatMap((script) => script.deployments.map((deployment) => ({ script, deployment })));
  return deployments.map(({ script, deployment }, index) => {
    const values: StoredRecord['values'] = {
      // NetSuite stores script ids in upper case (as the emulator's custom list values); `is` filters ignore case.
      scriptid: deployment.scriptId.toUpperCase(),
      status: deployment.status.toUpperCase(),
      isdeployed: deployment.isDeployed,
      loglevel: deployment.logLevel,
    };
    if (deployment.title !== undefined) values.title = deployment.title;
    if (deployment.recordType !== undefined) values.recordtype = deployment.recordType;
    for (const parameter of script.parameters.values()) {
      const stored = storedParameter(parameter, configuredParameter(overrides, script, deployment, parameter.id));
      if (stored !== undefined) values[parameter.id] = stored;
    }
    return { type: DEPLOYMENT_RECORD_TYPE, id: String(index + 1), values, sublists: {} };
  });
}
