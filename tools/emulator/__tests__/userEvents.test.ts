import { OBJECT_XML, amdScript, makeEmulator, seedPeople } from './helpers/fixtures';

const LEAD_UE = '/SuiteScripts/tst/tst_ue_lead.js';
const ZONE_UE = '/SuiteScripts/tst/tst_ue_zone.js';

/** A lead user event that logs what it sees: type, ids and a few values of newRecord and oldRecord. */
const OBSERVING_UE = amdScript(
  'UserEventScript',
  [],
  `(function () {
    function seen(context) {
      var next = context.newRecord, old = context.oldRecord;
      return JSON.stringify({
        type: context.type,
        isCreate: context.type === context.UserEventType.CREATE,
        id: next.id,
        company: next.getValue({ fieldId: 'companyname' }),
        comments: next.getValue({ fieldId: 'comments' }),
        oldCompany: old ? old.getValue({ fieldId: 'companyname' }) : null,
        fields: context.type === 'xedit' ? next.getFields() : undefined
      });
    }
    return {
      beforeSubmit: function (context) { log.debug('beforeSubmit', seen(context)); },
      afterSubmit: function (context) { log.debug('afterSubmit', seen(context)); }
    };
  })()`,
);

function seen(emulator: ReturnType<typeof makeEmulator>): unknown[] {
  return emulator.invocations.map((invocation) => [invocation.entryPoint, JSON.parse(invocation.logs[0]?.details ?? 'null')]);
}

function withLeadUe(source: string, extra: Parameters<typeof makeEmulator>[0] = {}) {
  const emulator = makeEmulator({ ...extra, scripts: { [LEAD_UE]: source, ...extra.scripts } });
  seedPeople(emulator);
  return { emulator, record: emulator.modules().record };
}

describe('user events on save', () => {
  test('create: beforeSubmit sees the new record without id, afterSubmit sees it saved', () => {
    const { emulator, record } = withLeadUe(OBSERVING_UE);
    const lead = record.create({ type: 'lead' });
    lead.setValue({ fieldId: 'companyname', value: 'Acme' });

    const id = lead.save();

    expect(seen(emulator)).toEqual([
      ['beforeSubmit', { type: 'create', isCreate: true, id: null, company: 'Acme', comments: '', oldCompany: null }],
      ['afterSubmit', { type: 'create', isCreate: true, id, company: 'Acme', comments: '', oldCompany: null }],
    ]);
    expect(emulator.invocations.map((invocation) => [invocation.eventType, invocation.recordType, invocation.executionContext])).toEqual([
      ['create', 'lead', 'USERINTERFACE'],
      ['create', 'lead', 'USERINTERFACE'],
    ]);
  });

  test('edit: oldRecord holds the stored values, newRecord the edited ones', () => {
    const { emulator, record } = withLeadUe(OBSERVING_UE);
    const [id] = emulator.seed('lead', [{ companyname: 'Acme', comments: 'old' }]);
    const lead = record.load({ type: 'lead', id: id as string });
    lead.setValue({ fieldId: 'companyname', value: 'Acme Ltd' });

    lead.save();

    expect(seen(emulator)[0]).toEqual(['beforeSubmit', { type: 'edit', isCreate: false, id: Number(id), company: 'Acme Ltd', comments: 'old', oldCompany: 'Acme' }]);
  });

  test('submitFields: type xedit, newRecord holds (and getFields lists) only the changed fields', () => {
    const { emulator, record } = withLeadUe(OBSERVING_UE);
    const [id] = emulator.seed('lead', [{ companyname: 'Acme', comments: 'old' }]);

    record.submitFields({ type: 'lead', id: id as string, values: { comments: 'new' }, options: { enableSourcing: false, ignoreMandatoryFields: true } });

    expect(seen(emulator)).toEqual([
      ['beforeSubmit', { type: 'xedit', isCreate: false, id: Number(id), company: '', comments: 'new', oldCompany: 'Acme', fields: ['comments'] }],
      ['afterSubmit', { type: 'xedit', isCreate: false, id: Number(id), company: '', comments: 'new', oldCompany: 'Acme', fields: ['comments'] }],
    ]);
    expect(emulator.read('lead', id as string)).toMatchObject({ companyname: 'Acme', comments: 'new' });
  });

  test('changes made in beforeSubmit are saved, also in an xedit', () => {
    const { emulator, record } = withLeadUe(
      amdScript('UserEventScript', [], `{ beforeSubmit: function (context) { context.newRecord.setValue({ fieldId: 'salesrep', value: '7' }); } }`),
    );
    const [seeded] = emulator.seed('lead', [{ companyname: 'Seeded' }]);
    const lead = record.create({ type: 'lead' });
    lead.setValue({ fieldId: 'companyname', value: 'Acme' });

    const created = lead.save();
    record.submitFields({ type: 'lead', id: seeded as string, values: { comments: 'x' } });

    expect(emulator.read('lead', created)?.salesrep).toBe('7');
    expect(emulator.read('lead', seeded as string)).toMatchObject({ salesrep: '7', comments: 'x', companyname: 'Seeded' });
  });

  test('changes made to afterSubmit\'s records, or to a saved record object, are not saved', () => {
    const { emulator, record } = withLeadUe(
      amdScript(
        'UserEventScript',
        [],
        `{ afterSubmit: function (context) {
            context.newRecord.setValue({ fieldId: 'comments', value: 'after' });
            if (context.oldRecord) context.oldRecord.setValue({ fieldId: 'comments', value: 'old after' });
          } }`,
      ),
    );
    const lead = record.create({ type: 'lead' });
    lead.setValue({ fieldId: 'companyname', value: 'Acme' });
    const id = lead.save();
    lead.setValue({ fieldId: 'companyname', value: 'Acme Unsaved' });
    const loaded = record.load({ type: 'lead', id });
    loaded.setValue({ fieldId: 'companyname', value: 'Acme Edited' });
    loaded.save();
    loaded.setValue({ fieldId: 'companyname', value: 'Edited Unsaved' });
    record.submitFields({ type: 'lead', id, values: { phone: '555' } });

    expect(emulator.read('lead', id)).toMatchObject({ companyname: 'Acme Edited', phone: '555', comments: null });
    expect(emulator.invocations.map((invocation) => invocation.error)).toEqual([undefined, undefined, undefined]);
  });

  test('an error thrown in beforeSubmit fails the save; nothing is written and the invocation records it', () => {
    const { emulator, record } = withLeadUe(
      amdScript('UserEventScript', ['N/error'], `{ beforeSubmit: function () { throw error.create({ name: 'TST_REFUSED', message: 'no leads today' }); } }`),
    );
    const lead = record.create({ type: 'lead' });

    expect(() => lead.save()).toThrow(expect.objectContaining({ name: 'TST_REFUSED', message: 'no leads today' }));
    expect(emulator.store.count('customer')).toBe(0);
    expect(emulator.invocations[0]?.error).toEqual({ name: 'TST_REFUSED', message: 'no leads today' });
  });

  test("beforeSubmit's oldRecord is a copy: changing it changes nothing stored, also when the save then fails", () => {
    const { emulator, record } = withLeadUe(
      amdScript(
        'UserEventScript',
        ['N/error'],
        `{ beforeSubmit: function (context) {
            context.oldRecord.setValue({ fieldId: 'comments', value: 'tampered' });
            if (context.type === 'xedit') throw error.create({ name: 'TST_REFUSED', message: 'no' });
          } }`,
      ),
    );
    const [id] = emulator.seed('lead', [{ companyname: 'Acme', comments: 'kept' }]);
    const loaded = record.load({ type: 'lead', id: id as string });
    loaded.setValue({ fieldId: 'companyname', value: 'Acme Ltd' });
    loaded.save();

    expect(() => record.submitFields({ type: 'lead', id: id as string, values: { phone: '1' } })).toThrow('no');
    expect(emulator.read('lead', id as string)).toMatchObject({ companyname: 'Acme Ltd', comments: 'kept' });
  });

  test('delete fires with type delete and the record as it was', () => {
    const { emulator, record } = withLeadUe(OBSERVING_UE);
    const [id] = emulator.seed('lead', [{ companyname: 'Acme' }]);

    record.delete({ type: 'lead', id: id as string });

    expect(seen(emulator)[0]).toEqual(['beforeSubmit', { type: 'delete', isCreate: false, id: Number(id), company: 'Acme', comments: '', oldCompany: 'Acme' }]);
  });
});

describe('which user events run', () => {
  const ZONE_WRITER = amdScript(
    'UserEventScript',
    ['N/record'],
    `{ afterSubmit: function () { var zone = record.create({ type: 'customrecord_tst_zone' }); zone.setValue({ fieldId: 'name', value: 'from UE' }); zone.save(); } }`,
  );
  const ZONE_LOGGER = amdScript('UserEventScript', [], `{ afterSubmit: function (context) { log.debug('zone', context.type); } }`);

  test("a user event's own writes do not fire other user events", () => {
    const { emulator, record } = withLeadUe(ZONE_WRITER, { scripts: { [ZONE_UE]: ZONE_LOGGER } });

    record.create({ type: 'lead' }).save();

    expect(emulator.store.count('customrecord_tst_zone')).toBe(1);
    expect(emulator.invocations.map((invocation) => invocation.scriptId)).toEqual(['customscript_tst_ue_lead']);
  });

  test('writes of a scheduled script fire user events in the SCHEDULED context', () => {
    const { emulator } = withLeadUe(amdScript('UserEventScript', [], '{ beforeLoad: function () {} }'), {
      scripts: {
        [ZONE_UE]: ZONE_LOGGER,
        '/SuiteScripts/tst/tst_ss.js': amdScript('ScheduledScript', ['N/record'], `{ execute: function () { record.create({ type: 'customrecord_tst_zone' }).save(); } }`),
      },
    });

    emulator.runScheduled('customscript_tst_ss');

    expect(emulator.invocations.map((invocation) => [invocation.scriptId, invocation.entryPoint, invocation.executionContext])).toEqual([
      ['customscript_tst_ss', 'execute', 'SCHEDULED'],
      ['customscript_tst_ue_zone', 'afterSubmit', 'SCHEDULED'],
    ]);
  });

  test('a deployment limited to an event type and execution contexts runs only for those', () => {
    const limited = (OBJECT_XML['customscript_tst_ue_lead.xml'] as string).replace(
      '<status>RELEASED</status>',
      '<status>RELEASED</status><eventtype>CREATE</eventtype><executioncontext>USERINTERFACE|CSVIMPORT</executioncontext>',
    );
    const { emulator } = withLeadUe(OBSERVING_UE, { xml: { ...OBJECT_XML, 'customscript_tst_ue_lead.xml': limited } });
    const asCsv = emulator.modules({ executionContext: 'CSVIMPORT' }).record;
    const asWebServices = emulator.modules({ executionContext: 'WEBSERVICES' }).record;

    const id = asCsv.create({ type: 'lead' }).save();
    asCsv.submitFields({ type: 'lead', id, values: { comments: 'x' } });
    asWebServices.create({ type: 'lead' }).save();

    expect(emulator.invocations.map((invocation) => [invocation.eventType, invocation.executionContext])).toEqual([
      ['create', 'CSVIMPORT'],
      ['create', 'CSVIMPORT'],
    ]);
  });

  test('user events deployed on other record types do not run', () => {
    const { emulator, record } = withLeadUe(OBSERVING_UE);

    record.create({ type: 'prospect' }).save();
    record.create({ type: 'customrecord_tst_member' }).save();

    expect(emulator.invocations).toEqual([]);
  });
});
