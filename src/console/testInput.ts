/**
 * The test view's input (SPEC §6): lead facts from the request's parameters, or an existing lead's id, and the rep
 * a "why not?" asks about. Bad input is refused with one line naming the field and the entry; nothing runs then.
 */
import { isCountryCode, type LeadFacts } from '../engine';

/** The facts parameters of SPEC §6, in the form's order. */
export const FACT_PARAMS = ['country', 'state', 'zip', 'leadsource', 'category', 'subsidiary', 'email', 'companyname', 'salesrep'] as const;
export type FactParam = (typeof FACT_PARAMS)[number];

/** What a lead can hold (NetSuite's field lengths): a longer value could not be on a lead created now. */
const TEXT_LIMITS: Readonly<Partial<Record<FactParam, number>>> = { state: 30, zip: 36, email: 254, companyname: 83 };
const SELECT_PARAMS: ReadonlySet<FactParam> = new Set(['leadsource', 'category', 'subsidiary', 'salesrep']);
/** Internal ids are whole numbers of up to 15 digits. */
const INTERNAL_ID = /^[1-9]\d{0,14}$/;

export type TestSubject = { kind: 'facts'; facts: LeadFacts } | { kind: 'lead'; leadId: string };

export type TestInput =
  /** Nothing asked yet: the page shows the empty form. */
  | { kind: 'form' }
  | { kind: 'test'; subject: TestSubject; rep: string | null }
  | { kind: 'refused'; message: string };

export class InputError extends Error {}

/** @example quoted('a"b'); // '"a\\"b"' — a value as a message shows it: short, on one line */
export function quoted(value: string): string {
  const oneLine = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return JSON.stringify(oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine);
}

function internalId(field: string, value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!INTERNAL_ID.test(trimmed)) throw new InputError(`${field}: ${quoted(value)} is not an internal id (a whole number)`);
  return trimmed;
}

function factText(field: FactParam, value: string): string {
  const trimmed = value.trim();
  const limit = TEXT_LIMITS[field];
  if (limit !== undefined && trimmed.length > limit) throw new InputError(`${field}: ${quoted(value)} is longer than the ${limit} characters a lead holds`);
  return trimmed;
}

function country(value: string): string {
  const code = value.trim().toUpperCase();
  if (code !== '' && !isCountryCode(code)) throw new InputError(`country: ${quoted(value)} is not an ISO 3166-1 alpha-2 country code (e.g. US, DE, GB)`);
  return code;
}

/** Facts as a lead created now would have them; `subsidiary` only where the account has subsidiaries. */
function factsOf(params: Readonly<Record<string, string>>, oneWorld: boolean): LeadFacts {
  const value = (field: FactParam) => params[field] ?? '';
  for (const field of SELECT_PARAMS) internalId(field, value(field));
  return {
    id: null,
    country: country(value('country')),
    state: factText('state', value('state')),
    postalCode: factText('zip', value('zip')),
    leadSource: internalId('leadsource', value('leadsource')),
    category: internalId('category', value('category')),
    subsidiary: oneWorld ? internalId('subsidiary', value('subsidiary')) : null,
    email: factText('email', value('email')),
    companyName: factText('companyname', value('companyname')),
    salesRepId: internalId('salesrep', value('salesrep')),
  };
}

/**
 * Reads the test view's parameters. A test runs when the request carries any fact, `lead` or `rep` (a submitted
 * form carries them all), or asks for JSON; `lead` wins over the facts.
 *
 * @example
 * readTestInput({ country: 'us', state: 'CA' }, true, false); // { kind: 'test', subject: { kind: 'facts', facts: { country: 'US', … } }, rep: null }
 * readTestInput({ country: 'ZZ' }, true, false); // { kind: 'refused', message: 'country: "ZZ" is not an ISO 3166-1 alpha-2 country code (e.g. US, DE, GB)' }
 */
export function readTestInput(params: Readonly<Record<string, string>>, oneWorld: boolean, json: boolean): TestInput {
  const asked = json || ['lead', 'rep', ...FACT_PARAMS].some((name) => params[name] !== undefined);
  if (!asked) return { kind: 'form' };
  try {
    const rep = internalId('rep', params['rep'] ?? '');
    const leadId = internalId('lead', params['lead'] ?? '');
    const subject: TestSubject = leadId === null ? { kind: 'facts', facts: factsOf(params, oneWorld) } : { kind: 'lead', leadId };
    return { kind: 'test', subject, rep };
  } catch (error) {
    if (error instanceof InputError) return { kind: 'refused', message: error.message };
    throw error;
  }
}
