import { AmdScript, clockedDate, type ScriptEnvironment } from '../amdLoader';
import { HostInputError } from '../errors';
import { amdScript, makeEmulator, seedPeople } from './helpers/fixtures';

const HEADER = '/**\n * @NApiVersion 2.1\n * @NScriptType ScheduledScript\n */\n';

const ENVIRONMENT: ScriptEnvironment = { module: (id) => ({ moduleId: id }), factoryPhase: () => undefined };
const NOON_DATE = clockedDate(() => Date.UTC(2026, 10, 26, 12));

describe('AmdScript.fromText', () => {
  test('reads the header and returns the entry points, with N modules resolved', () => {
    const script = AmdScript.fromText(`${HEADER}define(['N/search'], function (search) { return { execute: function () { return search.moduleId; } }; });`, 'a.js');

    const entryPoints = script.instantiate(ENVIRONMENT, NOON_DATE);

    expect(script.header).toEqual({ apiVersion: '2.1', scriptType: 'ScheduledScript' });
    expect((entryPoints.execute as () => string)()).toBe('N/search');
  });

  test.each([
    ['two define calls', `${HEADER}define([], function () { return { execute() {} }; });\ndefine([], function () { return {}; });`, /found 2 define calls/],
    ['no define call', `${HEADER}var x = 1;`, /found 0 define calls/],
    ['no JSDoc header', `define([], function () { return { execute() {} }; });`, /must start with a JSDoc block/],
    ['a header without @NScriptType', `/**\n * @NApiVersion 2.1\n */\ndefine([], function () { return { execute() {} }; });`, /must start with a JSDoc block/],
    ['API version 2.0', `/**\n * @NApiVersion 2.0\n * @NScriptType ScheduledScript\n */\ndefine([], function () { return { execute() {} }; });`, /@NApiVersion is 2.0/],
  ])('refuses a file with %s, naming the file', (_case, text, message) => {
    expect(() => AmdScript.fromText(text, 'FileCabinet/SuiteScripts/bad.js')).toThrow(HostInputError);
    expect(() => AmdScript.fromText(text, 'FileCabinet/SuiteScripts/bad.js')).toThrow(new RegExp(`bad\\.js.*${message.source}`));
  });

  test('refuses a named define, a non-N dependency and missing entry points', () => {
    const named = AmdScript.fromText(`${HEADER}define('x', [], function () { return { execute() {} }; });`, 'named.js');
    const relative = AmdScript.fromText(`${HEADER}define(['./lib'], function () { return { execute() {} }; });`, 'relative.js');
    const empty = AmdScript.fromText(`${HEADER}define([], function () { return { run() {} }; });`, 'empty.js');

    expect(() => named.instantiate(ENVIRONMENT, NOON_DATE)).toThrow(/named\.js: define must be anonymous/);
    expect(() => relative.instantiate(ENVIRONMENT, NOON_DATE)).toThrow(/relative\.js: dependency "\.\/lib" cannot be resolved/);
    expect(() => empty.instantiate(ENVIRONMENT, NOON_DATE)).toThrow(/empty\.js: a ScheduledScript must return execute/);
  });

  test('gives the script the account clock as Date and hides Node globals', () => {
    const script = AmdScript.fromText(
      `${HEADER}define([], function () { return { execute: function () { return [new Date().toISOString(), Date.now(), typeof process, typeof require, new Date(0) instanceof Date]; } }; });`,
      'clock.js',
    );

    const entryPoints = script.instantiate(ENVIRONMENT, clockedDate(() => Date.UTC(2026, 10, 26, 9)));

    expect((entryPoints.execute as () => unknown[])()).toEqual(['2026-11-26T09:00:00.000Z', Date.UTC(2026, 10, 26, 9), 'undefined', 'undefined', true]);
  });
});

describe('scripts run by the emulator', () => {
  // Without CPU timing a function read after the factory is the module's own; both ways must behave alike.
  const TIMING = [
    ['timed', { measureScriptCpu: true }],
    ['untimed', { measureScriptCpu: false }],
  ] as const;

  test.each(TIMING)('N API calls inside the define factory fail as in NetSuite; enums stay readable (%s)', (_timing, timing) => {
    const emulator = makeEmulator({
      ...timing,
      scripts: {
        '/SuiteScripts/tst/tst_ss.js': amdScript(
          'ScheduledScript',
          ['N/search'],
          `(function () { var anyOf = search.Operator.ANYOF; search.create({ type: 'employee' }); return { execute: function () { return anyOf; } }; })()`,
        ),
      },
    });

    expect(() => emulator.runScheduled('customscript_tst_ss')).toThrow(
      'All SuiteScript API Modules are unavailable while executing your define callback.',
    );
  });

  test.each(TIMING)('a module function read in the factory and called in an entry point runs, and is the function read there; the same function called in the factory fails (%s)', (_timing, timing) => {
    const held = (callInFactory: boolean) =>
      `(function () { var create = search.create; ${callInFactory ? "create({ type: 'employee' });" : ''} return { execute: function () { log.audit('rows', create({ type: 'employee' }).run().getRange({ start: 0, end: 5 }).length); log.audit('same', String(create === search.create && search.load === search.load)); } }; })()`;
    const emulatorFor = (callInFactory: boolean) => {
      const emulator = makeEmulator({ ...timing, scripts: { '/SuiteScripts/tst/tst_ss.js': amdScript('ScheduledScript', ['N/search'], held(callInFactory)) } });
      seedPeople(emulator);
      return emulator;
    };

    expect(emulatorFor(false).runScheduled('customscript_tst_ss').logs).toEqual([
      { level: 'AUDIT', title: 'rows', details: '3' },
      { level: 'AUDIT', title: 'same', details: 'true' },
    ]);
    expect(() => emulatorFor(true).runScheduled('customscript_tst_ss')).toThrow('All SuiteScript API Modules are unavailable while executing your define callback.');
  });

  test.each(TIMING)('a module reads as an object: its keys, `in`, getters, enums, and functions called detached (%s)', (_timing, timing) => {
    const script = `(function () {
      var load = record.load;
      return { execute: function () {
        var lookup = search.lookupFields;
        runtime.executionContext = 'USERINTERFACE';
        log.audit('seen', JSON.stringify({
          keys: ['create', 'load', 'Type'].map(function (key) { return Object.keys(record).indexOf(key) >= 0; }),
          has: ['create' in search, 'nothing' in search],
          context: runtime.executionContext,
          type: record.Type.CUSTOMER,
          own: Object.getOwnPropertyDescriptor(search, 'create') !== undefined,
          loaded: load({ type: 'employee', id: 7 }).getValue({ fieldId: 'entityid' }),
          looked: lookup({ type: 'employee', id: 7, columns: ['entityid'] }).entityid,
          same: search.create === search.create,
          plain: Object.getPrototypeOf(Object.getPrototypeOf(record)) === null && Object.keys(runtime).indexOf('execution') < 0
        }));
      } };
    })()`;
    const emulator = makeEmulator({ ...timing, scripts: { '/SuiteScripts/tst/tst_ss.js': amdScript('ScheduledScript', ['N/record', 'N/search', 'N/runtime'], script) } });
    seedPeople(emulator);

    const [entry] = emulator.runScheduled('customscript_tst_ss').logs;

    expect(JSON.parse(entry?.details ?? 'null')).toEqual({
      keys: [true, true, true],
      has: [true, false],
      context: 'SCHEDULED',
      type: 'customer',
      own: true,
      loaded: 'Ana Ruiz',
      looked: 'Ana Ruiz',
      same: true,
      plain: true,
    });
  });

  test('what every execution shares (type enums, refused query functions) keeps nothing a script writes on it', () => {
    const script = `{ execute: function () {
      var seen = { types: Object.keys(record.Type).length, mark: typeof query.runSuiteQL.promise.mark, salesOrder: record.Type.SALES_ORDER };
      try { record.Type.MARK = 'x'; query.runSuiteQL.promise.mark = 1; runtime.Permission.MARK = 1; } catch (e) { seen.refused = e.name; }
      log.audit('seen', JSON.stringify(seen));
    } }`;
    const emulator = makeEmulator({ scripts: { '/SuiteScripts/tst/tst_ss.js': amdScript('ScheduledScript', ['N/record', 'N/query', 'N/runtime'], script) } });

    const runs = [emulator.runScheduled('customscript_tst_ss'), emulator.runScheduled('customscript_tst_ss')];

    expect(runs.map((run) => JSON.parse(run.logs[0]?.details ?? 'null'))).toEqual([
      { types: 0, mark: 'undefined', salesOrder: 'salesorder' },
      { types: 0, mark: 'undefined', salesOrder: 'salesorder' },
    ]);
  });

  test("every execution's Date reads the account clock as it is then", () => {
    const script = `{ execute: function () { log.audit('now', JSON.stringify([new Date().toISOString(), Date.now(), typeof Date()])); } }`;
    const emulator = makeEmulator({ now: '2026-11-26T12:00:00Z', scripts: { '/SuiteScripts/tst/tst_ss.js': amdScript('ScheduledScript', [], script) } });

    const first = emulator.runScheduled('customscript_tst_ss');
    emulator.clock.advance(3_600_000);
    const second = emulator.runScheduled('customscript_tst_ss');

    expect([first, second].map((run) => JSON.parse(run.logs[0]?.details ?? 'null'))).toEqual([
      ['2026-11-26T12:00:00.000Z', Date.UTC(2026, 10, 26, 12), 'string'],
      ['2026-11-26T13:00:00.000Z', Date.UTC(2026, 10, 26, 13), 'string'],
    ]);
  });

  test('a module the emulator does not have is refused, naming the ones it has', () => {
    const emulator = makeEmulator({ scripts: { '/SuiteScripts/tst/tst_ss.js': amdScript('ScheduledScript', ['N/https'], '{ execute: function () {} }') } });

    expect(() => emulator.runScheduled('customscript_tst_ss')).toThrow(/Module N\/https is not emulated \(emulated: N\/record, N\/search, .*N\/http\)/);
    // Asked again (module names are remembered per id): still refused.
    expect(() => emulator.runScheduled('customscript_tst_ss')).toThrow(/Module N\/https is not emulated/);
  });

  test('a file whose @NScriptType differs from its script object is refused, naming both', () => {
    const emulator = makeEmulator({
      scripts: { '/SuiteScripts/tst/tst_ue_lead.js': amdScript('ScheduledScript', [], '{ execute: function () {} }') },
    });
    seedPeople(emulator);
    const lead = emulator.modules().record.create({ type: 'lead' });
    lead.setValue({ fieldId: 'companyname', value: 'Acme' });

    expect(() => lead.save()).toThrow(/tst_ue_lead\.js: @NScriptType ScheduledScript does not match script object customscript_tst_ue_lead \(UserEventScript\)/);
  });

  test('the global log writes to the invocation log', () => {
    const emulator = makeEmulator({
      scripts: { '/SuiteScripts/tst/tst_ss.js': amdScript('ScheduledScript', [], `{ execute: function () { log.audit('hello', { n: 1 }); } }`) },
    });

    const invocation = emulator.runScheduled('customscript_tst_ss');

    expect(invocation.logs).toEqual([{ level: 'AUDIT', title: 'hello', details: '{"n":1}' }]);
  });
});
