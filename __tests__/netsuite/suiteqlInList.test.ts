import { inList } from '../../src/netsuite/suiteql';

describe('inList', () => {
  it('writes one placeholder a value, and ORs lists of at most 1,000', () => {
    expect(inList('m.id', ['31'])).toEqual({ sql: '(m.id IN (?))', params: ['31'] });
    expect(inList('m.id', ['31', '32', '33'])).toEqual({ sql: '(m.id IN (?, ?, ?))', params: ['31', '32', '33'] });
    const ids = Array.from({ length: 1_001 }, (_, i) => String(i));
    const { sql, params } = inList('e.id', ids);
    expect(sql).toBe(`(e.id IN (${Array(1_000).fill('?').join(', ')}) OR e.id IN (?))`);
    expect(params).toEqual(ids);
    expect(() => inList('m.id', [])).toThrow('inList(m.id): no values');
  });
});
