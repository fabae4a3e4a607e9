/**
 * N/config (config.load, 10 units): Company Information, the one configuration page the scripts read, with its Time
 * Zone (`timezone`, an IANA name such as `Australia/Sydney`, the account's setting). getText answers the same name
 * (the emulator keeps no display labels). Other pages are not emulated.
 */
import { notEmulated } from '../errors';
import type { Execution } from '../execution';
import { optionsOf, requiredString } from './options';

const TYPES = Object.freeze({
  USER_PREFERENCES: 'userpreferences',
  COMPANY_INFORMATION: 'companyinformation',
  COMPANY_PREFERENCES: 'companypreferences',
  ACCOUNTING_PREFERENCES: 'accountingpreferences',
  MANUFACTURING_PREFERENCES: 'manufacturingpreferences',
  ACCOUNTING_PERIODS: 'accountingperiods',
  TAX_PERIODS: 'taxperiods',
  FEATURES: 'companyfeatures',
  TIME_POST: 'timepost',
  TIME_VOID: 'timevoid',
});

export function createConfigModule(execution: Execution) {
  return {
    Type: TYPES,
    load(...args: unknown[]) {
      const type = requiredString(optionsOf(args, ['type']), 'type').toLowerCase();
      if (type !== TYPES.COMPANY_INFORMATION) throw notEmulated(`config.load of ${type}`);
      execution.meter.charge('config.load');
      const fields: Readonly<Record<string, string>> = { timezone: execution.account.companyTimeZone };
      const read = (...fieldArgs: unknown[]) => fields[requiredString(optionsOf(fieldArgs, ['fieldId']), 'fieldId').toLowerCase()] ?? '';
      return { type, getValue: read, getText: read };
    },
  };
}
