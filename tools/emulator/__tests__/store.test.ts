import fc from 'fast-check';
import type { Emulator } from '../host';
import type { StoredRecord } from '../schema/model';
import type { Flag } from '../store';
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

describe('index upkeep', () => {
  const STAGES = ['LEAD', 'PROSPECT', 'CUSTOMER'];
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const zoneValues = fc.record({
    custrecord_tst_subsidiaries: maybe(fc.subarray(['1', '2', '3'])),
    custrecord_tst_method: maybe(fc.constantFrom('1', '2')),
    custrecord_tst_open: maybe(fc.boolean()),
  });
  const customerValues = fc.record({ stage: maybe(fc.constantFrom(...STAGES)), custentity_tst_zone: maybe(fc.constantFrom('1', '2')), isinactive: maybe(fc.boolean()) });
  const defined = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  const write = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), values: fc.oneof(zoneValues, customerValues) }),
    fc.record({ kind: fc.constantFrom('replace' as const, 'remove' as const), at: fc.nat(), values: fc.oneof(zoneValues, customerValues) }),
  );

  test('after random inserts, replaces and removals every index look-up names exactly the records a scan finds', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 30 }), (writes) => {
        const { store } = makeEmulator();
        const written: { family: string; id: string }[] = [];
        for (const one of writes) {
          const isZone = 'custrecord_tst_method' in one.values;
          const [family, type] = isZone ? ['customrecord_tst_zone', 'customrecord_tst_zone'] : ['customer', 'lead'];
          const record = (id: string): StoredRecord => ({ type, id, values: defined(one.values) as StoredRecord['values'], sublists: {} });
          const ofFamily = written.filter((entry) => entry.family === family);
          const target = ofFamily[one.kind === 'insert' ? 0 : one.at % Math.max(1, ofFamily.length)];
          if (one.kind === 'insert') {
            const id = store.nextId();
            store.insert(record(id));
            written.push({ family, id });
          } else if (target && one.kind === 'replace') store.replace(record(target.id));
          else if (target) {
            store.remove(family, target.id);
            written.splice(written.indexOf(target), 1);
          }
        }
        const ids = (family: string, holds: (record: StoredRecord) => boolean) => [...store.all(family)].filter(holds).map((record) => record.id).sort();
        const listed = (set: { has(id: string): boolean } | undefined, family: string) => ids(family, (record) => set?.has(record.id) ?? false);
        const holdsKey = (record: StoredRecord, fieldId: string, key: string) => [record.values[fieldId] ?? []].flat().map(String).includes(key);
        const flagOf = (record: StoredRecord, fieldId: string): Flag | undefined => (record.values[fieldId] === true ? 'checked' : record.values[fieldId] === undefined ? 'unset' : undefined);
        for (const [fieldId, key] of [['custrecord_tst_subsidiaries', '1'], ['custrecord_tst_subsidiaries', '3'], ['custrecord_tst_method', '2']] as const) {
          expect(listed(store.lookup('customrecord_tst_zone', fieldId, [key]), 'customrecord_tst_zone')).toEqual(ids('customrecord_tst_zone', (record) => holdsKey(record, fieldId, key)));
        }
        for (const flag of ['checked', 'unset'] as const) {
          expect(listed(store.flagged('customrecord_tst_zone', 'custrecord_tst_open', flag), 'customrecord_tst_zone')).toEqual(
            ids('customrecord_tst_zone', (record) => flagOf(record, 'custrecord_tst_open') === flag),
          );
        }
        for (const stage of STAGES) {
          const inStage = (record: StoredRecord) => record.values.stage === stage;
          expect(listed(store.lookup('customer', 'stage', [stage]), 'customer')).toEqual(ids('customer', inStage));
          expect(listed(store.lookupInStages('customer', 'custentity_tst_zone', ['2'], [stage]), 'customer')).toEqual(
            ids('customer', (record) => inStage(record) && holdsKey(record, 'custentity_tst_zone', '2')),
          );
          for (const flag of ['checked', 'unset'] as const) {
            expect(listed(store.flagged('customer', 'isinactive', flag, [stage]), 'customer')).toEqual(ids('customer', (record) => inStage(record) && flagOf(record, 'isinactive') === flag));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
