import { countryCodes, isCountryCode, parseCountryEntry } from '../../../src/engine/definition/countries';

describe('ISO 3166-1 alpha-2 codes', () => {
  it('holds all 249 officially assigned codes and Kosovo (XK), each two upper-case letters', () => {
    expect(new Set(countryCodes()).size).toBe(250);
    expect(countryCodes()).toHaveLength(250);
    expect(countryCodes()).toContain('XK');
    expect([...countryCodes()].filter((code) => !/^[A-Z]{2}$/.test(code))).toEqual([]);
  });

  it.each(['US', 'CA', 'GB', 'DE', 'FR', 'AU', 'JP', 'AX', 'SS', 'ZW'])('knows %s', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it('knows exactly the listed codes among all pairs of capitals, listed in alphabetical order', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const pairs = [...letters].flatMap((first) => [...letters].map((second) => first + second));
    expect(pairs.filter(isCountryCode)).toEqual(countryCodes());
  });

  it.each(['UK', 'EU', 'XX', 'us', 'USA', '', 'A ', 'D\n', 'AA', 'ZZ'])('does not know %p', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe('parseCountryEntry', () => {
  it('accepts any case and white space around the code', () => {
    expect(parseCountryEntry(' de ')).toEqual({ ok: true, value: 'DE' });
  });

  it('refuses a code that is not ISO 3166-1 alpha-2', () => {
    expect(parseCountryEntry('USA')).toEqual({ ok: false, code: 'UNKNOWN_COUNTRY', reason: 'is not an ISO 3166-1 alpha-2 country code' });
  });
});
