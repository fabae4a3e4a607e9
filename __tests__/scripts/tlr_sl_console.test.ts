// customscript_tlr_sl_console through Oracle's N-module stubs: the entry point hands the request to the console,
// which answers every failure with one line — on the page, or as {"error"} — and logs the details.
import log from 'N/log';
import runtime from 'N/runtime';
import search from 'N/search';
import url from 'N/url';
import entry from '../../src/scripts/tlr_sl_console';

jest.mock('N/http');
jest.mock('N/url');

function request(parameters: Record<string, string>) {
  const written: string[] = [];
  const headers: Record<string, string> = {};
  const response = {
    write: (options: { output: string }) => void written.push(options.output),
    setHeader: (options: { name: string; value: string }) => void (headers[options.name] = options.value),
  };
  entry.onRequest({ request: { method: 'GET', parameters }, response } as never);
  return { body: written.join(''), headers };
}

beforeEach(() => {
  (runtime.getCurrentScript as jest.Mock).mockReturnValue({ getRemainingUsage: () => 1000 });
  (url.resolveScript as jest.Mock).mockReturnValue('/app/site/hosting/scriptlet.nl?script=12&deploy=1');
  (search.create as unknown as jest.Mock).mockImplementation(() => {
    throw Object.assign(new Error('An unexpected error occurred.'), { name: 'UNEXPECTED_ERROR' });
  });
});

it('answers a failure with one line on the page, never a stack trace, and logs it', () => {
  const { body, headers } = request({ action: 'realign' });
  expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  expect(body).toContain('<div class="message error" role="alert">The console could not answer (UNEXPECTED_ERROR): An unexpected error occurred.</div>');
  expect(body).not.toMatch(/\n\s+at /);
  expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ title: 'Routing console failed' }));
});

it('answers a failure as {"error"} when JSON was asked for', () => {
  const { body, headers } = request({ action: 'realign', format: 'json' });
  expect(headers['Content-Type']).toBe('application/json; charset=utf-8');
  expect(JSON.parse(body)).toEqual({ error: 'The console could not answer (UNEXPECTED_ERROR): An unexpected error occurred.' });
});

it('refuses bad input before touching NetSuite: no search, no units', () => {
  const { body } = request({ action: 'test', country: 'ZZ', format: 'json' });
  expect(JSON.parse(body)).toEqual({ error: 'country: "ZZ" is not an ISO 3166-1 alpha-2 country code (e.g. US, DE, GB)' });
  expect(search.create).not.toHaveBeenCalled();
});
