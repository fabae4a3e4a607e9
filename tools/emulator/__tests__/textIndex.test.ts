import fc from 'fast-check';
import type { Emulator } from '../host';
import type { Modules } from '../modules';
import { makeEmulator } from './helpers/fixtures';

const TEXT_FIELDS = ['companyname', 'email', 'custentity_tst_note'] as const;
const STAGES = ['LEAD', 'PROSPECT', 'CUSTOMER'] as const;

function scanned(emulator: Emulator, run: () => unknown): number {
  const before = emulator.store.stats.recordsScanned;
  run();
  return emulator.store.stats.recordsScanned - before;
}

function ids(search: Modules['search'], filters: unknown, type = 'customer'): string[] {
  const paged = search.create({ type, filters, columns: ['internalid'] }).runPaged({ pageSize: 1000 });
  return paged.pageRanges.flatMap((range) => paged.fetch({ index: range.index }).data.map((result) => String(result.id)));
}

interface Piece {
  piece: number;
  start: number;
  length: number;
  upper: boolean;
  /** From a value a write gave (they test index maintenance), else from any value the account holds. */
  written: boolean;
}

/** The expression with each Piece replaced by that piece of one of the values (any text when there is none). */
function withPieces(expression: unknown, held: readonly string[], written: readonly string[]): unknown {
  if (Array.isArray(expression)) return expression.map((part) => withPieces(part, held, written));
  if (typeof expression !== 'object' || expression === null || !('piece' in expression)) return expression;
  const { piece, start, length, upper, written: fromWrite } = expression as Piece;
  const values = fromWrite && written.length > 0 ? written : held;
  const value = values.length === 0 ? 'abc' : (values[piece % values.length] as string);
  const from = start % Math.max(value.length, 1);
  const text = value.slice(from, from + length);
  return upper ? text.toUpperCase() : text;
}

/** The same filter with every record read: NOT is never narrowed by an index, and NOT NOT x is x. */
const scanOf = (filters: unknown): unknown => ['not', ['not', filters]];

describe('text indexes: the same records as a full scan', () => {
  // Few letters, so terms hit; capitals and 'İ' (two code units in lower case) test case folding.
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'B', '@', '.', ' ', 'İ'), maxLength: 8 });
  const row = fc.record({
    companyname: fc.option(text, { nil: undefined }),
    email: fc.option(text, { nil: undefined }),
    custentity_tst_note: fc.option(text, { nil: undefined }),
    stage: fc.constantFrom(...STAGES),
  });
  /** A term, or a piece of a value the account holds when the search runs (`Piece`), so that terms hit. */
  const term = fc.oneof(text, fc.record({ piece: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 6 }), upper: fc.boolean(), written: fc.boolean() }));
  const condition = fc.oneof(
    fc.tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('contains', 'startswith', 'is', 'doesnotcontain', 'isnot', 'doesnotstartwith'), term),
    fc.tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('isempty', 'isnotempty')),
    fc.tuple(fc.constant('stage'), fc.constant('anyof'), fc.subarray([...STAGES], { minLength: 1 })),
  );
  const { expression } = fc.letrec<{ expression: unknown }>((tie) => ({
    expression: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      condition,
      fc.tuple(fc.constant('not'), tie('expression')).map(([not, child]) => [not, child]),
      fc.tuple(tie('expression'), fc.constantFrom('and', 'or'), tie('expression')),
      fc.tuple(tie('expression'), fc.constantFrom('and', 'or'), tie('expression'), fc.constantFrom('and', 'or'), tie('expression')),
    ),
  }));
  /** Writes after seeding, by position in the seeded rows (wrapping around); each keeps the indexes busy. */
  const write = fc.oneof(
    fc.record({ kind: fc.constant('create' as const), type: fc.constantFrom('lead', 'prospect', 'customer'), values: row }),
    fc.record({ kind: fc.constant('submitFields' as const), at: fc.nat(), field: fc.constantFrom(...TEXT_FIELDS), value: text }),
    fc.record({ kind: fc.constant('loadSave' as const), at: fc.nat(), field: fc.constantFrom(...TEXT_FIELDS), value: text }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  );

  test('for random records, writes and contains / startswith / is / and / or / not filters', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.array(write, { maxLength: 8 }), fc.array(expression, { minLength: 1, maxLength: 6 }), (rows, writes, expressions) => {
        const emulator = makeEmulator();
        const { record, search } = emulator.modules();
        const live = emulator.seed('customer', rows);
        // The first searches build the indexes; the writes after them must keep them up to date.
        for (const field of TEXT_FIELDS) expect(ids(search, [field, 'contains', 'abc'])).toEqual(ids(search, scanOf([field, 'contains', 'abc'])));
        const written: string[] = [];
        for (const change of writes) {
          if ('value' in change) written.push(change.value);
          if ('values' in change) written.push(...TEXT_FIELDS.flatMap((field) => change.values[field] ?? []));
          const target = live[('at' in change ? change.at : 0) % Math.max(live.length, 1)];
          if (change.kind === 'create') {
            const created = record.create({ type: change.type });
            for (const field of TEXT_FIELDS) if (change.values[field] !== undefined) created.setValue({ fieldId: field, value: change.values[field] });
            live.push(String(created.save()));
          } else if (target === undefined) {
            continue;
          } else if (change.kind === 'submitFields') {
            record.submitFields({ type: emulator.read('customer', target)?.type as string, id: target, values: { [change.field]: change.value } });
          } else if (change.kind === 'loadSave') {
            const loaded = record.load({ type: emulator.read('customer', target)?.type as string, id: target });
            loaded.setValue({ fieldId: change.field, value: change.value });
            loaded.save();
          } else {
            record.delete({ type: emulator.read('customer', target)?.type as string, id: target });
            live.splice(live.indexOf(target), 1);
          }
        }
        const held = live.flatMap((id) => TEXT_FIELDS.map((field) => emulator.read('customer', id)?.[field])).filter((value): value is string => typeof value === 'string');
        for (const expression of expressions) {
          const filters = withPieces(expression, held, written);
          for (const type of ['customer', 'lead']) {
            let indexed: string[] = [];
            let scan: string[] = [];
            const examined = scanned(emulator, () => (indexed = ids(search, filters, type)));
            const everything = scanned(emulator, () => (scan = ids(search, scanOf(filters), type)));
            expect(indexed).toEqual(scan);
            expect(examined).toBeLessThanOrEqual(everything);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** 1000 customers (ids 1–1000): `Company n`, `n@acme.com` for even n and `n@globex.org` for odd n; a note on every 100th. */
function bigAccount() {
  const emulator = makeEmulator();
  emulator.seed(
    'customer',
    Array.from({ length: 1000 }, (_, index) => ({
      id: index + 1,
      companyname: `Company ${index + 1}`,
      email: `${index + 1}@${index % 2 === 1 ? 'acme.com' : 'globex.org'}`,
      custentity_tst_note: index % 100 === 0 ? `Zebra crossing ${index + 1}` : undefined,
      stage: STAGES[index % 3],
    })),
  );
  return { emulator, search: emulator.modules().search, record: emulator.modules().record };
}

describe('text indexes narrow what a search reads', () => {
  test('a contains term reads only the records holding its trigrams, and every one is evaluated', () => {
    const { emulator, search } = bigAccount();
    const lookups = emulator.store.stats.indexLookups;
    let found: string[] = [];

    const examined = scanned(emulator, () => (found = ids(search, ['custentity_tst_note', 'contains', 'ZEBRA'])));

    expect(found).toEqual(['1', '101', '201', '301', '401', '501', '601', '701', '801', '901']);
    expect(examined).toBe(10);
    expect(emulator.store.stats.indexLookups).toBeGreaterThan(lookups);
  });

  test('the owner search shape: stage anyof AND (email contains OR companyname contains) reads only both terms’ records', () => {
    const { emulator, search } = bigAccount();
    const filters = [
      ['stage', 'anyof', ['LEAD', 'PROSPECT', 'CUSTOMER']],
      'and',
      ['isinactive', 'is', 'F'],
      'and',
      [['email', 'contains', '98@acme.com'], 'or', ['companyname', 'contains', 'Company 99']],
    ];
    let found: string[] = [];

    const examined = scanned(emulator, () => (found = ids(search, filters)));

    // 98, 198, …, 998 by email; 99 and 990–999 by name.
    expect(found).toEqual(ids(search, scanOf(filters)));
    expect(found).toEqual(['98', '99', '198', '298', '398', '498', '598', '698', '798', '898', '990', '991', '992', '993', '994', '995', '996', '997', '998', '999']);
    expect(examined).toBeLessThan(30);
  });

  test('startswith and is narrow through the start and end markers', () => {
    const { emulator, search } = bigAccount();

    const startsWith = scanned(emulator, () => expect(ids(search, ['email', 'startswith', '99'])).toEqual(['99', '990', '991', '992', '993', '994', '995', '996', '997', '998', '999']));
    const is = scanned(emulator, () => expect(ids(search, ['email', 'is', '12@ACME.com'])).toEqual(['12']));

    expect(startsWith).toBeLessThan(100);
    expect(is).toBe(1);
  });

  test('terms too short to index, NOT, and an OR with an unindexed branch read every record', () => {
    const { emulator, search } = bigAccount();

    const short = scanned(emulator, () => ids(search, ['companyname', 'contains', '99']));
    const negated = scanned(emulator, () => ids(search, ['companyname', 'doesnotcontain', 'Company 99']));
    const mixed = scanned(emulator, () => ids(search, [['companyname', 'contains', 'Company 99'], 'or', ['email', 'isempty', '']]));
    const narrowedAnd = scanned(emulator, () => ids(search, [['companyname', 'contains', 'Company 99'], 'and', ['email', 'isnotempty', '']]));

    expect([short, negated, mixed]).toEqual([1000, 1000, 1000]);
    expect(narrowedAnd).toBe(11);
  });
});

describe('text indexes follow writes', () => {
  const holding = (search: Modules['search'], term: string) => ids(search, ['companyname', 'contains', term]);

  test('create, submitFields, load and save, and delete', () => {
    const { emulator, search, record } = bigAccount();
    expect(holding(search, 'Initech')).toEqual([]);

    const created = record.create({ type: 'lead' });
    created.setValue({ fieldId: 'companyname', value: 'Initech LLC' });
    const newId = String(created.save());
    expect(holding(search, 'initech')).toEqual([newId]);

    // Ids n have stage LEAD, PROSPECT, CUSTOMER in turn: 5 is a prospect, 6 a customer.
    record.submitFields({ type: 'prospect', id: 5, values: { companyname: 'Initech West' } });
    expect(holding(search, 'initech')).toEqual(['5', newId]);
    expect(holding(search, 'Company 5')).not.toContain('5');

    const loaded = record.load({ type: 'customer', id: 6 });
    loaded.setValue({ fieldId: 'companyname', value: 'Initrode' });
    loaded.save();
    expect(holding(search, 'Init')).toEqual(['5', '6', newId]);
    expect(holding(search, 'initech')).toEqual(['5', newId]);

    record.submitFields({ type: 'lead', id: newId, values: { companyname: '' } });
    record.delete({ type: 'prospect', id: 5 });
    expect(holding(search, 'Init')).toEqual(['6']);
    expect(emulator.read('customer', 5)).toBeUndefined();
  });

  test('records seeded below existing ids still come back in internal id order', () => {
    const { emulator, search } = bigAccount();
    emulator.seed('customer', [
      { id: 5000, companyname: 'Late Zebra' },
      { id: 1500, companyname: 'Early Zebra' },
    ]);

    expect(ids(search, ['companyname', 'contains', 'zebra'])).toEqual(['1500', '5000']);
    expect(ids(search, scanOf(['companyname', 'contains', 'zebra']))).toEqual(['1500', '5000']);
  });
});

describe('a paged search', () => {
  test('evaluates its filters once for the count and the pages that follow, and again after a write', () => {
    const { emulator, search, record } = bigAccount();
    const query = search.create({ type: 'customer', filters: [['email', 'contains', 'acme.com']], columns: ['internalid'] });

    const first = scanned(emulator, () => {
      const paged = query.runPaged({ pageSize: 100 });
      for (const range of paged.pageRanges) paged.fetch({ index: range.index });
    });
    record.submitFields({ type: 'lead', id: 1, values: { email: 'one@acme.com' } });
    let count = 0;
    const second = scanned(emulator, () => (count = query.runPaged({ pageSize: 100 }).count));

    expect(first).toBe(500);
    expect(second).toBe(501);
    expect(count).toBe(501);
  });
});
