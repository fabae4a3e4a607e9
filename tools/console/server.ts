/**
 * The console's local web server: binds 127.0.0.1 only, hands every request to the Suitelet through the console
 * host (query and urlencoded form parameters merged, as NetSuite's `request.parameters`), and answers with what
 * the Suitelet wrote. A job the request queued runs right after the answer is sent, so the next page shows it done.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { ConsoleHost } from './consoleHost';

/** Form bodies larger than this are refused: no console form comes near it. */
const MAX_BODY_BYTES = 64 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (Buffer.byteLength(body) > MAX_BODY_BYTES) reject(new Error('request body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

async function parameters(request: IncomingMessage, url: URL): Promise<Record<string, string>> {
  const params = Object.fromEntries(url.searchParams);
  if (request.method !== 'POST') return params;
  return { ...params, ...Object.fromEntries(new URLSearchParams(await readBody(request))) };
}

/**
 * Starts serving on 127.0.0.1:`port` (0 = any free port); resolves with the server and the address it printed.
 *
 * @example
 * const { address } = await startConsoleServer(host, 8420); // 'http://127.0.0.1:8420/'
 */
export function startConsoleServer(host: ConsoleHost, port: number): Promise<{ server: Server; address: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(404).end();
      return;
    }
    const method = request.method === 'POST' ? 'POST' : 'GET';
    parameters(request, url)
      .then((params) => {
        const answer = host.request(method, params);
        response.writeHead(answer.status, answer.headers).end(answer.body);
        setImmediate(() => host.runPendingJobs());
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`The local console failed: ${(error as Error).message}`);
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const bound = server.address();
      const actualPort = typeof bound === 'object' && bound !== null ? bound.port : port;
      resolve({ server, address: `http://127.0.0.1:${actualPort}/` });
    });
  });
}
