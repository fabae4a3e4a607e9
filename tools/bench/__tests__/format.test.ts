import { formatTable, grouped, rounded } from '../format';

describe('formatTable', () => {
  it('right-aligns every column to its widest cell, header included', () => {
    expect(formatTable(['a', 'bb'], [['100', '2']])).toEqual(['  a  bb', '100   2']);
  });
});

describe('grouped', () => {
  it('groups thousands and keeps the asked number of decimals', () => {
    expect(grouped(1234567.891, 1)).toBe('1,234,567.9');
    expect(grouped(66)).toBe('66');
    expect(grouped(2, 2)).toBe('2.00');
  });
});

describe('rounded', () => {
  it('rounds to the asked number of decimals', () => {
    expect(rounded(1.23456, 2)).toBe(1.23);
    expect(rounded(0.1 + 0.2, 3)).toBe(0.3);
  });
});
