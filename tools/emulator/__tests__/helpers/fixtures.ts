/**
 * A small SDF account for the emulator's tests, independent of the routing project: XML objects and script
 * sources as strings. Every test builds its own Emulator from these (fresh fixtures per test).
 */
import { Emulator, type EmulatorOptions } from '../../host';
import { addObjectXml, type SdfObjects } from '../../schema/sdfObjects';

const field = (scriptId: string, type: string, extra = ''): string =>
  `<customrecordcustomfield scriptid="${scriptId}"><fieldtype>${type}</fieldtype><label>${scriptId}</label>${extra}</customrecordcustomfield>`;

export const OBJECT_XML: Readonly<Record<string, string>> = {
  'customlist_tst_method.xml': `<customlist scriptid="customlist_tst_method"><name>Method</name><customvalues>
      <customvalue scriptid="val_tst_rr"><value>Round Robin</value></customvalue>
      <customvalue scriptid="val_tst_lb"><value>Load Balanced</value></customvalue>
    </customvalues></customlist>`,
  'customlist_tst_status.xml': `<customlist scriptid="customlist_tst_status"><name>Status</name><customvalues>
      <customvalue scriptid="val_tst_routed"><value>Routed</value></customvalue>
      <customvalue scriptid="val_tst_error"><value>Error</value><isinactive>T</isinactive></customvalue>
    </customvalues></customlist>`,
  'customrecord_tst_zone.xml': `<customrecordtype scriptid="customrecord_tst_zone"><recordname>Zone</recordname><customrecordcustomfields>
      ${field('custrecord_tst_priority', 'INTEGER', '<defaultvalue>100</defaultvalue>')}
      ${field('custrecord_tst_countries', 'TEXTAREA')}
      ${field('custrecord_tst_method', 'SELECT', '<selectrecordtype>[scriptid=customlist_tst_method]</selectrecordtype><defaultselection>[scriptid=customlist_tst_method.val_tst_rr]</defaultselection>')}
      ${field('custrecord_tst_fallback', 'SELECT', '<selectrecordtype>-4</selectrecordtype>')}
      ${field('custrecord_tst_subsidiaries', 'MULTISELECT', '<selectrecordtype>-117</selectrecordtype>')}
      ${field('custrecord_tst_ratio', 'FLOAT')}
      ${field('custrecord_tst_away', 'DATE')}
      ${field('custrecord_tst_stamp', 'DATETIMETZ')}
      ${field('custrecord_tst_open', 'CHECKBOX', '<defaultchecked>T</defaultchecked>')}
    </customrecordcustomfields></customrecordtype>`,
  'customrecord_tst_member.xml': `<customrecordtype scriptid="customrecord_tst_member"><recordname>Member</recordname><customrecordcustomfields>
      ${field('custrecord_tst_mem_zone', 'SELECT', '<selectrecordtype>[scriptid=customrecord_tst_zone]</selectrecordtype>')}
      ${field('custrecord_tst_mem_rep', 'SELECT', '<selectrecordtype>-4</selectrecordtype>')}
      ${field('custrecord_tst_mem_weight', 'INTEGER', '<defaultvalue>1</defaultvalue>')}
    </customrecordcustomfields></customrecordtype>`,
  'custentity_tst_zone.xml': `<entitycustomfield scriptid="custentity_tst_zone"><fieldtype>SELECT</fieldtype><label>Zone</label>
      <selectrecordtype>[scriptid=customrecord_tst_zone]</selectrecordtype><appliestocustomer>T</appliestocustomer></entitycustomfield>`,
  'custentity_tst_status.xml': `<entitycustomfield scriptid="custentity_tst_status"><fieldtype>SELECT</fieldtype><label>Status</label>
      <selectrecordtype>[scriptid=customlist_tst_status]</selectrecordtype><appliestocustomer>T</appliestocustomer></entitycustomfield>`,
  'custentity_tst_note.xml': `<entitycustomfield scriptid="custentity_tst_note"><fieldtype>TEXTAREA</fieldtype><label>Note</label>
      <appliestocustomer>T</appliestocustomer></entitycustomfield>`,
  'custentity_tst_badge.xml': `<entitycustomfield scriptid="custentity_tst_badge"><fieldtype>CHECKBOX</fieldtype><label>Badge</label>
      <appliestoemployee>T</appliestoemployee></entitycustomfield>`,
  'customscript_tst_ue_lead.xml': `<usereventscript scriptid="customscript_tst_ue_lead"><name>Lead UE</name>
      <scriptfile>[/SuiteScripts/tst/tst_ue_lead.js]</scriptfile>
      <scriptcustomfields>
        <scriptcustomfield scriptid="custscript_tst_keep"><fieldtype>CHECKBOX</fieldtype><label>Keep</label><defaultchecked>T</defaultchecked></scriptcustomfield>
        <scriptcustomfield scriptid="custscript_tst_rep"><fieldtype>SELECT</fieldtype><label>Rep</label><selectrecordtype>-4</selectrecordtype></scriptcustomfield>
        <scriptcustomfield scriptid="custscript_tst_days"><fieldtype>INTEGER</fieldtype><label>Days</label><defaultvalue>30</defaultvalue></scriptcustomfield>
      </scriptcustomfields>
      <scriptdeployments><scriptdeployment scriptid="customdeploy_tst_ue_lead">
        <isdeployed>T</isdeployed><recordtype>LEAD</recordtype><status>RELEASED</status><loglevel>DEBUG</loglevel>
        <custscript_tst_days>45</custscript_tst_days>
      </scriptdeployment></scriptdeployments></usereventscript>`,
  'customscript_tst_ue_zone.xml': `<usereventscript scriptid="customscript_tst_ue_zone"><name>Zone UE</name>
      <scriptfile>[/SuiteScripts/tst/tst_ue_zone.js]</scriptfile>
      <scriptdeployments><scriptdeployment scriptid="customdeploy_tst_ue_zone">
        <isdeployed>T</isdeployed><recordtype>[scriptid=customrecord_tst_zone]</recordtype><status>RELEASED</status>
      </scriptdeployment></scriptdeployments></usereventscript>`,
  'customscript_tst_ss.xml': `<scheduledscript scriptid="customscript_tst_ss"><name>Sweep</name>
      <scriptfile>[/SuiteScripts/tst/tst_ss.js]</scriptfile>
      <scriptdeployments>
        <scriptdeployment scriptid="customdeploy_tst_ss_timer"><isdeployed>T</isdeployed><status>SCHEDULED</status><title>Timer</title></scriptdeployment>
        <scriptdeployment scriptid="customdeploy_tst_ss_ondemand"><isdeployed>T</isdeployed><status>NOTSCHEDULED</status><title>On demand</title></scriptdeployment>
      </scriptdeployments></scheduledscript>`,
};

export function sdfObjects(xml: Readonly<Record<string, string>> = OBJECT_XML): SdfObjects {
  const objects: SdfObjects = { customRecords: [], entityFields: [], lists: [], scripts: [] };
  for (const [source, text] of Object.entries(xml)) addObjectXml(objects, text, source);
  return objects;
}

/** A built SuiteScript file: JSDoc header, then one define whose factory returns `entryPoints` (JS source). */
export function amdScript(scriptType: string, dependencies: readonly string[], entryPoints: string): string {
  const names = dependencies.map((dependency) => dependency.replace('N/', ''));
  return `/**\n * @NApiVersion 2.1\n * @NScriptType ${scriptType}\n */\ndefine(${JSON.stringify(dependencies)}, function (${names.join(', ')}) {\n  return ${entryPoints};\n});\n`;
}

/** Scripts that implement nothing the tests trigger, for deployments a test does not exercise. */
const QUIET_SCRIPTS: Readonly<Record<string, string>> = {
  '/SuiteScripts/tst/tst_ue_lead.js': amdScript('UserEventScript', [], '{ beforeLoad: function () {} }'),
  '/SuiteScripts/tst/tst_ue_zone.js': amdScript('UserEventScript', [], '{ beforeLoad: function () {} }'),
  '/SuiteScripts/tst/tst_ss.js': amdScript('ScheduledScript', [], '{ execute: function () {} }'),
};

export interface FixtureOptions extends Partial<Omit<EmulatorOptions, 'objects' | 'fileCabinet'>> {
  scripts?: Readonly<Record<string, string>>;
  xml?: Readonly<Record<string, string>>;
}

export function makeEmulator(options: FixtureOptions = {}): Emulator {
  const scripts = { ...QUIET_SCRIPTS, ...options.scripts };
  const { scripts: _scripts, xml, ...rest } = options;
  return new Emulator({
    now: '2026-11-26',
    ...rest,
    objects: sdfObjects(xml ?? OBJECT_XML),
    fileCabinet: (path) => {
      const source = scripts[path];
      if (source === undefined) throw new Error(`no fixture script at ${path}`);
      return source;
    },
  });
}

/** Runs `run` and returns what it throws as `{ name, message }` (a SuiteScriptError's code and text); fails when nothing is thrown. */
export function failureOf(run: () => unknown): { name: string; message: string } {
  try {
    run();
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('expected a failure, and nothing was thrown');
}

/** Employees 7 (active rep), 8 (inactive rep), 9 (not a rep) and subsidiaries 1, 2. */
export function seedPeople(emulator: Emulator): void {
  emulator.seed('subsidiary', [
    { id: 1, name: 'US' },
    { id: 2, name: 'EU' },
  ]);
  emulator.seed('employee', [
    { id: 7, entityid: 'Ana Ruiz', issalesrep: true, email: 'ana@example.com' },
    { id: 8, entityid: 'Ben Ode', issalesrep: true, isinactive: true },
    { id: 9, entityid: 'Cy Vale', issalesrep: false },
  ]);
}
