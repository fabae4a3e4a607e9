// SDF consistency test: Objects/, manifest.xml and deploy.xml against each other, against src/netsuite/ids.ts and
// against the data model of SPEC §2. It reads files only; nothing here needs the SuiteCloud CLI or an account.
import * as fs from 'fs';
import * as path from 'path';
import { PROBLEM_FIELDS } from '../../src/netsuite/problemText';
import * as ids from '../../src/netsuite/ids';
import {
  DEPLOY_FILE,
  DISPLAY_TYPES,
  EXECUTION_CONTEXTS,
  FIELD_TYPES,
  FILE_CABINET_DIR,
  MANIFEST_FILE,
  OBJECT_TYPE_PREFIXES,
  PARENT_SCOPED_KINDS,
  PROJECT_ROOT,
  REPEAT_TIMES,
  SCRIPT_STATUSES,
  SCRIPT_TYPES,
  type SdfIdEntry,
  type XmlNode,
  allFields,
  attr,
  child,
  deployPathCovers,
  featureDependencies,
  indexSdfIds,
  items,
  readDeploy,
  readManifest,
  readSdfObjects,
  scriptFileProjectPath,
  scriptidReferences,
  text,
  xmlError,
} from './sdfObjects';

const objects = readSdfObjects();
const parsedObjects = objects.filter((object) => object.error === null);
const index = indexSdfIds(objects);
const objectFiles = objects.map((object) => [object.relPath, object] as const);

/** The single declaration of `id`; fails the calling test with a readable message otherwise. */
function the(id: string): SdfIdEntry {
  const entries = index.get(id) ?? [];
  if (entries.length !== 1) throw new Error(`${id} is declared ${entries.length} times in Objects/ (expected once)`);
  return entries[0] as SdfIdEntry;
}

/** Script ids the code may use: every string constant of ids.ts with a custom prefix. */
const CUSTOM_PREFIXES = ['customrecord_', 'custrecord_', 'custentity_', 'customlist_', 'val_', 'customscript_', 'custscript_'];
const customIdsInCode = [
  ...new Set(
    Object.values(ids)
      .flatMap((group) => Object.values(group as Record<string, string>))
      .filter((id) => CUSTOM_PREFIXES.some((prefix) => id.startsWith(prefix))),
  ),
].sort();

type Expected =
  | { kind: 'object'; objectType: string }
  | { kind: 'customrecordcustomfield' | 'scriptcustomfield'; in: string; fieldtype: string; selectrecordtype?: string }
  | { kind: 'customvalue'; in: string }
  | { kind: 'entitycustomfield'; fieldtype: string; selectrecordtype?: string };

const TERRITORY = 'customrecord_tlr_territory';
const MEMBER = 'customrecord_tlr_member';
const UE_LEAD = 'customscript_tlr_ue_lead';
const SWEEP = 'customscript_tlr_ss_sweep';
const REALIGN = 'customscript_tlr_mr_realign';
const EXPORT = 'customscript_tlr_ss_export';
const CONSOLE = 'customscript_tlr_sl_console';
const SLA = 'customscript_tlr_ss_sla';
const EMPLOYEE = '-4';

/** SPEC §2, as SDF: what each id is, where it is declared, and its field type. */
const EXPECTED: Readonly<Record<string, Expected>> = {
  [TERRITORY]: { kind: 'object', objectType: 'customrecordtype' },
  custrecord_tlr_priority: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'INTEGER' },
  custrecord_tlr_countries: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'TEXTAREA' },
  custrecord_tlr_states: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'TEXTAREA' },
  custrecord_tlr_postal_codes: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'TEXTAREA' },
  custrecord_tlr_lead_sources: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'MULTISELECT' },
  custrecord_tlr_categories: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'MULTISELECT', selectrecordtype: '-109' },
  custrecord_tlr_subsidiaries: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'MULTISELECT', selectrecordtype: '-117' },
  custrecord_tlr_method: {
    kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'SELECT', selectrecordtype: '[scriptid=customlist_tlr_method]',
  },
  custrecord_tlr_fallback_rep: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'SELECT', selectrecordtype: EMPLOYEE },
  custrecord_tlr_before_owner: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'CHECKBOX' },
  // SPEC §8: notification and response time.
  custrecord_tlr_notify: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'CHECKBOX' },
  custrecord_tlr_sla_hours: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'FLOAT' },
  custrecord_tlr_work_hours: { kind: 'customrecordcustomfield', in: TERRITORY, fieldtype: 'TEXT' },
  [MEMBER]: { kind: 'object', objectType: 'customrecordtype' },
  custrecord_tlr_mem_territory: {
    kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'SELECT', selectrecordtype: `[scriptid=${TERRITORY}]`,
  },
  custrecord_tlr_mem_rep: { kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'SELECT', selectrecordtype: EMPLOYEE },
  custrecord_tlr_mem_weight: { kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'INTEGER' },
  custrecord_tlr_mem_capacity: { kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'INTEGER' },
  custrecord_tlr_mem_away_from: { kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'DATE' },
  custrecord_tlr_mem_away_until: { kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'DATE' },
  custrecord_tlr_mem_turns: { kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'FLOAT' },
  custrecord_tlr_mem_assigned: { kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'INTEGER' },
  custrecord_tlr_mem_last_assigned: { kind: 'customrecordcustomfield', in: MEMBER, fieldtype: 'DATETIMETZ' },
  custentity_tlr_territory: { kind: 'entitycustomfield', fieldtype: 'SELECT', selectrecordtype: `[scriptid=${TERRITORY}]` },
  custentity_tlr_status: { kind: 'entitycustomfield', fieldtype: 'SELECT', selectrecordtype: '[scriptid=customlist_tlr_status]' },
  custentity_tlr_reason: { kind: 'entitycustomfield', fieldtype: 'TEXTAREA' },
  custentity_tlr_routed_at: { kind: 'entitycustomfield', fieldtype: 'DATETIMETZ' },
  custentity_tlr_lock: { kind: 'entitycustomfield', fieldtype: 'CHECKBOX' },
  custentity_tlr_reassigned: { kind: 'entitycustomfield', fieldtype: 'INTEGER' },
  customlist_tlr_method: { kind: 'object', objectType: 'customlist' },
  val_tlr_round_robin: { kind: 'customvalue', in: 'customlist_tlr_method' },
  val_tlr_load_balanced: { kind: 'customvalue', in: 'customlist_tlr_method' },
  customlist_tlr_status: { kind: 'object', objectType: 'customlist' },
  val_tlr_routed: { kind: 'customvalue', in: 'customlist_tlr_status' },
  val_tlr_fallback: { kind: 'customvalue', in: 'customlist_tlr_status' },
  val_tlr_owner: { kind: 'customvalue', in: 'customlist_tlr_status' },
  val_tlr_kept: { kind: 'customvalue', in: 'customlist_tlr_status' },
  val_tlr_default: { kind: 'customvalue', in: 'customlist_tlr_status' },
  val_tlr_unassigned: { kind: 'customvalue', in: 'customlist_tlr_status' },
  val_tlr_error: { kind: 'customvalue', in: 'customlist_tlr_status' },
  val_tlr_manual: { kind: 'customvalue', in: 'customlist_tlr_status' },
  val_tlr_reassigned: { kind: 'customvalue', in: 'customlist_tlr_status' },
  [UE_LEAD]: { kind: 'object', objectType: 'usereventscript' },
  customscript_tlr_ue_territory: { kind: 'object', objectType: 'usereventscript' },
  [SWEEP]: { kind: 'object', objectType: 'scheduledscript' },
  [REALIGN]: { kind: 'object', objectType: 'mapreducescript' },
  [EXPORT]: { kind: 'object', objectType: 'scheduledscript' },
  [CONSOLE]: { kind: 'object', objectType: 'suitelet' },
  [SLA]: { kind: 'object', objectType: 'scheduledscript' },
  // A script parameter id is unique in the account, so the routing settings are declared once, on the lead user
  // event; the bulk scripts read them from its deployment (docs/sdf-objects.md, "Script parameters").
  custscript_tlr_keep_existing: { kind: 'scriptcustomfield', in: UE_LEAD, fieldtype: 'CHECKBOX' },
  custscript_tlr_match_owner: { kind: 'scriptcustomfield', in: UE_LEAD, fieldtype: 'CHECKBOX' },
  custscript_tlr_default_rep: { kind: 'scriptcustomfield', in: UE_LEAD, fieldtype: 'SELECT', selectrecordtype: EMPLOYEE },
  // The switch that pauses every path, and who hears about skipped territories (docs/admin-guide.md §4, §8).
  custscript_tlr_paused: { kind: 'scriptcustomfield', in: UE_LEAD, fieldtype: 'CHECKBOX' },
  custscript_tlr_alert_to: { kind: 'scriptcustomfield', in: UE_LEAD, fieldtype: 'SELECT', selectrecordtype: EMPLOYEE },
  // The sender of the rep notifications (SPEC §8), read by every path from the lead user event's deployment.
  custscript_tlr_notify_author: { kind: 'scriptcustomfield', in: UE_LEAD, fieldtype: 'SELECT', selectrecordtype: EMPLOYEE },
  custscript_tlr_lookback_days: { kind: 'scriptcustomfield', in: SWEEP, fieldtype: 'INTEGER' },
  custscript_tlr_sla_max: { kind: 'scriptcustomfield', in: SLA, fieldtype: 'INTEGER' },
  // The response-time check's continuation cursor, as the sweep's.
  custscript_tlr_sla_after: { kind: 'scriptcustomfield', in: SLA, fieldtype: 'INTEGER' },
  // The account export's request, set by the console when it starts the job, and its Part Size (docs/sdf-objects.md).
  custscript_tlr_export_days: { kind: 'scriptcustomfield', in: EXPORT, fieldtype: 'INTEGER' },
  custscript_tlr_export_anonymize: { kind: 'scriptcustomfield', in: EXPORT, fieldtype: 'CHECKBOX' },
  custscript_tlr_export_part_kb: { kind: 'scriptcustomfield', in: EXPORT, fieldtype: 'INTEGER' },
  // The sweep's continuation cursor (docs/sdf-objects.md, "Scheduled sweep"): set by the sweep when it queues itself.
  custscript_tlr_sweep_after: { kind: 'scriptcustomfield', in: SWEEP, fieldtype: 'INTEGER' },
  // Mode is a list value (docs/sdf-objects.md, "Map/reduce realignment"): the input stage maps its internal id once.
  custscript_tlr_mode: { kind: 'scriptcustomfield', in: REALIGN, fieldtype: 'SELECT', selectrecordtype: '[scriptid=customlist_tlr_mode]' },
  customlist_tlr_mode: { kind: 'object', objectType: 'customlist' },
  val_tlr_preview: { kind: 'customvalue', in: 'customlist_tlr_mode' },
  val_tlr_apply: { kind: 'customvalue', in: 'customlist_tlr_mode' },
  custscript_tlr_scope_search: { kind: 'scriptcustomfield', in: REALIGN, fieldtype: 'TEXT' },
  custscript_tlr_report_folder: { kind: 'scriptcustomfield', in: REALIGN, fieldtype: 'INTEGER' },
};

describe('manifest.xml and deploy.xml', () => {
  it.each([MANIFEST_FILE, DEPLOY_FILE])('%s exists and is well-formed XML', (file) => {
    expect(fs.existsSync(file)).toBe(true);
    expect(xmlError(fs.readFileSync(file, 'utf8'))).toBeNull();
  });

  it('manifest declares the account customization project "Territory Lead Routing", framework 1.0', () => {
    const manifest = readManifest();
    expect(manifest).toMatchObject({
      projectType: 'ACCOUNTCUSTOMIZATION',
      projectName: 'Territory Lead Routing',
      frameworkVersion: '1.0',
    });
  });

  it('deploy.xml deploys the File Cabinet build output and every object file', () => {
    const deploy = readDeploy();
    expect(deploy['files']).toEqual(['~/FileCabinet/*']);
    expect(deploy['objects']).toEqual(['~/Objects/*']);
    for (const object of objects) {
      expect(deploy['objects']?.some((pattern) => deployPathCovers(pattern, object.relPath))).toBe(true);
    }
  });

  it('deploy.xml lists no folder that the project does not have (FileCabinet/ is created by the build)', () => {
    const deploy = readDeploy();
    const folders = Object.values(deploy)
      .flat()
      .map((pattern) => pattern.replace(/^~\//, '').replace(/\/?\*$/, ''));
    for (const folder of folders.filter((entry) => entry !== 'FileCabinet')) {
      expect({ folder, exists: fs.existsSync(path.join(PROJECT_ROOT, folder)) }).toEqual({ folder, exists: true });
    }
  });
});

describe('Objects/ files', () => {
  it('holds an object file for every object of SPEC §2', () => {
    const expectedObjects = Object.entries(EXPECTED)
      .filter(([, expected]) => expected.kind === 'object' || expected.kind === 'entitycustomfield')
      .map(([id]) => id);
    expect(objects.map((object) => object.baseName)).toEqual(expect.arrayContaining(expectedObjects));
  });

  it.each(objectFiles)('%s is well-formed XML', (_relPath, object) => {
    expect(object.error).toBeNull();
  });

  it.each(objectFiles)('%s: file name equals the scriptid of its root element', (_relPath, object) => {
    expect(object.scriptid).toBe(object.baseName);
  });

  it.each(objectFiles)('%s: root element is a known SDF object type and the script id has its prefix', (_relPath, object) => {
    const prefix = OBJECT_TYPE_PREFIXES[object.rootType];
    expect(prefix).toBeDefined();
    expect(object.scriptid.startsWith(prefix ?? '\u0000')).toBe(true);
  });

  it('every script id has at most 40 characters and only lower-case letters, digits and underscores', () => {
    const bad = [...index.keys()].filter((id) => id.length > 40 || !/^[a-z0-9_]+$/.test(id));
    expect(bad).toEqual([]);
  });

  it('account-wide script ids (objects, record and entity fields, script parameters, deployments) are declared once', () => {
    const duplicates = [...index.entries()]
      .filter(([, entries]) => entries.filter((entry) => !PARENT_SCOPED_KINDS.has(entry.kind)).length > 1)
      .map(([id, entries]) => `${id}: ${entries.map((entry) => entry.relPath).join(', ')}`);
    expect(duplicates).toEqual([]);
  });

  it('list values and record subtabs are unique within their list or record', () => {
    const duplicates = [...index.entries()].filter(([, entries]) => {
      const scoped = entries.filter((entry) => PARENT_SCOPED_KINDS.has(entry.kind)).map((entry) => entry.objectId);
      return new Set(scoped).size !== scoped.length;
    });
    expect(duplicates.map(([id]) => id)).toEqual([]);
  });

  it('every [scriptid=...] reference points to an object, or an object.child, declared in Objects/', () => {
    const unresolved = parsedObjects.flatMap((object) =>
      scriptidReferences(object.root)
        .filter((reference) => {
          const [objectId, childId] = reference.split('.');
          const target = (index.get(objectId ?? '') ?? []).find((entry) => entry.kind === 'object');
          if (!target) return true;
          return childId !== undefined && !(index.get(childId) ?? []).some((entry) => entry.objectId === objectId);
        })
        .map((reference) => `${object.relPath}: ${reference}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('every field has a label, a known field type and display type, and a list or record when it is a (multi)select', () => {
    const problems = allFields(parsedObjects).flatMap(({ id, node }) => {
      const fieldtype = text(node, 'fieldtype') ?? '';
      const displaytype = text(node, 'displaytype') ?? 'NORMAL';
      const selectrecordtype = text(node, 'selectrecordtype') ?? '';
      const found: string[] = [];
      if (!text(node, 'label')) found.push(`${id}: no label`);
      if (!FIELD_TYPES.has(fieldtype)) found.push(`${id}: unknown fieldtype ${fieldtype}`);
      if (!DISPLAY_TYPES.has(displaytype)) found.push(`${id}: unknown displaytype ${displaytype}`);
      if ((fieldtype === 'SELECT' || fieldtype === 'MULTISELECT') && !/^(-\d+|\[scriptid=[a-z0-9_.]+\])$/.test(selectrecordtype)) {
        found.push(`${id}: select without a valid selectrecordtype (${selectrecordtype})`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('every field an administrator sees has help text written for the administrator', () => {
    const missing = allFields(parsedObjects)
      .filter(({ node }) => text(node, 'displaytype') !== 'HIDDEN')
      .filter(({ node }) => (text(node, 'help') ?? '').trim().length < 40)
      .map(({ id }) => id);
    expect(missing).toEqual([]);
  });

  it('script and record names fit the 40-character limit of NetSuite', () => {
    const tooLong = parsedObjects
      .flatMap((object) => [text(object.root, 'name'), text(object.root, 'recordname')])
      .filter((name): name is string => name !== undefined && name.length > 40);
    expect(tooLong).toEqual([]);
  });
});

describe('ids.ts and Objects/ agree', () => {
  it('finds the custom ids of ids.ts', () => {
    expect(customIdsInCode.length).toBeGreaterThan(40);
  });

  it('every custom id of ids.ts has an expected type in the SPEC §2 table of this test', () => {
    expect(customIdsInCode.filter((id) => EXPECTED[id] === undefined)).toEqual([]);
  });

  it.each(customIdsInCode)('%s is declared in Objects/ with the type of SPEC §2', (id) => {
    const expected = EXPECTED[id];
    if (expected === undefined) throw new Error(`${id} has no expected type`);
    const entry = the(id);
    switch (expected.kind) {
      case 'object':
        expect({ kind: entry.kind, objectType: entry.objectType }).toEqual({ kind: 'object', objectType: expected.objectType });
        break;
      case 'entitycustomfield':
        expect({ kind: entry.kind, objectType: entry.objectType }).toEqual({ kind: 'object', objectType: 'entitycustomfield' });
        expect(text(entry.node, 'fieldtype')).toBe(expected.fieldtype);
        if (expected.selectrecordtype) expect(text(entry.node, 'selectrecordtype')).toBe(expected.selectrecordtype);
        break;
      case 'customvalue':
        expect({ kind: entry.kind, in: entry.objectId }).toEqual({ kind: 'customvalue', in: expected.in });
        break;
      default:
        expect({ kind: entry.kind, in: entry.objectId }).toEqual({ kind: expected.kind, in: expected.in });
        expect(text(entry.node, 'fieldtype')).toBe(expected.fieldtype);
        if (expected.selectrecordtype) expect(text(entry.node, 'selectrecordtype')).toBe(expected.selectrecordtype);
    }
  });
});

describe('SPEC §2 data model', () => {
  const field = (id: string): XmlNode => the(id).node;

  it('territory: name column, priority mandatory with default 100 and minimum 0', () => {
    expect(text(the(TERRITORY).node, 'includename')).toBe('T');
    expect({
      ismandatory: text(field('custrecord_tlr_priority'), 'ismandatory'),
      defaultvalue: text(field('custrecord_tlr_priority'), 'defaultvalue'),
      minvalue: text(field('custrecord_tlr_priority'), 'minvalue'),
    }).toEqual({ ismandatory: 'T', defaultvalue: '100', minvalue: '0' });
  });

  it('territory: method defaults to round robin; fallback rep optional', () => {
    expect(text(field('custrecord_tlr_method'), 'defaultselection')).toBe('[scriptid=customlist_tlr_method.val_tlr_round_robin]');
    expect(text(field('custrecord_tlr_fallback_rep'), 'ismandatory')).toBe('F');
  });

  it('territory: criteria are optional (empty means any)', () => {
    const criteria = ['countries', 'states', 'postal_codes', 'lead_sources', 'categories', 'subsidiaries'];
    expect(criteria.map((name) => text(field(`custrecord_tlr_${name}`), 'ismandatory'))).toEqual(criteria.map(() => 'F'));
  });

  it('member: a mandatory parent field on the territory, shown on a Members subtab of the territory', () => {
    const parent = field('custrecord_tlr_mem_territory');
    expect({
      isparent: text(parent, 'isparent'),
      ismandatory: text(parent, 'ismandatory'),
      parentsubtab: text(parent, 'parentsubtab'),
    }).toEqual({ isparent: 'T', ismandatory: 'T', parentsubtab: `[scriptid=${TERRITORY}.tab_tlr_members]` });
    expect(items(the(TERRITORY).node, 'subtabs', 'subtab').map((tab) => attr(tab, 'scriptid'))).toContain('tab_tlr_members');
  });

  it('member: rep mandatory; weight default 1 and at least 1; capacity at least 0 and optional', () => {
    expect(text(field('custrecord_tlr_mem_rep'), 'ismandatory')).toBe('T');
    expect({ defaultvalue: text(field('custrecord_tlr_mem_weight'), 'defaultvalue'), minvalue: text(field('custrecord_tlr_mem_weight'), 'minvalue') })
      .toEqual({ defaultvalue: '1', minvalue: '1' });
    expect({ ismandatory: text(field('custrecord_tlr_mem_capacity'), 'ismandatory'), minvalue: text(field('custrecord_tlr_mem_capacity'), 'minvalue') })
      .toEqual({ ismandatory: 'F', minvalue: '0' });
  });

  it('member: script-maintained fields are shown but locked, and stay editable for scripts (access level Edit)', () => {
    for (const id of ['custrecord_tlr_mem_turns', 'custrecord_tlr_mem_assigned', 'custrecord_tlr_mem_last_assigned']) {
      expect({ id, displaytype: text(field(id), 'displaytype'), accesslevel: text(field(id), 'accesslevel') })
        .toEqual({ id, displaytype: 'LOCKED', accesslevel: '2' });
    }
  });

  it('territory and member: only roles granted the record (administrators) have access', () => {
    for (const id of [TERRITORY, MEMBER]) expect(text(the(id).node, 'accesstype')).toBe('CUSTRECORDENTRYPERM');
  });

  it('lead fields apply to customer-stage records only (leads, prospects, customers), never to the web site', () => {
    for (const id of ['custentity_tlr_territory', 'custentity_tlr_status', 'custentity_tlr_reason', 'custentity_tlr_routed_at', 'custentity_tlr_lock']) {
      const node = field(id);
      const appliesTo = Object.keys(node).filter((key) => key.startsWith('appliesto') && text(node, key) === 'T');
      expect({ id, appliesTo, availableexternally: text(node, 'availableexternally') })
        .toEqual({ id, appliesTo: ['appliestocustomer'], availableexternally: 'F' });
    }
  });

  it('lead fields written by routing are read-only in forms; the lock box is editable', () => {
    const displayTypes = ['territory', 'status', 'reason', 'routed_at', 'lock'].map((name) => text(field(`custentity_tlr_${name}`), 'displaytype'));
    expect(displayTypes).toEqual(['LOCKED', 'LOCKED', 'LOCKED', 'LOCKED', 'NORMAL']);
    expect(text(field('custentity_tlr_lock'), 'defaultchecked')).toBe('F');
  });

  it('status list holds the seven outcome codes of SPEC §3.6, with readable labels', () => {
    const values = items(the('customlist_tlr_status').node, 'customvalues', 'customvalue');
    expect(values.map((value) => attr(value, 'scriptid'))).toEqual(Object.values(ids.STATUS_VALUE));
    expect(values.every((value) => /^[A-Z][a-z]/.test(text(value, 'value') ?? ''))).toBe(true);
  });

  it('method list holds round robin and load balanced', () => {
    const values = items(the('customlist_tlr_method').node, 'customvalues', 'customvalue');
    expect(values.map((value) => [attr(value, 'scriptid'), text(value, 'value')])).toEqual([
      ['val_tlr_round_robin', 'Round robin'],
      ['val_tlr_load_balanced', 'Load balanced'],
    ]);
  });
});

describe('scripts and deployments', () => {
  const SCRIPT_FILES: Readonly<Record<string, string>> = {
    [UE_LEAD]: '[/SuiteScripts/tlr/tlr_ue_lead.js]',
    customscript_tlr_ue_territory: '[/SuiteScripts/tlr/tlr_ue_territory.js]',
    [SWEEP]: '[/SuiteScripts/tlr/tlr_ss_sweep.js]',
    [REALIGN]: '[/SuiteScripts/tlr/tlr_mr_realign.js]',
    [EXPORT]: '[/SuiteScripts/tlr/tlr_ss_export.js]',
    [CONSOLE]: '[/SuiteScripts/tlr/tlr_sl_console.js]',
  };
  const deployments = (scriptId: string): XmlNode[] => items(the(scriptId).node, 'scriptdeployments', 'scriptdeployment');
  const deployment = (scriptId: string, deploymentId: string): XmlNode => {
    const found = deployments(scriptId).find((node) => attr(node, 'scriptid') === deploymentId);
    if (!found) throw new Error(`${scriptId} has no deployment ${deploymentId}`);
    return found;
  };

  it.each(Object.entries(SCRIPT_FILES))('%s runs %s', (scriptId, scriptfile) => {
    expect(text(the(scriptId).node, 'scriptfile')).toBe(scriptfile);
  });

  // A 2.1 script names its entry points in the file it returns (bundle.test.ts checks them); the function-name
  // elements belong to SuiteScript 1.0 and are optional in Oracle's reference (docs/sdf-objects.md).
  it.each([UE_LEAD, 'customscript_tlr_ue_territory'])('%s declares no SuiteScript 1.0 entry-point function names', (scriptId) => {
    const node = the(scriptId).node;
    expect(['beforeloadfunction', 'beforesubmitfunction', 'aftersubmitfunction'].filter((element) => element in node)).toEqual([]);
  });

  it('every deployment has a valid status, and every listed execution context exists', () => {
    const problems = parsedObjects
      .filter((object) => SCRIPT_TYPES.has(object.rootType))
      .flatMap((object) =>
        items(object.root, 'scriptdeployments', 'scriptdeployment').flatMap((node) => {
          const id = attr(node, 'scriptid');
          const contexts = (text(node, 'executioncontext') ?? '').split('|').filter(Boolean);
          return [
            ...(SCRIPT_STATUSES.has(text(node, 'status') ?? '') ? [] : [`${id}: status ${text(node, 'status')}`]),
            ...contexts.filter((context) => !EXECUTION_CONTEXTS.has(context)).map((context) => `${id}: context ${context}`),
          ];
        }),
      );
    expect(problems).toEqual([]);
  });

  it('lead user event: released on LEAD for all roles, run as Administrator, in every context that creates leads', () => {
    const node = deployment(UE_LEAD, 'customdeploy_tlr_ue_lead');
    expect({
      recordtype: text(node, 'recordtype'),
      status: text(node, 'status'),
      isdeployed: text(node, 'isdeployed'),
      allroles: text(node, 'allroles'),
      runasrole: text(node, 'runasrole'),
    }).toEqual({ recordtype: 'LEAD', status: 'RELEASED', isdeployed: 'T', allroles: 'T', runasrole: 'ADMINISTRATOR' });
    const contexts = (text(node, 'executioncontext') ?? '').split('|');
    expect(contexts).toEqual(
      expect.arrayContaining([
        'USERINTERFACE', 'CSVIMPORT', 'WEBSERVICES', 'RESTWEBSERVICES', 'RESTLET', 'SUITELET', 'SCHEDULED', 'MAPREDUCE',
        'WORKFLOW', 'USEREVENT', 'WEBSTORE', 'WEBAPPLICATION', 'OTHER',
      ]),
    );
  });

  it('lead user event: routing parameters with the defaults of SPEC §2', () => {
    const params = Object.fromEntries(
      items(the(UE_LEAD).node, 'scriptcustomfields', 'scriptcustomfield').map((node) => [
        attr(node, 'scriptid'),
        { defaultchecked: text(node, 'defaultchecked'), defaultvalue: text(node, 'defaultvalue') ?? '', defaultselection: text(node, 'defaultselection') ?? '' },
      ]),
    );
    expect(params).toEqual({
      custscript_tlr_keep_existing: { defaultchecked: 'T', defaultvalue: '', defaultselection: '' },
      custscript_tlr_match_owner: { defaultchecked: 'T', defaultvalue: '', defaultselection: '' },
      custscript_tlr_default_rep: { defaultchecked: undefined, defaultvalue: '', defaultselection: '' },
      custscript_tlr_paused: { defaultchecked: 'F', defaultvalue: '', defaultselection: '' },
      custscript_tlr_alert_to: { defaultchecked: undefined, defaultvalue: '', defaultselection: '' },
      custscript_tlr_notify_author: { defaultchecked: undefined, defaultvalue: '', defaultselection: '' },
    });
  });

  it('territory user event: one deployment on the territory and one on the member record', () => {
    const recordTypes = deployments('customscript_tlr_ue_territory').map((node) => [attr(node, 'scriptid'), text(node, 'recordtype'), text(node, 'status')]);
    expect(recordTypes).toEqual([
      ['customdeploy_tlr_ue_territory', `[scriptid=${TERRITORY}]`, 'RELEASED'],
      ['customdeploy_tlr_ue_member', `[scriptid=${MEMBER}]`, 'RELEASED'],
    ]);
  });

  // Shipped not scheduled: scheduled, its first run would route every waiting lead of the look-back window within 15
  // minutes of the deploy. The administrator sets Look Back, previews, then sets the status to Scheduled (admin guide).
  it('sweep: ships not scheduled, with its every-15-minutes recurrence ready, plus a not-scheduled deployment for re-queueing', () => {
    const scheduled = deployment(SWEEP, 'customdeploy_tlr_ss_sweep');
    const daily = child(child(scheduled, 'recurrence') ?? {}, 'daily') ?? {};
    expect({ status: text(scheduled, 'status'), everyxdays: text(daily, 'everyxdays'), repeat: text(daily, 'repeat') })
      .toEqual({ status: 'NOTSCHEDULED', everyxdays: '1', repeat: 'PT15M' });
    expect(REPEAT_TIMES.has(text(daily, 'repeat') ?? '')).toBe(true);
    expect(text(daily, 'startdate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text(daily, 'starttime')).toMatch(/^\d{2}:\d{2}:\d{2}Z$/);
    expect(text(deployment(SWEEP, 'customdeploy_tlr_ss_sweep_ondemand'), 'status')).toBe('NOTSCHEDULED');
  });

  // SDF stores the start time in UTC; a daily event repeats from that local time until the day ends, so only a start
  // at local midnight runs all day (docs/sdf-objects.md, "Scheduled sweep"). NetSuite's own time is Pacific.
  it('sweep: starts at midnight Pacific time on its start date, so the 15-minute repeat runs all day (96 runs)', () => {
    const daily = child(child(deployment(SWEEP, 'customdeploy_tlr_ss_sweep'), 'recurrence') ?? {}, 'daily') ?? {};
    const start = new Date(`${text(daily, 'startdate')}T${text(daily, 'starttime')}`);
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(start)
        .map((part) => [part.type, part.value]),
    );
    const localMinutes = Number(parts.hour) * 60 + Number(parts.minute);

    expect(`${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`).toBe(`${text(daily, 'startdate')} 00:00`);
    expect((24 * 60 - localMinutes) / 15).toBe(96);
  });

  it('response-time check: the deployments of the sweep (not scheduled, every 15 minutes from midnight Pacific once scheduled, on demand for re-queueing), at most 2 reassignments by default', () => {
    const sweepDaily = child(child(deployment(SWEEP, 'customdeploy_tlr_ss_sweep'), 'recurrence') ?? {}, 'daily');
    const scheduled = deployment(SLA, 'customdeploy_tlr_ss_sla');
    expect(text(scheduled, 'status')).toBe('NOTSCHEDULED');
    expect(child(child(scheduled, 'recurrence') ?? {}, 'daily')).toEqual(sweepDaily);
    expect(text(deployment(SLA, 'customdeploy_tlr_ss_sla_ondemand'), 'status')).toBe('NOTSCHEDULED');
    const cap = the('custscript_tlr_sla_max').node;
    expect([text(cap, 'defaultvalue'), text(cap, 'minvalue')]).toEqual(['2', '0']);
  });

  it('sweep: look-back parameter defaults to 30 days, 0 or more', () => {
    const lookback = the('custscript_tlr_lookback_days').node;
    expect([text(lookback, 'defaultvalue'), text(lookback, 'minvalue')]).toEqual(['30', '0']);
  });

  it('sweep: continuation cursor parameter, optional, 0 or more, no default (a default would skip leads)', () => {
    const cursor = the('custscript_tlr_sweep_after').node;
    expect([text(cursor, 'ismandatory'), text(cursor, 'minvalue'), text(cursor, 'defaultvalue')]).toEqual(['F', '0', undefined]);
  });

  it('export: Part Size defaults under the 10 MB a script may save, and cannot be set above it', () => {
    const partKb = the('custscript_tlr_export_part_kb').node;
    expect([text(partKb, 'defaultvalue'), text(partKb, 'minvalue'), text(partKb, 'maxvalue')]).toEqual(['9728', '1', '10240']);
    expect([text(the('custscript_tlr_export_days').node, 'defaultvalue'), text(the('custscript_tlr_export_anonymize').node, 'defaultchecked')]).toEqual([undefined, 'F']);
  });

  it('realign: on demand only, PREVIEW by default, run as Administrator', () => {
    const node = deployment(REALIGN, 'customdeploy_tlr_mr_realign');
    expect([text(node, 'status'), text(node, 'runasrole')]).toEqual(['NOTSCHEDULED', 'ADMINISTRATOR']);
    expect(deployments(REALIGN)).toHaveLength(1);
    const mode = the('custscript_tlr_mode').node;
    expect([text(mode, 'defaultselection'), text(mode, 'defaultvalue')]).toEqual(['[scriptid=customlist_tlr_mode.val_tlr_preview]', undefined]);
    const values = items(the('customlist_tlr_mode').node, 'customvalues', 'customvalue');
    expect(values.map((value) => [attr(value, 'scriptid'), text(value, 'value')])).toEqual([
      [ids.MODE_VALUE.PREVIEW, 'Preview'],
      [ids.MODE_VALUE.APPLY, 'Apply'],
    ]);
    expect(text(the('custscript_tlr_scope_search').node, 'ismandatory')).toBe('F');
  });

  // Oracle's reference has a title element on scheduled and map/reduce deployments (required there) but none on
  // user event deployments, so only those carry one; each names its script so the deployment list reads by itself.
  it('every scheduled and map/reduce deployment has a title that starts with its script name', () => {
    const untitled = parsedObjects
      .filter((object) => object.rootType === 'scheduledscript' || object.rootType === 'mapreducescript')
      .flatMap((object) =>
        items(object.root, 'scriptdeployments', 'scriptdeployment')
          .filter((node) => !(text(node, 'title') ?? '').startsWith(`${text(object.root, 'name')} - `))
          .map((node) => attr(node, 'scriptid')),
      );
    expect(untitled).toEqual([]);
  });

  it('console: released for administrators and sales managers only, not online, linked from a menu', () => {
    const node = deployment(CONSOLE, 'customdeploy_tlr_sl_console');
    expect(deployments(CONSOLE)).toHaveLength(1);
    expect({
      status: text(node, 'status'),
      isdeployed: text(node, 'isdeployed'),
      isonline: text(node, 'isonline'),
      allroles: text(node, 'allroles'),
      allemployees: text(node, 'allemployees'),
      allpartners: text(node, 'allpartners'),
      roles: (text(node, 'audslctrole') ?? '').split('|').sort(),
    }).toEqual({ status: 'RELEASED', isdeployed: 'T', isonline: 'F', allroles: 'F', allemployees: 'F', allpartners: 'F', roles: ['ADMINISTRATOR', 'SALES_MANAGER'] });
    const links = items(node, 'links', 'link').map((link) => [text(link, 'linkcategory'), text(link, 'linktasktype'), text(link, 'linklabel')]);
    expect(links).toEqual([['BASICREPORTSCUSTOM', 'SCRIPT', 'Routing Console']]);
  });

  it('console: submits the realignment and export deployments the code names, which are Not Scheduled (N/task needs that)', () => {
    expect(text(deployment(REALIGN, ids.DEPLOYMENT.mrRealign), 'status')).toBe('NOTSCHEDULED');
    expect(text(deployment(EXPORT, ids.DEPLOYMENT.ssExport), 'status')).toBe('NOTSCHEDULED');
    expect(deployments(EXPORT)).toHaveLength(1);
    expect(attr(deployment(CONSOLE, ids.DEPLOYMENT.slConsole), 'scriptid')).toBe(ids.DEPLOYMENT.slConsole);
  });

  it('deployments carry no parameter values (account-specific settings survive a redeploy)', () => {
    const withValues = parsedObjects
      .filter((object) => SCRIPT_TYPES.has(object.rootType))
      .flatMap((object) => items(object.root, 'scriptdeployments', 'scriptdeployment'))
      .flatMap((node) => Object.keys(node).filter((key) => key.startsWith('custscript')));
    expect(withValues).toEqual([]);
  });
});

describe('script files', () => {
  const scriptFiles = parsedObjects
    .filter((object) => SCRIPT_TYPES.has(object.rootType))
    .map((object) => [object.scriptid, text(object.root, 'scriptfile') ?? ''] as const);

  it.each(scriptFiles)('%s: %s is covered by a deploy.xml file path', (_scriptId, scriptfile) => {
    const projectPath = scriptFileProjectPath(scriptfile);
    expect((readDeploy()['files'] ?? []).some((pattern) => deployPathCovers(pattern, projectPath))).toBe(true);
  });

  const fileCabinetBuilt = fs.existsSync(FILE_CABINET_DIR);
  (fileCabinetBuilt ? it.each(scriptFiles) : it.skip.each(scriptFiles))(
    '%s: %s exists in FileCabinet/ (skipped only while the whole FileCabinet/ folder is absent, i.e. before `npm run build`)',
    (_scriptId, scriptfile) => {
      expect(fs.existsSync(path.join(PROJECT_ROOT, scriptFileProjectPath(scriptfile)))).toBe(true);
    },
  );
});

describe('manifest features cover the objects', () => {
  const manifest = readManifest();
  const feature = (name: string) => manifest.features.find((entry) => entry.name === name);

  it('custom record types require CUSTOMRECORDS', () => {
    expect(parsedObjects.some((object) => object.rootType === 'customrecordtype')).toBe(true);
    expect(feature('CUSTOMRECORDS')).toEqual({ name: 'CUSTOMRECORDS', required: true });
  });

  it('server scripts require SERVERSIDESCRIPTING', () => {
    expect(parsedObjects.some((object) => SCRIPT_TYPES.has(object.rootType))).toBe(true);
    expect(feature('SERVERSIDESCRIPTING')).toEqual({ name: 'SERVERSIDESCRIPTING', required: true });
  });

  const dependencies = featureDependencies(parsedObjects);
  const ALWAYS_REQUIRED = ['CUSTOMRECORDS', 'SERVERSIDESCRIPTING'];

  it('finds the features the objects depend on (the list -117, record and list options, entity field targets)', () => {
    expect([...new Set(dependencies.map((dependency) => dependency.feature))].sort()).toEqual(
      ['ACCOUNTING', 'CRM', 'EXTREMELIST', 'MAILMERGE', 'MATRIXITEMS', 'MULTILANGUAGE', 'SUBSIDIARIES', 'WEBSITE'],
    );
  });

  it('declares every feature an element or a list depends on, required only when a mandatory field needs it', () => {
    const problems = dependencies.flatMap(({ feature: name, where, mandatory }) => {
      const declared = feature(name);
      if (!declared) return [`${where} needs ${name}, which the manifest does not declare`];
      if (mandatory && !declared.required) return [`${where} is mandatory: ${name} must be required="true"`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('keeps the optional features optional, so the project deploys to accounts without them', () => {
    const optional = dependencies.filter((dependency) => !dependency.mandatory).map((dependency) => dependency.feature);
    const mandatory = new Set(dependencies.filter((dependency) => dependency.mandatory).map((dependency) => dependency.feature));
    expect([...new Set(optional)].filter((name) => !mandatory.has(name) && feature(name)?.required === true)).toEqual([]);
  });

  it('declares no feature that nothing depends on', () => {
    const needed = new Set([...ALWAYS_REQUIRED, ...dependencies.map((dependency) => dependency.feature)]);
    expect(manifest.features.map((entry) => entry.name).filter((name) => !needed.has(name))).toEqual([]);
  });

  it('lists no feature twice', () => {
    const names = manifest.features.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the error path sets the ERROR status by its label', () => {
  it('ERROR_STATUS_LABEL is the label of val_tlr_error', () => {
    const list = readSdfObjects().find((object) => object.scriptid === 'customlist_tlr_status')!;
    const value = items(list.root, 'customvalues', 'customvalue').find((node) => attr(node, 'scriptid') === 'val_tlr_error');
    expect(value && text(value, 'value')).toBe(ids.ERROR_STATUS_LABEL);
  });
});

describe('validation messages name fields by their form labels', () => {
  const fields = allFields(readSdfObjects());
  it.each(Object.values(PROBLEM_FIELDS).map(({ fieldId, label }) => [fieldId, label]))('%s is labelled "%s" in Objects/', (fieldId, label) => {
    const field = fields.find((candidate) => candidate.id === fieldId);
    expect(field && text(field.node, 'label')).toBe(label);
  });
});
