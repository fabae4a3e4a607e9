/**
 * The company's time zone (Setup > Company > Company Information, Time Zone): the routing day of every territory
 * without working hours of its own (SPEC §3.4). Read when the plan is built and kept with it, never per lead.
 */
import config from 'N/config';
import log from 'N/log';
import { isTimeZone } from '../engine';

/** NetSuite's server time, Pacific: what an account that names no usable time zone is taken to keep. */
export const SERVER_TIME_ZONE = 'America/Los_Angeles';

/**
 * Company Information's Time Zone as an IANA name (10 units, config.load). When it cannot be read (a role without
 * access to Company Information) or this runtime's Intl does not know it, the server's zone, logged; when even that
 * is unknown (a runtime without time zone data), UTC, which every Intl knows.
 *
 * @example
 * readCompanyTimeZone(); // 'Australia/Sydney'
 */
export function readCompanyTimeZone(): string {
  let configured = '';
  try {
    configured = String(config.load({ type: config.Type.COMPANY_INFORMATION }).getValue({ fieldId: 'timezone' }) ?? '');
  } catch (readError) {
    log.error({ title: 'Company time zone not readable', details: `${(readError as Error).message ?? String(readError)}; routing days use ${SERVER_TIME_ZONE}` });
    return usableFallback();
  }
  if (isTimeZone(configured)) return configured;
  log.error({ title: 'Company time zone not known to this runtime', details: `"${configured}"; routing days use ${usableFallback()}` });
  return usableFallback();
}

function usableFallback(): string {
  return isTimeZone(SERVER_TIME_ZONE) ? SERVER_TIME_ZONE : 'UTC';
}
