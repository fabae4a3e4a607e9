import fc from 'fast-check';
import { buildRangeTree, stabRangeTree, type RangeEntry } from '../../../src/engine/definition/rangeTree';

function stab(entries: RangeEntry[], key: string): number[] {
  const out: number[] = [];
  stabRangeTree(buildRangeTree(entries), key, out);
  return out.sort((a, b) => a - b);
}

describe('buildRangeTree', () => {
  it('sorts ranges by low end and keeps the largest high end under each node', () => {
    const tree = buildRangeTree([
      { lo: '300', hi: '399', position: 0 },
      { lo: '100', hi: '999', position: 1 },
      { lo: '200', hi: '250', position: 2 },
    ]);
    expect(tree).toEqual({
      lo: ['100', '200', '300'],
      hi: ['999', '250', '399'],
      position: [1, 2, 0],
      maxHi: ['', '999', '999', '399', '999', '250', '399', ''],
    });
  });
});

describe('stabRangeTree', () => {
  const nested: RangeEntry[] = [
    { lo: '00000', hi: '99999', position: 0 },
    { lo: '90000', hi: '96199', position: 1 },
    { lo: '94000', hi: '94999', position: 2 },
    { lo: '94100', hi: '94199', position: 3 },
    { lo: '94105', hi: '94105', position: 4 },
    { lo: '95000', hi: '95999', position: 5 },
    { lo: '02000', hi: '02999', position: 6 },
  ];

  it.each([
    ['94105', [0, 1, 2, 3, 4]],
    ['94200', [0, 1, 2]],
    ['95500', [0, 1, 5]],
    ['02134', [0, 6]],
    ['99999', [0]],
  ])('finds every range holding %s, nested or overlapping', (key, expected) => {
    expect(stab(nested, key)).toEqual(expected);
  });

  it('finds nothing in an empty tree', () => {
    expect(stab([], '94105')).toEqual([]);
  });

  it('agrees with a linear scan on random ranges', () => {
    const code = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
    const range = fc.tuple(code, code).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 40 }), code, (ranges, key) => {
        const entries = ranges.map(([lo = '', hi = ''], position) => ({ lo, hi, position }));
        const expected = entries.filter((entry) => entry.lo <= key && key <= entry.hi).map((entry) => entry.position);
        expect(stab(entries, key)).toEqual(expected);
      }),
    );
  });
});
