import fc from 'fast-check';
import { compareInternalIds, RecordOrder } from '../recordOrder';
import type { StoredRecord } from '../schema/model';

const record = (id: string, version = 0): StoredRecord => ({ type: 'customer', id, values: { version }, sublists: {} });

/** Ids of every kind a family may hold: numbers near each other and far apart, numbers written oddly, codes. */
const anyId = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map(String),
  fc.integer({ min: 100_000, max: 100_040 }).map(String),
  fc.integer({ min: 0, max: 2_000_000_000 }).map(String),
  fc.constantFrom('007', '0', '00', '1e3', ' 5', '5.0', '-3', 'LEAD', 'val_x', ''),
);

describe('RecordOrder', () => {
  test('picks, lists and replaces records in internal id order through any inserts, removals and replaces', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), id: anyId }),
      fc.record({ kind: fc.constant('remove' as const), id: anyId }),
      fc.record({ kind: fc.constant('replace' as const), id: anyId }),
      fc.record({ kind: fc.constant('pick' as const), ids: fc.array(anyId, { maxLength: 12 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const order = new RecordOrder();
        const held = new Map<string, StoredRecord>();
        let version = 0;
        for (const change of steps) {
          if (change.kind === 'insert' && !held.has(change.id)) {
            held.set(change.id, record(change.id));
            order.insert(record(change.id));
          } else if (change.kind === 'remove') {
            held.delete(change.id);
            order.remove(change.id);
          } else if (change.kind === 'replace' && held.has(change.id)) {
            version += 1;
            held.set(change.id, record(change.id, version));
            order.replace(record(change.id, version));
          } else if (change.kind === 'pick') {
            const wanted = [...new Set(change.ids.filter((id) => held.has(id)))].sort(compareInternalIds);
            expect(order.pick(change.ids)).toEqual(wanted.map((id) => held.get(id)));
          }
        }
        expect(order.all()).toEqual([...held.keys()].sort(compareInternalIds).map((id) => held.get(id)));
      }),
      { numRuns: 400 },
    );
  });

  test('ids of one family far apart and written as other numbers keep their own records', () => {
    const order = new RecordOrder();
    for (const id of ['100001', '100002', '5', '0100001', '2000000000', '100003']) order.insert(record(id));
    order.remove('100002');

    expect(order.pick(['100003', '0100001', '100001', '100002', '5', '2000000000', '100001.0']).map((picked) => picked.id)).toEqual([
      '5',
      '0100001',
      '100001',
      '100003',
      '2000000000',
    ]);
  });
});
