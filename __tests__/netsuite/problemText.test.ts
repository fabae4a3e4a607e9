// The edge names a problem's field by its form label and lists every problem in one message.
import { validateTerritoryRow } from '../../src/engine';
import { describeProblem, formatProblems } from '../../src/netsuite/problemText';
import { territoryRow } from '../../tools/fixtures/rows';

describe('describeProblem', () => {
  it('names the field by its form label and quotes the entry', () => {
    expect(describeProblem({ code: 'BAD_CAPACITY', field: 'capacity', entry: '-1', reason: 'must be a whole number of 0 or more' })).toBe(
      'Capacity (Open Leads): "-1" must be a whole number of 0 or more',
    );
  });
});

describe('formatProblems', () => {
  it('lists every problem on its own line', () => {
    const { problems } = validateTerritoryRow(territoryRow({ countries: 'XX', priority: -1 }));
    expect(formatProblems(problems)).toBe(
      [
        'This record has 2 problems:',
        '- Countries: "XX" is not an ISO 3166-1 alpha-2 country code',
        '- Priority: "-1" must be a whole number of 0 or more',
      ].join('\n'),
    );
  });

  it('says "1 problem" for one', () => {
    const { problems } = validateTerritoryRow(territoryRow({ countries: 'XX' }));
    expect(formatProblems(problems)).toBe('This record has 1 problem:\n- Countries: "XX" is not an ISO 3166-1 alpha-2 country code');
  });

  it('is empty when there is no problem', () => {
    expect(formatProblems([])).toBe('');
  });
});
