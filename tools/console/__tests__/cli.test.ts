import type { Server } from 'node:http';
import path from 'node:path';
import { DEFAULT_PORT, parseConsoleOptions, startConsole, USAGE } from '../cli';

const EXAMPLE = path.resolve(__dirname, '../../../sample/example-account.json');

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, streams: { stdout: (text: string) => void (out.stdout += text), stderr: (text: string) => void (out.stderr += text) } };
}

describe('npm run console: command line', () => {
  it('serves on port 8420 by default, or the port given', () => {
    expect(parseConsoleOptions([])).toEqual({ port: DEFAULT_PORT, help: false });
    expect(parseConsoleOptions(['--account', 'a.json', '--port', '0'])).toEqual({ account: 'a.json', port: 0, help: false });
  });

  it.each([[['--port', 'http']], [['--port', '70000']], [['--bogus']], [['--port']]])('refuses %j with the usage and exit code 2', async (argv) => {
    const { out, streams } = io();
    expect(await startConsole(argv, streams)).toBe(2);
    expect(out.stderr).toContain(USAGE);
  });

  it('says why an account file cannot be read, exit code 1', async () => {
    const { out, streams } = io();
    expect(await startConsole(['--account', 'no-such-file.json'], streams)).toBe(1);
    expect(out.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('loads the account, serves the console on 127.0.0.1 and prints the address', async () => {
    const { out, streams } = io();
    const started = await startConsole(['--account', EXAMPLE, '--port', '0'], streams);
    if (typeof started === 'number') throw new Error(`did not start: ${out.stderr}`);
    const server: Server = started.server;
    try {
      expect(out.stdout).toMatch(/^Routing console: http:\/\/127\.0\.0\.1:\d+\/\?action=test {2}\(Ctrl-C stops it\)\n$/);
      const answer = await fetch(`${started.address}?action=test&country=US&state=CA&format=json`);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await answer.json()).toMatchObject({ status: 'ROUTED', salesrep: '7', territory: '1' });
      const form = await fetch(`${started.address}?action=realign`, { method: 'POST', body: new URLSearchParams({ mode: 'PREVIEW' }), redirect: 'manual' });
      expect(form.status).toBe(302);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    // Room for a build when src/ is newer than FileCabinet/.
  }, 120_000);
});
