import { formatStateEntry, parseStateEntry, stateEntryMatches } from '../../../src/engine/definition/states';

describe('parseStateEntry', () => {
  it.each([
    ['US-CA', { country: 'US', state: 'CA' }],
    ['au-nsw', { country: 'AU', state: 'NSW' }],
    [' wa ', { country: null, state: 'WA' }],
    ['9', { country: null, state: '9' }],
    ['FR-75C', { country: 'FR', state: '75C' }],
  ])('parses %p', (entry, value) => {
    expect(parseStateEntry(entry)).toEqual({ ok: true, value });
  });

  it.each(['California', 'US-', '-CA', 'US-CALI', 'U1-CA', 'US CA', 'US-C A', 'US--CA', 'C.A.'])('refuses the malformed entry %p', (entry) => {
    expect(parseStateEntry(entry)).toMatchObject({ ok: false, code: 'BAD_STATE' });
  });

  it('refuses a qualifier that is not a country code', () => {
    expect(parseStateEntry('XX-CA')).toEqual({
      ok: false,
      code: 'UNKNOWN_COUNTRY',
      reason: 'names "XX", which is not an ISO 3166-1 alpha-2 country code',
    });
  });
});

describe('stateEntryMatches', () => {
  const usWa = { country: 'US', state: 'WA' };
  const auWa = { country: 'AU', state: 'WA' };
  const bareWa = { country: null, state: 'WA' };

  it('matches a qualified entry only in its country', () => {
    expect([stateEntryMatches(usWa, 'US', 'WA'), stateEntryMatches(usWa, 'AU', 'WA')]).toEqual([true, false]);
    expect([stateEntryMatches(auWa, 'US', 'WA'), stateEntryMatches(auWa, 'AU', 'WA')]).toEqual([false, true]);
  });

  it('matches a bare entry in any country, and with no country', () => {
    expect([stateEntryMatches(bareWa, 'US', 'WA'), stateEntryMatches(bareWa, 'AU', 'WA'), stateEntryMatches(bareWa, '', 'WA')]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('matches no lead without a state', () => {
    expect(stateEntryMatches(bareWa, 'US', '')).toBe(false);
  });
});

describe('formatStateEntry', () => {
  it('writes entries as an administrator does', () => {
    expect([formatStateEntry({ country: 'US', state: 'CA' }), formatStateEntry({ country: null, state: 'CA' })]).toEqual(['US-CA', 'CA']);
  });
});
