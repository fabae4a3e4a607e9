import type { Emulator } from '../host';
import { makeEmulator } from './helpers/fixtures';

/** 10 zones (ids 1–10) and 1000 members (ids 11–1010), 100 per zone. */
function bigAccount() {
  const emulator = makeEmulator();
  emulator.seed('customrecord_tst_zone', Array.from({ length: 10 }, (_, index) => ({ name: `Zone ${index + 1}` })));
  emulator.seed(
    'customrecord_tst_member',
    Array.from({ length: 1000 }, (_, index) => ({ custrecord_tst_mem_zone: (index % 10) + 1, custrecord_tst_mem_weight: index % 7 })),
  );
  return { emulator, search: emulator.modules().search };
}

function scanned(emulator: Emulator, run: () => unknown): number {
  const before = emulator.store.stats.recordsScanned;
  run();
  return emulator.store.stats.recordsScanned - before;
}

describe('store indexes', () => {
  test('an anyof filter on an indexed select reads only the records the index names', () => {
    const { emulator, search } = bigAccount();
    let matches = 0;

    const examined = scanned(emulator, () => {
      matches = search
        .create({ type: 'customrecord_tst_member', filters: [['custrecord_tst_mem_zone', 'anyof', ['3', '4']], 'and', ['custrecord_tst_mem_weight', 'greaterthan', 2]] })
        .runPaged({ pageSize: 1000 }).count;
    });

    const expected = [...Array(1000).keys()].filter((index) => [3, 4].includes((index % 10) + 1) && index % 7 > 2).length;
    expect(examined).toBe(200);
    expect(matches).toBe(expected);
  });

  test('internal id and `is` filters read only those records; an OR of filters reads every record', () => {
    const { emulator, search } = bigAccount();

    const byId = scanned(emulator, () => search.create({ type: 'customrecord_tst_member', filters: [['internalid', 'anyof', ['11', '12', '9999']]] }).run().getRange({ start: 0, end: 10 }));
    const byIs = scanned(emulator, () => search.create({ type: 'customrecord_tst_member', filters: [['custrecord_tst_mem_zone', 'is', '5']] }).run().getRange({ start: 0, end: 10 }));
    const byOr = scanned(emulator, () =>
      search.create({ type: 'customrecord_tst_member', filters: [['custrecord_tst_mem_zone', 'anyof', '3'], 'or', ['custrecord_tst_mem_weight', 'equalto', 0]] }).run().getRange({ start: 0, end: 10 }),
    );

    expect([byId, byIs, byOr]).toEqual([2, 100, 1000]);
  });

  test('a lead search reads only lead-stage records through the stage index', () => {
    const emulator = makeEmulator();
    emulator.seed('customer', Array.from({ length: 30 }, (_, index) => ({ companyname: `Co ${index}`, stage: ['LEAD', 'PROSPECT', 'CUSTOMER'][index % 3] })));

    const examined = scanned(emulator, () => emulator.modules().search.create({ type: 'lead' }).run().getRange({ start: 0, end: 100 }));

    expect(examined).toBe(10);
  });

  test('indexes follow updates and deletes', () => {
    const { emulator, search } = bigAccount();
    const { record } = emulator.modules();
    const inZone = (zone: string) => search.create({ type: 'customrecord_tst_member', filters: [['custrecord_tst_mem_zone', 'anyof', zone]] }).runPaged({ pageSize: 1000 }).count;

    record.submitFields({ type: 'customrecord_tst_member', id: 11, values: { custrecord_tst_mem_zone: '2' } });
    record.delete({ type: 'customrecord_tst_member', id: 12 });

    expect([inZone('1'), inZone('2')]).toEqual([99, 100]);
  });

  test('internal ids continue above the highest id; list value ids do not count', () => {
    const emulator = makeEmulator();
    const { record } = emulator.modules();

    const first = record.create({ type: 'customrecord_tst_zone' }).save();
    emulator.seed('employee', [{ id: 500, entityid: 'Dee' }]);
    const next = record.create({ type: 'customrecord_tst_zone' }).save();

    expect([first, next]).toEqual([1, 501]);
  });
});
