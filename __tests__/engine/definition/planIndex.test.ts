import type { PlanTerritory } from '../../../src/engine/types';
import { buildIndex, indexedCandidates } from '../../../src/engine/definition/planIndex';
import { lead, planTerritory } from '../../../tools/fixtures/rows';

describe('buildIndex', () => {
  it('anchors each territory once, by its most selective location criterion', () => {
    const territories: PlanTerritory[] = [
      planTerritory({ countries: ['US'], states: [{ country: 'US', state: 'CA' }], postalPatterns: [{ kind: 'prefix', prefix: '94' }] }),
      planTerritory({ countries: ['US'], states: [{ country: 'US', state: 'CA' }, { country: null, state: 'WA' }] }),
      planTerritory({ countries: ['GB', 'IE'] }),
      planTerritory({ leadSources: ['3'] }),
      planTerritory({
        postalPatterns: [
          { kind: 'exact', code: 'SW1A-1AA' },
          { kind: 'outward', outward: 'N1' },
          { kind: 'range', lo: '940', hi: '949' },
          { kind: 'range', lo: '02000', hi: '02999' },
        ],
      }),
    ];
    expect(buildIndex(territories)).toEqual({
      always: [3],
      byCountry: { GB: [2], IE: [2] },
      byState: { 'US-CA': [1], '*-WA': [1] },
      postalExact: { SW1A1AA: [4] },
      postalPrefix: { '94': [0] },
      postalOutward: { N1: [4] },
      postalRanges: {
        '3': { lo: ['940'], hi: ['949'], position: [4], maxHi: ['', '949'] },
        '5': { lo: ['02000'], hi: ['02999'], position: [4], maxHi: ['', '02999'] },
      },
    });
  });

  it('lists a territory once under a key it repeats', () => {
    const index = buildIndex([planTerritory({ countries: ['US', 'US'] })]);
    expect(index.byCountry).toEqual({ US: [0] });
  });
});

describe('indexedCandidates', () => {
  const territories = (): PlanTerritory[] => [
    planTerritory({ postalPatterns: [{ kind: 'range', lo: '94000', hi: '94999' }] }),
    planTerritory({ postalPatterns: [{ kind: 'prefix', prefix: 'SW1' }] }),
    planTerritory({ postalPatterns: [{ kind: 'exact', code: 'SW1A-1AA' }] }),
    planTerritory({ states: [{ country: 'US', state: 'WA' }] }),
    planTerritory({ states: [{ country: null, state: 'WA' }] }),
    planTerritory({ countries: ['US'] }),
    planTerritory(),
    planTerritory({ postalPatterns: [{ kind: 'outward', outward: 'N1' }] }),
  ];

  it.each([
    ['a ZIP+4 code in a range', lead({ postalCode: '94105-1234' }), [0, 6]],
    ['a lower-case UK code with a space', lead({ postalCode: 'sw1a 1aa' }), [1, 2, 6]],
    ['a qualified and a bare state', lead({ country: 'us', state: 'wa' }), [3, 4, 5, 6]],
    ['a bare state in another country', lead({ country: 'AU', state: 'WA' }), [4, 6]],
    ['a lead without location', lead(), [6]],
    ['a UK code in an outward code, spaced', lead({ postalCode: 'n1 7ab' }), [6, 7]],
    ['a UK code in an outward code, unspaced', lead({ postalCode: 'N17AB' }), [6, 7]],
    ['a UK code of a longer district', lead({ postalCode: 'N17 0AP' }), [6]],
  ])('finds %s', (_name, facts, expected) => {
    expect(indexedCandidates(buildIndex(territories()), facts)).toEqual(expected);
  });

  it('does not read inherited properties as keys', () => {
    const index = buildIndex([planTerritory({ countries: ['US'] })]);
    expect(indexedCandidates(index, lead({ country: 'constructor', state: '__proto__', postalCode: 'toString' }))).toEqual([]);
  });
});
