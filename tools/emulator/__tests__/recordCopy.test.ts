import { copyRecord } from '../recordCopy';
import type { StoredRecord } from '../schema/model';

function sample(): StoredRecord {
  return {
    type: 'lead',
    id: '7',
    values: { companyname: 'Acme', isinactive: false, custentity_score: 2.5, custentity_regions: ['1', '2'] },
    sublists: {
      addressbook: [
        { values: { label: 'HQ', defaultbilling: true }, subrecords: { addressbookaddress: { country: 'US', zip: '94105' } } },
        { values: { label: 'Warehouse' }, subrecords: {} },
      ],
    },
  };
}

describe('record copies', () => {
  test('a copy equals what structuredClone gives', () => {
    const record = sample();

    expect(copyRecord(record)).toStrictEqual(structuredClone(record));
  });

  test('changing a copy at any depth leaves the original as it was', () => {
    const record = sample();
    const copy = copyRecord(record);

    copy.values.companyname = 'Changed';
    (copy.values.custentity_regions as string[]).push('3');
    const [first] = copy.sublists.addressbook as StoredRecord['sublists'][string];
    if (!first) throw new Error('the copy lost its first line');
    first.values.label = 'Changed';
    (first.subrecords.addressbookaddress as Record<string, unknown>).zip = '10001';
    copy.sublists.addressbook?.pop();
    copy.sublists.other = [];

    expect(record).toStrictEqual(sample());
  });
});
