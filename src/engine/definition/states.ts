import type { StateEntry } from '../types';
import { isCountryCode } from './countries';
import { normaliseCode } from './lists';
import type { Parsed } from './parsed';

const QUALIFIED = /^([A-Z]{2})-([A-Z0-9]{1,3})$/;
const BARE = /^[A-Z0-9]{1,3}$/;

/**
 * Parses one entry of the states list (SPEC §3.2): `US-CA` (country-qualified) or bare `CA`; case-insensitive.
 *
 * @example
 * parseStateEntry('us-ca'); // → { ok: true, value: { country: 'US', state: 'CA' } }
 * parseStateEntry('WA');    // → { ok: true, value: { country: null, state: 'WA' } }
 * parseStateEntry('XX-CA'); // → { ok: false, code: 'UNKNOWN_COUNTRY', reason: … }
 */
export function parseStateEntry(entry: string): Parsed<StateEntry> {
  const text = normaliseCode(entry);
  if (BARE.test(text)) return { ok: true, value: { country: null, state: text } };
  const qualified = QUALIFIED.exec(text);
  if (qualified === null) {
    return {
      ok: false,
      code: 'BAD_STATE',
      reason: 'is not a state entry: write a state code of 1 to 3 letters or digits (CA), or qualify it with a country (US-CA)',
    };
  }
  const [, country = '', state = ''] = qualified;
  if (!isCountryCode(country)) {
    return { ok: false, code: 'UNKNOWN_COUNTRY', reason: `names "${country}", which is not an ISO 3166-1 alpha-2 country code` };
  }
  return { ok: true, value: { country, state } };
}

/**
 * A state entry as an administrator writes it.
 *
 * @example
 * formatStateEntry({ country: 'AU', state: 'WA' }); // → 'AU-WA'
 * formatStateEntry({ country: null, state: 'WA' }); // → 'WA'
 */
export function formatStateEntry(entry: StateEntry): string {
  return entry.country === null ? entry.state : `${entry.country}-${entry.state}`;
}

/**
 * Whether a state entry matches a lead's (normalised) country and state. A lead without a state matches nothing.
 *
 * @example
 * stateEntryMatches({ country: 'US', state: 'WA' }, 'AU', 'WA'); // → false
 * stateEntryMatches({ country: null, state: 'WA' }, 'AU', 'WA'); // → true
 */
export function stateEntryMatches(entry: StateEntry, country: string, state: string): boolean {
  return state === entry.state && (entry.country === null || entry.country === country);
}
