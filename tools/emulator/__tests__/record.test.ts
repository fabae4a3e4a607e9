import { makeEmulator, seedPeople } from './helpers/fixtures';
import * as recordCopy from '../recordCopy';
import { danglingReferences } from '../references';
import { ServerDate } from '../serverDate';

function setup() {
  const emulator = makeEmulator();
  seedPeople(emulator);
  return { emulator, record: emulator.modules().record };
}

describe('N/record values', () => {
  test('a new record has the XML defaults and typed values', () => {
    const { record } = setup();

    const zone = record.create({ type: 'customrecord_tst_zone' });

    expect(zone.id).toBeNull();
    expect(zone.getValue({ fieldId: 'custrecord_tst_priority' })).toBe(100);
    expect(zone.getValue('custrecord_tst_open')).toBe(true);
    expect(zone.getValue({ fieldId: 'custrecord_tst_method' })).toBe('1');
    expect(zone.getValue({ fieldId: 'isinactive' })).toBe(false);
    expect(zone.getValue({ fieldId: 'custrecord_tst_subsidiaries' })).toEqual([]);
    expect(zone.getValue({ fieldId: 'custrecord_tst_countries' })).toBe('');
  });

  test('values come back typed by field type after save and load', () => {
    const { record } = setup();
    const zone = record.create({ type: 'customrecord_tst_zone' });
    zone.setValue({ fieldId: 'name', value: 'West' });
    zone.setValue({ fieldId: 'custrecord_tst_priority', value: 10 });
    zone.setValue({ fieldId: 'custrecord_tst_ratio', value: 2.5 });
    zone.setValue({ fieldId: 'custrecord_tst_away', value: new ServerDate(2026, 11, 24) });
    zone.setValue({ fieldId: 'custrecord_tst_stamp', value: new Date('2026-11-26T08:30:00Z') });
    zone.setValue({ fieldId: 'custrecord_tst_fallback', value: 7 });
    zone.setValue({ fieldId: 'custrecord_tst_subsidiaries', value: [1, '2'] });
    zone.setValue('custrecord_tst_open', false);

    const loaded = record.load({ type: 'customrecord_tst_zone', id: zone.save() });

    expect(loaded.getValue({ fieldId: 'custrecord_tst_priority' })).toBe(10);
    expect(loaded.getValue({ fieldId: 'custrecord_tst_ratio' })).toBe(2.5);
    expect(loaded.getValue({ fieldId: 'custrecord_tst_away' })).toEqual(new ServerDate(2026, 11, 24));
    expect(loaded.getValue({ fieldId: 'custrecord_tst_stamp' })).toEqual(new Date('2026-11-26T08:30:00Z'));
    expect(loaded.getValue({ fieldId: 'custrecord_tst_fallback' })).toBe('7');
    expect(loaded.getValue({ fieldId: 'custrecord_tst_subsidiaries' })).toEqual(['1', '2']);
    expect(loaded.getValue({ fieldId: 'custrecord_tst_open' })).toBe(false);
  });

  test('getText gives list labels, record names and the checkbox letter', () => {
    const { record } = setup();
    const zone = record.create({ type: 'customrecord_tst_zone' });
    zone.setValue({ fieldId: 'custrecord_tst_fallback', value: '7' });
    zone.setValue({ fieldId: 'custrecord_tst_subsidiaries', value: ['1', '2'] });

    expect(zone.getText({ fieldId: 'custrecord_tst_method' })).toBe('Round Robin');
    expect(zone.getText({ fieldId: 'custrecord_tst_fallback' })).toBe('Ana Ruiz');
    expect(zone.getText({ fieldId: 'custrecord_tst_subsidiaries' })).toEqual(['US', 'EU']);
    expect(zone.getText({ fieldId: 'custrecord_tst_open' })).toBe('T');
  });

  test('setText finds a list value by its label', () => {
    const { record } = setup();
    const zone = record.create({ type: 'customrecord_tst_zone' });

    zone.setText({ fieldId: 'custrecord_tst_method', text: 'Load Balanced' });

    expect(zone.getValue({ fieldId: 'custrecord_tst_method' })).toBe('2');
    expect(() => zone.setText({ fieldId: 'custrecord_tst_method', text: 'Random' })).toThrow(expect.objectContaining({ name: 'INVALID_FLD_VALUE' }));
  });

  test.each([
    ['a string on a checkbox', 'custrecord_tst_open', 'T'],
    ['a string on a date', 'custrecord_tst_away', '2026-12-24'],
    ['a fraction on an integer', 'custrecord_tst_priority', 1.5],
    ['text on an integer', 'custrecord_tst_priority', 'ten'],
    ['an object on a select', 'custrecord_tst_fallback', { id: 7 }],
  ])('setValue refuses %s with INVALID_FLD_VALUE naming the field', (_case, fieldId, value) => {
    const zone = setup().record.create({ type: 'customrecord_tst_zone' });

    expect(() => zone.setValue({ fieldId, value })).toThrow(
      expect.objectContaining({ name: 'INVALID_FLD_VALUE', message: expect.stringContaining(`for the following field: ${fieldId}`) }),
    );
  });

  test('unknown and system fields are refused by name', () => {
    const lead = setup().record.create({ type: 'lead' });

    expect(() => lead.setValue({ fieldId: 'custentity_tst_zoen', value: '1' })).toThrow(
      expect.objectContaining({ name: 'EMULATOR_INVALID_FIELD', message: expect.stringContaining('"custentity_tst_zoen" on record type lead does not exist') }),
    );
    expect(() => lead.getValue({ fieldId: 'custentity_tst_zoen' })).toThrow(expect.objectContaining({ name: 'EMULATOR_INVALID_FIELD' }));
    expect(() => lead.setValue({ fieldId: 'stage', value: 'CUSTOMER' })).toThrow(/"stage" on record type lead is set by NetSuite/);
    expect(lead.getValue({ fieldId: 'stage' })).toBe('LEAD');
  });
});

describe('N/record writes', () => {
  test('new records get internal ids above every existing id, in creation order', () => {
    const { record } = setup();
    const first = record.create({ type: 'customrecord_tst_zone' }).save();
    const second = record.create({ type: 'employee' }).save();

    expect([first, second]).toEqual([10, 11]);
  });

  test('a select pointing to no record fails the save with INVALID_KEY_OR_REF and writes nothing', () => {
    const { emulator, record } = setup();
    const member = record.create({ type: 'customrecord_tst_member' });
    member.setValue({ fieldId: 'custrecord_tst_mem_rep', value: '404' });

    expect(() => member.save()).toThrow(expect.objectContaining({ name: 'INVALID_KEY_OR_REF', message: 'Invalid custrecord_tst_mem_rep reference key 404.' }));
    expect(emulator.store.count('customrecord_tst_member')).toBe(0);
  });

  test('every dangling select and multi-select id is named, in field order, and ids that exist are not', () => {
    const { emulator } = setup();
    const zone = { type: 'customrecord_tst_zone', id: '1', sublists: {}, values: { custrecord_tst_fallback: '404', custrecord_tst_subsidiaries: ['1', '405', '2', '406'], custrecord_tst_method: '1' } };

    expect(danglingReferences(emulator.schema, emulator.store, zone).map((problem) => [problem.path, problem.value])).toEqual([
      ['custrecord_tst_fallback', '404'],
      ['custrecord_tst_subsidiaries', '405'],
      ['custrecord_tst_subsidiaries', '406'],
    ]);
  });

  test('load checks the record type: a lead is not found as a prospect; unknown types fail', () => {
    const { record } = setup();
    const lead = record.create({ type: 'lead' });
    lead.setValue({ fieldId: 'companyname', value: 'Acme' });
    const id = lead.save();

    expect(record.load({ type: 'lead', id }).getValue({ fieldId: 'companyname' })).toBe('Acme');
    expect(() => record.load({ type: 'prospect', id })).toThrow(expect.objectContaining({ name: 'RCRD_DSNT_EXIST' }));
    expect(() => record.load({ type: 'lead', id: 999 })).toThrow(expect.objectContaining({ name: 'RCRD_DSNT_EXIST' }));
    expect(() => record.load({ type: 'leed', id })).toThrow(expect.objectContaining({ name: 'INVALID_RCRD_TYPE' }));
  });

  test('submitFields changes only the given fields and returns the id', () => {
    const { emulator, record } = setup();
    const [id] = emulator.seed('customrecord_tst_zone', [{ name: 'West', custrecord_tst_priority: 10, custrecord_tst_countries: 'US' }]);

    const returned = record.submitFields({ type: 'customrecord_tst_zone', id: id as string, values: { custrecord_tst_priority: 5, custrecord_tst_countries: '' } });

    expect(returned).toBe(Number(id));
    expect(emulator.read('customrecord_tst_zone', id as string)).toMatchObject({ name: 'West', custrecord_tst_priority: 5, custrecord_tst_countries: null });
    expect(() => record.submitFields({ type: 'customrecord_tst_zone', id: id as string, values: { custrecord_nope: 1 } })).toThrow(/"custrecord_nope" on record type customrecord_tst_zone does not exist/);
  });

  test('delete removes the record', () => {
    const { emulator, record } = setup();
    const [id] = emulator.seed('customrecord_tst_zone', [{ name: 'West' }]);

    record.delete({ type: 'customrecord_tst_zone', id: id as string });

    expect(emulator.read('customrecord_tst_zone', id as string)).toBeUndefined();
  });

  test('dynamic mode and custom list writes are refused as not emulated', () => {
    const { record } = setup();

    expect(() => record.create({ type: 'lead', isDynamic: true })).toThrow(expect.objectContaining({ name: 'EMULATOR_NOT_EMULATED' }));
    expect(() => record.create({ type: 'customlist_tst_method' })).toThrow(expect.objectContaining({ name: 'EMULATOR_NOT_EMULATED' }));
  });
});

describe('sublists and subrecords', () => {
  afterEach(() => jest.restoreAllMocks());

  function leadWithAddress() {
    const { emulator, record } = setup();
    const lead = record.create({ type: 'lead' });
    lead.setValue({ fieldId: 'companyname', value: 'Acme' });
    lead.insertLine({ sublistId: 'addressbook', line: 0 });
    lead.setSublistValue({ sublistId: 'addressbook', fieldId: 'defaultbilling', line: 0, value: true });
    lead.setSublistValue({ sublistId: 'addressbook', fieldId: 'label', line: 0, value: 'HQ' });
    const address = lead.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 });
    address.setValue({ fieldId: 'country', value: 'US' });
    address.setValue({ fieldId: 'zip', value: '94105' });
    // Standard mode appends a line when a value is set on the line after the last.
    lead.setSublistValue({ sublistId: 'addressbook', fieldId: 'label', line: 1, value: 'Warehouse' });
    return { emulator, record, id: lead.save() };
  }

  test('lines and their address subrecords are saved and loaded', () => {
    const { record, id } = leadWithAddress();

    const loaded = record.load({ type: 'lead', id });
    const address = loaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 });

    expect(loaded.getLineCount({ sublistId: 'addressbook' })).toBe(2);
    expect(loaded.getSublistValue({ sublistId: 'addressbook', fieldId: 'defaultbilling', line: 0 })).toBe(true);
    expect(loaded.getSublistValue({ sublistId: 'addressbook', fieldId: 'defaultbilling', line: 1 })).toBe(false);
    expect([address.getValue({ fieldId: 'country' }), address.getValue({ fieldId: 'zip' })]).toEqual(['US', '94105']);
    expect(loaded.findSublistLineWithValue({ sublistId: 'addressbook', fieldId: 'label', value: 'Warehouse' })).toBe(1);
    expect(loaded.hasSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 1 })).toBe(false);
  });

  test('a loaded record changed in every way reaches the store only when saved; a second load sees the store', () => {
    const { emulator, record, id } = leadWithAddress();
    const before = emulator.read('lead', id);
    const changes = [
      (loaded: ReturnType<typeof record.load>) => loaded.setValue({ fieldId: 'companyname', value: 'Changed' }),
      (loaded: ReturnType<typeof record.load>) => loaded.setSublistValue({ sublistId: 'addressbook', fieldId: 'label', line: 0, value: 'Changed' }),
      (loaded: ReturnType<typeof record.load>) => loaded.insertLine({ sublistId: 'addressbook', line: 0 }),
      (loaded: ReturnType<typeof record.load>) => loaded.removeLine({ sublistId: 'addressbook', line: 1 }),
      (loaded: ReturnType<typeof record.load>) => (loaded.toJSON().sublists as Record<string, unknown[]>).addressbook?.pop(),
      (loaded: ReturnType<typeof record.load>) =>
        loaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 }).setValue({ fieldId: 'zip', value: '10001' }),
    ];

    for (const change of changes) {
      const loaded = record.load({ type: 'lead', id });
      change(loaded);
      expect(emulator.read('lead', id)).toEqual(before);
    }
    const loaded = record.load({ type: 'lead', id });
    loaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 }).setValue({ fieldId: 'zip', value: '10001' });
    loaded.save();
    const reloaded = record.load({ type: 'lead', id });
    expect(reloaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 }).getValue({ fieldId: 'zip' })).toBe('10001');
  });

  test('reading the address of a loaded record copies nothing; its first change copies the record once', () => {
    const { record, id } = leadWithAddress();
    const copies = jest.spyOn(recordCopy, 'copyRecord');
    const loaded = record.load({ type: 'lead', id });
    const address = loaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 });

    expect(address.getValue({ fieldId: 'zip' })).toBe('94105');
    expect(copies).not.toHaveBeenCalled();
    address.setValue({ fieldId: 'zip', value: '10001' });
    loaded.setValue({ fieldId: 'companyname', value: 'Changed' });
    expect(copies).toHaveBeenCalledTimes(1);
  });

  test('an address got from a loaded record before other changes writes into its own line of the record, not the store', () => {
    const { emulator, record, id } = leadWithAddress();
    const before = emulator.read('lead', id);
    const loaded = record.load({ type: 'lead', id });
    const address = loaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 });

    loaded.setValue({ fieldId: 'companyname', value: 'Changed' });
    loaded.insertLine({ sublistId: 'addressbook', line: 0 });
    address.setValue({ fieldId: 'zip', value: '10001' });

    expect(emulator.read('lead', id)).toEqual(before);
    expect(address.getValue({ fieldId: 'zip' })).toBe('10001');
    loaded.save();
    const reloaded = record.load({ type: 'lead', id });
    expect(reloaded.getLineCount({ sublistId: 'addressbook' })).toBe(3);
    expect(reloaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 1 }).getValue({ fieldId: 'zip' })).toBe('10001');
  });

  test('a line inserted into a record that has none yet is kept, with its address, without any line value set', () => {
    const { record } = setup();
    const lead = record.create({ type: 'lead' });
    lead.setValue({ fieldId: 'companyname', value: 'Acme' });
    lead.insertLine({ sublistId: 'addressbook', line: 0 });
    lead.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 }).setValue({ fieldId: 'country', value: 'US' });
    lead.insertLine({ sublistId: 'addressbook', line: 0 });

    const loaded = record.load({ type: 'lead', id: lead.save() });

    expect(loaded.getLineCount({ sublistId: 'addressbook' })).toBe(2);
    expect(loaded.hasSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 })).toBe(false);
    expect(loaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 1 }).getValue({ fieldId: 'country' })).toBe('US');
    expect(loaded.getSublistValue({ sublistId: 'addressbook', fieldId: 'defaultbilling', line: 1 })).toBe(false);
  });

  test('invalid sublist operations fail with SSS_INVALID_SUBLIST_OPERATION', () => {
    const { record, id } = leadWithAddress();
    const lead = record.load({ type: 'lead', id });

    expect(() => lead.getSublistValue({ sublistId: 'addressbook', fieldId: 'label', line: 5 })).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SUBLIST_OPERATION' }));
    expect(() => lead.getSublistValue({ sublistId: 'addressbook', fieldId: 'nope', line: 0 })).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SUBLIST_OPERATION' }));
    expect(() => lead.getLineCount({ sublistId: 'salesteam' })).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SUBLIST_OPERATION' }));
    expect(() => lead.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'label', line: 0 })).toThrow(
      expect.objectContaining({ name: 'FIELD_1_IS_NOT_A_SUBRECORD_FIELD' }),
    );
    expect(() => lead.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 }).setValue({ fieldId: 'zipcode', value: '1' })).toThrow(
      /"zipcode" on subrecord addressbookaddress does not exist/,
    );
  });
});
