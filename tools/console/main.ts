/** `npm run console`: the console's command line (cli.ts) on this process; Ctrl-C closes the server and exits 0. */
import { startConsole } from './cli';

void startConsole(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((started) => {
  if (typeof started === 'number') {
    process.exitCode = started;
    return;
  }
  process.once('SIGINT', () => {
    process.stderr.write('Stopping the console.\n');
    started.server.closeAllConnections();
    started.server.close(() => process.exit(0));
  });
});
