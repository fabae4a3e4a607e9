/** N/runtime: the current script (parameters, remaining usage), user, execution context and enums. */
import type { Execution } from '../execution';
import { requiredString } from './options';

/** runtime.ContextType as @hitc/netsuite-types lists it. */
export const CONTEXT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  ACTION: 'ACTION',
  ADVANCEDREVREC: 'ADVANCEDREVREC',
  BANKCONNECTIVITY: 'BANKCONNECTIVITY',
  BANKSTATEMENTPARSER: 'BANKSTATEMENTPARSER',
  BUNDLE_INSTALLATION: 'BUNDLEINSTALLATION',
  CLIENT: 'CLIENT',
  CONSOLRATEADJUSTOR: 'CONSOLRATEADJUSTOR',
  CSV_IMPORT: 'CSVIMPORT',
  CUSTOMGLLINES: 'CUSTOMGLLINES',
  CUSTOM_MASSUPDATE: 'CUSTOMMASSUPDATE',
  DATASETBUILDER: 'DATASETBUILDER',
  DEBUGGER: 'DEBUGGER',
  EMAIL_CAPTURE: 'EMAILCAPTURE',
  FICONNECTIVITY: 'FICONNECTIVITY',
  FIPARSER: 'FIPARSER',
  MAP_REDUCE: 'MAPREDUCE',
  NONE: 'NONE',
  PAYMENTGATEWAY: 'PAYMENTGATEWAY',
  PAYMENTPOSTBACK: 'PAYMENTPOSTBACK',
  PLATFORMEXTENSION: 'PLATFORMEXTENSION',
  PORTLET: 'PORTLET',
  PROMOTIONS: 'PROMOTIONS',
  RESTLET: 'RESTLET',
  REST_WEBSERVICES: 'RESTWEBSERVICES',
  SCHEDULED: 'SCHEDULED',
  SDF_INSTALLATION: 'SDFINSTALLATION',
  SHIPPING_PARTNERS: 'SHIPPINGPARTNERS',
  SUITELET: 'SUITELET',
  TAX_CALCULATION: 'TAXCALCULATION',
  USEREVENT: 'USEREVENT',
  USER_INTERFACE: 'USERINTERFACE',
  WEBAPPLICATION: 'WEBAPPLICATION',
  WEBSERVICES: 'WEBSERVICES',
  WEBSTORE: 'WEBSTORE',
  WORKBOOKBUILDER: 'WORKBOOKBUILDER',
  WORKFLOW: 'WORKFLOW',
});

// Frozen, so every execution can share them (the module is built for each execution that reads it).
const ENV_TYPES = Object.freeze({ SANDBOX: 'SANDBOX', PRODUCTION: 'PRODUCTION', BETA: 'BETA', INTERNAL: 'INTERNAL' });
const PERMISSIONS = Object.freeze({ FULL: 4, EDIT: 3, CREATE: 2, VIEW: 1, NONE: 0 });

export function createRuntimeModule(execution: Execution) {
  const { account } = execution;
  let session: Map<string, string> | undefined;
  const runtime = {
    ContextType: CONTEXT_TYPES,
    EnvType: ENV_TYPES,
    Permission: PERMISSIONS,
    accountId: 'EMULATED',
    envType: 'SANDBOX',
    version: '2026.1',
    country: 'US',
    queueCount: 1,
    processorCount: 1,

    getCurrentScript() {
      return {
        id: execution.scriptId,
        deploymentId: execution.deploymentId,
        apiVersion: '2.1',
        bundleIds: [] as string[],
        logLevel: execution.deployment?.logLevel ?? 'DEBUG',
        percentComplete: 0,
        // Methods, not arrow properties: under tsx (keepNames) each arrow made here cost a defineProperty call.
        getParameter(options: Record<string, unknown>) {
          return execution.parameter(requiredString(options, 'name'));
        },
        getRemainingUsage() {
          return execution.meter.remaining();
        },
      };
    },

    getCurrentUser() {
      const { user } = account;
      return {
        ...user,
        roleCenter: 'BASIC',
        department: 0,
        location: 0,
        contact: 0,
        getPreference() {
          return null;
        },
        getPermission() {
          return 4;
        },
      };
    },

    getCurrentSession() {
      return {
        get(options: Record<string, unknown>) {
          return session?.get(requiredString(options, 'name')) ?? null;
        },
        set(options: Record<string, unknown>) {
          (session ??= new Map()).set(requiredString(options, 'name'), String(options.value ?? ''));
        },
      };
    },

    isFeatureInEffect(options: Record<string, unknown>) {
      return account.features.has(requiredString(options, 'feature').toUpperCase());
    },
  };
  // Read-only, as a getter made it; an accessor in the literal put every runtime module in dictionary mode (~1 KB).
  return Object.defineProperty(runtime, 'executionContext', { value: execution.executionContext, enumerable: true }) as typeof runtime & { readonly executionContext: string };
}
