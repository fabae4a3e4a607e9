/**
 * The export view's page and its writes, through the BUILT Suitelet: GET reads and writes nothing (the page, or the
 * export itself with format=json); only a POST saves a file, then the page links to it and the link downloads the
 * file; bad input is one escaped line; the download serves saved exports and nothing else.
 */
import { escapeHtml } from '../../src/console/html';
import { openConsole, type ConsoleHost } from '../../tools/console/consoleHost';
import { exportAccount } from './exportAccount';

const HOSTILE = `<script>alert("x")</script>'`;

let host: ConsoleHost;
beforeEach(() => {
  host = openConsole(exportAccount());
});

function files(): string[] {
  return [...host.emulator.store.all('file')].map((record) => String(record.values['name']));
}

describe('export view', () => {
  it('GET shows the form (POST, days, pseudonymise) and writes nothing; format=json writes nothing either', () => {
    const before = files();
    const page = host.request('GET', { action: 'export' });
    expect(page.body).toMatch(/<form method="post"[^>]*id="export-form"/);
    expect(page.body).toContain('name="days" value="90"');
    expect(page.body).toContain('name="anonymize" value="T"');
    expect(page.body).toContain('No exports yet.');
    host.request('GET', { action: 'export', format: 'json', anonymize: 'T' });
    expect(files()).toEqual(before);
  });

  it('POST saves the export to the report folder and comes back to a page whose link downloads it', () => {
    const posted = host.request('POST', { action: 'export', days: '30', anonymize: 'T' });
    const location = String(posted.headers['location'] ?? '');
    const saved = /[?&]saved=(\d+)/.exec(location)?.[1];
    expect(saved).toBeDefined();
    const name = files().find((file) => file.startsWith('tlr_export_'));
    expect(name).toMatch(/^tlr_export_20261126T\d{6}Z_30d_pseudonymised\.json$/);

    const page = host.request('GET', { action: 'export', saved: saved!, days: '30', anonymize: 'T' });
    expect(page.body).toContain(`Saved ${name}`);
    expect(page.body).toMatch(new RegExp(`<a href="[^"]*action=exportfile&amp;file=${saved}" id="export-download">Download</a>`));
    const download = host.request('GET', { action: 'exportfile', file: saved! });
    expect(download.headers['content-type']).toMatch(/^application\/json/);
    expect(String(download.headers['content-disposition'])).toContain(name!);
    const direct = JSON.parse(host.request('GET', { action: 'export', format: 'json', days: '30', anonymize: 'T' }).body);
    expect(JSON.parse(download.body)).toEqual(direct);
    expect(host.request('GET', { action: 'export' }).body).toContain(`>${name}</a>`);
  });

  it('POST with format=json answers the saved file, its size and record count', () => {
    const answer = JSON.parse(host.request('POST', { action: 'export', format: 'json' }).body);
    expect(answer).toEqual({ file: expect.any(String), name: expect.stringMatching(/^tlr_export_.*_90d\.json$/), bytes: expect.any(Number), records: expect.any(Number) });
    expect(answer.records).toBeGreaterThan(20);
  });

  it('costs 105 units as JSON, 26 as a page (with the background export progress) and 140 to save: a fixed number of reads, none per record', () => {
    const units = (method: 'GET' | 'POST', params: Record<string, string>) => host.request(method, { action: 'export', ...params }).invocation.unitsUsed;
    expect([units('GET', { format: 'json' }), units('GET', {}), units('POST', {})]).toEqual([105, 26, 140]);
  });

  it.each([
    [{ days: HOSTILE }, 'days: '],
    [{ days: '0' }, 'days: "0" is not a whole number of days from 1 to 3650'],
    [{ anonymize: HOSTILE }, 'anonymize: '],
  ])('bad input %j is one escaped line, and nothing is saved', (params, expected) => {
    const page = host.request('POST', { action: 'export', ...params }).body;
    expect(page).toContain(escapeHtml(expected));
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain(`"x")`);
    expect(files().some((file) => file.startsWith('tlr_export_'))).toBe(false);
    const json = JSON.parse(host.request('GET', { action: 'export', format: 'json', ...params }).body);
    expect(Object.keys(json)).toEqual(['error']);
    expect(json.error).toContain(expected);
  });

  it('the download serves saved exports only', () => {
    host.request('POST', { action: 'realign', mode: 'PREVIEW' });
    host.runPendingJobs();
    const report = [...host.emulator.store.all('file')].find((record) => String(record.values['name']).startsWith('tlr_realign_'))!;
    for (const file of [report.id, '99999', HOSTILE]) {
      const answer = host.request('GET', { action: 'exportfile', file });
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.body).toContain('is not a saved export');
      expect(answer.body).not.toContain('<script>alert');
    }
  });
});
