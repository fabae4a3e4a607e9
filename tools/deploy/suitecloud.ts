/**
 * `npm run deploy`, `npm run validate` and `npm run cli:install`: the SuiteCloud CLI as this project uses it.
 *
 * The CLI is pinned in package.json under optionalDependencies: `npm ci` tries to install it and goes on without it
 * when it cannot (its installer stops unless Oracle's license is accepted, then downloads a JAR from Oracle; its
 * packages need a newer Node.js than the project's tests). `npm run cli:install` installs that pinned version with
 * the license accepted. Deploy and validate use the project's CLI (node_modules/.bin/suitecloud) when it is there,
 * else a `suitecloud` on PATH, else say exactly what to run.
 *
 * Tests run once. The CLI's own hook (suitecloud.config.js) builds and tests before every project:deploy and
 * project:validate. `validate` runs project:validate locally, then, when an account is set up, with --server; the
 * second run carries TLR_BUILT_AND_TESTED_BY = this process's id, which the hook accepts only from its own parent
 * process, so the build and tests that passed before the first run are not repeated for the second.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';

export const CLI_PACKAGE = '@oracle/suitecloud-cli';

/** The variable suitecloud.config.js reads: the id of the process that built and tested before starting the CLI. */
export const TESTED_BY_VARIABLE = 'TLR_BUILT_AND_TESTED_BY';

export interface ToolIo {
  /** One message for the person at the terminal (stderr). */
  say(text: string): void;
}

export interface ToolContext {
  /** The project folder: package.json, package-lock.json, node_modules/, project.json. */
  root: string;
  env: NodeJS.ProcessEnv;
  io: ToolIo;
  /** The Node.js version to judge the CLI's requirements against (process.versions.node). */
  nodeVersion: string;
}

export interface FoundCli {
  source: 'project' | 'global';
  command: string;
}

const isWindows = process.platform === 'win32';
const EXECUTABLE_NAMES = isWindows ? ['suitecloud.cmd', 'suitecloud.exe', 'suitecloud'] : ['suitecloud'];

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, isWindows ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The exact version package.json pins under optionalDependencies. */
export function pinnedCliVersion(root: string): string {
  const optional = (readJson(path.join(root, 'package.json'))?.optionalDependencies ?? {}) as Record<string, string>;
  const version = optional[CLI_PACKAGE];
  if (version === undefined) throw new Error(`package.json does not list ${CLI_PACKAGE} under optionalDependencies`);
  return version;
}

/**
 * The CLI to run: the project's own (node_modules/.bin), else the first `suitecloud` on PATH outside this project,
 * else null.
 */
export function findSuitecloud(root: string, env: NodeJS.ProcessEnv): FoundCli | null {
  const projectBin = path.join(root, 'node_modules', '.bin');
  for (const name of EXECUTABLE_NAMES) {
    if (isExecutable(path.join(projectBin, name))) return { source: 'project', command: path.join(projectBin, name) };
  }
  // npm run puts the project's node_modules/.bin first on PATH; that one was looked at above.
  const folders = (env.PATH ?? '').split(path.delimiter).filter((folder) => folder !== '' && path.resolve(folder) !== projectBin);
  for (const folder of folders) {
    for (const name of EXECUTABLE_NAMES) {
      if (isExecutable(path.join(folder, name))) return { source: 'global', command: path.join(folder, name) };
    }
  }
  return null;
}

/** An account is set up when project.json (written by `suitecloud account:setup`) names a default auth id. */
export function accountIsSetUp(root: string): boolean {
  const authId = readJson(path.join(root, 'project.json'))?.defaultAuthId;
  return typeof authId === 'string' && authId.trim() !== '';
}

type LockPackages = Record<string, { version?: string; engines?: { node?: string }; dependencies?: Record<string, string> }>;

/** Where Node would find `name` required from the package at `from`, in the lock's layout. */
function resolveLocked(packages: LockPackages, from: string, name: string): string | null {
  for (let base = from; ; ) {
    const candidate = `${base}/node_modules/${name}`;
    if (packages[candidate]) return candidate;
    const parent = base.lastIndexOf('/node_modules/');
    if (parent === -1) return packages[`node_modules/${name}`] ? `node_modules/${name}` : null;
    base = base.slice(0, parent);
  }
}

/**
 * What the pinned CLI's packages (as package-lock.json locks them) say about Node.js versions this one fails:
 * `commander 15.0.0 wants Node.js >=22.12.0`. Empty when the CLI can install here.
 */
export function nodeProblems(root: string, nodeVersion: string): string[] {
  const packages = (readJson(path.join(root, 'package-lock.json'))?.packages ?? {}) as LockPackages;
  const start = `node_modules/${CLI_PACKAGE}`;
  const seen = new Set<string>();
  const queue = packages[start] ? [start] : [];
  const problems = new Set<string>();
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = packages[key]!;
    const range = entry.engines?.node;
    if (range !== undefined && !semver.satisfies(nodeVersion, range)) {
      problems.add(`${key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)} ${entry.version ?? ''} wants Node.js ${range}`);
    }
    for (const name of Object.keys(entry.dependencies ?? {})) {
      const resolved = resolveLocked(packages, key, name);
      if (resolved !== null) queue.push(resolved);
    }
  }
  return [...problems].sort();
}

/** What to run when no CLI is found: both ways, with what each needs. */
function howToInstall(context: ToolContext, wanted: 'deploy' | 'validate'): string {
  const version = pinnedCliVersion(context.root);
  const tooOld = nodeProblems(context.root, context.nodeVersion);
  return [
    `The SuiteCloud CLI (suitecloud) is not installed, so nothing was ${wanted === 'deploy' ? 'deployed' : 'validated'}.`,
    'Install it in one of two ways; either way it runs with Oracle JDK 17 or 21:',
    `  npm run cli:install     # the version this project pins, ${CLI_PACKAGE} ${version}, into node_modules`,
    `  SUITECLOUD_CLI_ACCEPT_LICENSE=true npm install -g ${CLI_PACKAGE}@${version}     # or once for the whole machine`,
    ...(tooOld.length === 0 ? [] : [`Its packages need a newer Node.js than ${context.nodeVersion} (${tooOld.join('; ')}): Oracle documents Node.js 24 LTS.`]),
    'Then link this folder to your account (opens a browser to log in): npx suitecloud account:setup',
    `and run npm run ${wanted} again. docs/admin-guide.md has the whole procedure.`,
  ].join('\n');
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: isWindows });
  if (result.error) throw new Error(`${command} could not be started: ${result.error.message}`);
  return result.status ?? 1;
}

/**
 * `deploy`: project:deploy with the given arguments. `validate`: project:validate, then, when an account is set up,
 * project:validate --server. Returns the exit code.
 */
export function runSuitecloud(action: 'deploy' | 'validate', args: readonly string[], context: ToolContext): number {
  const { root, env, io } = context;
  const cli = findSuitecloud(root, env);
  if (cli === null) {
    io.say(howToInstall(context, action));
    return 1;
  }
  io.say(`Using the ${cli.source === 'project' ? "project's" : 'global'} SuiteCloud CLI: ${cli.command}`);
  if (action === 'deploy') return run(cli.command, ['project:deploy', ...args], env);
  const local = run(cli.command, ['project:validate', ...args], env);
  if (local !== 0 || !accountIsSetUp(root)) {
    if (local === 0) io.say('No account is set up (no project.json with a defaultAuthId), so only the local validation ran; npx suitecloud account:setup links one.');
    return local;
  }
  return run(cli.command, ['project:validate', '--server', ...args], { ...env, [TESTED_BY_VARIABLE]: String(process.pid) });
}

/** `cli:install`: the pinned CLI into node_modules, Oracle's license accepted; says what went wrong when it is not there after. */
export function installCli(context: ToolContext): number {
  const { root, env, io, nodeVersion } = context;
  const version = pinnedCliVersion(root);
  const tooOld = nodeProblems(root, nodeVersion);
  if (tooOld.length > 0) {
    io.say([`${CLI_PACKAGE} ${version} cannot be installed with Node.js ${nodeVersion}:`, ...tooOld.map((problem) => `  ${problem}`), 'Install a Node.js they accept (Oracle documents Node.js 24 LTS for this CLI) and run npm run cli:install again.'].join('\n'));
    return 1;
  }
  io.say(`Installing ${CLI_PACKAGE} ${version} into node_modules; this accepts the Oracle Free Use Terms and Conditions license for the SuiteCloud SDK it downloads.`);
  const npm = env.npm_execpath !== undefined && env.npm_execpath.endsWith('.js') ? [process.execPath, env.npm_execpath] : ['npm'];
  const status = run(npm[0]!, [...npm.slice(1), 'install', '--no-save', '--foreground-scripts', `${CLI_PACKAGE}@${version}`], { ...env, SUITECLOUD_CLI_ACCEPT_LICENSE: 'true' });
  if (status === 0 && findSuitecloud(root, {})?.source === 'project' && existsSync(path.join(root, 'node_modules', CLI_PACKAGE))) {
    io.say('The SuiteCloud CLI is installed. It runs with Oracle JDK 17 or 21 (java on PATH or JAVA_HOME). Next: npx suitecloud account:setup');
    return 0;
  }
  io.say(`${CLI_PACKAGE} was not installed: npm leaves an optional package out when its installer fails (its own message is above; it downloads a JAR from Oracle, so it needs a connection to Oracle).`);
  return 1;
}
