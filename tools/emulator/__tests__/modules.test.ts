import { HostInputError } from '../errors';
import { formatLogs } from '../modules/log';
import { amdScript, makeEmulator, seedPeople } from './helpers/fixtures';
import { ServerDate } from '../serverDate';

const SCHEDULED = '/SuiteScripts/tst/tst_ss.js';
const LEAD_UE = '/SuiteScripts/tst/tst_ue_lead.js';

describe('N/runtime', () => {
  const REPORT = amdScript(
    'UserEventScript',
    ['N/runtime'],
    `{ beforeSubmit: function () {
      var script = runtime.getCurrentScript();
      log.debug('runtime', JSON.stringify({
        id: script.id, deploymentId: script.deploymentId,
        keep: script.getParameter({ name: 'custscript_tst_keep' }),
        days: script.getParameter({ name: 'custscript_tst_days' }),
        rep: script.getParameter({ name: 'custscript_tst_rep' }),
        unknown: script.getParameter({ name: 'custscript_nope' }),
        context: runtime.executionContext, isCsv: runtime.executionContext === runtime.ContextType.CSV_IMPORT,
        user: runtime.getCurrentUser().id, oneWorld: runtime.isFeatureInEffect({ feature: 'SUBSIDIARIES' })
      }));
    } }`,
  );

  function reported(setParameters: (emulator: ReturnType<typeof makeEmulator>) => void = () => undefined) {
    const emulator = makeEmulator({ scripts: { [LEAD_UE]: REPORT }, user: { id: 42 } });
    setParameters(emulator);
    emulator.modules({ executionContext: 'CSVIMPORT' }).record.create({ type: 'lead' }).save();
    return JSON.parse(emulator.invocations[0]?.logs[0]?.details ?? '{}');
  }

  test('parameters: XML default, then the deployment value; typed; unknown names give null', () => {
    expect(reported()).toEqual({
      id: 'customscript_tst_ue_lead',
      deploymentId: 'customdeploy_tst_ue_lead',
      keep: true,
      days: 45,
      rep: '',
      unknown: null,
      context: 'CSVIMPORT',
      isCsv: true,
      user: 42,
      oneWorld: true,
    });
  });

  test('the host overrides parameters per script or per deployment', () => {
    const result = reported((emulator) => {
      emulator.setParameter('customscript_tst_ue_lead', 'custscript_tst_keep', false);
      emulator.setParameter('customscript_tst_ue_lead', 'custscript_tst_rep', '7', 'customdeploy_tst_ue_lead');
    });

    expect([result.keep, result.rep, result.days]).toEqual([false, '7', 45]);
  });
});

describe('an account without OneWorld (features without SUBSIDIARIES)', () => {
  function withoutOneWorld() {
    const emulator = makeEmulator({ features: ['SERVERSIDESCRIPTING', 'CUSTOMRECORDS'] });
    emulator.seed('lead', [{ id: 1001, companyname: 'Acme' }]);
    return { emulator, ...emulator.modules() };
  }

  test('the feature is not in effect, and entities have no subsidiary: not on the record, in searches or in SuiteQL', () => {
    const { emulator, record, search, query, runtime } = withoutOneWorld();

    expect(runtime.isFeatureInEffect({ feature: 'subsidiaries' })).toBe(false);
    expect(runtime.isFeatureInEffect({ feature: 'CUSTOMRECORDS' })).toBe(true);
    expect(emulator.schema.recordType('lead').family.fields.has('subsidiary')).toBe(false);
    expect(emulator.schema.recordType('employee').family.fields.has('subsidiary')).toBe(false);
    expect(() => record.load({ type: 'lead', id: 1001 }).getValue({ fieldId: 'subsidiary' })).toThrow(expect.objectContaining({ name: 'EMULATOR_INVALID_FIELD' }));
    expect(() => search.create({ type: 'lead', columns: ['subsidiary'] }).run().getRange({ start: 0, end: 1 })).toThrow();
    expect(() => query.runSuiteQL('SELECT c.subsidiary FROM customer c')).toThrow(expect.objectContaining({ name: 'SSS_SEARCH_ERROR_OCCURRED' }));
    expect(() => emulator.seed('lead', [{ companyname: 'Bolt', subsidiary: 1 }])).toThrow(HostInputError);
  });

  test('a OneWorld account (the default) has them', () => {
    const emulator = makeEmulator();
    seedPeople(emulator);
    emulator.seed('lead', [{ id: 1001, companyname: 'Acme', subsidiary: 2 }]);

    expect(emulator.modules().query.runSuiteQL('SELECT c.subsidiary FROM customer c').asMappedResults()).toEqual([{ subsidiary: 2 }]);
  });
});

describe('N/cache', () => {
  const CACHE_USER = amdScript(
    'ScheduledScript',
    ['N/cache'],
    `{ execute: function () {
      var plan = cache.getCache({ name: 'plan', scope: cache.Scope.PROTECTED });
      var mine = cache.getCache({ name: 'plan' });
      log.debug('protected', plan.get({ key: 'k', loader: function (context) { return { built: context.key }; }, ttl: 600 }));
      log.debug('private', String(mine.get({ key: 'k' })));
      mine.put({ key: 'k', value: 'mine' });
    } }`,
  );

  test('values persist across executions, loaders are stringified, PRIVATE caches belong to one script', () => {
    const emulator = makeEmulator({ scripts: { [SCHEDULED]: CACHE_USER } });

    const first = emulator.runScheduled('customscript_tst_ss');
    const second = emulator.runScheduled('customscript_tst_ss');
    const hostView = emulator.modules().cache.getCache({ name: 'plan' }).get({ key: 'k' });

    expect(first.logs.map((entry) => entry.details)).toEqual(['{"built":"k"}', 'null']);
    expect(second.logs.map((entry) => entry.details)).toEqual(['{"built":"k"}', 'mine']);
    expect(first.charges.map((charge) => charge.units)).toEqual([2, 1, 1]);
    expect(second.charges.map((charge) => charge.units)).toEqual([1, 1, 1]);
    expect(hostView).toBeNull();
  });

  test('entries expire with their time to live on the account clock', () => {
    const emulator = makeEmulator();
    const plan = emulator.modules().cache.getCache({ name: 'plan', scope: 'PUBLIC' });
    plan.put({ key: 'k', value: 'v', ttl: 300 });

    emulator.clock.advance(299_000);
    const before = plan.get({ key: 'k' });
    emulator.clock.advance(1_000);

    expect([before, plan.get({ key: 'k' })]).toEqual(['v', null]);
  });

  test('refuses a key over 4 KB, as NetSuite does, on put, get and remove; 4 KB exactly is a key', () => {
    const plan = makeEmulator().modules().cache.getCache({ name: 'plan', scope: 'PUBLIC' });
    const longest = 'é'.repeat(2048);
    const tooLong = `${longest}x`;

    plan.put({ key: longest, value: 'v' });

    expect(plan.get({ key: longest })).toBe('v');
    for (const call of [() => plan.put({ key: tooLong, value: 'v' }), () => plan.get({ key: tooLong }), () => plan.remove({ key: tooLong })]) {
      expect(call).toThrow('A cache key may hold at most 4 KB.');
    }
  });

  test('a fault hook makes cache calls fail', () => {
    const emulator = makeEmulator({ scripts: { [SCHEDULED]: CACHE_USER } });
    emulator.faults.onCache = (operation, name) => {
      throw new Error(`cache ${operation} ${name} unavailable`);
    };

    expect(emulator.runScheduled('customscript_tst_ss').error).toEqual({ name: 'Error', message: 'cache get plan unavailable' });
  });
});

describe('N/log and N/error', () => {
  test('logs below the deployment level are dropped; titles and details are truncated like NetSuite', () => {
    const emulator = makeEmulator({
      scripts: {
        [SCHEDULED]: amdScript(
          'ScheduledScript',
          ['N/log', 'N/error'],
          `{ execute: function () {
            log.debug({ title: 'T'.repeat(120), details: 'D'.repeat(5000) });
            log.error('failed', error.create({ name: 'TST_CODE', message: 'went wrong', notifyOff: true }));
          } }`,
        ),
      },
    });

    const [debug, failed] = emulator.runScheduled('customscript_tst_ss').logs;

    expect([debug?.title.length, debug?.details.length]).toEqual([99, 3999]);
    expect(JSON.parse(failed?.details ?? '{}')).toMatchObject({ type: 'error.SuiteScriptError', name: 'TST_CODE', message: 'went wrong', notifyOff: true });
    expect(formatLogs([{ level: 'AUDIT', title: 'done', details: '3 leads' }])).toBe('AUDIT     done — 3 leads');
  });

  test('error.create gives a SuiteScriptError named by the script', () => {
    const created = makeEmulator().modules().error.create({ name: 'TST_CODE', message: 'msg' });

    expect([created.name, created.message, created.type, String(created)]).toEqual(['TST_CODE', 'msg', 'error.SuiteScriptError', 'TST_CODE: msg']);
  });
});

describe('N/task', () => {
  function submit(emulator: ReturnType<typeof makeEmulator>, deploymentId?: string): string | null {
    const { task } = emulator.modules();
    const options: Record<string, unknown> = { taskType: task.TaskType.SCHEDULED_SCRIPT, scriptId: 'customscript_tst_ss', params: { custscript_x: 1 } };
    if (deploymentId) options.deploymentId = deploymentId;
    return task.create(options).submit();
  }

  test('submit queues the task on a Not Scheduled deployment; the host runs it', () => {
    const emulator = makeEmulator();

    const taskId = submit(emulator);
    const status = emulator.modules().task.checkStatus({ taskId: taskId ?? '' });
    const ran = emulator.runNextTask();

    expect(status).toMatchObject({ status: 'PENDING', deploymentId: 'customdeploy_tst_ss_ondemand' });
    expect(emulator.tasks[0]).toMatchObject({ id: taskId, status: 'COMPLETE', params: { custscript_x: 1 }, submittedBy: 'host' });
    expect(ran?.invocation?.deploymentId).toBe('customdeploy_tst_ss_ondemand');
  });

  test('a deployment already waiting, or one that is Scheduled, cannot be submitted', () => {
    const emulator = makeEmulator();
    submit(emulator, 'customdeploy_tst_ss_ondemand');

    expect(() => submit(emulator, 'customdeploy_tst_ss_ondemand')).toThrow(expect.objectContaining({ name: 'FAILED_TO_SUBMIT_JOB_REQUEST_1' }));
    expect(() => submit(emulator)).toThrow(expect.objectContaining({ name: 'NO_DEPLOYMENTS_AVAILABLE' }));
    expect(() => submit(emulator, 'customdeploy_tst_ss_timer')).toThrow(expect.objectContaining({ name: 'FAILED_TO_SUBMIT_JOB_REQUEST_1' }));
  });
});

describe('N/file and N/email', () => {
  test('files are saved into a folder, overwritten by name, loaded by id or path', () => {
    const emulator = makeEmulator();
    emulator.seed('folder', [
      { id: 40, name: 'Reports' },
      { id: 41, name: 'Realign', parent: 40 },
    ]);
    const { file } = emulator.modules();

    const id = file.create({ name: 'run.csv', fileType: file.Type.CSV, contents: 'lead,rep', folder: 41 }).save();
    const again = file.create({ name: 'run.csv', fileType: file.Type.CSV, contents: 'lead,rep\n1,7', folder: 41 }).save();

    expect(again).toBe(id);
    expect(file.load({ id }).getContents()).toBe('lead,rep\n1,7');
    expect(file.load({ id: 'Reports/Realign/run.csv' }).id).toBe(id);
    expect(emulator.fileContents(id)).toBe('lead,rep\n1,7');
    expect(() => file.create({ name: 'x.csv', fileType: 'CSV', contents: '', folder: 99 }).save()).toThrow(expect.objectContaining({ name: 'INVALID_KEY_OR_REF' }));
  });

  test('email.send records the message; the author must be an employee', () => {
    const emulator = makeEmulator();
    seedPeople(emulator);
    const { email } = emulator.modules();

    email.send({ author: 7, recipients: 'ops@example.com', subject: 'Routed', body: 'Lead 12 went to Ana' });

    expect(emulator.emails).toEqual([{ author: '7', recipients: ['ops@example.com'], subject: 'Routed', body: 'Lead 12 went to Ana', sentBy: 'host' }]);
    expect(() => email.send({ author: 404, recipients: 'x', subject: '', body: '' })).toThrow(expect.objectContaining({ name: 'INVALID_KEY_OR_REF' }));
  });
});

describe('N/config', () => {
  test("Company Information's Time Zone is the account's setting, the server's by default", () => {
    const read = (emulator: ReturnType<typeof makeEmulator>) => {
      const { config } = emulator.modules();
      return config.load({ type: config.Type.COMPANY_INFORMATION }).getValue({ fieldId: 'timezone' });
    };
    expect(read(makeEmulator({ timeZone: 'Australia/Sydney' }))).toBe('Australia/Sydney');
    expect(read(makeEmulator())).toBe('America/Los_Angeles');
  });

  test('other configuration pages are not emulated, and an unknown zone is refused when the account is made', () => {
    const { config } = makeEmulator().modules();
    expect(() => config.load({ type: config.Type.USER_PREFERENCES })).toThrow(expect.objectContaining({ name: 'EMULATOR_NOT_EMULATED' }));
    expect(() => makeEmulator({ timeZone: 'Mars/Olympus' })).toThrow('timezone: "Mars/Olympus" is not a time zone name');
  });
});

describe('N/format', () => {
  test('dates and numbers in the user format', () => {
    const { format } = makeEmulator().modules();

    expect(format.format({ value: new ServerDate(2026, 10, 6), type: format.Type.DATE })).toBe('11/6/2026');
    expect(format.parse({ value: '11/6/2026', type: format.Type.DATE })).toEqual(new ServerDate(2026, 10, 6));
    expect(format.format({ value: 3.5, type: format.Type.CURRENCY })).toBe('3.50');
    expect(() => format.parse({ value: '2026-11-06', type: format.Type.DATE })).toThrow(expect.objectContaining({ name: 'EMULATOR_FORMAT_INVALID' }));
  });
});

describe('host seeding and reading', () => {
  test('bad rows are refused naming the record and the field', () => {
    const emulator = makeEmulator();

    expect(() => emulator.seed('lead', [{ companyname: 'A', custentity_nope: 1 }])).toThrow(new HostInputError('lead[0].custentity_nope: unknown field'));
    expect(() => emulator.seed('customrecord_tst_zone', [{ id: 5, custrecord_tst_away: '26/11/2026' }])).toThrow(/customrecord_tst_zone\[5\]\.custrecord_tst_away: You have entered an Invalid Field Value/);
    expect(() => emulator.seed('leed', [{}])).toThrow(new HostInputError('leed[0]: unknown record type "leed"'));
    expect(() => emulator.seed('lead', [{ addressbook: [{ addressbookaddress: { postcode: '1' } }] }])).toThrow(/lead\[0\]\.addressbook\[0\]\.addressbookaddress\.postcode: unknown field/);
  });

  test('verifyReferences names the first dangling reference', () => {
    const emulator = makeEmulator();
    emulator.seed('customrecord_tst_member', [{ id: 5, custrecord_tst_mem_rep: 7 }]);

    expect(() => emulator.verifyReferences()).toThrow(new HostInputError('customrecord_tst_member 5: custrecord_tst_mem_rep refers to 7, which does not exist'));
    seedPeople(emulator);
    expect(() => emulator.verifyReferences()).not.toThrow();
  });

  test('list values are given by script id; stages by code; read returns plain JSON', () => {
    const emulator = makeEmulator();
    const [id] = emulator.seed('customer', [{ stage: 'PROSPECT', companyname: 'Acme', custentity_tst_status: 'val_tst_routed', isinactive: 'T' }]);

    expect(emulator.read('prospect', id as string)).toMatchObject({ type: 'prospect', stage: 'PROSPECT', custentity_tst_status: '1', isinactive: true, entityid: 'Acme', datecreated: new ServerDate(2026, 10, 26, 12).toISOString() });
  });
});

describe('fault injection', () => {
  test('onSearch fails searches and lookups of the chosen type only', () => {
    const emulator = makeEmulator();
    seedPeople(emulator);
    emulator.faults.onSearch = (type) => {
      if (type === 'employee') throw new Error('search is down');
    };
    const { search } = emulator.modules();

    expect(() => search.create({ type: 'employee' }).run().getRange({ start: 0, end: 1 })).toThrow('search is down');
    expect(() => search.lookupFields({ type: 'employee', id: 7, columns: ['entityid'] })).toThrow('search is down');
    expect(search.create({ type: 'subsidiary' }).run().getRange({ start: 0, end: 5 })).toHaveLength(2);
  });

  test('onWrite fails saves before anything is written', () => {
    const emulator = makeEmulator();
    emulator.faults.onWrite = (type, id) => {
      throw new Error(`cannot write ${type} ${String(id)}`);
    };

    expect(() => emulator.modules().record.create({ type: 'customrecord_tst_zone' }).save()).toThrow('cannot write customrecord_tst_zone null');
    expect(emulator.store.count('customrecord_tst_zone')).toBe(0);
  });
});

describe("the host's modules", () => {
  test('each is built once per modules object: what one read sets, the next read sees; every module is listed', () => {
    const modules = makeEmulator().modules();

    modules.runtime.getCurrentSession().set({ name: 'step', value: 'two' });

    expect(modules.runtime.getCurrentSession().get({ name: 'step' })).toBe('two');
    expect(modules.record).toBe(modules.record);
    expect(Object.keys({ ...modules })).toEqual(['record', 'search', 'query', 'runtime', 'cache', 'config', 'log', 'error', 'task', 'file', 'email', 'format', 'url', 'http']);
  });
});
