/**
 * Entries of the TEXTAREA list fields (countries, states, postal patterns) and how their codes compare.
 */

const SEPARATORS = /[,;\r\n]+/;

/**
 * Splits a TEXTAREA list into its entries: separated by commas, semicolons or line breaks, trimmed, empty
 * entries dropped. Spaces inside an entry are kept (`SW1A 1AA` is one entry).
 *
 * @example
 * splitList('US, CA;\n MX ,,'); // → ['US', 'CA', 'MX']
 */
export function splitList(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * The form in which country and state codes are compared: trimmed and upper case.
 *
 * @example
 * normaliseCode(' us '); // → 'US'
 */
export function normaliseCode(text: string): string {
  return text.trim().toUpperCase();
}
