import { HostInputError } from '../errors';
import { OBJECT_XML, amdScript, makeEmulator, seedPeople } from './helpers/fixtures';

const SCHEDULED = '/SuiteScripts/tst/tst_ss.js';

/** Reads the lead user event's settings the way a bulk script does: find its deployment record, load it. */
const READ_SETTINGS = amdScript(
  'ScheduledScript',
  ['N/record', 'N/search'],
  `{ execute: function () {
    var rows = search.create({ type: search.Type.SCRIPT_DEPLOYMENT, filters: [['scriptid', 'is', 'customdeploy_tst_ue_lead']], columns: ['internalid', 'scriptid'] })
      .run().getRange({ start: 0, end: 1 });
    var deployment = record.load({ type: record.Type.SCRIPT_DEPLOYMENT, id: rows[0].id });
    log.audit('settings', JSON.stringify({
      id: rows[0].id, scriptid: rows[0].getValue('scriptid'),
      keep: deployment.getValue({ fieldId: 'custscript_tst_keep' }),
      rep: deployment.getValue({ fieldId: 'custscript_tst_rep' }),
      days: deployment.getValue({ fieldId: 'custscript_tst_days' }),
      title: deployment.getValue({ fieldId: 'title' })
    }));
  } }`,
);

function settings(emulator: ReturnType<typeof makeEmulator>) {
  const invocation = emulator.runScheduled('customscript_tst_ss');
  return { read: JSON.parse(invocation.logs[0]?.details ?? '{}'), invocation };
}

describe('scriptdeployment records', () => {
  test('every deployment in Objects/ is a record holding its parameter values: XML defaults, then deployment values', () => {
    const emulator = makeEmulator({ scripts: { [SCHEDULED]: READ_SETTINGS } });

    const { read, invocation } = settings(emulator);

    expect(read).toEqual({ id: '1', scriptid: 'CUSTOMDEPLOY_TST_UE_LEAD', keep: true, rep: '', days: 45, title: '' });
    expect(invocation.charges.map(({ api, units }) => `${api} ${units}`)).toEqual(['ResultSet.getRange 10', 'record.load 5']);
  });

  test('values the host sets with setParameter show on the record', () => {
    const emulator = makeEmulator({ scripts: { [SCHEDULED]: READ_SETTINGS } });
    seedPeople(emulator);

    emulator.setParameter('customscript_tst_ue_lead', 'custscript_tst_keep', false);
    emulator.setParameter('customscript_tst_ue_lead', 'custscript_tst_rep', 7, 'customdeploy_tst_ue_lead');

    expect(settings(emulator).read).toMatchObject({ keep: false, rep: '7', days: 45 });
    expect(emulator.read('scriptdeployment', 1)).toMatchObject({ scriptid: 'CUSTOMDEPLOY_TST_UE_LEAD', status: 'RELEASED', isdeployed: true, custscript_tst_rep: '7' });
  });

  test('deployment records are read-only: scripts cannot write them, the host cannot seed them, and they take no ids from other records', () => {
    const emulator = makeEmulator();
    const { record } = emulator.modules();

    expect(() => record.submitFields({ type: 'scriptdeployment', id: 1, values: { title: 'x' } })).toThrow(expect.objectContaining({ name: 'EMULATOR_NOT_EMULATED' }));
    expect(() => emulator.seed('scriptdeployment', [{ title: 'x' }])).toThrow(HostInputError);
    expect(emulator.seed('employee', [{ entityid: 'First' }])).toEqual(['1']);
  });

  test('a SELECT parameter naming a list value by script id reads back as the internal id the emulator gave the value', () => {
    const method = (value: string) => `[scriptid=customlist_tst_method.${value}]`;
    const xml = {
      ...OBJECT_XML,
      'customscript_tst_pick.xml': `<scheduledscript scriptid="customscript_tst_pick"><name>Pick</name>
        <scriptfile>[/SuiteScripts/tst/tst_pick.js]</scriptfile>
        <scriptcustomfields><scriptcustomfield scriptid="custscript_tst_method"><fieldtype>SELECT</fieldtype><label>Method</label>
          <selectrecordtype>[scriptid=customlist_tst_method]</selectrecordtype><defaultselection>${method('val_tst_lb')}</defaultselection></scriptcustomfield></scriptcustomfields>
        <scriptdeployments>
          <scriptdeployment scriptid="customdeploy_tst_pick_default"><isdeployed>T</isdeployed><status>NOTSCHEDULED</status><title>Default</title></scriptdeployment>
          <scriptdeployment scriptid="customdeploy_tst_pick_set"><isdeployed>T</isdeployed><status>NOTSCHEDULED</status><title>Set</title>
            <custscript_tst_method>${method('val_tst_rr')}</custscript_tst_method></scriptdeployment>
        </scriptdeployments></scheduledscript>`,
    };
    const pick = amdScript('ScheduledScript', ['N/runtime'], `{ execute: function () { log.audit('method', String(runtime.getCurrentScript().getParameter({ name: 'custscript_tst_method' }))); } }`);
    const emulator = makeEmulator({ xml, scripts: { '/SuiteScripts/tst/tst_pick.js': pick } });
    const read = (deploymentId: string) => emulator.runScheduled('customscript_tst_pick', { deploymentId }).logs[0]?.details;

    expect([read('customdeploy_tst_pick_default'), read('customdeploy_tst_pick_set')]).toEqual([
      emulator.schema.listValueId('customlist_tst_method', 'val_tst_lb'),
      emulator.schema.listValueId('customlist_tst_method', 'val_tst_rr'),
    ]);
    expect(read('customdeploy_tst_pick_default')).toBe('2');
  });

  test('a SELECT parameter default naming a value the list does not have is refused when the objects are read', () => {
    const xml = {
      ...OBJECT_XML,
      'customscript_tst_pick.xml': `<scheduledscript scriptid="customscript_tst_pick"><name>Pick</name><scriptfile>[/SuiteScripts/tst/tst_pick.js]</scriptfile>
        <scriptcustomfields><scriptcustomfield scriptid="custscript_tst_method"><fieldtype>SELECT</fieldtype><label>Method</label>
          <selectrecordtype>[scriptid=customlist_tst_method]</selectrecordtype><defaultselection>[scriptid=customlist_tst_method.val_tst_none]</defaultselection></scriptcustomfield></scriptcustomfields>
        </scheduledscript>`,
    };
    expect(() => makeEmulator({ xml })).toThrow(/parameter custscript_tst_method refers to unknown list value \[scriptid=customlist_tst_method.val_tst_none\]/);
  });
});
