/**
 * The emulated account's record schema: standard records (hand-written table) plus the Objects/ XML (custom
 * record types, entity custom fields, custom lists, scripts). Lookups fail the way NetSuite fails, by error name.
 */
import { DEPLOYMENT_FIELDS, DEPLOYMENT_RECORD_TYPE, parameterField } from './deploymentFields';
import { HostInputError, suiteScriptError } from '../errors';
import { CUSTOM_FIELD_LIMITS } from './fieldLimits';
import { fieldMap, type FieldSpec } from './fieldSpecs';
import type { FamilyDef, FieldDef, ListDef, ParameterDef, RecordTypeDef, ScriptDef, StoredValue, SublistDef } from './model';
import { readSdfObjects, type RawField, type SdfObjects } from './sdfObjects';
import {
  CUSTOM_RECORD_FIELDS,
  CUSTOMER_STAGE_LIST,
  LIST_VALUE_FIELDS,
  STANDARD_FAMILIES,
  type StandardFamilySpec,
} from './standardRecords';

/** The features of an account unless it says otherwise: OneWorld, with server scripts and custom records. */
export const DEFAULT_FEATURES: readonly string[] = ['SUBSIDIARIES', 'SERVERSIDESCRIPTING', 'CUSTOMRECORDS'];

export interface SchemaOptions {
  /** Features in effect (upper case); a standard field of a feature not listed does not exist. Default DEFAULT_FEATURES. */
  features?: Iterable<string>;
}

export class Schema {
  private readonly families = new Map<string, FamilyDef>();
  private readonly recordTypes = new Map<string, RecordTypeDef>();
  private readonly lists = new Map<string, ListDef>();
  private readonly scripts = new Map<string, ScriptDef>();
  readonly features: ReadonlySet<string>;

  static fromObjectsDir(objectsDir: string, options: SchemaOptions = {}): Schema {
    return new Schema(readSdfObjects(objectsDir), options);
  }

  constructor(objects: SdfObjects, options: SchemaOptions = {}) {
    this.features = new Set([...(options.features ?? DEFAULT_FEATURES)].map((feature) => feature.toUpperCase()));
    for (const list of [CUSTOMER_STAGE_LIST, ...objects.lists]) this.addList(list);
    const lists = [...this.lists.values()];
    const customFieldsByFamily = new Map<string, RawField[]>();
    for (const { field, families } of objects.entityFields) {
      for (const family of families) customFieldsByFamily.set(family, [...(customFieldsByFamily.get(family) ?? []), field]);
    }
    for (const spec of STANDARD_FAMILIES) this.addStandardFamily(spec, customFieldsByFamily.get(spec.family) ?? [], lists);
    for (const record of objects.customRecords) {
      const fields = new Map([...fieldMap(CUSTOM_RECORD_FIELDS), ...record.fields.map((raw) => resolveField(raw, lists))]);
      this.addFamily({ family: record.scriptId, kind: 'custom', displayField: 'name', fields }, {});
    }
    const scripts = objects.scripts.map((script) => withListValueIds(script, lists));
    for (const script of scripts) this.scripts.set(script.scriptId, script);
    this.addDeploymentFamily(scripts);
    this.checkSelectTargets(objects);
  }

  /** The record type as N/record sees it; unknown types fail with INVALID_RCRD_TYPE like NetSuite. */
  recordType(type: string): RecordTypeDef {
    const definition = this.recordTypes.get(String(type).toLowerCase());
    if (!definition) throw suiteScriptError('INVALID_RCRD_TYPE', `The record type [${String(type).toUpperCase()}] is invalid.`);
    return definition;
  }

  hasRecordType(type: string): boolean {
    return this.recordTypes.has(type.toLowerCase());
  }

  family(name: string): FamilyDef {
    const family = this.families.get(name);
    if (!family) throw new Error(`emulator: no record family "${name}"`);
    return family;
  }

  allFamilies(): FamilyDef[] {
    return [...this.families.values()];
  }

  list(id: string): ListDef | undefined {
    return this.lists.get(id.toLowerCase());
  }

  allLists(): ListDef[] {
    return [...this.lists.values()];
  }

  /** Internal id of a list value given its script id or its internal id. */
  listValueId(listId: string, scriptIdOrId: string): string | undefined {
    const wanted = scriptIdOrId.toLowerCase();
    return this.list(listId)?.values.find((value) => value.scriptId.toLowerCase() === wanted || value.id.toLowerCase() === wanted)?.id;
  }

  script(scriptId: string): ScriptDef | undefined {
    return this.scripts.get(scriptId.toLowerCase());
  }

  allScripts(): ScriptDef[] {
    return [...this.scripts.values()];
  }

  /**
   * A script parameter as Objects/ declares it, or undefined. A SELECT / MULTISELECT parameter's `target` is the
   * record type or list it selects, resolved from `selectrecordtype` (`-4` → `employee`, `[scriptid=…]` → that id).
   *
   * @example
   * schema.parameter('customscript_tlr_ue_lead', 'custscript_tlr_default_rep'); // { id, type: 'SELECT', target: 'employee' }
   */
  parameter(scriptId: string, parameterId: string): ParameterDef | undefined {
    return this.script(scriptId)?.parameters.get(parameterId.toLowerCase());
  }

  private addList(list: ListDef): void {
    this.lists.set(list.id, list);
    const fields = fieldMap(LIST_VALUE_FIELDS);
    this.addFamily({ family: list.id, kind: 'custom', displayField: 'name', fields, isList: true }, {});
  }

  /** `scriptdeployment`: the standard deployment fields plus every script's parameters (first definition wins). */
  private addDeploymentFamily(scripts: readonly ScriptDef[]): void {
    const fields = fieldMap(DEPLOYMENT_FIELDS);
    for (const parameter of scripts.flatMap((script) => [...script.parameters.values()])) {
      if (!fields.has(parameter.id)) fields.set(parameter.id, parameterField(parameter));
    }
    this.addFamily({ family: DEPLOYMENT_RECORD_TYPE, kind: 'other', displayField: 'title', fields, fromObjects: true }, {});
  }

  private addStandardFamily(spec: StandardFamilySpec, customFields: RawField[], lists: ListDef[]): void {
    const standard = [...fieldMap(spec.fields)].filter(([, field]) => field.feature === undefined || this.features.has(field.feature));
    const fields = new Map([...standard, ...customFields.map((raw) => resolveField(raw, lists))]);
    const sublists = new Map<string, SublistDef>(
      Object.entries(spec.sublists ?? {}).map(([id, sublist]) => [
        id,
        {
          id,
          fields: fieldMap(sublist.fields),
          subrecords: new Map(Object.entries(sublist.subrecords).map(([fieldId, specs]) => [fieldId, fieldMap(specs)])),
        },
      ]),
    );
    const family = this.addFamily(
      { family: spec.family, kind: spec.kind, displayField: spec.displayField, fields, sublists },
      spec.searchColumns ?? {},
    );
    for (const typeSpec of spec.types ?? []) {
      const definition: RecordTypeDef = { type: typeSpec.type, family };
      if (typeSpec.stage) definition.stage = typeSpec.stage;
      if (typeSpec.searchStages) definition.searchStages = typeSpec.searchStages;
      this.recordTypes.set(typeSpec.type, definition);
    }
  }

  private addFamily(
    base: Pick<FamilyDef, 'family' | 'kind' | 'displayField' | 'fields'> & { sublists?: Map<string, SublistDef>; isList?: boolean; fromObjects?: boolean },
    searchColumns: Readonly<Record<string, FieldSpec>>,
  ): FamilyDef {
    const identity = fieldMap({
      internalid: { type: 'SELECT', label: 'Internal ID', target: base.family, readOnly: true, derive: (record) => record.id },
      internalidnumber: { type: 'INTEGER', label: 'Internal ID (Number)', readOnly: true, derive: (record) => Number(record.id) },
    });
    const family: FamilyDef = {
      ...base,
      sublists: base.sublists ?? new Map(),
      searchFields: new Map([...identity, ...base.fields, ...fieldMap(searchColumns)]),
    };
    this.families.set(family.family, family);
    if (!this.recordTypes.has(family.family)) this.recordTypes.set(family.family, { type: family.family, family });
    return family;
  }

  private checkSelectTargets(objects: SdfObjects): void {
    const raws = [
      ...objects.customRecords.flatMap((record) => record.fields),
      ...objects.entityFields.map((entry) => entry.field),
    ];
    for (const raw of raws) {
      if (raw.target !== undefined && !this.recordTypes.has(raw.target)) {
        throw new HostInputError(`${raw.source}: field ${raw.id} selects "${raw.target}", which is no record type or list of the project`);
      }
    }
    for (const script of objects.scripts) {
      for (const parameter of script.parameters.values()) {
        if (parameter.target !== undefined && !this.recordTypes.has(parameter.target)) {
          throw new HostInputError(`${script.source}: parameter ${parameter.id} selects "${parameter.target}", which is no record type or list of the project`);
        }
      }
      for (const deployment of script.deployments) {
        if (deployment.recordType !== undefined && !this.recordTypes.has(deployment.recordType)) {
          throw new HostInputError(`${script.source}: deployment ${deployment.scriptId} is on unknown record type "${deployment.recordType}"`);
        }
      }
    }
  }
}

function resolveField(raw: RawField, lists: readonly ListDef[]): [string, FieldDef] {
  const field: FieldDef = { id: raw.id, type: raw.type, label: raw.label };
  if (raw.target !== undefined) field.target = raw.target;
  const maxLength = raw.maxLength ?? CUSTOM_FIELD_LIMITS[raw.type];
  if (maxLength !== undefined) field.maxLength = maxLength;
  if (raw.type === 'CHECKBOX') field.defaultValue = raw.rawDefault === 'T';
  else if (raw.rawDefault !== undefined) field.defaultValue = resolveDefault(raw, lists);
  return [raw.id, field];
}

function resolveDefault(raw: RawField, lists: readonly ListDef[]): StoredValue {
  const rawDefault = raw.rawDefault ?? '';
  if (['INTEGER', 'FLOAT', 'CURRENCY', 'PERCENT'].includes(raw.type)) {
    const number = Number(rawDefault);
    if (!Number.isFinite(number)) throw new HostInputError(`${raw.source}: field ${raw.id} has a non-numeric default "${rawDefault}"`);
    return number;
  }
  if (raw.type !== 'SELECT') return rawDefault;
  return listValueId(rawDefault, lists, `${raw.source}: field ${raw.id}`);
}

/**
 * `[scriptid=customlist_x.val_y]` names a list value: its internal id, as NetSuite stores a SELECT's value. Anything
 * else is an internal id already and comes back as it is.
 */
function listValueId(raw: string, lists: readonly ListDef[], where: string): string {
  const reference = /^\[scriptid=([^.\]]+)\.([^\]]+)\]$/.exec(raw);
  if (!reference) return raw;
  const value = lists.find((list) => list.id === reference[1]?.toLowerCase())?.values.find((candidate) => candidate.scriptId === reference[2]?.toLowerCase());
  if (!value) throw new HostInputError(`${where} refers to unknown list value ${raw}`);
  return value.id;
}

/** A script whose SELECT parameters' defaults and deployment values name list values by script id, with their internal ids instead. */
function withListValueIds(script: ScriptDef, lists: readonly ListDef[]): ScriptDef {
  const resolve = (parameterId: string, raw: string): string => {
    const parameter = script.parameters.get(parameterId);
    return parameter?.type === 'SELECT' ? listValueId(raw, lists, `${script.source}: parameter ${parameterId}`) : raw;
  };
  const parameters = new Map(
    [...script.parameters].map(([id, parameter]) => [id, parameter.defaultValue === undefined ? parameter : { ...parameter, defaultValue: resolve(id, parameter.defaultValue) }]),
  );
  const deployments = script.deployments.map((deployment) => ({
    ...deployment,
    parameterValues: Object.fromEntries(Object.entries(deployment.parameterValues).map(([id, value]) => [id, resolve(id, value)])),
  }));
  return { ...script, parameters, deployments };
}
