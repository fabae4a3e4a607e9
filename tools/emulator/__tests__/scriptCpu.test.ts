import { amdScript, makeEmulator, seedPeople } from './helpers/fixtures';

const SCHEDULED = '/SuiteScripts/tst/tst_ss.js';

// Spins in its own code, then reads through N calls whose results have methods of their own (a record, a result set).
const BUSY_THEN_READS = `{ execute: function () {
  var total = 0;
  for (var step = 0; step < 2000000; step += 1) total += step % 7;
  var rows = search.create({ type: 'employee', columns: ['entityid'] }).run().getRange({ start: 0, end: 5 });
  var rep = record.load({ type: 'employee', id: 7 });
  log.audit('read', rows.length + ' ' + rep.getValue({ fieldId: 'entityid' }) + ' ' + (total > 0));
} }`;

function run(measureScriptCpu: boolean | undefined) {
  const emulator = makeEmulator({
    scripts: { [SCHEDULED]: amdScript('ScheduledScript', ['N/record', 'N/search'], BUSY_THEN_READS) },
    ...(measureScriptCpu === undefined ? {} : { measureScriptCpu }),
  });
  seedPeople(emulator);
  return emulator.runScheduled('customscript_tst_ss');
}

describe('script CPU accounting', () => {
  test('measured by default: the invocation reports the CPU of the script’s own code', () => {
    const invocation = run(undefined);
    expect(invocation.error).toBeUndefined();
    expect(invocation.scriptCpuMs).toBeGreaterThan(0);
  });

  test('turned off, the run is the same (units, charges, logs) and reports no CPU', () => {
    const measured = run(true);
    const unmeasured = run(false);
    expect(unmeasured.error).toBeUndefined();
    expect(unmeasured.scriptCpuMs).toBeUndefined();
    expect(unmeasured.charges).toEqual(measured.charges);
    expect(unmeasured.unitsUsed).toBe(measured.unitsUsed);
    expect(unmeasured.logs).toEqual(measured.logs);
    expect(unmeasured.logs[0]?.details).toBe('3 Ana Ruiz true');
  });
});
