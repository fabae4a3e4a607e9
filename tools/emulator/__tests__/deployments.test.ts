import { HostInputError } from '../errors';
import { amdScript, makeEmulator, seedPeople } from './helpers/fixtures';

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
});
