import { anyOf, companyWords, ownerTerms } from '../../src/netsuite/ownerQuery';

describe('owner search terms', () => {
  it('search a company name by all the words of its key, never by "and" (it may stand for "&")', () => {
    expect(companyWords('zeta solutions')).toEqual(['zeta', 'solutions']);
    expect(companyWords('at and t')).toEqual(['at', 't']);
    expect(companyWords('smith and smith')).toEqual(['smith']);
  });

  it('OR an email domain with every name word required', () => {
    expect(anyOf(ownerTerms('zeta.example', 'zeta solutions'))).toEqual([
      ['email', 'contains', '@zeta.example'],
      'or',
      [['companyname', 'contains', 'zeta'], 'and', ['companyname', 'contains', 'solutions']],
    ]);
  });

  it('give no term for a free-mail lead without a company name', () => {
    expect(ownerTerms(null, null)).toEqual([]);
    expect(ownerTerms(null, 'and')).toEqual([]);
  });
});
