/** What bulk scripts lean on: lead searches with cursors and look-back windows, saved-search scopes, CSV reports. */
import type { Modules } from '../modules';
import { makeEmulator, seedPeople } from './helpers/fixtures';
import { ServerDate } from '../serverDate';

/** Today is 2026-11-26 (noon). Leads 9, 10, 101 wait for routing; 11 has a rep; 12 is routed; 100 is old. */
function setup() {
  const emulator = makeEmulator();
  seedPeople(emulator);
  emulator.seed('lead', [
    { id: 9, companyname: 'Zed', datecreated: '2026-11-20T10:00:00Z' },
    { id: 10, companyname: 'Alpha', custentity_tst_status: 'val_tst_error' },
    { id: 100, companyname: 'Old', datecreated: '2026-09-01' },
    { id: 101, companyname: 'Mid' },
    { id: 11, companyname: 'Has Rep', salesrep: 7 },
    { id: 12, companyname: 'Routed', custentity_tst_status: 'val_tst_routed' },
  ]);
  emulator.seed('customer', [
    { id: 13, companyname: 'Buyer', stage: 'CUSTOMER', salesrep: 7 },
    { id: 14, companyname: 'Maybe', stage: 'PROSPECT', salesrep: 7 },
  ]);
  return { emulator, search: emulator.modules().search };
}

function waiting(search: Modules['search'], after: number, order: 'ASC' | 'DESC' = 'ASC'): (string | null)[] {
  const filters: unknown[] = [
    ['salesrep', 'anyof', '@NONE@'],
    'and',
    ['custentity_tst_status', 'anyof', ['@NONE@', '2']],
    'and',
    ['datecreated', 'onorafter', 'daysago30'],
  ];
  if (after > 0) filters.push('and', ['internalidnumber', 'greaterthan', after]);
  const columns = [search.createColumn({ name: 'internalid', sort: order }), 'companyname'];
  return search.create({ type: 'lead', filters, columns }).run().getRange({ start: 0, end: 100 }).map((row) => row.id);
}

describe('lead searches of a bulk script', () => {
  test('sorting by internal id is numeric, not by name or text', () => {
    const { search } = setup();

    expect(waiting(search, 0)).toEqual(['9', '10', '101']);
    expect(waiting(search, 0, 'DESC')).toEqual(['101', '10', '9']);
  });

  test('a cursor on internalidnumber continues after the last lead handled', () => {
    const { search } = setup();

    expect(waiting(search, 9)).toEqual(['10', '101']);
    expect(waiting(search, 101)).toEqual([]);
  });

  test('daysagoN compares with datecreated: the seeding clock, the row value, or the clock at a script create', () => {
    const { emulator, search } = setup();
    const created = emulator.modules().record.create({ type: 'lead' });
    created.setValue({ fieldId: 'companyname', value: 'Fresh' });
    const freshId = String(created.save());

    const now = waiting(search, 0);
    emulator.clock.advance(27 * 24 * 3600 * 1000); // 2026-12-23: lead 9 (created 11-20) is 33 days old
    const later = waiting(search, 0);

    expect(now).toEqual(['9', '10', '101', freshId]);
    expect(later).toEqual(['10', '101', freshId]);
  });

  test("a date-time seeded as a bare day is noon that day on the server's clock, so the window edge holds whatever the machine's zone", () => {
    const { emulator, search } = setup();
    emulator.seed('lead', [{ id: 102, companyname: 'Edge', datecreated: '2026-10-27' }]);

    expect(emulator.read('lead', '102')).toMatchObject({ datecreated: new ServerDate(2026, 9, 27, 12).toISOString() });
    expect(waiting(search, 101)).toEqual(['102']);
  });

  test('stage anyof narrows lead and customer searches', () => {
    const { search } = setup();
    const stageIds = (type: string, stages: unknown) =>
      search.create({ type, filters: [['stage', 'anyof', stages], 'and', ['salesrep', 'noneof', '@NONE@']], columns: ['internalid'] }).run().getRange({ start: 0, end: 10 }).map((row) => row.id);

    expect(stageIds('customer', ['LEAD', 'PROSPECT', 'CUSTOMER'])).toEqual(['11', '13', '14']);
    expect(stageIds('customer', 'LEAD')).toEqual(['11']);
    expect(stageIds('lead', ['LEAD', 'CUSTOMER'])).toEqual(['11']);
  });

  test('search.load gives a Search whose type, filter expression and columns can be read and replaced before it runs', () => {
    const { emulator, search } = setup();
    const internalId = emulator.registerSavedSearch({ id: 'customsearch_tst_a_leads', type: 'lead', filters: [['companyname', 'contains', 'a']], columns: ['companyname'] });

    const saved = search.load({ id: 'customsearch_tst_a_leads' });
    const own = saved.filterExpression;
    saved.filterExpression = [own, 'and', ['salesrep', 'anyof', '@NONE@']];
    saved.columns = [search.createColumn({ name: 'internalid', sort: search.Sort.DESC })];
    const byInternalId = search.load({ id: internalId });

    expect([saved.searchType, own]).toEqual(['lead', [['companyname', 'contains', 'a']]]);
    expect(saved.run().getRange({ start: 0, end: 10 }).map((row) => row.id)).toEqual(['10']);
    expect(byInternalId.run().getRange({ start: 0, end: 10 }).map((row) => row.getValue('companyname'))).toEqual(['Alpha', 'Has Rep']);
  });
});

describe('CSV reports with N/file', () => {
  test('appendLine adds each value as a line of its own; the saved contents read back', () => {
    const emulator = makeEmulator();
    emulator.seed('folder', [{ id: 40, name: 'Reports' }]);
    const { file } = emulator.modules();

    const report = file.create({ name: 'report.csv', fileType: file.Type.CSV, contents: 'lead,rep\n', folder: 40 });
    report.appendLine({ value: '9,7' }).appendLine({ value: '10,"Ruiz, Ana"' });
    const id = report.save();
    const bare = file.create({ name: 'bare.csv', fileType: file.Type.CSV, contents: 'lead', folder: 40 }).appendLine({ value: '9' });

    expect(emulator.fileContents(id)).toBe('lead,rep\n9,7\n10,"Ruiz, Ana"\n');
    expect(file.load({ id }).getContents()).toBe('lead,rep\n9,7\n10,"Ruiz, Ana"\n');
    expect(bare.getContents()).toBe('lead\n9\n');
  });
});
