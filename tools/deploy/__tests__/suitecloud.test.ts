/**
 * The SuiteCloud CLI in this project: pinned as an optional dependency, found (the project's own, else one on PATH,
 * else an explanation) and run by deploy and validate, installed by cli:install, and the tests run once per command.
 * The CLI and npm are stand-ins here: small shell scripts that record how they were called. The real CLI is never run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI_PACKAGE, installCli, nodeProblems, runSuitecloud, TESTED_BY_VARIABLE, type ToolContext } from '../suitecloud';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
const PINNED = packageJson.optionalDependencies![CLI_PACKAGE]!;

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'tlr-suitecloud-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

interface Call {
  who: string;
  args: string[];
  testedBy: string;
  parent: string;
  license?: string;
}

const records = (): Call[] =>
  existsSync(path.join(folder, 'calls.jsonl'))
    ? readFileSync(path.join(folder, 'calls.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Call)
    : [];

/** A stand-in executable that records its name, arguments, the tested-by mark and its parent process, then exits with `status`. */
function standIn(file: string, who: string, status = 0, extra = ''): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `#!/bin/sh
args=""; for a in "$@"; do args="$args\${args:+,}\\"$a\\""; done
printf '{"who":"%s","args":[%s],"testedBy":"%s","parent":"%s","license":"%s"}\\n' "${who}" "$args" "$${TESTED_BY_VARIABLE}" "$PPID" "$SUITECLOUD_CLI_ACCEPT_LICENSE" >> "${path.join(folder, 'calls.jsonl')}"
${extra}
exit ${status}
`,
  );
  chmodSync(file, 0o755);
}

/** A project folder with this project's package.json and lock; optionally its own CLI and an account set up. */
function project(options: { ownCli?: number; account?: boolean } = {}): string {
  const root = path.join(folder, 'project');
  mkdirSync(root, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(ROOT, file), path.join(root, file));
  if (options.ownCli !== undefined) standIn(path.join(root, 'node_modules', '.bin', 'suitecloud'), 'project', options.ownCli);
  if (options.account) writeFileSync(path.join(root, 'project.json'), JSON.stringify({ defaultAuthId: 'sandbox' }));
  return root;
}

/** A folder on PATH holding a global `suitecloud`. */
function globalCli(status = 0): string {
  standIn(path.join(folder, 'global', 'suitecloud'), 'global', status);
  return path.join(folder, 'global');
}

function context(root: string, pathFolders: string[] = [], nodeVersion = '24.11.0'): ToolContext & { said: string[] } {
  const said: string[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: [...pathFolders, '/usr/bin', '/bin'].join(path.delimiter) };
  delete env.npm_execpath;
  delete env[TESTED_BY_VARIABLE];
  return { root, env, io: { say: (text) => said.push(text) }, nodeVersion, said };
}

describe('package.json', () => {
  test('pins the SuiteCloud CLI as an optional dependency, at an exact version, and the lock agrees', () => {
    expect(PINNED).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.dependencies?.[CLI_PACKAGE]).toBeUndefined();
    expect(packageJson.devDependencies?.[CLI_PACKAGE]).toBeUndefined();
    expect(lock.packages['']!.optionalDependencies).toEqual({ [CLI_PACKAGE]: PINNED });
    expect(lock.packages[`node_modules/${CLI_PACKAGE}`]).toMatchObject({ version: PINNED, optional: true });
  });

  test('deploy, validate and cli:install go through the wrapper', () => {
    expect(packageJson.scripts).toMatchObject({
      deploy: 'tsx tools/deploy/main.ts deploy',
      validate: 'tsx tools/deploy/main.ts validate',
      'cli:install': 'tsx tools/deploy/main.ts install-cli',
    });
  });
});

describe('nodeProblems (from the locked packages of the pinned CLI)', () => {
  test('names each package that refuses a Node.js version, with its range', () => {
    expect(nodeProblems(ROOT, '20.20.2')).toContain('commander 15.0.0 wants Node.js >=22.12.0');
    expect(nodeProblems(ROOT, '22.12.0')).toEqual(expect.arrayContaining([expect.stringMatching(/^inquirer 14\.0\.2 wants Node\.js .*\^22\.13\.0/)]));
    expect(nodeProblems(ROOT, '24.11.0')).toEqual([]);
  });
});

describe('npm run deploy / validate', () => {
  test('use the project\'s own CLI when there is one, even with another on PATH', () => {
    const root = project({ ownCli: 0 });
    const tool = context(root, [globalCli()]);

    expect(runSuitecloud('deploy', ['--accountspecificvalues', 'WARNING'], tool)).toBe(0);

    expect(records().map((call) => [call.who, call.args])).toEqual([['project', ['project:deploy', '--accountspecificvalues', 'WARNING']]]);
    expect(tool.said).toEqual([`Using the project's SuiteCloud CLI: ${path.join(root, 'node_modules', '.bin', 'suitecloud')}`]);
  });

  test('else a suitecloud on PATH', () => {
    const root = project();
    const tool = context(root, [path.join(root, 'node_modules', '.bin'), globalCli()]);

    expect(runSuitecloud('deploy', [], tool)).toBe(0);

    expect(records().map((call) => [call.who, call.args])).toEqual([['global', ['project:deploy']]]);
  });

  test('else say exactly what to run, in one message, and run nothing', () => {
    const tool = context(project(), [], '20.20.2');

    expect(runSuitecloud('validate', [], tool)).toBe(1);

    expect(records()).toEqual([]);
    expect(tool.said).toHaveLength(1);
    expect(tool.said[0]).toContain('The SuiteCloud CLI (suitecloud) is not installed, so nothing was validated.');
    expect(tool.said[0]).toContain(`npm run cli:install     # the version this project pins, ${CLI_PACKAGE} ${PINNED}, into node_modules`);
    expect(tool.said[0]).toContain(`SUITECLOUD_CLI_ACCEPT_LICENSE=true npm install -g ${CLI_PACKAGE}@${PINNED}`);
    expect(tool.said[0]).toContain('Oracle JDK 17 or 21');
    expect(tool.said[0]).toContain('Its packages need a newer Node.js than 20.20.2 (commander 15.0.0 wants Node.js >=22.12.0');
    expect(tool.said[0]).toContain('npx suitecloud account:setup');
  });

  test('validate with an account set up: locally, then with --server marked as built and tested by this process', () => {
    const tool = context(project({ ownCli: 0, account: true }));

    expect(runSuitecloud('validate', [], tool)).toBe(0);

    expect(records()).toEqual([
      expect.objectContaining({ who: 'project', args: ['project:validate'], testedBy: '' }),
      expect.objectContaining({ who: 'project', args: ['project:validate', '--server'], testedBy: String(process.pid), parent: String(process.pid) }),
    ]);
  });

  test('validate without an account: locally only, and says so', () => {
    const tool = context(project({ ownCli: 0 }));

    expect(runSuitecloud('validate', [], tool)).toBe(0);

    expect(records().map((call) => call.args)).toEqual([['project:validate']]);
    expect(tool.said[1]).toMatch(/^No account is set up \(no project.json with a defaultAuthId\), so only the local validation ran/);
  });

  test('a failing CLI: its exit code, and no server validation after a failed local one', () => {
    const tool = context(project({ ownCli: 3, account: true }));

    expect(runSuitecloud('validate', [], tool)).toBe(3);

    expect(records().map((call) => call.args)).toEqual([['project:validate']]);
  });
});

describe('the CLI hook (suitecloud.config.js) builds and tests once', () => {
  /** Runs the hook of `command` in a child process, with a stand-in npm on PATH; returns the npm calls. */
  function hook(command: string, testedBy: string | undefined): string[][] {
    standIn(path.join(folder, 'bin', 'npm'), 'npm');
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(folder, 'bin')}${path.delimiter}${process.env.PATH ?? ''}` };
    delete env[TESTED_BY_VARIABLE];
    if (testedBy !== undefined) env[TESTED_BY_VARIABLE] = testedBy;
    const script = `const context = { arguments: {} }; const result = require(${JSON.stringify(path.join(ROOT, 'suitecloud.config.js'))}).commands[${JSON.stringify(command)}].beforeExecuting(context); if (result !== context) process.exit(9);`;
    const child = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    expect(child.status).toBe(0);
    return records().map((call) => call.args);
  }

  test.each(['project:deploy', 'project:validate'])('%s: builds and tests', (command) => {
    expect(hook(command, undefined)).toEqual([['test']]);
  });

  test('project:validate marked by the process that started it: no second build and test', () => {
    expect(hook('project:validate', String(process.pid))).toEqual([]);
  });

  test('a mark naming another process does not skip anything', () => {
    expect(hook('project:deploy', String(process.pid + 1))).toEqual([['test']]);
  });
});

describe('npm run cli:install', () => {
  /** A stand-in npm that, like a successful install, puts the CLI into node_modules (or, with `succeed` false, leaves it out). */
  function npmOnPath(root: string, succeed: boolean): string {
    const install = `mkdir -p "${root}/node_modules/.bin" "${root}/node_modules/${CLI_PACKAGE}" && printf '#!/bin/sh\\n' > "${root}/node_modules/.bin/suitecloud" && chmod +x "${root}/node_modules/.bin/suitecloud"`;
    standIn(path.join(folder, 'bin', 'npm'), 'npm', 0, succeed ? install : '');
    return path.join(folder, 'bin');
  }

  test('installs the pinned version without saving, the license accepted, and says what comes next', () => {
    const root = project();
    const tool = context(root, [npmOnPath(root, true)]);

    expect(installCli(tool)).toBe(0);

    expect(records()).toEqual([expect.objectContaining({ who: 'npm', args: ['install', '--no-save', '--foreground-scripts', `${CLI_PACKAGE}@${PINNED}`], license: 'true' })]);
    expect(tool.said.at(-1)).toBe('The SuiteCloud CLI is installed. It runs with Oracle JDK 17 or 21 (java on PATH or JAVA_HOME). Next: npx suitecloud account:setup');
  });

  test('says so when npm left the optional package out', () => {
    const root = project();
    const tool = context(root, [npmOnPath(root, false)]);

    expect(installCli(tool)).toBe(1);

    expect(tool.said.at(-1)).toMatch(/^@oracle\/suitecloud-cli was not installed: npm leaves an optional package out when its installer fails/);
  });

  test('on a Node.js the CLI\'s packages refuse: says which, and runs nothing', () => {
    const root = project();
    const tool = context(root, [npmOnPath(root, true)], '20.20.2');

    expect(installCli(tool)).toBe(1);

    expect(records()).toEqual([]);
    expect(tool.said[0]).toMatch(new RegExp(`^@oracle/suitecloud-cli ${PINNED.replaceAll('.', '\\.')} cannot be installed with Node.js 20.20.2:\\n  commander 15.0.0 wants Node.js >=22.12.0`));
  });
});
