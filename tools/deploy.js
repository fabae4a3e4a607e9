#!/usr/bin/env node
// `npm run deploy`: deploys the project with the SuiteCloud CLI, which administrators install themselves
// (it downloads a JAR from Oracle at install time, so it cannot be a dependency of this project).
// The CLI's own hook (suitecloud.config.js) builds and runs every test before the deploy.
const { spawnSync } = require('child_process');

function findCli() {
  const probe = spawnSync('suitecloud', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

const version = findCli();
if (!version) {
  console.error(
    [
      'The SuiteCloud CLI (`suitecloud`) is not installed, so nothing was deployed.',
      '',
      'Install it once on this machine (it needs Node.js 22 LTS and Oracle JDK 17 or 21):',
      '  npm install -g --acceptSuiteCloudSDKLicense @oracle/suitecloud-cli',
      'Then link this project to your account (opens a browser to log in):',
      '  suitecloud account:setup',
      'and run `npm run deploy` again. See docs/admin-guide.md for the whole procedure.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Using SuiteCloud CLI ${version}`);
const result = spawnSync('suitecloud', ['project:deploy', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
