import type { Modules } from '../modules';
import { makeEmulator, seedPeople } from './helpers/fixtures';
import { ServerDate } from '../serverDate';

/** Zones 101 (West), 102 (East), 103 (Nowhere, defaults only); members 201–203; today is 2026-11-26. */
function setup() {
  const emulator = makeEmulator();
  seedPeople(emulator);
  emulator.seed('customrecord_tst_zone', [
    { id: 101, name: 'West', custrecord_tst_priority: 10, custrecord_tst_countries: 'US, CA', custrecord_tst_fallback: 7, custrecord_tst_subsidiaries: [1], custrecord_tst_ratio: 1.5, custrecord_tst_away: '2026-11-20' },
    { id: 102, name: 'East', custrecord_tst_priority: 20, custrecord_tst_countries: 'US', custrecord_tst_method: 'val_tst_lb', custrecord_tst_fallback: 8, custrecord_tst_subsidiaries: [1, 2], custrecord_tst_away: '2026-12-01', custrecord_tst_open: false },
    { id: 103, name: 'Nowhere' },
  ]);
  emulator.seed('customrecord_tst_member', [
    { id: 201, custrecord_tst_mem_zone: 101, custrecord_tst_mem_rep: 7 },
    { id: 202, custrecord_tst_mem_zone: 101, custrecord_tst_mem_rep: 8 },
    { id: 203, custrecord_tst_mem_zone: 102, custrecord_tst_mem_rep: 9 },
  ]);
  return { emulator, search: emulator.modules().search };
}

function ids(search: Modules['search'], filters: unknown, type = 'customrecord_tst_zone'): (string | null)[] {
  return search.create({ type, filters, columns: ['internalid'] }).run().getRange({ start: 0, end: 1000 }).map((result) => result.id);
}

describe('search filter operators', () => {
  test.each([
    [['custrecord_tst_countries', 'contains', 'ca'], ['101']],
    [['custrecord_tst_countries', 'is', 'us'], ['102']],
    [['custrecord_tst_countries', 'isnot', 'US'], ['101', '103']],
    [['custrecord_tst_countries', 'doesnotcontain', 'CA'], ['102', '103']],
    [['custrecord_tst_countries', 'startswith', 'US,'], ['101']],
    [['custrecord_tst_countries', 'doesnotstartwith', 'US'], ['103']],
    [['custrecord_tst_countries', 'isempty', ''], ['103']],
    [['custrecord_tst_countries', 'isnotempty'], ['101', '102']],
    [['custrecord_tst_priority', 'equalto', 10], ['101']],
    [['custrecord_tst_priority', 'notequalto', '10'], ['102', '103']],
    [['custrecord_tst_priority', 'greaterthan', 10], ['102', '103']],
    [['custrecord_tst_priority', 'greaterthanorequalto', 20], ['102', '103']],
    [['custrecord_tst_priority', 'lessthan', 20], ['101']],
    [['custrecord_tst_priority', 'lessthanorequalto', 20], ['101', '102']],
    [['custrecord_tst_priority', 'between', 15, 100], ['102', '103']],
    [['custrecord_tst_ratio', 'isempty'], ['102', '103']],
    [['custrecord_tst_away', 'on', '11/20/2026'], ['101']],
    [['custrecord_tst_away', 'before', 'today'], ['101']],
    [['custrecord_tst_away', 'after', '11/26/2026'], ['102']],
    [['custrecord_tst_away', 'onorbefore', '12/1/2026'], ['101', '102']],
    [['custrecord_tst_away', 'onorafter', '12/01/2026'], ['102']],
    [['custrecord_tst_away', 'within', '11/1/2026', '11/30/2026'], ['101']],
    [['custrecord_tst_away', 'before', 'daysago5'], ['101']],
    [['custrecord_tst_away', 'on', new ServerDate(2026, 11, 1)], ['102']],
    [['custrecord_tst_fallback', 'anyof', ['7', '8']], ['101', '102']],
    [['custrecord_tst_fallback', 'noneof', 7], ['102', '103']],
    [['custrecord_tst_fallback', 'anyof', '@NONE@'], ['103']],
    [['custrecord_tst_fallback', 'is', '7'], ['101']],
    [['custrecord_tst_fallback', 'isnot', 7], ['102', '103']],
    [['custrecord_tst_subsidiaries', 'anyof', '2'], ['102']],
    [['custrecord_tst_subsidiaries', 'allof', ['1', '2']], ['102']],
    [['custrecord_tst_subsidiaries', 'noneof', '1'], ['103']],
    [['custrecord_tst_method', 'anyof', '2'], ['102']],
    [['custrecord_tst_open', 'is', 'T'], ['101', '103']],
    [['custrecord_tst_open', 'is', false], ['102']],
    [['internalid', 'anyof', [101, 103]], ['101', '103']],
    [['internalidnumber', 'greaterthan', 101], ['102', '103']],
  ])('%j matches %j', (filter, expected) => {
    expect(ids(setup().search, filter)).toEqual(expected);
  });
});

describe('filter expressions and filter objects', () => {
  const byPriority10 = ['custrecord_tst_priority', 'equalto', 10];
  const inUS = ['custrecord_tst_countries', 'is', 'US'];
  const fallsBackTo8 = ['custrecord_tst_fallback', 'anyof', '8'];

  test('or, not and nesting', () => {
    const { search } = setup();

    expect(ids(search, [byPriority10, 'or', inUS])).toEqual(['101', '102']);
    expect(ids(search, ['not', ['custrecord_tst_open', 'is', 'T']])).toEqual(['102']);
    expect(ids(search, [[byPriority10, 'OR', inUS], 'AND', ['NOT', fallsBackTo8]])).toEqual(['101']);
  });

  test('and binds tighter than or', () => {
    expect(ids(setup().search, [byPriority10, 'or', inUS, 'and', fallsBackTo8])).toEqual(['101', '102']);
  });

  test('createFilter objects and plain objects are ANDed', () => {
    const { search } = setup();
    const filters = [
      search.createFilter({ name: 'custrecord_tst_priority', operator: search.Operator.LESSTHAN, values: 50 }),
      { name: 'custrecord_tst_open', operator: 'is', values: ['T'] },
    ];

    expect(ids(search, filters)).toEqual(['101']);
  });

  test('joined filters read the record a select points to', () => {
    const { search } = setup();

    expect(ids(search, [['custrecord_tst_mem_rep.isinactive', 'is', 'F']], 'customrecord_tst_member')).toEqual(['201', '203']);
    expect(ids(search, [search.createFilter({ name: 'issalesrep', join: 'custrecord_tst_mem_rep', operator: 'is', values: 'T' })], 'customrecord_tst_member')).toEqual(['201', '202']);
    expect(ids(search, [['custrecord_tst_mem_zone.custrecord_tst_countries', 'contains', 'CA']], 'customrecord_tst_member')).toEqual(['201', '202']);
  });

  test('a Search.filters array is live, and filterExpression can be replaced', () => {
    const { search } = setup();
    const query = search.create({ type: 'customrecord_tst_zone', filters: [['custrecord_tst_open', 'is', 'T']] });

    query.filters.push(search.createFilter({ name: 'custrecord_tst_priority', operator: 'greaterthan', values: 50 }));
    const pushed = query.run().getRange({ start: 0, end: 10 }).map((result) => result.id);
    query.filterExpression = [...query.filterExpression, 'or', ['internalid', 'anyof', '102']];
    const widened = query.run().getRange({ start: 0, end: 10 }).map((result) => result.id);

    expect(pushed).toEqual(['103']);
    expect(widened).toEqual(['102', '103']);
  });
});

describe('invalid filters fail by NetSuite error name', () => {
  test('unknown fields and joins fail when the search runs, not when it is created', () => {
    const { search } = setup();
    const query = search.create({ type: 'customrecord_tst_zone', filters: [['custrecord_tst_nope', 'is', 'x']] });

    expect(() => query.run().getRange({ start: 0, end: 1 })).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SRCH_FILTER', message: expect.stringContaining('custrecord_tst_nope') }));
    expect(() => ids(search, [['custrecord_nope.isinactive', 'is', 'F']])).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SRCH_FILTER_JOIN' }));
  });

  test.each([
    ['contains on a select', ['custrecord_tst_fallback', 'contains', '7'], 'SSS_INVALID_SRCH_OPERATOR'],
    ['contains on a number', ['custrecord_tst_priority', 'contains', '1'], 'SSS_INVALID_SRCH_OPERATOR'],
    ['an unknown operator', ['name', 'like', 'W%'], 'SSS_INVALID_SRCH_OPERATOR'],
    ['an ISO date', ['custrecord_tst_away', 'on', '2026-11-20'], 'SSS_INVALID_SRCH_FILTER'],
    ['between with one value', ['custrecord_tst_priority', 'between', 1], 'SSS_INVALID_SRCH_FILTER'],
    ['a checkbox value other than T/F', ['custrecord_tst_open', 'is', 'yes'], 'SSS_INVALID_SRCH_FILTER'],
    ['a formula', ['formulanumeric: {custrecord_tst_priority}', 'equalto', 1], 'EMULATOR_NOT_EMULATED'],
  ])('%s', (_case, filter, name) => {
    expect(() => ids(setup().search, filter)).toThrow(expect.objectContaining({ name }));
  });

  test('malformed expressions fail at create with SSS_INVALID_SRCH_FILTER_EXPR', () => {
    const { search } = setup();

    expect(() => search.create({ type: 'customrecord_tst_zone', filters: [['name', 'is', 'a'], ['name', 'is', 'b']] })).toThrow(
      expect.objectContaining({ name: 'SSS_INVALID_SRCH_FILTER_EXPR' }),
    );
    expect(() => search.create({ type: 'customrecord_tst_zone', filters: [['name', 'is', 'a'], 'and'] })).toThrow(
      expect.objectContaining({ name: 'SSS_INVALID_SRCH_FILTER_EXPR' }),
    );
  });
});
