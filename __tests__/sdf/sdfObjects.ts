/**
 * Reading the SDF project (Objects/, manifest.xml, deploy.xml) as plain data, for the SDF consistency tests.
 *
 * Everything here is synchronous and side-effect free apart from reading files, so any test can reuse it:
 * `readSdfObjects()` parses every object file, `indexSdfIds()` lists every script id declared in them
 * (objects, fields, list values, subtabs, script parameters, deployments) with where it is declared.
 *
 * @example
 * const objects = readSdfObjects();
 * const index = indexSdfIds(objects);
 * const priority = index.get('custrecord_tlr_priority')?.[0];
 * priority?.kind; // 'customrecordcustomfield'
 * text(priority!.node, 'fieldtype'); // 'INTEGER'
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Repository root: FileCabinet/, Objects/, manifest.xml and deploy.xml sit here (suitecloud.config.js: defaultProjectFolder '.'). */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const OBJECTS_DIR = path.join(PROJECT_ROOT, 'Objects');
export const FILE_CABINET_DIR = path.join(PROJECT_ROOT, 'FileCabinet');
export const MANIFEST_FILE = path.join(PROJECT_ROOT, 'manifest.xml');
export const DEPLOY_FILE = path.join(PROJECT_ROOT, 'deploy.xml');

/** A parsed XML element: child elements by tag name, attributes as `@_name`, text as `#text` when mixed with attributes. */
export type XmlNode = { readonly [key: string]: unknown };

/** Root element names of the SDF object types this project may contain, with the script id prefix each requires. */
export const OBJECT_TYPE_PREFIXES: Readonly<Record<string, string>> = {
  customrecordtype: 'customrecord_',
  customlist: 'customlist_',
  entitycustomfield: 'custentity_',
  crmcustomfield: 'custevent_',
  transactionbodycustomfield: 'custbody_',
  othercustomfield: 'custrecord_',
  usereventscript: 'customscript_',
  scheduledscript: 'customscript_',
  mapreducescript: 'customscript_',
  clientscript: 'customscript_',
  suitelet: 'customscript_',
  restlet: 'customscript_',
  workflowactionscript: 'customscript_',
  massupdatescript: 'customscript_',
  savedsearch: 'customsearch_',
  subtab: 'custtab_',
  role: 'customrole_',
};

/** Root elements that are script records (they carry scriptcustomfields and scriptdeployments). */
export const SCRIPT_TYPES: ReadonlySet<string> = new Set([
  'usereventscript',
  'scheduledscript',
  'mapreducescript',
  'clientscript',
  'suitelet',
  'restlet',
  'workflowactionscript',
  'massupdatescript',
]);

/**
 * Values accepted by a deployment's `executioncontext` (Oracle Help, SDF "execution_context" list,
 * https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/SDFxml_340964121.html).
 */
export const EXECUTION_CONTEXTS: ReadonlySet<string> = new Set([
  'ACTION', 'ADVANCEDREVREC', 'BANKCONNECTIVITY', 'BANKSTATEMENTPARSER', 'BUNDLEINSTALLATION', 'CLIENT',
  'CONSOLRATEADJUSTOR', 'CSVIMPORT', 'CUSTOMGLLINES', 'CUSTOMMASSUPDATE', 'DATASETBUILDER', 'DEBUGGER',
  'EMAILCAPTURE', 'FICONNECTIVITY', 'FIPARSER', 'MAPREDUCE', 'OCRPLUGIN', 'OFFLINECLIENT', 'OTHER',
  'PAYMENTGATEWAY', 'PAYMENTPOSTBACK', 'PLATFORMEXTENSION', 'PORTLET', 'PROMOTIONS', 'RECORDACTION', 'RESTLET',
  'RESTWEBSERVICES', 'SCHEDULED', 'SDFINSTALLATION', 'SHIPPINGPARTNERS', 'SUITELET', 'TAXCALCULATION',
  'USEREVENT', 'USERINTERFACE', 'WEBAPPLICATION', 'WEBSERVICES', 'WEBSTORE', 'WORKBOOKBUILDER', 'WORKFLOW',
]);

/** Deployment `status` values (SDF list script_status). */
export const SCRIPT_STATUSES: ReadonlySet<string> = new Set([
  'COMPLETED', 'INPROGRESS', 'INQUEUE', 'NOTSCHEDULED', 'RELEASED', 'SCHEDULED', 'TESTING',
]);

/** Field `displaytype` values (SDF list generic_customfield_displaytype). */
export const DISPLAY_TYPES: ReadonlySet<string> = new Set(['HIDDEN', 'LOCKED', 'NORMAL', 'SHOWASLIST', 'STATICTEXT']);

/** Field `fieldtype` values (SDF list generic_customfield_fieldtype). */
export const FIELD_TYPES: ReadonlySet<string> = new Set([
  'CHECKBOX', 'CLOBTEXT', 'CURRENCY', 'DATE', 'DATETIMETZ', 'DOCUMENT', 'EMAIL', 'FLOAT', 'HELP', 'IMAGE',
  'INLINEHTML', 'INTEGER', 'MULTISELECT', 'PASSWORD', 'PERCENT', 'PHONE', 'RICHTEXT', 'SELECT', 'TEXT',
  'TEXTAREA', 'TIMEOFDAY', 'URL',
]);

/** Scheduled-deployment `repeat` values (SDF list generic_repeat_time). */
export const REPEAT_TIMES: ReadonlySet<string> = new Set(['PT15M', 'PT30M', 'PT1H', 'PT2H', 'PT4H', 'PT6H', 'PT8H', 'PT12H']);

/** Elements that are always lists, whether the file holds one of them or several. */
const ALWAYS_ARRAY = new Set(['feature', 'path']);
/** Elements that are list items when they have children (`<subtab>` is also a plain leaf field of custom fields). */
const ITEM_ARRAY = new Set([
  'customrecordcustomfield', 'customvalue', 'scriptcustomfield', 'scriptdeployment', 'subtab', 'permission',
  'recordsublist', 'customfieldfilter', 'roleaccess', 'instance', 'library', 'plugintype', 'object', 'file',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (tagName: string, _jPath: unknown, isLeafNode: boolean) =>
    ALWAYS_ARRAY.has(tagName) || (ITEM_ARRAY.has(tagName) && !isLeafNode),
});

/** `null` when `xml` is well-formed, else the parser's message with its line and column. */
export function xmlError(xml: string): string | null {
  const result = XMLValidator.validate(xml);
  return result === true ? null : `${result.err.code} ${result.err.msg} (line ${result.err.line}, col ${result.err.col})`;
}

/** Parses a well-formed XML document into plain objects (all values stay strings). */
export function parseXml(xml: string): XmlNode {
  const parsed: unknown = parser.parse(xml);
  if (!isNode(parsed)) throw new Error('XML did not parse into an object');
  return parsed;
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Text of the child element `key`: `''` for an empty element, `undefined` when the element is absent.
 * @example text(parseXml('<a><b>T</b><c/></a>').a as XmlNode, 'b') // 'T'
 */
export function text(node: XmlNode, key: string): string | undefined {
  const value = node[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (isNode(value)) {
    const inner = value['#text'];
    return typeof inner === 'string' ? inner : '';
  }
  return undefined;
}

/** An attribute of `node` (for example `scriptid`), or `undefined`. */
export function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The child element `key` when it is a single element with children, else `undefined`. */
export function child(node: XmlNode, key: string): XmlNode | undefined {
  const value = node[key];
  return isNode(value) ? value : undefined;
}

/** The items of a list container, for example `items(record, 'customrecordcustomfields', 'customrecordcustomfield')`. */
export function items(node: XmlNode, container: string, item: string): XmlNode[] {
  const holder = child(node, container);
  if (!holder) return [];
  const value = holder[item];
  if (Array.isArray(value)) return value.filter(isNode);
  return isNode(value) ? [value] : [];
}

/** All `.xml` files under `dir`, recursively (Objects/ may use sub-folders), as absolute paths in stable order. */
export function listXmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listXmlFiles(full);
      return entry.isFile() && entry.name.toLowerCase().endsWith('.xml') ? [full] : [];
    });
}

export interface SdfObjectFile {
  /** Absolute path. */
  readonly file: string;
  /** Path relative to the repository root, with forward slashes. */
  readonly relPath: string;
  /** File name without `.xml`. */
  readonly baseName: string;
  readonly xml: string;
  /** Parser message when the file is not well-formed; the fields below are then empty. */
  readonly error: string | null;
  /** Name of the root element, for example `customrecordtype`. */
  readonly rootType: string;
  /** `scriptid` attribute of the root element. */
  readonly scriptid: string;
  readonly root: XmlNode;
}

/** Reads and parses one SDF object file; never throws for malformed XML (see `error`). */
export function readSdfObject(file: string): SdfObjectFile {
  const xml = fs.readFileSync(file, 'utf8');
  const relPath = path.relative(PROJECT_ROOT, file).split(path.sep).join('/');
  const baseName = path.basename(file, path.extname(file));
  const error = xmlError(xml);
  if (error !== null) return { file, relPath, baseName, xml, error, rootType: '', scriptid: '', root: {} };
  const document = parseXml(xml);
  const rootKeys = Object.keys(document).filter((key) => !key.startsWith('?'));
  const rootType = rootKeys.length === 1 ? (rootKeys[0] ?? '') : '';
  const root = child(document, rootType) ?? {};
  return { file, relPath, baseName, xml, error, rootType, scriptid: attr(root, 'scriptid') ?? '', root };
}

/** Every object file under Objects/ (recursively). */
export function readSdfObjects(dir: string = OBJECTS_DIR): SdfObjectFile[] {
  return listXmlFiles(dir).map(readSdfObject);
}

export type SdfIdKind =
  | 'object'
  | 'customrecordcustomfield'
  | 'customvalue'
  | 'subtab'
  | 'scriptcustomfield'
  | 'scriptdeployment';

export interface SdfIdEntry {
  readonly id: string;
  /** `object` for a root object, else the element that declares the id inside its parent object. */
  readonly kind: SdfIdKind;
  /** Root element type of the object file that declares the id, for example `customrecordtype`. */
  readonly objectType: string;
  /** Script id of the root object; equals `id` for root objects. */
  readonly objectId: string;
  readonly node: XmlNode;
  readonly relPath: string;
}

/** Every script id declared in the given object files, by id (a list, so duplicates can be detected). */
export function indexSdfIds(objects: readonly SdfObjectFile[]): Map<string, SdfIdEntry[]> {
  const index = new Map<string, SdfIdEntry[]>();
  const add = (id: string | undefined, kind: SdfIdKind, object: SdfObjectFile, node: XmlNode): void => {
    if (!id) return;
    const entry: SdfIdEntry = { id, kind, objectType: object.rootType, objectId: object.scriptid, node, relPath: object.relPath };
    index.set(id, [...(index.get(id) ?? []), entry]);
  };
  for (const object of objects) {
    if (object.error !== null) continue;
    add(object.scriptid, 'object', object, object.root);
    for (const field of items(object.root, 'customrecordcustomfields', 'customrecordcustomfield')) {
      add(attr(field, 'scriptid'), 'customrecordcustomfield', object, field);
    }
    for (const value of items(object.root, 'customvalues', 'customvalue')) add(attr(value, 'scriptid'), 'customvalue', object, value);
    for (const tab of items(object.root, 'subtabs', 'subtab')) add(attr(tab, 'scriptid'), 'subtab', object, tab);
    for (const param of items(object.root, 'scriptcustomfields', 'scriptcustomfield')) {
      add(attr(param, 'scriptid'), 'scriptcustomfield', object, param);
    }
    for (const deployment of items(object.root, 'scriptdeployments', 'scriptdeployment')) {
      add(attr(deployment, 'scriptid'), 'scriptdeployment', object, deployment);
    }
  }
  return index;
}

/** Ids whose uniqueness NetSuite scopes to their parent object (list values, record subtabs); all others are account-wide. */
export const PARENT_SCOPED_KINDS: ReadonlySet<SdfIdKind> = new Set(['customvalue', 'subtab']);

/** Every field definition in the objects, with its kind: record fields, entity fields and script parameters. */
export function allFields(objects: readonly SdfObjectFile[]): { id: string; kind: string; objectId: string; node: XmlNode }[] {
  return objects.flatMap((object) => {
    if (object.error !== null) return [];
    const own = object.rootType.endsWith('customfield') ? [{ id: object.scriptid, kind: object.rootType, objectId: object.scriptid, node: object.root }] : [];
    const nested = [
      ...items(object.root, 'customrecordcustomfields', 'customrecordcustomfield').map((node) => ({ kind: 'customrecordcustomfield', node })),
      ...items(object.root, 'scriptcustomfields', 'scriptcustomfield').map((node) => ({ kind: 'scriptcustomfield', node })),
    ].map(({ kind, node }) => ({ id: attr(node, 'scriptid') ?? '', kind, objectId: object.scriptid, node }));
    return [...own, ...nested];
  });
}

/** Every `[scriptid=…]` reference in a node, recursively (values may hold several, separated by `|`). */
export function scriptidReferences(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\[scriptid=([^\]]+)\]/g)].map((match) => match[1] ?? '');
  if (Array.isArray(value)) return value.flatMap(scriptidReferences);
  if (isNode(value)) return Object.values(value).flatMap(scriptidReferences);
  return [];
}

/** `[/SuiteScripts/tlr/x.js]` → `FileCabinet/SuiteScripts/tlr/x.js` (path of the file inside the project). */
export function scriptFileProjectPath(scriptfile: string): string {
  const match = /^\[(\/.+)\]$/.exec(scriptfile.trim());
  if (!match || match[1] === undefined) throw new Error(`not an SDF file reference: ${scriptfile}`);
  return `FileCabinet${match[1]}`;
}

/**
 * Whether a deploy.xml path (`~/` = project folder, `*` = anything below, sub-folders included)
 * covers a project-relative file path.
 * @example deployPathCovers('~/FileCabinet/*', 'FileCabinet/SuiteScripts/tlr/tlr_ue_lead.js') // true
 */
export function deployPathCovers(pattern: string, projectPath: string): boolean {
  const body = pattern.trim().replace(/^~\//, '');
  const regex = new RegExp(`^${body.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(projectPath);
}

export interface Manifest {
  readonly projectType: string | undefined;
  readonly projectName: string | undefined;
  readonly frameworkVersion: string | undefined;
  readonly features: readonly { name: string; required: boolean }[];
}

/** manifest.xml as data. */
export function readManifest(file: string = MANIFEST_FILE): Manifest {
  const root = child(parseXml(fs.readFileSync(file, 'utf8')), 'manifest') ?? {};
  const features = child(child(root, 'dependencies') ?? {}, 'features');
  const list = features ? features['feature'] : undefined;
  return {
    projectType: attr(root, 'projecttype'),
    projectName: text(root, 'projectname'),
    frameworkVersion: text(root, 'frameworkversion'),
    features: (Array.isArray(list) ? list : []).map((feature: unknown) =>
      isNode(feature)
        ? { name: typeof feature['#text'] === 'string' ? feature['#text'] : '', required: attr(feature, 'required') === 'true' }
        : { name: String(feature), required: false },
    ),
  };
}

/** deploy.xml as data: the `<path>` entries of each section (`files`, `objects`, `configuration`, `translationimports`). */
export function readDeploy(file: string = DEPLOY_FILE): Record<string, string[]> {
  const root = child(parseXml(fs.readFileSync(file, 'utf8')), 'deploy') ?? {};
  const sections: Record<string, string[]> = {};
  for (const [section, value] of Object.entries(root)) {
    if (!isNode(value)) continue;
    const paths = value['path'];
    sections[section] = (Array.isArray(paths) ? paths : []).filter((entry): entry is string => typeof entry === 'string');
  }
  return sections;
}

/**
 * Elements that make a feature a dependency of the project wherever they appear, by the element type that holds
 * them. Oracle's SDF reference says of each: "If this field appears in the SuiteCloud project, you must reference the
 * X feature in the manifest file … you can specify whether this feature is required" (customrecordtype
 * SDFxml_372451363, customlist SDFxml_2476691670, customvalue SDFxml_2207840567; entitycustomfield and
 * scriptdeployment as salto-io/salto's types generated from that reference give them).
 */
export const FEATURE_ELEMENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  customrecordtype: { customsegment: 'CUSTOMSEGMENTS', enabledle: 'EXTREMELIST', enablemailmerge: 'MAILMERGE', enablenametranslation: 'MULTILANGUAGE' },
  customlist: { ismatrixoption: 'MATRIXITEMS' },
  customvalue: { abbreviation: 'MATRIXITEMS' },
  entitycustomfield: {
    appliestogenericrsrc: 'ADVANCEDJOBS',
    appliestopartner: 'CRM',
    appliestoproject: 'JOBS',
    appliestovendor: 'ACCOUNTING',
    appliestowebsite: 'WEBSITE',
    availabletosso: 'SUITESIGNON',
  },
  scriptdeployment: { allpartners: 'CRM', audpartner: 'CRM', auddepartment: 'DEPARTMENTS', audsubsidiary: 'SUBSIDIARIES' },
};

/** Select lists that depend on a feature (SDF list generic_customfield_selectrecordtype, SDFxml_654195790). */
export const FEATURE_SELECT_TARGETS: Readonly<Record<string, string>> = {
  '-101': 'CLASSES',
  '-102': 'DEPARTMENTS',
  '-103': 'LOCATIONS',
  '-117': 'SUBSIDIARIES',
  '-122': 'MULTICURRENCY',
};

export interface FeatureDependency {
  feature: string;
  /** The object and element that depend on it, e.g. `customrecord_tlr_member: enabledle`. */
  where: string;
  /** A mandatory field selects from a feature's list: the feature must then be required (SDFxml_654195790). */
  mandatory: boolean;
}

/** Every feature the objects depend on through their elements and the lists their fields select from. */
export function featureDependencies(objects: readonly SdfObjectFile[]): FeatureDependency[] {
  const found: FeatureDependency[] = [];
  const elementsOf = (node: XmlNode, type: string, where: string) => {
    for (const [element, feature] of Object.entries(FEATURE_ELEMENTS[type] ?? {})) {
      if (element in node) found.push({ feature, where: `${where}: ${element}`, mandatory: false });
    }
  };
  for (const object of objects.filter((candidate) => candidate.error === null)) {
    elementsOf(object.root, object.rootType, object.scriptid);
    for (const value of items(object.root, 'customvalues', 'customvalue')) elementsOf(value, 'customvalue', `${object.scriptid}.${attr(value, 'scriptid') ?? ''}`);
    for (const deployment of items(object.root, 'scriptdeployments', 'scriptdeployment')) {
      elementsOf(deployment, 'scriptdeployment', `${object.scriptid}.${attr(deployment, 'scriptid') ?? ''}`);
    }
  }
  for (const { id, objectId, node } of allFields(objects)) {
    const feature = FEATURE_SELECT_TARGETS[text(node, 'selectrecordtype') ?? ''];
    if (feature) found.push({ feature, where: `${objectId === id ? id : `${objectId}.${id}`}: selectrecordtype ${text(node, 'selectrecordtype')}`, mandatory: text(node, 'ismandatory') === 'T' });
  }
  return found;
}
