import { normaliseCode, splitList } from '../../../src/engine/definition/lists';

describe('splitList', () => {
  it('splits on commas, semicolons and line breaks', () => {
    expect(splitList('US,CA;MX\nGB\r\nDE')).toEqual(['US', 'CA', 'MX', 'GB', 'DE']);
  });

  it('trims the white space around entries and keeps the spaces inside one', () => {
    expect(splitList('  SW1A 1AA ,\t 94000 - 94999  ')).toEqual(['SW1A 1AA', '94000 - 94999']);
  });

  it('drops empty entries', () => {
    expect(splitList(' ,, ;\n\n US ;')).toEqual(['US']);
  });

  it('gives no entries for an empty field', () => {
    expect(splitList('')).toEqual([]);
  });
});

describe('normaliseCode', () => {
  it('trims and upper-cases', () => {
    expect(normaliseCode(' us-ca ')).toBe('US-CA');
  });
});
