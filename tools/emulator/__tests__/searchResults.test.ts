import * as fieldPath from '../search/fieldPath';
import { makeEmulator, seedPeople } from './helpers/fixtures';

function setup() {
  const emulator = makeEmulator();
  seedPeople(emulator);
  emulator.seed('customrecord_tst_zone', [
    { id: 101, name: 'West', custrecord_tst_priority: 10, custrecord_tst_fallback: 7, custrecord_tst_subsidiaries: [1, 2], custrecord_tst_ratio: 1.5, custrecord_tst_away: '2026-11-20', custrecord_tst_stamp: '2026-11-26T15:05:00' },
    { id: 102, name: 'East', custrecord_tst_priority: 20, custrecord_tst_fallback: 7, custrecord_tst_open: false },
    { id: 103, name: 'North', custrecord_tst_priority: 20, custrecord_tst_method: 'val_tst_lb' },
  ]);
  return { emulator, search: emulator.modules().search };
}

describe('search results', () => {
  test('values come out as NetSuite search returns them; texts for selects', () => {
    const { search } = setup();
    const columns = ['custrecord_tst_priority', 'custrecord_tst_ratio', 'custrecord_tst_open', 'custrecord_tst_away', 'custrecord_tst_stamp', 'custrecord_tst_fallback', 'custrecord_tst_subsidiaries', 'custrecord_tst_method', 'name'];
    const [west] = search.create({ type: 'customrecord_tst_zone', filters: [['internalid', 'anyof', '101']], columns }).run().getRange({ start: 0, end: 1 });

    expect(columns.map((column) => west?.getValue(column))).toEqual(['10', '1.5', true, '11/20/2026', '11/26/2026 3:05 pm', '7', '1,2', '1', 'West']);
    expect(['custrecord_tst_fallback', 'custrecord_tst_subsidiaries', 'custrecord_tst_method', 'name'].map((column) => west?.getText(column))).toEqual(['Ana Ruiz', 'US,EU', 'Round Robin', null]);
    expect(west?.recordType).toBe('customrecord_tst_zone');
    expect(west?.getValue('custrecord_tst_countries')).toBeNull();
  });

  test('joined columns, sorting by columns, then internal id', () => {
    const { search } = setup();
    const repName = search.createColumn({ name: 'entityid', join: 'custrecord_tst_fallback' });
    const rows = search
      .create({ type: 'customrecord_tst_zone', columns: [search.createColumn({ name: 'custrecord_tst_priority', sort: search.Sort.DESC }), repName] })
      .run()
      .getRange({ start: 0, end: 10 });

    expect(rows.map((row) => [row.id, row.getValue(repName)])).toEqual([
      ['102', 'Ana Ruiz'],
      ['103', ''],
      ['101', 'Ana Ruiz'],
    ]);
  });

  test('summary columns group and aggregate', () => {
    const { search } = setup();
    const rows = search
      .create({
        type: 'customrecord_tst_zone',
        columns: [
          search.createColumn({ name: 'custrecord_tst_priority', summary: search.Summary.GROUP }),
          search.createColumn({ name: 'internalid', summary: 'COUNT' }),
          search.createColumn({ name: 'custrecord_tst_fallback', summary: 'COUNT' }),
          search.createColumn({ name: 'internalidnumber', summary: 'SUM' }),
          search.createColumn({ name: 'name', summary: 'MIN' }),
          search.createColumn({ name: 'name', summary: 'MAX' }),
        ],
      })
      .run()
      .getRange({ start: 0, end: 10 });

    expect(
      rows.map((row) => [
        row.getValue({ name: 'custrecord_tst_priority', summary: 'GROUP' }),
        row.getValue({ name: 'internalid', summary: 'COUNT' }),
        row.getValue({ name: 'custrecord_tst_fallback', summary: 'COUNT' }),
        row.getValue({ name: 'internalidnumber', summary: 'SUM' }),
        row.getValue({ name: 'name', summary: 'MIN' }),
        row.getValue({ name: 'name', summary: 'MAX' }),
      ]),
    ).toEqual([
      ['10', '1', '1', '101', 'West', 'West'],
      ['20', '2', '1', '205', 'East', 'North'],
    ]);
    expect(rows[0]?.id).toBeNull();
    expect(rows[0]?.getValue('custrecord_tst_priority')).toBeNull();
  });

  test('a summary search needs a summary on every column; summary types are checked', () => {
    const { search } = setup();
    const mixed = search.create({ type: 'customrecord_tst_zone', columns: ['name', search.createColumn({ name: 'internalid', summary: 'COUNT' })] });

    expect(() => mixed.run().getRange({ start: 0, end: 1 })).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SRCH_COL' }));
    expect(() => search.createColumn({ name: 'internalid', summary: 'TOTAL' })).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SRCH_COLUMN_SUM' }));
    expect(() => search.create({ type: 'customrecord_tst_zone', columns: ['nope'] }).run().each(() => true)).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SRCH_COL' }));
  });

  test('toJSON keys columns the way NetSuite does', () => {
    const { search } = setup();
    const [row] = search.create({ type: 'customrecord_tst_zone', filters: [['internalid', 'anyof', 101]], columns: ['name', 'custrecord_tst_fallback'] }).run().getRange({ start: 0, end: 1 });

    expect(row?.toJSON()).toEqual({ recordType: 'customrecord_tst_zone', id: '101', values: { name: 'West', custrecord_tst_fallback: [{ value: '7', text: 'Ana Ruiz' }] } });
  });
});

describe('reading results: each, getRange, runPaged', () => {
  function manyZones(count: number) {
    const emulator = makeEmulator();
    emulator.seed('customrecord_tst_zone', Array.from({ length: count }, (_, index) => ({ name: `Zone ${index}` })));
    return { emulator, search: emulator.modules().search };
  }

  test('each stops after 4000 rows, or when the callback does not return true', () => {
    const { search } = manyZones(4100);
    const query = search.create({ type: 'customrecord_tst_zone', columns: ['name'] });
    let all = 0;
    let untilFalse = 0;

    query.run().each(() => {
      all += 1;
      return true;
    });
    query.run().each(() => {
      untilFalse += 1;
      return untilFalse < 3;
    });

    expect([all, untilFalse]).toEqual([4000, 3]);
  });

  test('getRange returns at most 1000 rows a call and refuses more', () => {
    const { search } = manyZones(30);
    const results = search.create({ type: 'customrecord_tst_zone' }).run();

    expect(results.getRange({ start: 25, end: 40 })).toHaveLength(5);
    expect(results.getRange({ start: 40, end: 50 })).toEqual([]);
    expect(() => results.getRange({ start: 0, end: 1001 })).toThrow(expect.objectContaining({ name: 'EMULATOR_INVALID_RANGE' }));
  });

  test('runPaged splits into pages fetched by index', () => {
    const { search } = manyZones(12);
    const paged = search.create({ type: 'customrecord_tst_zone', columns: ['name'] }).runPaged({ pageSize: 5 });
    const last = paged.fetch({ index: 2 });

    expect([paged.count, paged.pageRanges.map((range) => range.index)]).toEqual([12, [0, 1, 2]]);
    expect(last.data.map((row) => row.getValue('name'))).toEqual(['Zone 10', 'Zone 11']);
    expect([last.isFirst, last.isLast, last.prev().data.length]).toEqual([false, true, 5]);
    expect(() => paged.fetch({ index: 3 })).toThrow(expect.objectContaining({ name: 'INVALID_PAGE_RANGE' }));
    expect(() => search.create({ type: 'customrecord_tst_zone' }).runPaged({ pageSize: 2000 })).toThrow(expect.objectContaining({ name: 'EMULATOR_INVALID_PAGE_SIZE' }));
  });

  test('columns are resolved once for a count and its pages, and again when a column is set or pushed', () => {
    const { search } = manyZones(12);
    const resolving = jest.spyOn(fieldPath, 'resolveSearchField');
    try {
      const zones = search.create({ type: 'customrecord_tst_zone', columns: ['name'] });
      const paged = zones.runPaged({ pageSize: 5 });
      paged.fetch({ index: 0 });
      paged.fetch({ index: 2 });
      expect(resolving).toHaveBeenCalledTimes(1);

      zones.columns.push(search.createColumn({ name: 'custrecord_tst_priority' }));
      const [first] = zones.run().getRange({ start: 0, end: 1 });
      expect([first?.getValue('name'), first?.getValue('custrecord_tst_priority')]).toEqual(['Zone 0', '100']);
      zones.columns = ['custrecord_tst_priority'];
      expect(zones.run().getRange({ start: 0, end: 1 })[0]?.getValue('name')).toBeNull();
    } finally {
      resolving.mockRestore();
    }
  });
});

describe('lookupFields', () => {
  test('selects as [{value, text}], multi-selects as arrays, checkboxes as booleans, the rest as text', () => {
    const { search } = setup();

    const fields = search.lookupFields({
      type: 'customrecord_tst_zone',
      id: 101,
      columns: ['name', 'custrecord_tst_priority', 'custrecord_tst_open', 'custrecord_tst_fallback', 'custrecord_tst_subsidiaries', 'custrecord_tst_method', 'custrecord_tst_away', 'custrecord_tst_fallback.email'],
    });

    expect(fields).toEqual({
      name: 'West',
      custrecord_tst_priority: '10',
      custrecord_tst_open: true,
      custrecord_tst_fallback: [{ value: '7', text: 'Ana Ruiz' }],
      custrecord_tst_subsidiaries: [
        { value: '1', text: 'US' },
        { value: '2', text: 'EU' },
      ],
      custrecord_tst_method: [{ value: '1', text: 'Round Robin' }],
      custrecord_tst_away: '11/20/2026',
      'custrecord_tst_fallback.email': 'ana@example.com',
    });
    expect(search.lookupFields({ type: 'customrecord_tst_zone', id: 103, columns: 'custrecord_tst_fallback' })).toEqual({ custrecord_tst_fallback: [] });
  });

  test('an unknown column fails; a record the type does not find gives {}', () => {
    const { search } = setup();

    expect(() => search.lookupFields({ type: 'customrecord_tst_zone', id: 101, columns: ['nope'] })).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SRCH_COL' }));
    expect(search.lookupFields({ type: 'customrecord_tst_zone', id: 999, columns: ['name'] })).toEqual({});
  });
});

describe('search types', () => {
  test('a custom list is searchable: internal id, name and the script id in upper case', () => {
    const { search } = setup();
    const rows = search
      .create({ type: 'customlist_tst_status', filters: [['isinactive', 'is', 'F']], columns: ['internalid', 'name', 'scriptid'] })
      .run()
      .getRange({ start: 0, end: 10 });
    const byScriptId = search.create({ type: 'customlist_tst_status', filters: [['scriptid', 'is', 'val_tst_error']] }).run().getRange({ start: 0, end: 10 });

    expect(rows.map((row) => [row.getValue('internalid'), row.getValue('name'), row.getValue('scriptid')])).toEqual([['1', 'Routed', 'VAL_TST_ROUTED']]);
    expect(byScriptId.map((row) => row.id)).toEqual(['2']);
  });

  test('a customer search returns every stage; lead and prospect searches their own stage', () => {
    const { emulator, search } = setup();
    emulator.seed('customer', [
      { id: 301, companyname: 'Lead Co', stage: 'LEAD' },
      { id: 302, companyname: 'Prospect Co', stage: 'PROSPECT' },
      { id: 303, companyname: 'Customer Co', stage: 'CUSTOMER' },
    ]);
    const typesOf = (type: string) => search.create({ type, columns: ['stage'] }).run().getRange({ start: 0, end: 10 }).map((row) => [row.id, row.recordType, row.getValue('stage'), row.getText('stage')]);

    expect(typesOf('customer')).toEqual([
      ['301', 'lead', 'LEAD', 'Lead'],
      ['302', 'prospect', 'PROSPECT', 'Prospect'],
      ['303', 'customer', 'CUSTOMER', 'Customer'],
    ]);
    expect(typesOf('lead').map(([id]) => id)).toEqual(['301']);
    expect(typesOf('prospect').map(([id]) => id)).toEqual(['302']);
  });

  test('address columns of an entity come from its default billing address', () => {
    const { emulator, search } = setup();
    emulator.seed('lead', [
      {
        id: 301,
        companyname: 'Acme',
        addressbook: [
          { defaultbilling: false, addressbookaddress: { country: 'CA', zip: 'H2X' } },
          { defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } },
        ],
      },
    ]);
    const [row] = search.create({ type: 'lead', filters: [['billcountrycode', 'is', 'US'], 'and', ['country', 'anyof', 'US']], columns: ['billcountrycode', 'billstate', 'billzipcode', 'country', 'zipcode'] }).run().getRange({ start: 0, end: 1 });

    expect(['billcountrycode', 'billstate', 'billzipcode', 'country', 'zipcode'].map((column) => row?.getValue(column))).toEqual(['US', 'CA', '94105', 'US', '94105']);
  });

  test('search.load finds a registered saved search; an unknown id fails with INVALID_SEARCH', () => {
    const { emulator, search } = setup();
    emulator.registerSavedSearch({ id: 'customsearch_tst_busy', type: 'customrecord_tst_zone', filters: [['custrecord_tst_priority', 'equalto', 20]], columns: ['name'] });

    const saved = search.load({ id: 'customsearch_tst_busy' });
    saved.filterExpression = [...saved.filterExpression, 'and', ['custrecord_tst_open', 'is', 'T']];

    expect(saved.run().getRange({ start: 0, end: 10 }).map((row) => row.getValue('name'))).toEqual(['North']);
    expect(() => search.load({ id: 'customsearch_nope' })).toThrow(expect.objectContaining({ name: 'INVALID_SEARCH' }));
    expect(() => search.create({ type: 'customrecord_nope' })).toThrow(expect.objectContaining({ name: 'INVALID_RCRD_TYPE' }));
  });
});
