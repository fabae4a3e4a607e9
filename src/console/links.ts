/**
 * Links and forms that come back to the console. NetSuite addresses a Suitelet as
 * `/app/site/hosting/scriptlet.nl?script=…&deploy=…`: a link adds its parameters to that address, and a GET form
 * carries the address's own parameters as hidden fields (a browser drops the query of a GET form's action).
 */
import { html, type Html } from './html';

export interface ConsoleAddress {
  path: string;
  params: readonly [string, string][];
}

/** @example consoleAddress('/app/site/hosting/scriptlet.nl?script=5&deploy=1'); // { path: '/app/site/hosting/scriptlet.nl', params: [['script', '5'], ['deploy', '1']] } */
export function consoleAddress(url: string): ConsoleAddress {
  const query = url.indexOf('?');
  if (query < 0) return { path: url, params: [] };
  return { path: url.slice(0, query), params: [...new URLSearchParams(url.slice(query + 1))] };
}

/** @example linkTo(address, { action: 'realign' }); // '/app/site/hosting/scriptlet.nl?script=5&deploy=1&action=realign' */
export function linkTo(address: ConsoleAddress, params: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams([...address.params]);
  for (const [name, value] of Object.entries(params)) query.set(name, value);
  return `${address.path}?${query.toString()}`;
}

/** The hidden fields a form needs to reach the console, plus its own. */
export function hiddenFields(address: ConsoleAddress, own: Readonly<Record<string, string>>): Html {
  const fields = [...address.params.filter(([name]) => !(name in own)), ...Object.entries(own)];
  return html`${fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}`;
}
