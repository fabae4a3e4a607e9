/**
 * N/url, the part Suitelets use to link to themselves: resolveScript. NetSuite answers
 * `/app/site/hosting/scriptlet.nl?script=<internal id>&deploy=<internal id>`; the emulator keeps the script and
 * deployment ids as text in the same shape (its scripts have no internal ids), and any extra params after them.
 * 0 units.
 */
import { missingArgument, notEmulated } from '../errors';

export const SUITELET_PATH = '/app/site/hosting/scriptlet.nl';

/** @example scriptUrl('customscript_x', 'customdeploy_x', { action: 'test' }); // '/app/site/hosting/scriptlet.nl?script=customscript_x&deploy=customdeploy_x&action=test' */
export function scriptUrl(scriptId: string, deploymentId: string, params: Readonly<Record<string, unknown>>): string {
  const query = new URLSearchParams({ script: scriptId.toLowerCase(), deploy: deploymentId.toLowerCase() });
  for (const [name, value] of Object.entries(params)) query.append(name, String(value));
  return `${SUITELET_PATH}?${query.toString()}`;
}

export function createUrlModule() {
  return {
    resolveScript(options: { scriptId?: unknown; deploymentId?: unknown; params?: Record<string, unknown>; returnExternalUrl?: unknown }) {
      if (!options?.scriptId) throw missingArgument('scriptId');
      if (!options.deploymentId) throw missingArgument('deploymentId');
      if (options.returnExternalUrl === true) throw notEmulated('url.resolveScript with returnExternalUrl');
      return scriptUrl(String(options.scriptId), String(options.deploymentId), options.params ?? {});
    },
  };
}
