// SuiteCloud CLI project configuration. FileCabinet/, Objects/, manifest.xml and deploy.xml sit at the repository root.
// Every deploy and validate first builds the bundles and runs the whole test suite; a failure stops the command.
const { execSync } = require('child_process');

function buildAndTest(context) {
  execSync('npm test', { stdio: 'inherit' });
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
