// SuiteCloud CLI project configuration. FileCabinet/, Objects/, manifest.xml and deploy.xml sit at the repository root.
// Every deploy and validate first builds the bundles and runs the whole test suite; a failure stops the command.
// One exception keeps the tests from running twice: `npm run validate` validates locally, then against the account,
// and marks the second run with its own process id (TLR_BUILT_AND_TESTED_BY); the mark counts only when it names
// the process that started this CLI, so it cannot be left set by accident.
const { execSync } = require('child_process');

function builtAndTestedByParent() {
  return process.env.TLR_BUILT_AND_TESTED_BY === String(process.ppid);
}

function buildAndTest(context) {
  if (!builtAndTestedByParent()) execSync('npm test', { stdio: 'inherit' });
  return context;
}

function build(context) {
  execSync('npm run build', { stdio: 'inherit' });
  return context;
}

module.exports = {
  defaultProjectFolder: '.',
  commands: {
    'project:deploy': { beforeExecuting: buildAndTest },
    'project:validate': { beforeExecuting: buildAndTest },
    'file:upload': { beforeExecuting: build },
  },
};
