import { candidatePositions, checkTerritory, matchingPositions } from '../../../src/engine/definition/match';
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { lead, planTerritory, territoryRow } from '../../../tools/fixtures/rows';

describe('checkTerritory', () => {
  it('matches every lead when the territory sets no criterion', () => {
    expect(checkTerritory(planTerritory(), lead())).toEqual({ matched: true, checks: [] });
  });

  it('checks in the fixed order and keeps every check when all pass', () => {
    const territory = planTerritory({
      subsidiaries: ['1'],
      leadSources: ['3'],
      postalPatterns: [{ kind: 'prefix', prefix: '94' }],
      countries: ['US'],
    });
    const result = checkTerritory(territory, lead({ country: 'US', postalCode: '94105', leadSource: '3', subsidiary: '1' }));
    expect(result.matched).toBe(true);
    expect(result.checks.map((check) => check.criterion)).toEqual(['country', 'postalCode', 'leadSource', 'subsidiary']);
  });

  it('stops at the first criterion that fails', () => {
    const territory = planTerritory({ countries: ['US'], states: [{ country: null, state: 'CA' }], leadSources: ['3'] });
    expect(checkTerritory(territory, lead({ country: 'US', state: 'OR', leadSource: '3' }))).toEqual({
      matched: false,
      checks: [
        { criterion: 'country', observed: 'US', expected: ['US'], passed: true },
        { criterion: 'state', observed: 'US-OR', expected: ['CA'], passed: false },
      ],
    });
  });

  it('does not match when the lead lacks a value the territory asks for', () => {
    const result = checkTerritory(planTerritory({ categories: ['2'] }), lead({ category: null }));
    expect(result).toEqual({ matched: false, checks: [{ criterion: 'category', observed: '', expected: ['2'], passed: false }] });
  });
});

describe('candidatePositions and matchingPositions', () => {
  function samplePlan() {
    return compilePlan(
      [
        territoryRow({ id: '1', priority: 10, countries: 'US', postalCodes: '94000-94999' }),
        territoryRow({ id: '2', priority: 20, states: 'US-WA' }),
        territoryRow({ id: '3', priority: 20, states: 'AU-WA' }),
        territoryRow({ id: '4', priority: 30, states: 'WA' }),
        territoryRow({ id: '5', priority: 40, postalCodes: 'sw1*' }),
        territoryRow({ id: '6', priority: 50, countries: 'GB, IE' }),
        territoryRow({ id: '7', priority: 900, leadSources: ['3'] }),
      ],
      [],
    );
  }

  it('lists every position for the reference matcher', () => {
    expect(candidatePositions(samplePlan(), lead(), 'reference')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('lists only location candidates for the indexed matcher', () => {
    expect(candidatePositions(samplePlan(), lead({ country: 'US', state: 'WA', postalCode: '94105-1234' }), 'indexed')).toEqual([0, 1, 3, 6]);
  });

  it.each([
    ['a ZIP+4 lead in California', lead({ country: 'US', state: 'CA', postalCode: '94105-1234' }), [0]],
    ['a lead in Washington state', lead({ country: 'US', state: 'WA' }), [1, 3]],
    ['a lead in Western Australia', lead({ country: 'AU', state: 'wa' }), [2, 3]],
    ['a London lead', lead({ country: 'GB', postalCode: 'sw1a 1aa' }), [4, 5]],
    ['a lead from source 3 with no address', lead({ leadSource: '3' }), [6]],
    ['a lead with nothing', lead(), []],
  ])('finds the same territories for %s with either matcher', (_name, facts, expected) => {
    const plan = samplePlan();
    expect([matchingPositions(plan, facts, 'indexed'), matchingPositions(plan, facts, 'reference')]).toEqual([expected, expected]);
  });
});
