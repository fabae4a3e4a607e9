// The pending member update's N/cache key: fixed size whatever the lead's text, and a different key for different text.
import fc from 'fast-check';
import { pendingMemberKey } from '../../src/netsuite/pendingMemberUpdate';

describe('pendingMemberKey', () => {
  test('fits N/cache\'s 4 KB key limit (and 64 bytes) for any email and company name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20_000 }), fc.string({ unit: 'binary', maxLength: 20_000 }), (email, companyName) => {
        expect(Buffer.byteLength(pendingMemberKey('123456789', '987654321', email, companyName))).toBeLessThanOrEqual(64);
      }),
      { numRuns: 200 },
    );
  });

  test('is the same for the same lead and differs when the email or the company differs, however the text splits', () => {
    const key = pendingMemberKey('1', '8', 'jo@acme.com', 'Acme');

    expect(pendingMemberKey('1', '8', 'jo@acme.com', 'Acme')).toBe(key);
    expect(new Set([
      key,
      pendingMemberKey('1', '8', 'jo@acme.com', 'Acme Inc'),
      pendingMemberKey('1', '8', 'al@acme.com', 'Acme'),
      pendingMemberKey('1', '7', 'jo@acme.com', 'Acme'),
      pendingMemberKey('2', '8', 'jo@acme.com', 'Acme'),
      pendingMemberKey('1', '8', 'a|b', 'c'),
      pendingMemberKey('1', '8', 'a', 'b|c'),
    ]).size).toBe(7);
  });

  test('distinct leads get distinct keys (no collision among 20,000 random pairs)', () => {
    const texts = fc.sample(fc.tuple(fc.emailAddress(), fc.string({ minLength: 1, maxLength: 40 })), { numRuns: 20_000, seed: 17 });
    const distinct = new Set(texts.map(([email, company]) => JSON.stringify([email, company])));
    const keys = new Set([...distinct].map((pair) => pendingMemberKey('1', '8', ...(JSON.parse(pair) as [string, string]))));

    expect(keys.size).toBe(distinct.size);
  });
});
