import { OBJECT_XML, amdScript, makeEmulator } from './helpers/fixtures';

const CURSOR_FILE = '/SuiteScripts/tst/tst_cursor.js';

/** A scheduled script with a cursor parameter and two deployments, like a sweep that re-queues itself. */
const XML = {
  ...OBJECT_XML,
  'customscript_tst_cursor.xml': `<scheduledscript scriptid="customscript_tst_cursor"><name>Cursor</name>
      <scriptfile>[${CURSOR_FILE}]</scriptfile>
      <scriptcustomfields>
        <scriptcustomfield scriptid="custscript_tst_after"><fieldtype>INTEGER</fieldtype><label>After</label></scriptcustomfield>
        <scriptcustomfield scriptid="custscript_tst_batch"><fieldtype>INTEGER</fieldtype><label>Batch</label><defaultvalue>2</defaultvalue></scriptcustomfield>
      </scriptcustomfields>
      <scriptdeployments>
        <scriptdeployment scriptid="customdeploy_tst_cursor_timer"><isdeployed>T</isdeployed><status>SCHEDULED</status><title>Timer</title></scriptdeployment>
        <scriptdeployment scriptid="customdeploy_tst_cursor_ondemand"><isdeployed>T</isdeployed><status>NOTSCHEDULED</status><title>On demand</title></scriptdeployment>
      </scriptdeployments></scheduledscript>`,
};

/** Marks `batch` zones after the cursor (ratio + 1), oldest first, and queues the on-demand deployment when zones remain. */
const CURSOR_SCRIPT = amdScript(
  'ScheduledScript',
  ['N/record', 'N/runtime', 'N/search', 'N/task'],
  `{ execute: function () {
    var script = runtime.getCurrentScript();
    var after = script.getParameter({ name: 'custscript_tst_after' }) || 0;
    var batch = script.getParameter({ name: 'custscript_tst_batch' });
    var rows = search.create({
      type: 'customrecord_tst_zone',
      filters: [['internalidnumber', 'greaterthan', after]],
      columns: [search.createColumn({ name: 'internalid', sort: search.Sort.ASC }), 'custrecord_tst_ratio'],
    }).run().getRange({ start: 0, end: batch + 1 });
    var last = after;
    rows.slice(0, batch).forEach(function (row) {
      record.submitFields({ type: 'customrecord_tst_zone', id: row.id, values: { custrecord_tst_ratio: Number(row.getValue('custrecord_tst_ratio') || 0) + 1 } });
      last = Number(row.id);
    });
    log.audit('run', JSON.stringify({ deployment: script.deploymentId, after: after, batch: batch, marked: Math.min(rows.length, batch) }));
    if (rows.length > batch) {
      var taskId = task.create({ taskType: task.TaskType.SCHEDULED_SCRIPT, scriptId: script.id, deploymentId: 'customdeploy_tst_cursor_ondemand', params: { custscript_tst_after: last } }).submit();
      log.audit('queued', String(taskId));
    }
  } }`,
);

const ALWAYS_REQUEUES = amdScript(
  'ScheduledScript',
  ['N/task'],
  `{ execute: function () {
    task.create({ taskType: task.TaskType.SCHEDULED_SCRIPT, scriptId: 'customscript_tst_cursor', deploymentId: 'customdeploy_tst_cursor_ondemand' }).submit();
  } }`,
);

function setup(script = CURSOR_SCRIPT) {
  const emulator = makeEmulator({ xml: XML, scripts: { [CURSOR_FILE]: script } });
  // Ids 9, 10 and 100 sort differently as text: the cursor only works if internal ids sort as numbers.
  emulator.seed('customrecord_tst_zone', [100, 9, 10, 11, 12].map((id) => ({ id, name: `Z${id}` })));
  return emulator;
}

describe('scheduled scripts that re-queue themselves', () => {
  test('drainTasks runs the continuations until none is pending; each run sees its task params and deployment', () => {
    const emulator = setup();

    const first = emulator.runScheduled('customscript_tst_cursor', { deploymentId: 'customdeploy_tst_cursor_timer' });
    const drained = emulator.drainTasks();

    const runs = [first, ...drained.runs.map((run) => run.invocation)].map((invocation) => JSON.parse(invocation?.logs[0]?.details ?? '{}'));
    expect(runs).toEqual([
      { deployment: 'customdeploy_tst_cursor_timer', after: 0, batch: 2, marked: 2 },
      { deployment: 'customdeploy_tst_cursor_ondemand', after: 10, batch: 2, marked: 2 },
      { deployment: 'customdeploy_tst_cursor_ondemand', after: 12, batch: 2, marked: 1 },
    ]);
    expect([drained.runs.length, drained.pending]).toEqual([2, 0]);
    // The timer run queues the on-demand deployment; the on-demand run resubmitting itself gets no task id.
    expect([first, ...drained.runs.map((run) => run.invocation)].map((invocation) => invocation?.logs[1]?.details)).toEqual(['SCHEDSCRIPT_000001', 'null', undefined]);
    expect(emulator.tasks.map((task) => [task.deploymentId, task.params, task.status])).toEqual([
      ['customdeploy_tst_cursor_ondemand', { custscript_tst_after: 10 }, 'COMPLETE'],
      ['customdeploy_tst_cursor_ondemand', { custscript_tst_after: 12 }, 'COMPLETE'],
    ]);
    expect([9, 10, 11, 12, 100].map((id) => emulator.read('customrecord_tst_zone', id)?.custrecord_tst_ratio)).toEqual([1, 1, 1, 1, 1]);
    expect(drained.runs.map((run) => run.invocation?.unitsUsed)).toEqual([10 + 2 * 2 + 20, 10 + 2]);
  });

  test('the safety cap stops a script that re-queues forever and reports what is still pending', () => {
    const emulator = setup(ALWAYS_REQUEUES);
    emulator.runScheduled('customscript_tst_cursor');

    const drained = emulator.drainTasks({ maxRuns: 3 });

    expect([drained.runs.length, drained.pending]).toEqual([3, 1]);
  });

  test('a failed run marks its task FAILED and the drain goes on', () => {
    const emulator = setup(amdScript('ScheduledScript', [], `{ execute: function () { throw new Error('broken'); } }`));
    emulator.modules().task.create({ taskType: 'SCHEDULED_SCRIPT', scriptId: 'customscript_tst_cursor' }).submit();

    const drained = emulator.drainTasks();

    expect(drained.runs.map((run) => [run.task.status, run.invocation?.error?.message])).toEqual([['FAILED', 'broken']]);
  });
});
