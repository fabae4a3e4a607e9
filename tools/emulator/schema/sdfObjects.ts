/**
 * Reads an SDF Objects/ folder: custom record types, entity custom fields, custom lists and script objects
 * with their deployments and parameters. Output is raw metadata; `schema.ts` resolves references between objects.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HostInputError } from '../errors';
import { FIELD_TYPES, type DeploymentDef, type FieldType, type ListDef, type ParameterDef, type ScriptDef, type ScriptType } from './model';
import { STANDARD_DEPLOYMENT_RECORD_TYPES, STANDARD_SELECT_TARGETS } from './standardRecords';

export interface RawField {
  id: string;
  type: FieldType;
  label: string;
  target?: string;
  /** `defaultvalue`, `defaultselection` or `defaultchecked` as written in the XML. */
  rawDefault?: string;
  /** `maxlength`, when the XML narrows the field below its type's limit. */
  maxLength?: number;
  source: string;
}

export interface RawCustomRecord {
  scriptId: string;
  name: string;
  fields: RawField[];
  source: string;
}

export interface RawEntityField {
  field: RawField;
  /** Standard families the field applies to (`customer` covers leads and prospects). */
  families: string[];
}

export interface SdfObjects {
  customRecords: RawCustomRecord[];
  entityFields: RawEntityField[];
  lists: ListDef[];
  scripts: ScriptDef[];
}

type XmlNode = Record<string, unknown>;

const REPEATED = new Set(['customrecordcustomfield', 'customvalue', 'scriptdeployment', 'scriptcustomfield']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

const SCRIPT_TYPES: Readonly<Record<string, ScriptType>> = {
  usereventscript: 'UserEventScript',
  scheduledscript: 'ScheduledScript',
  mapreducescript: 'MapReduceScript',
  suitelet: 'Suitelet',
  restlet: 'Restlet',
  clientscript: 'ClientScript',
};

/** Entity custom field "applies to" flags → the standard family they put the field on. */
const ENTITY_APPLIES_TO: Readonly<Record<string, string>> = {
  appliestocustomer: 'customer',
  appliestoemployee: 'employee',
};

export function readSdfObjects(objectsDir: string): SdfObjects {
  const objects: SdfObjects = { customRecords: [], entityFields: [], lists: [], scripts: [] };
  for (const file of xmlFilesUnder(objectsDir)) {
    const source = path.relative(objectsDir, file);
    addObject(objects, parser.parse(readFileSync(file, 'utf8')) as XmlNode, source);
  }
  return objects;
}

/** One object file's XML text, for fixtures built in memory. */
export function addObjectXml(objects: SdfObjects, xml: string, source: string): void {
  addObject(objects, parser.parse(xml) as XmlNode, source);
}

function xmlFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return xmlFilesUnder(full);
      return name.endsWith('.xml') ? [full] : [];
    });
}

function addObject(objects: SdfObjects, document: XmlNode, source: string): void {
  for (const [root, body] of Object.entries(document)) {
    if (root === '?xml' || !isNode(body)) continue;
    if (root === 'customrecordtype') objects.customRecords.push(customRecord(body, source));
    else if (root === 'entitycustomfield') objects.entityFields.push(entityField(body, source));
    else if (root === 'customlist') objects.lists.push(customList(body, source));
    else if (root in SCRIPT_TYPES) objects.scripts.push(script(body, SCRIPT_TYPES[root] as ScriptType, source));
  }
}

function customRecord(node: XmlNode, source: string): RawCustomRecord {
  const scriptId = required(node, 'scriptid', source);
  const fields = children(child(node, 'customrecordcustomfields'), 'customrecordcustomfield').map((field) => rawField(field, source));
  return { scriptId, name: text(node, 'recordname') || scriptId, fields, source };
}

function entityField(node: XmlNode, source: string): RawEntityField {
  const families = Object.entries(ENTITY_APPLIES_TO)
    .filter(([flag]) => text(node, flag) === 'T')
    .map(([, family]) => family);
  return { field: rawField(node, source), families };
}

function customList(node: XmlNode, source: string): ListDef {
  const id = required(node, 'scriptid', source);
  // Internal ids of list values are 1..n in the order the XML lists them.
  const values = children(child(node, 'customvalues'), 'customvalue').map((value, index) => ({
    id: String(index + 1),
    scriptId: required(value, 'scriptid', source),
    name: text(value, 'value'),
    isInactive: text(value, 'isinactive') === 'T',
  }));
  return { id, name: text(node, 'name') || id, values };
}

function rawField(node: XmlNode, source: string): RawField {
  const id = required(node, 'scriptid', source);
  const fieldType = text(node, 'fieldtype');
  if (!(FIELD_TYPES as readonly string[]).includes(fieldType)) {
    throw new HostInputError(`${source}: field ${id} has fieldtype "${fieldType}", which the emulator does not know`);
  }
  const type = fieldType as FieldType;
  const field: RawField = { id, type, label: text(node, 'label') || id, source };
  if (type === 'SELECT' || type === 'MULTISELECT') field.target = selectTarget(text(node, 'selectrecordtype'), id, source);
  const rawDefault = type === 'CHECKBOX' ? text(node, 'defaultchecked') : text(node, 'defaultvalue') || text(node, 'defaultselection');
  if (rawDefault !== '') field.rawDefault = rawDefault;
  const maxLength = Number(text(node, 'maxlength'));
  if (Number.isInteger(maxLength) && maxLength > 0) field.maxLength = maxLength;
  return field;
}

function selectTarget(raw: string, fieldId: string, source: string): string {
  const reference = scriptIdReference(raw);
  if (reference) return reference;
  const standard = STANDARD_SELECT_TARGETS[raw];
  if (standard) return standard;
  throw new HostInputError(
    `${source}: field ${fieldId} selects record type "${raw}"; add it to STANDARD_SELECT_TARGETS in tools/emulator/schema/standardRecords.ts`,
  );
}

function script(node: XmlNode, scriptType: ScriptType, source: string): ScriptDef {
  const scriptId = required(node, 'scriptid', source);
  const parameters = new Map<string, ParameterDef>(
    children(child(node, 'scriptcustomfields'), 'scriptcustomfield').map((field) => {
      const raw = rawField(field, source);
      const parameter: ParameterDef = { id: raw.id, type: raw.type };
      if (raw.target !== undefined) parameter.target = raw.target;
      if (raw.rawDefault !== undefined) parameter.defaultValue = raw.rawDefault;
      return [raw.id, parameter];
    }),
  );
  const deployments = children(child(node, 'scriptdeployments'), 'scriptdeployment').map((deployment) =>
    scriptDeployment(deployment, source),
  );
  return {
    scriptId,
    scriptType,
    name: text(node, 'name') || scriptId,
    scriptFile: unbracket(required(node, 'scriptfile', source)),
    isInactive: text(node, 'isinactive') === 'T',
    parameters,
    deployments,
    source,
  };
}

function scriptDeployment(node: XmlNode, source: string): DeploymentDef {
  const deployment: DeploymentDef = {
    scriptId: required(node, 'scriptid', source),
    status: text(node, 'status') || 'TESTING',
    isDeployed: text(node, 'isdeployed') !== 'F',
    logLevel: text(node, 'loglevel') || 'DEBUG',
    parameterValues: Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key.startsWith('custscript'))
        .map(([key, value]) => [key, typeof value === 'string' ? value : '']),
    ),
  };
  const title = text(node, 'title');
  if (title !== '') deployment.title = title;
  const recordType = text(node, 'recordtype');
  if (recordType !== '') deployment.recordType = deploymentRecordType(recordType);
  const eventType = text(node, 'eventtype');
  if (eventType !== '') deployment.eventType = eventType.toLowerCase();
  const contexts = text(node, 'executioncontext');
  if (contexts !== '') deployment.executionContexts = contexts.split('|').map((context) => context.trim().toUpperCase());
  return deployment;
}

function deploymentRecordType(raw: string): string {
  return scriptIdReference(raw) ?? STANDARD_DEPLOYMENT_RECORD_TYPES[raw.toUpperCase()] ?? raw.toLowerCase();
}

/** `[scriptid=customrecord_x]` → `customrecord_x`. */
function scriptIdReference(raw: string): string | undefined {
  return /^\[scriptid=([^\]]+)\]$/.exec(raw.trim())?.[1]?.toLowerCase();
}

/** `[/SuiteScripts/x.js]` → `/SuiteScripts/x.js`. */
function unbracket(raw: string): string {
  return raw.replace(/^\[/, '').replace(/\]$/, '');
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(node: XmlNode, key: string): XmlNode | undefined {
  const value = node[key];
  return isNode(value) ? value : undefined;
}

function children(node: XmlNode | undefined, key: string): XmlNode[] {
  const value = node?.[key];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

function text(node: XmlNode, key: string): string {
  const value = node[key];
  if (typeof value === 'string') return value.trim();
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'].trim();
  return '';
}

function required(node: XmlNode, key: string, source: string): string {
  const value = text(node, key);
  if (value === '') throw new HostInputError(`${source}: an object is missing its ${key}`);
  // Script ids are case-insensitive in NetSuite; the emulator keys them in lower case.
  return key === 'scriptid' ? value.toLowerCase() : value;
}
