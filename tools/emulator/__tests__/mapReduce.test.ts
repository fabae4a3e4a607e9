import { OBJECT_XML, amdScript, makeEmulator, seedPeople } from './helpers/fixtures';

const MR_FILE = '/SuiteScripts/tst/tst_mr.js';
const MR = 'customscript_tst_mr';

const XML = {
  ...OBJECT_XML,
  'customscript_tst_mr.xml': `<mapreducescript scriptid="${MR}"><name>MR</name>
      <scriptfile>[${MR_FILE}]</scriptfile>
      <scriptcustomfields>
        <scriptcustomfield scriptid="custscript_tst_source"><fieldtype>TEXT</fieldtype><label>Source</label><defaultvalue>array</defaultvalue></scriptcustomfield>
      </scriptcustomfields>
      <scriptdeployments>
        <scriptdeployment scriptid="customdeploy_tst_mr"><isdeployed>T</isdeployed><status>NOTSCHEDULED</status><title>MR</title></scriptdeployment>
      </scriptdeployments></mapreducescript>`,
};

/**
 * Word count over the input chosen by custscript_tst_source; map records what it was given, reduce counts, summarize
 * logs everything the summary object holds as JSON.
 */
const WORD_COUNT = amdScript(
  'MapReduceScript',
  ['N/runtime', 'N/search', 'N/error'],
  `{
  getInputData: function () {
    var source = runtime.getCurrentScript().getParameter({ name: 'custscript_tst_source' });
    if (source === 'array') return ['b a', 'a c', 'boom'];
    if (source === 'object') return { first: 'b a', second: { words: 'a c' } };
    if (source === 'search') return search.create({ type: 'customrecord_tst_zone', filters: [['custrecord_tst_priority', 'lessthan', 50]], columns: ['name', 'custrecord_tst_fallback', 'custrecord_tst_subsidiaries'] });
    if (source === 'saved') return { type: 'search', id: 'customsearch_tst_zones' };
    throw error.create({ name: 'TST_NO_INPUT', message: 'nothing to read' });
  },
  map: function (context) {
    if (context.value === 'boom') throw error.create({ name: 'TST_BOOM', message: 'map failed for ' + context.key });
    log.debug('map', JSON.stringify({ key: context.key, type: typeof context.value, value: context.value, restarted: context.isRestarted, executionNo: context.executionNo }));
    var parsed = context.value.charAt(0) === '{' ? JSON.parse(context.value) : context.value;
    var words = typeof parsed === 'string' ? parsed : (parsed.words || parsed.values.name);
    words.split(' ').forEach(function (word) { context.write(word, 1); });
    context.write({ key: 'lines', value: { line: context.key } });
  },
  reduce: function (context) {
    context.write({ key: context.key, value: context.values.length });
    if (context.key === 'lines') log.debug('lines', JSON.stringify(context.values));
  },
  summarize: function (summary) {
    var seen = { inputError: summary.inputSummary.error, mapErrors: [], mapKeys: [], output: [] };
    summary.mapSummary.errors.iterator().each(function (key, error, executionNo) { seen.mapErrors.push([key, JSON.parse(error).name, JSON.parse(error).message, executionNo]); return true; });
    summary.mapSummary.keys.iterator().each(function (key, count, state) { seen.mapKeys.push([key, count, state]); return true; });
    summary.output.iterator().each(function (key, value) { seen.output.push([key, value]); return true; });
    log.audit('summary', JSON.stringify(seen));
  }
}`,
);

function setup(script = WORD_COUNT) {
  const emulator = makeEmulator({ xml: XML, scripts: { [MR_FILE]: script } });
  seedPeople(emulator);
  return emulator;
}

const summaryOf = (run: { summarize?: { logs: { title: string; details: string }[] } | undefined }) =>
  JSON.parse(run.summarize?.logs.find((entry) => entry.title === 'summary')?.details ?? '{}');

describe('map/reduce stages', () => {
  test('array input: map per element with string values, reduce per written key, summarize sees output and map errors', () => {
    const emulator = setup();

    const run = emulator.runMapReduce(MR);
    const summary = summaryOf(run);

    expect(run.map.invocations.map((invocation) => JSON.parse(invocation.logs[0]?.details ?? 'null'))).toEqual([
      { key: '0', type: 'string', value: 'b a', restarted: false, executionNo: 1 },
      { key: '1', type: 'string', value: 'a c', restarted: false, executionNo: 1 },
      null,
    ]);
    // Keys reach reduce grouped and sorted; a key's values are strings, sorted too.
    expect(summary.output).toEqual([['a', '2'], ['b', '1'], ['c', '1'], ['lines', '2']]);
    expect(JSON.parse(run.reduce.invocations.find((invocation) => invocation.key === 'lines')?.logs[0]?.details ?? '[]')).toEqual(['{"line":"0"}', '{"line":"1"}']);
    expect(summary.mapErrors).toEqual([['2', 'TST_BOOM', 'map failed for 2', 1]]);
    expect(summary.mapKeys).toEqual([['0', 1, 'COMPLETE'], ['1', 1, 'COMPLETE'], ['2', 1, 'FAILED']]);
    expect(summary.inputError).toBeNull();
    expect(run.map.invocations[2]?.error).toEqual({ name: 'TST_BOOM', message: 'map failed for 2' });
  });

  test('object input: keys are the property names, non-string values arrive as JSON', () => {
    const emulator = setup();

    const run = emulator.runMapReduce(MR, { params: { custscript_tst_source: 'object' } });

    expect(run.map.invocations.map((invocation) => JSON.parse(invocation.logs[0]?.details ?? '{}').value)).toEqual(['b a', '{"words":"a c"}']);
    expect(run.map.invocations.map((invocation) => invocation.key)).toEqual(['first', 'second']);
    expect(summaryOf(run).output).toEqual([['a', '2'], ['b', '1'], ['c', '1'], ['lines', '2']]);
  });

  test('search input, created or a saved-search reference: key = internal id, value = the result as JSON', () => {
    const emulator = setup();
    emulator.seed('customrecord_tst_zone', [
      { id: 101, name: 'west coast', custrecord_tst_priority: 10, custrecord_tst_fallback: 7, custrecord_tst_subsidiaries: [1, 2] },
      { id: 102, name: 'east', custrecord_tst_priority: 20 },
      { id: 103, name: 'ignored', custrecord_tst_priority: 90 },
    ]);
    emulator.registerSavedSearch({ id: 'customsearch_tst_zones', type: 'customrecord_tst_zone', filters: [['custrecord_tst_priority', 'lessthan', 50]], columns: ['name'] });

    const created = emulator.runMapReduce(MR, { params: { custscript_tst_source: 'search' } });
    const saved = emulator.runMapReduce(MR, { params: { custscript_tst_source: 'saved' } });

    const [west] = created.map.invocations.map((invocation) => JSON.parse(invocation.logs[0]?.details ?? '{}'));
    expect(created.map.invocations.map((invocation) => invocation.key)).toEqual(['101', '102']);
    expect(JSON.parse(west.value)).toEqual({
      recordType: 'customrecord_tst_zone',
      id: '101',
      values: { name: 'west coast', custrecord_tst_fallback: { value: '7', text: 'Ana Ruiz' }, custrecord_tst_subsidiaries: [{ value: '1', text: 'US' }, { value: '2', text: 'EU' }] },
    });
    expect(summaryOf(created).output).toEqual([['coast', '1'], ['east', '1'], ['lines', '2'], ['west', '1']]);
    expect(summaryOf(saved).output).toEqual(summaryOf(created).output);
    expect(created.input.usage).toBe(0);
  });

  test('an error in getInputData goes straight to summarize as inputSummary.error', () => {
    const run = setup().runMapReduce(MR, { params: { custscript_tst_source: 'none' } });

    expect(JSON.parse(summaryOf(run).inputError)).toMatchObject({ type: 'error.SuiteScriptError', name: 'TST_NO_INPUT', message: 'nothing to read' });
    expect([run.map.invocations.length, run.reduce.invocations.length, summaryOf(run).output]).toEqual([0, 0, []]);
    expect(run.input.invocation?.error?.name).toBe('TST_NO_INPUT');
  });

  test('without reduce, summary.output holds what map wrote', () => {
    const emulator = setup(
      amdScript('MapReduceScript', [], `{
        getInputData: function () { return [{ n: 1 }, { n: 2 }]; },
        map: function (context) { context.write({ key: 'k' + context.key, value: JSON.parse(context.value) }); },
        summarize: function (summary) { var out = []; summary.output.iterator().each(function (k, v) { out.push(k + '=' + v); return true; }); log.audit('summary', JSON.stringify(out)); }
      }`),
    );

    expect(summaryOf(emulator.runMapReduce(MR))).toEqual(['k0={"n":1}', 'k1={"n":2}']);
  });
});

describe('map/reduce governance', () => {
  /** Each stage checks its remaining usage, then loads a zone 501 times (1,002 units): only map's 1,000 cannot pay. */
  const HEAVY = amdScript(
    'MapReduceScript',
    ['N/record', 'N/runtime'],
    `{
    getInputData: function () { heavy('input'); return ['light', 'heavy']; },
    map: function (context) { log.debug('remaining', runtime.getCurrentScript().getRemainingUsage()); if (context.value === 'heavy') heavy('map'); context.write(context.value, 'x'); },
    reduce: function (context) { log.debug('remaining', runtime.getCurrentScript().getRemainingUsage()); heavy('reduce'); },
    summarize: function (summary) {
      log.debug('remaining', runtime.getCurrentScript().getRemainingUsage());
      heavy('summarize');
      var errors = [];
      summary.mapSummary.errors.iterator().each(function (key, error) { errors.push(key + ' ' + JSON.parse(error).name); return true; });
      log.audit('summary', JSON.stringify({ errors: errors, usage: summary.usage, input: summary.inputSummary.usage, map: summary.mapSummary.usage, reduce: summary.reduceSummary.usage }));
    }
  }
  function heavy() { for (var i = 0; i < 501; i += 1) record.load({ type: 'customrecord_tst_zone', id: 101 }); }`,
  );

  test('each invocation has its stage limit; SSS_USAGE_LIMIT_EXCEEDED fails that map key only', () => {
    const emulator = setup(HEAVY);
    emulator.seed('customrecord_tst_zone', [{ id: 101, name: 'Z' }]);

    const run = emulator.runMapReduce(MR);
    const remaining = (invocations: readonly { logs: { details: string }[] }[]) => invocations.map((invocation) => Number(invocation.logs[0]?.details));

    expect(run.input.invocation?.unitsUsed).toBe(1002);
    expect(remaining(run.map.invocations)).toEqual([1000, 1000]);
    expect(run.map.invocations.map((invocation) => [invocation.usageLimit, invocation.unitsUsed, invocation.error?.name])).toEqual([
      [1000, 0, undefined],
      [1000, 1000, 'SSS_USAGE_LIMIT_EXCEEDED'],
    ]);
    expect(remaining(run.reduce.invocations)).toEqual([5000]);
    expect(run.reduce.invocations.map((invocation) => [invocation.key, invocation.unitsUsed, invocation.error])).toEqual([['light', 1002, undefined]]);
    expect(remaining(run.summarize ? [run.summarize] : [])).toEqual([10_000]);
    expect(JSON.parse(run.summarize?.logs[1]?.details ?? '{}')).toEqual({ errors: ['1 SSS_USAGE_LIMIT_EXCEEDED'], usage: 3004, input: 1002, map: 1000, reduce: 1002 });
    expect(run.usage).toBe(3004 + 1002);
  });

  test('a lowered limit applies to the stage it names', () => {
    const emulator = setup(HEAVY);
    emulator.seed('customrecord_tst_zone', [{ id: 101, name: 'Z' }]);
    emulator.faults.usageLimit = (_scriptId, entryPoint) => (entryPoint === 'getInputData' ? 100 : undefined);

    const run = emulator.runMapReduce(MR);

    expect(JSON.parse(run.input.error ?? '{}').name).toBe('SSS_USAGE_LIMIT_EXCEEDED');
    expect(run.map.invocations).toHaveLength(0);
    expect(run.summarize?.error).toBeUndefined();
  });

  test('config.retryCount retries a failing key, and the retry sees the earlier errors', () => {
    const emulator = setup(
      amdScript('MapReduceScript', [], `{
        config: { retryCount: 2 },
        getInputData: function () { return ['x']; },
        map: function (context) {
          var earlier = [];
          context.errors.iterator().each(function (key, error, executionNo) { earlier.push(executionNo); return true; });
          log.debug('attempt', context.executionNo + ' after ' + JSON.stringify(earlier));
          if (context.executionNo < 3) throw new Error('flaky');
        }
      }`),
    );

    const run = emulator.runMapReduce(MR);

    expect(run.map.invocations.map((invocation) => invocation.logs[0]?.details)).toEqual(['1 after []', '2 after [1]', '3 after [1,2]']);
    expect(run.map.keys).toEqual([{ key: '0', executionCount: 3, completionState: 'COMPLETE' }]);
    expect(run.map.errors.map((entry) => [entry.executionNo, JSON.parse(entry.error).message])).toEqual([
      [1, 'flaky'],
      [2, 'flaky'],
    ]);
  });
});

describe('map/reduce through N/task', () => {
  test('a submitted map/reduce is queued with its params and run by drainTasks; an unfinished deployment cannot be submitted again', () => {
    const emulator = setup();
    const { task } = emulator.modules();
    const submit = () =>
      task.create({ taskType: task.TaskType.MAP_REDUCE, scriptId: MR, deploymentId: 'customdeploy_tst_mr', params: { custscript_tst_source: 'object' } }).submit();

    const taskId = submit();
    expect(() => submit()).toThrow(expect.objectContaining({ name: 'MAP_REDUCE_ALREADY_RUNNING' }));
    const drained = emulator.drainTasks();

    expect(taskId).toBe('MAPREDUCETASK_000001');
    expect(drained.runs.map((run) => [run.task.status, run.mapReduce?.map.invocations.length])).toEqual([['COMPLETE', 2]]);
    expect(summaryOf(drained.runs[0]?.mapReduce ?? {}).output).toEqual([['a', '2'], ['b', '1'], ['c', '1'], ['lines', '2']]);
  });

  test('a running map/reduce may resubmit itself: no task id, and the task runs after the current run', () => {
    const emulator = setup(
      amdScript('MapReduceScript', ['N/task', 'N/runtime'], `{
        getInputData: function () { return [runtime.getCurrentScript().getParameter({ name: 'custscript_tst_source' })]; },
        map: function () {},
        summarize: function () {
          if (runtime.getCurrentScript().getParameter({ name: 'custscript_tst_source' }) !== 'again') return;
          log.audit('resubmitted', String(task.create({ taskType: task.TaskType.MAP_REDUCE, scriptId: '${MR}', deploymentId: 'customdeploy_tst_mr' }).submit()));
        }
      }`),
    );

    const first = emulator.runMapReduce(MR, { params: { custscript_tst_source: 'again' } });
    const drained = emulator.drainTasks();

    expect(first.summarize?.logs[0]?.details).toBe('null');
    expect(drained.runs.map((run) => run.task.status)).toEqual(['COMPLETE']);
  });
});
