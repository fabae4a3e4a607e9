import { amdScript, failureOf, makeEmulator, seedPeople } from './helpers/fixtures';

const SCHEDULED = '/SuiteScripts/tst/tst_ss.js';
const LEAD_UE = '/SuiteScripts/tst/tst_ue_lead.js';
const ALL_MODULES = ['N/record', 'N/search', 'N/runtime', 'N/cache', 'N/task', 'N/file', 'N/email'];

const EVERY_METERED_CALL = `{ execute: function () {
  var zone = record.create({ type: 'customrecord_tst_zone' });
  zone.setValue({ fieldId: 'name', value: 'Z' });
  var zoneId = zone.save();
  record.load({ type: 'customrecord_tst_zone', id: zoneId });
  record.submitFields({ type: 'customrecord_tst_zone', id: zoneId, values: { name: 'Y' } });
  var lead = record.create({ type: 'lead' });
  lead.setValue({ fieldId: 'companyname', value: 'Acme' });
  var leadId = lead.save();
  record.load({ type: 'lead', id: leadId });
  record.submitFields({ type: 'lead', id: leadId, values: { comments: 'x' } });
  var zones = search.create({ type: 'customrecord_tst_zone' });
  zones.run().each(function () { return true; });
  zones.run().getRange({ start: 0, end: 1 });
  zones.runPaged({ pageSize: 5 }).fetch({ index: 0 });
  search.lookupFields({ type: 'customrecord_tst_zone', id: zoneId, columns: ['name'] });
  search.load({ id: 'customsearch_tst_all' });
  var store = cache.getCache({ name: 'plan', scope: cache.Scope.PROTECTED });
  store.get({ key: 'k', loader: function () { record.load({ type: 'customrecord_tst_zone', id: zoneId }); return { a: 1 }; } });
  store.get({ key: 'k' });
  store.put({ key: 'k2', value: 'v' });
  store.remove({ key: 'k2' });
  task.create({ taskType: task.TaskType.SCHEDULED_SCRIPT, scriptId: 'customscript_tst_ss', deploymentId: 'customdeploy_tst_ss_ondemand' }).submit();
  file.create({ name: 'r.csv', fileType: file.Type.CSV, contents: 'a', folder: 40 }).save();
  email.send({ author: 7, recipients: ['x@example.com'], subject: 's', body: 'b' });
  record.delete({ type: 'customrecord_tst_zone', id: zoneId });
  log.audit('remaining', runtime.getCurrentScript().getRemainingUsage());
} }`;

describe('governance', () => {
  test('every metered call charges its documented units; user events triggered by the script meter themselves', () => {
    const emulator = makeEmulator({
      scripts: {
        [SCHEDULED]: amdScript('ScheduledScript', ALL_MODULES, EVERY_METERED_CALL),
        [LEAD_UE]: amdScript('UserEventScript', ['N/search'], `{ beforeSubmit: function () { search.create({ type: 'employee' }).run().getRange({ start: 0, end: 1 }); } }`),
      },
    });
    seedPeople(emulator);
    emulator.seed('folder', [{ id: 40, name: 'Reports' }]);
    emulator.registerSavedSearch({ id: 'customsearch_tst_all', type: 'customrecord_tst_zone' });

    const invocation = emulator.runScheduled('customscript_tst_ss');

    expect(invocation.error).toBeUndefined();
    expect(invocation.charges.map(({ api, units }) => `${api} ${units}`)).toEqual([
      'record.create 2',
      'Record.save 4',
      'record.load 2',
      'record.submitFields 2',
      'record.create 5',
      'Record.save 10',
      'record.load 5',
      'record.submitFields 5',
      'ResultSet.each 10',
      'ResultSet.getRange 10',
      'Search.runPaged 5',
      'PagedData.fetch 5',
      'search.lookupFields 1',
      'search.load 5',
      'Cache.get.miss 2',
      'record.load 2',
      'Cache.get.hit 1',
      'Cache.put 1',
      'Cache.remove 1',
      'ScheduledScriptTask.submit 20',
      'File.save 20',
      'email.send 20',
      'record.delete 4',
    ]);
    expect(invocation.unitsUsed).toBe(142);
    expect(invocation.logs).toEqual([{ level: 'AUDIT', title: 'remaining', details: String(10_000 - 142) }]);
    expect(emulator.invocations.filter((entry) => entry.scriptId === 'customscript_tst_ue_lead').map((entry) => [entry.eventType, entry.unitsUsed, entry.executionContext])).toEqual([
      ['create', 10, 'SCHEDULED'],
      ['xedit', 10, 'SCHEDULED'],
    ]);
  });

  test('each script type starts with its own usage limit', () => {
    const remaining = `log.audit('remaining', runtime.getCurrentScript().getRemainingUsage());`;
    const emulator = makeEmulator({
      scripts: {
        [SCHEDULED]: amdScript('ScheduledScript', ['N/runtime'], `{ execute: function () { ${remaining} } }`),
        [LEAD_UE]: amdScript('UserEventScript', ['N/runtime'], `{ beforeSubmit: function () { ${remaining} } }`),
      },
    });

    const scheduled = emulator.runScheduled('customscript_tst_ss');
    emulator.modules().record.create({ type: 'lead' }).save();
    const userEvent = emulator.invocations.at(-1);

    expect([scheduled.usageLimit, scheduled.logs[0]?.details]).toEqual([10_000, '10000']);
    expect([userEvent?.usageLimit, userEvent?.logs[0]?.details]).toEqual([1_000, '1000']);
  });

  test('the call that would pass the limit throws SSS_USAGE_LIMIT_EXCEEDED and is not charged', () => {
    const emulator = makeEmulator({
      scripts: {
        [SCHEDULED]: amdScript(
          'ScheduledScript',
          ['N/search', 'N/runtime'],
          `{ execute: function () {
            var zones = search.create({ type: 'customrecord_tst_zone' }).run();
            try { for (var i = 0; i < 3; i++) zones.getRange({ start: 0, end: 1 }); }
            catch (e) { log.error(e.name, e.message + ' / ' + runtime.getCurrentScript().getRemainingUsage()); throw e; }
          } }`,
        ),
      },
    });
    emulator.faults.usageLimit = 25;

    const invocation = emulator.runScheduled('customscript_tst_ss');

    expect(invocation.error).toEqual({ name: 'SSS_USAGE_LIMIT_EXCEEDED', message: 'Script Execution Usage Limit Exceeded' });
    expect(invocation.logs).toEqual([{ level: 'ERROR', title: 'SSS_USAGE_LIMIT_EXCEEDED', details: 'Script Execution Usage Limit Exceeded / 5' }]);
    expect([invocation.usageLimit, invocation.unitsUsed]).toEqual([25, 20]);
  });

  test('a per-script limit applies to that script only; the host itself is not metered', () => {
    const searchOnce = `search.create({ type: 'customrecord_tst_zone' }).run().getRange({ start: 0, end: 1 });`;
    const emulator = makeEmulator({
      scripts: {
        '/SuiteScripts/tst/tst_ue_zone.js': amdScript('UserEventScript', ['N/search'], `{ beforeSubmit: function () { ${searchOnce} } }`),
        [SCHEDULED]: amdScript('ScheduledScript', ['N/search'], `{ execute: function () { ${searchOnce} } }`),
      },
    });
    emulator.faults.usageLimit = (scriptId) => (scriptId === 'customscript_tst_ue_zone' ? 5 : undefined);
    const { record, search } = emulator.modules();

    for (let i = 0; i < 200; i += 1) search.create({ type: 'customrecord_tst_zone' }).run().getRange({ start: 0, end: 1 });
    const zone = record.create({ type: 'customrecord_tst_zone' });
    zone.setValue({ fieldId: 'name', value: 'Z' });
    const saveFailure = failureOf(() => zone.save());
    const zoneEvent = emulator.invocations.find((invocation) => invocation.scriptId === 'customscript_tst_ue_zone');
    const scheduled = emulator.runScheduled('customscript_tst_ss');

    expect(saveFailure.name).toBe('SSS_USAGE_LIMIT_EXCEEDED');
    expect([zoneEvent?.usageLimit, zoneEvent?.unitsUsed, zoneEvent?.error?.name]).toEqual([5, 0, 'SSS_USAGE_LIMIT_EXCEEDED']);
    expect([scheduled.usageLimit, scheduled.unitsUsed, scheduled.error]).toEqual([10_000, 10, undefined]);
  });
});
