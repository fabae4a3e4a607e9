import { normaliseCode } from './lists';
import type { Parsed } from './parsed';

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 country codes, plus `XK` (Kosovo): user-assigned in ISO, but
 * NetSuite's address country list carries it, so leads can have it. Reserved codes (`EU`, `UK`) stay out.
 * In alphabetical order, each code and one separator taking three characters, so a code is found by binary search
 * in the text itself: a set would be built again on every execution (NetSuite runs a script's whole file each
 * time), and decoding a lead's part of the cached plan checks every country it names.
 */
const ISO_3166_ALPHA_2 = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
XK
YE YT
ZA ZM ZW`;

/** Every officially assigned ISO 3166-1 alpha-2 code and XK, upper case, in alphabetical order. */
export function countryCodes(): string[] {
  return ISO_3166_ALPHA_2.split(/\s/);
}

/**
 * Whether `code` is an officially assigned ISO 3166-1 alpha-2 code. Exact: callers upper-case first.
 *
 * @example
 * isCountryCode('DE'); // → true
 * isCountryCode('UK'); // → false (the United Kingdom is GB)
 */
export function isCountryCode(code: string): boolean {
  if (code.length !== 2) return false;
  let low = 0;
  let high = (ISO_3166_ALPHA_2.length + 1) / 3 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = middle * 3;
    const order = ISO_3166_ALPHA_2.charCodeAt(at) - code.charCodeAt(0) || ISO_3166_ALPHA_2.charCodeAt(at + 1) - code.charCodeAt(1);
    if (order === 0) return true;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * Parses one entry of the countries list; case-insensitive.
 *
 * @example
 * parseCountryEntry(' de '); // → { ok: true, value: 'DE' }
 * parseCountryEntry('USA');  // → { ok: false, code: 'UNKNOWN_COUNTRY', reason: 'is not an ISO 3166-1 alpha-2 country code' }
 */
export function parseCountryEntry(entry: string): Parsed<string> {
  const code = normaliseCode(entry);
  if (isCountryCode(code)) return { ok: true, value: code };
  return { ok: false, code: 'UNKNOWN_COUNTRY', reason: 'is not an ISO 3166-1 alpha-2 country code' };
}
