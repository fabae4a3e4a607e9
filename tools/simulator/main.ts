/** `npm run simulate`: the simulator's command line (cli.ts) on this process's arguments and streams. */
import { runSimulator } from './cli';

process.exitCode = runSimulator(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true,
});
