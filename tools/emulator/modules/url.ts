/**
 * N/url (0 units): the Suitelet's link to itself (resolveScript) and links to records (resolveDomain, resolveRecord).
 * For resolveScript NetSuite answers `/app/site/hosting/scriptlet.nl?script=<internal id>&deploy=<internal id>`; the
 * emulator keeps the script and deployment ids as text in the same shape (its scripts have no internal ids), and any
 * extra params after them. The domain is a fixed emulated host; a record's path is the one NetSuite uses for entities
 * and custom records.
 */
import { missingArgument, notEmulated } from '../errors';

export const SUITELET_PATH = '/app/site/hosting/scriptlet.nl';

/** The application domain every emulated account answers on. */
export const EMULATED_APP_DOMAIN = 'emulated.app.netsuite.com';

const ENTITY_PATHS: Readonly<Record<string, string>> = {
  lead: '/app/common/entity/custjob.nl',
  prospect: '/app/common/entity/custjob.nl',
  customer: '/app/common/entity/custjob.nl',
  employee: '/app/common/entity/employee.nl',
};

/** @example scriptUrl('customscript_x', 'customdeploy_x', { action: 'test' }); // '/app/site/hosting/scriptlet.nl?script=customscript_x&deploy=customdeploy_x&action=test' */
export function scriptUrl(scriptId: string, deploymentId: string, params: Readonly<Record<string, unknown>>): string {
  const query = new URLSearchParams({ script: scriptId.toLowerCase(), deploy: deploymentId.toLowerCase() });
  for (const [name, value] of Object.entries(params)) query.append(name, String(value));
  return `${SUITELET_PATH}?${query.toString()}`;
}

/** @example recordUrl('lead', '1042', false); // '/app/common/entity/custjob.nl?id=1042' */
export function recordUrl(recordType: string, recordId: string, editMode: boolean): string {
  const type = recordType.toLowerCase();
  const path = ENTITY_PATHS[type] ?? `/app/common/custom/custrecordentry.nl?rectype=${encodeURIComponent(type)}`;
  const query = [`id=${encodeURIComponent(recordId)}`, ...(editMode ? ['e=T'] : [])].join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

export function createUrlModule() {
  return {
    HostType: { APPLICATION: 'APPLICATION', CUSTOMER_CENTER: 'CUSTOMERCENTER', RESTLET: 'RESTLET', SUITETALK: 'SUITETALK', FORM: 'FORM' },
    resolveScript(options: { scriptId?: unknown; deploymentId?: unknown; params?: Record<string, unknown>; returnExternalUrl?: unknown }) {
      if (!options?.scriptId) throw missingArgument('scriptId');
      if (!options.deploymentId) throw missingArgument('deploymentId');
      if (options.returnExternalUrl === true) throw notEmulated('url.resolveScript with returnExternalUrl');
      return scriptUrl(String(options.scriptId), String(options.deploymentId), options.params ?? {});
    },
    resolveDomain(options: { hostType?: string }): string {
      if (!options?.hostType) throw missingArgument('hostType');
      return EMULATED_APP_DOMAIN;
    },
    resolveRecord(options: { recordType?: string; recordId?: string | number; isEditMode?: boolean }): string {
      if (!options?.recordType) throw missingArgument('recordType');
      return recordUrl(options.recordType, String(options.recordId ?? ''), options.isEditMode === true);
    },
  };
}
