import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HostInputError } from '../errors';
import { Schema } from '../schema/accountSchema';
import { OBJECT_XML, sdfObjects } from './helpers/fixtures';

const createdDirs: string[] = [];
afterAll(() => createdDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function objectsDir(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-objects-'));
  createdDirs.push(dir);
  for (const [name, xml] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), xml);
  }
  return dir;
}

describe('Schema from Objects/', () => {
  test('reads every object file, also in sub-folders', () => {
    const dir = objectsDir({
      'customlist_tst_method.xml': OBJECT_XML['customlist_tst_method.xml'] as string,
      'records/customrecord_tst_zone.xml': OBJECT_XML['customrecord_tst_zone.xml'] as string,
    });

    const schema = Schema.fromObjectsDir(dir);

    expect(schema.recordType('customrecord_tst_zone').family.fields.get('custrecord_tst_method')).toMatchObject({ type: 'SELECT', target: 'customlist_tst_method', defaultValue: '1' });
  });

  test('gives list values internal ids 1..n in XML order', () => {
    const schema = new Schema(sdfObjects());

    expect(schema.list('customlist_tst_method')?.values.map((value) => [value.id, value.scriptId, value.name])).toEqual([
      ['1', 'val_tst_rr', 'Round Robin'],
      ['2', 'val_tst_lb', 'Load Balanced'],
    ]);
    expect(schema.listValueId('customlist_tst_method', 'VAL_TST_LB')).toBe('2');
  });

  test('puts entity custom fields on leads, prospects and customers, or on employees, as the XML says', () => {
    const schema = new Schema(sdfObjects());

    for (const type of ['lead', 'prospect', 'customer']) expect(schema.recordType(type).family.fields.has('custentity_tst_zone')).toBe(true);
    expect(schema.recordType('employee').family.fields.has('custentity_tst_zone')).toBe(false);
    expect(schema.recordType('employee').family.fields.get('custentity_tst_badge')?.type).toBe('CHECKBOX');
  });

  test('resolves select targets, defaults and custom record standard fields', () => {
    const zone = new Schema(sdfObjects()).recordType('customrecord_tst_zone').family;

    expect(zone.kind).toBe('custom');
    expect(zone.fields.get('custrecord_tst_fallback')?.target).toBe('employee');
    expect(zone.fields.get('custrecord_tst_subsidiaries')).toMatchObject({ type: 'MULTISELECT', target: 'subsidiary' });
    expect(zone.fields.get('custrecord_tst_priority')?.defaultValue).toBe(100);
    expect(zone.fields.get('custrecord_tst_open')?.defaultValue).toBe(true);
    expect([...zone.fields.keys()]).toEqual(expect.arrayContaining(['name', 'isinactive', 'externalid', 'created']));
  });

  test('reads scripts, parameters and deployments', () => {
    const schema = new Schema(sdfObjects());
    const script = schema.script('customscript_tst_ue_lead');

    expect(script).toMatchObject({ scriptType: 'UserEventScript', scriptFile: '/SuiteScripts/tst/tst_ue_lead.js' });
    expect(script?.parameters.get('custscript_tst_keep')).toEqual({ id: 'custscript_tst_keep', type: 'CHECKBOX', defaultValue: 'T' });
    expect(script?.deployments[0]).toMatchObject({ recordType: 'lead', status: 'RELEASED', parameterValues: { custscript_tst_days: '45' } });
    expect(schema.script('customscript_tst_ue_zone')?.deployments[0]?.recordType).toBe('customrecord_tst_zone');
  });

  test('keeps what a select parameter selects, as a record type or list, and gives it to the deployment records', () => {
    const params = {
      ...OBJECT_XML,
      'customscript_tst_params.xml': `<scheduledscript scriptid="customscript_tst_params"><name>Params</name>
        <scriptfile>[/SuiteScripts/tst/tst_ss.js]</scriptfile>
        <scriptcustomfields>
          <scriptcustomfield scriptid="custscript_tst_zone"><fieldtype>SELECT</fieldtype><selectrecordtype>[scriptid=customrecord_tst_zone]</selectrecordtype></scriptcustomfield>
          <scriptcustomfield scriptid="custscript_tst_method"><fieldtype>SELECT</fieldtype><selectrecordtype>[scriptid=customlist_tst_method]</selectrecordtype></scriptcustomfield>
          <scriptcustomfield scriptid="custscript_tst_subs"><fieldtype>MULTISELECT</fieldtype><selectrecordtype>-117</selectrecordtype></scriptcustomfield>
        </scriptcustomfields></scheduledscript>`,
    };
    const schema = new Schema(sdfObjects(params));

    expect(schema.script('customscript_tst_ue_lead')?.parameters.get('custscript_tst_rep')).toEqual({ id: 'custscript_tst_rep', type: 'SELECT', target: 'employee' });
    expect(schema.parameter('CUSTOMSCRIPT_TST_UE_LEAD', 'custscript_tst_rep')?.target).toBe('employee');
    expect(['custscript_tst_zone', 'custscript_tst_method', 'custscript_tst_subs'].map((id) => schema.parameter('customscript_tst_params', id)?.target)).toEqual([
      'customrecord_tst_zone',
      'customlist_tst_method',
      'subsidiary',
    ]);
    expect(schema.parameter('customscript_tst_ue_lead', 'custscript_tst_days')?.target).toBeUndefined();
    expect(schema.parameter('customscript_tst_ue_lead', 'custscript_nope')).toBeUndefined();
    expect(schema.recordType('scriptdeployment').family.fields.get('custscript_tst_rep')).toMatchObject({ type: 'SELECT', target: 'employee' });
  });

  test('refuses a select parameter whose target is unknown, naming the file and parameter', () => {
    const script = (selectRecordType: string) => ({
      'customscript_tst_bad.xml': `<scheduledscript scriptid="customscript_tst_bad"><name>Bad</name><scriptfile>[/SuiteScripts/tst/tst_ss.js]</scriptfile>
        <scriptcustomfields><scriptcustomfield scriptid="custscript_tst_bad"><fieldtype>SELECT</fieldtype><selectrecordtype>${selectRecordType}</selectrecordtype></scriptcustomfield></scriptcustomfields></scheduledscript>`,
    });

    expect(() => sdfObjects(script('-999'))).toThrow(/customscript_tst_bad\.xml: field custscript_tst_bad selects record type "-999"; add it to STANDARD_SELECT_TARGETS/);
    expect(() => new Schema(sdfObjects(script('[scriptid=customrecord_nope]')))).toThrow(
      new HostInputError('customscript_tst_bad.xml: parameter custscript_tst_bad selects "customrecord_nope", which is no record type or list of the project'),
    );
  });

  test('refuses an unknown select target or field type, naming the file and field', () => {
    const badTarget = { 'custentity_x.xml': '<entitycustomfield scriptid="custentity_x"><fieldtype>SELECT</fieldtype><selectrecordtype>-999</selectrecordtype></entitycustomfield>' };
    const badType = { 'custentity_y.xml': '<entitycustomfield scriptid="custentity_y"><fieldtype>FREEFORMTEXT</fieldtype></entitycustomfield>' };
    const missingRecord = { 'custentity_z.xml': '<entitycustomfield scriptid="custentity_z"><fieldtype>SELECT</fieldtype><selectrecordtype>[scriptid=customrecord_nope]</selectrecordtype></entitycustomfield>' };

    expect(() => sdfObjects(badTarget)).toThrow(new HostInputError('custentity_x.xml: field custentity_x selects record type "-999"; add it to STANDARD_SELECT_TARGETS in tools/emulator/schema/standardRecords.ts'));
    expect(() => sdfObjects(badType)).toThrow(/custentity_y\.xml: field custentity_y has fieldtype "FREEFORMTEXT"/);
    expect(() => new Schema(sdfObjects(missingRecord))).toThrow(/custentity_z\.xml: field custentity_z selects "customrecord_nope"/);
  });

  test('knows how much text a field holds: custom fields by type unless the XML narrows them, standard fields from the table', () => {
    const schema = new Schema(
      sdfObjects({
        ...OBJECT_XML,
        'customrecord_tst_label.xml': `<customrecordtype scriptid="customrecord_tst_label"><recordname>Label</recordname><customrecordcustomfields>
          <customrecordcustomfield scriptid="custrecord_tst_code"><fieldtype>TEXT</fieldtype><label>Code</label></customrecordcustomfield>
          <customrecordcustomfield scriptid="custrecord_tst_short"><fieldtype>TEXT</fieldtype><label>Short</label><maxlength>10</maxlength></customrecordcustomfield>
          <customrecordcustomfield scriptid="custrecord_tst_notes"><fieldtype>CLOBTEXT</fieldtype><label>Notes</label></customrecordcustomfield>
          <customrecordcustomfield scriptid="custrecord_tst_count"><fieldtype>INTEGER</fieldtype><label>Count</label></customrecordcustomfield>
        </customrecordcustomfields></customrecordtype>`,
      }),
    );
    const label = schema.recordType('customrecord_tst_label').family.fields;
    const lead = schema.recordType('lead').family;

    expect(['custrecord_tst_code', 'custrecord_tst_short', 'custrecord_tst_notes', 'custrecord_tst_count'].map((id) => label.get(id)?.maxLength)).toEqual([300, 10, 1_000_000, undefined]);
    expect(lead.fields.get('custentity_tst_note')?.maxLength).toBe(4000);
    expect(['companyname', 'email', 'entityid', 'comments'].map((id) => lead.fields.get(id)?.maxLength)).toEqual([83, 254, 83, undefined]);
    expect(lead.sublists.get('addressbook')?.subrecords.get('addressbookaddress')?.get('addr1')?.maxLength).toBe(150);
  });

  test('an unknown record type fails with INVALID_RCRD_TYPE', () => {
    expect(() => new Schema(sdfObjects()).recordType('customrecord_nope')).toThrow(
      expect.objectContaining({ name: 'INVALID_RCRD_TYPE', message: 'The record type [CUSTOMRECORD_NOPE] is invalid.' }),
    );
  });
});
