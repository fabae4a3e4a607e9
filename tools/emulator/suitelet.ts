/**
 * A Suitelet's context as N/http hands it to onRequest: a ServerRequest (method, parameters, headers, url, body) and
 * a ServerResponse that collects what the script writes (write, writeLine, setHeader, addHeader, getHeader,
 * sendRedirect). The host reads the collected response as status, headers and body: what a browser would get.
 */
import { missingArgument, notEmulated } from './errors';
import { scriptUrl } from './modules/url';

export interface SuiteletRequest {
  method: 'GET' | 'POST';
  /** Query and form parameters, by name (the last value when a name repeats, as NetSuite's `parameters` map). */
  parameters: Readonly<Record<string, string>>;
  headers?: Readonly<Record<string, string>>;
  body?: string;
}

export interface SuiteletResponse {
  status: number;
  /** Header names lower case. */
  headers: Record<string, string>;
  body: string;
}

function headerArguments(args: unknown[]): { name: string; value: string } {
  const [first, second] = args;
  const options = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : { name: first, value: second };
  if (options.name === undefined || options.name === null || options.name === '') throw missingArgument('name');
  return { name: String(options.name), value: String(options.value ?? '') };
}

/** The context onRequest receives, and the response it builds. `url` is the Suitelet's own address. */
export function suiteletContext(request: SuiteletRequest, url: string) {
  const response: SuiteletResponse = { status: 200, headers: {}, body: '' };
  const serverRequest = Object.freeze({
    method: request.method,
    parameters: Object.freeze({ ...request.parameters }),
    headers: Object.freeze({ ...request.headers }),
    url,
    body: request.body ?? '',
    clientIpAddress: '127.0.0.1',
  });
  const serverResponse = {
    write(options: unknown) {
      const output = typeof options === 'object' && options !== null ? (options as { output?: unknown }).output : options;
      if (output === undefined || output === null) throw missingArgument('output');
      response.body += String(output);
    },
    writeLine(options: unknown) {
      const output = typeof options === 'object' && options !== null ? (options as { output?: unknown }).output : options;
      response.body += `${String(output ?? '')}\n`;
    },
    setHeader(...args: unknown[]) {
      const { name, value } = headerArguments(args);
      response.headers[name.toLowerCase()] = value;
    },
    addHeader(...args: unknown[]) {
      const { name, value } = headerArguments(args);
      const key = name.toLowerCase();
      response.headers[key] = response.headers[key] === undefined ? value : `${response.headers[key]}, ${value}`;
    },
    getHeader(options: unknown) {
      const name = typeof options === 'object' && options !== null ? (options as { name?: unknown }).name : options;
      return response.headers[String(name).toLowerCase()];
    },
    /** Only redirects to a Suitelet are emulated: they answer 302 with the Suitelet's address. */
    sendRedirect(options: { type?: string; identifier?: string; id?: string; parameters?: Record<string, unknown> }) {
      if (options?.type !== 'SUITELET') throw notEmulated(`ServerResponse.sendRedirect of type ${String(options?.type)}`);
      if (!options.identifier) throw missingArgument('identifier');
      response.status = 302;
      response.headers['location'] = scriptUrl(String(options.identifier), String(options.id ?? ''), options.parameters ?? {});
    },
    writePage() {
      throw notEmulated('ServerResponse.writePage (N/ui/serverWidget)');
    },
    writeFile() {
      throw notEmulated('ServerResponse.writeFile');
    },
  };
  return { context: { request: serverRequest, response: serverResponse }, response };
}
