import { CRITERIA } from '../../../src/engine/definition/criteria';
import { lead, planTerritory } from '../../../tools/fixtures/rows';

describe('country criterion', () => {
  it('is not checked when the territory lists no country', () => {
    expect(CRITERIA.country.check(planTerritory(), lead({ country: 'US' }))).toBeNull();
  });

  it('matches the lead country in any case', () => {
    expect(CRITERIA.country.check(planTerritory({ countries: ['US', 'CA'] }), lead({ country: ' us ' }))).toEqual({
      criterion: 'country',
      observed: 'US',
      expected: ['US', 'CA'],
      passed: true,
    });
  });

  it('does not match a lead without a country', () => {
    expect(CRITERIA.country.check(planTerritory({ countries: ['US'] }), lead({ country: '' }))).toEqual({
      criterion: 'country',
      observed: '',
      expected: ['US'],
      passed: false,
    });
  });
});

describe('state criterion', () => {
  const states = [
    { country: 'US', state: 'WA' },
    { country: null, state: 'NSW' },
  ];

  it('reads the lead state qualified by its country against entries as the administrator wrote them', () => {
    expect(CRITERIA.state.check(planTerritory({ states }), lead({ country: 'us', state: 'wa' }))).toEqual({
      criterion: 'state',
      observed: 'US-WA',
      expected: ['US-WA', 'NSW'],
      passed: true,
    });
  });

  it('tells US-WA from AU-WA', () => {
    expect(CRITERIA.state.check(planTerritory({ states }), lead({ country: 'AU', state: 'WA' }))?.passed).toBe(false);
  });

  it('matches a bare entry in any country', () => {
    expect(CRITERIA.state.check(planTerritory({ states }), lead({ country: 'AU', state: 'nsw' }))?.passed).toBe(true);
  });

  it('does not match a lead without a state', () => {
    expect(CRITERIA.state.check(planTerritory({ states }), lead({ country: 'US', state: '' }))).toEqual({
      criterion: 'state',
      observed: '',
      expected: ['US-WA', 'NSW'],
      passed: false,
    });
  });
});

describe('postal code criterion', () => {
  const postalPatterns = [
    { kind: 'range' as const, lo: '94000', hi: '94999' },
    { kind: 'prefix' as const, prefix: 'SW1' },
    { kind: 'exact' as const, code: 'SW1A-1AA' },
  ];

  it('names the pattern that matched', () => {
    expect(CRITERIA.postalCode.check(planTerritory({ postalPatterns }), lead({ postalCode: ' 94105-1234 ' }))).toEqual({
      criterion: 'postalCode',
      observed: '94105-1234',
      expected: ['94000-94999', 'SW1*', 'SW1A-1AA'],
      passed: true,
      matchedEntry: '94000-94999',
    });
  });

  it('names the first pattern that matched when several do', () => {
    expect(CRITERIA.postalCode.check(planTerritory({ postalPatterns }), lead({ postalCode: 'sw1a 1aa' }))?.matchedEntry).toBe('SW1*');
  });

  it('has no matched entry when nothing matched', () => {
    expect(CRITERIA.postalCode.check(planTerritory({ postalPatterns }), lead({ postalCode: '10115' }))).toEqual({
      criterion: 'postalCode',
      observed: '10115',
      expected: ['94000-94999', 'SW1*', 'SW1A-1AA'],
      passed: false,
    });
  });

  it('does not match a lead without a postal code', () => {
    expect(CRITERIA.postalCode.check(planTerritory({ postalPatterns }), lead({ postalCode: '' }))?.passed).toBe(false);
  });
});

describe('list criteria (lead source, category, subsidiary)', () => {
  const territory = planTerritory({ leadSources: ['3', '4'], categories: ['2'], subsidiaries: ['1'] });

  it('match when the lead value is listed', () => {
    const facts = lead({ leadSource: '4', category: '2', subsidiary: '1' });
    expect([CRITERIA.leadSource.check(territory, facts), CRITERIA.category.check(territory, facts), CRITERIA.subsidiary.check(territory, facts)]).toEqual([
      { criterion: 'leadSource', observed: '4', expected: ['3', '4'], passed: true },
      { criterion: 'category', observed: '2', expected: ['2'], passed: true },
      { criterion: 'subsidiary', observed: '1', expected: ['1'], passed: true },
    ]);
  });

  it('do not match a lead with no value', () => {
    const facts = lead({ leadSource: null, category: null, subsidiary: null });
    expect([CRITERIA.leadSource.check(territory, facts), CRITERIA.category.check(territory, facts), CRITERIA.subsidiary.check(territory, facts)]).toEqual([
      { criterion: 'leadSource', observed: '', expected: ['3', '4'], passed: false },
      { criterion: 'category', observed: '', expected: ['2'], passed: false },
      { criterion: 'subsidiary', observed: '', expected: ['1'], passed: false },
    ]);
  });

  it('are not checked when the territory leaves them empty', () => {
    const facts = lead({ leadSource: '4' });
    const open = planTerritory();
    expect([CRITERIA.leadSource.check(open, facts), CRITERIA.category.check(open, facts), CRITERIA.subsidiary.check(open, facts)]).toEqual([null, null, null]);
  });
});

describe('expected entries in checks', () => {
  it('cannot be changed, so no trace can change the territory or another trace', () => {
    const territory = planTerritory({ countries: ['US'] });
    const expected = CRITERIA.country.check(territory, lead({ country: 'US' }))!.expected as string[];
    expect(() => expected.push('CA')).toThrow(TypeError);
    expect(territory.countries).toEqual(['US']);
    expect(CRITERIA.country.check(territory, lead({ country: 'CA' }))!.expected).toEqual(['US']);
  });

  it('are formatted as the administrator wrote them', () => {
    const territory = planTerritory({
      states: [{ country: 'US', state: 'WA' }, { country: null, state: 'CA' }],
      postalPatterns: [{ kind: 'range', lo: '94000', hi: '94999' }, { kind: 'prefix', prefix: 'SW1' }],
    });
    const facts = lead({ country: 'US', state: 'CA', postalCode: 'sw1a 1aa' });
    expect(CRITERIA.state.check(territory, facts)!.expected).toEqual(['US-WA', 'CA']);
    expect(CRITERIA.postalCode.check(territory, facts)).toMatchObject({ expected: ['94000-94999', 'SW1*'], matchedEntry: 'SW1*', passed: true });
  });
});
