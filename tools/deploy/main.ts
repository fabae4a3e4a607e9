/** `npm run deploy|validate|cli:install`: suitecloud.ts on this process's arguments; one readable message on failure. */
import path from 'node:path';
import { installCli, runSuitecloud, type ToolContext } from './suitecloud';

const context: ToolContext = {
  root: path.resolve(__dirname, '..', '..'),
  env: process.env,
  io: { say: (text) => process.stderr.write(`${text}\n`) },
  nodeVersion: process.versions.node,
};
const [action, ...args] = process.argv.slice(2);

try {
  if (action === 'deploy' || action === 'validate') process.exitCode = runSuitecloud(action, args, context);
  else if (action === 'install-cli') process.exitCode = installCli(context);
  else throw new Error(`unknown action ${JSON.stringify(action)}: give deploy, validate or install-cli`);
} catch (error) {
  context.io.say((error as Error).message);
  process.exitCode = 1;
}
