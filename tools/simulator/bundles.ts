/**
 * The simulator runs the built files in FileCabinet/, so before a run the CLI makes sure they are the build of
 * the current sources: one bundle per entry script `src/scripts/tlr_*.ts` (as webpack.config.js names them),
 * none older than the newest file under src/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

function newestSourceMs(root: string): number {
  const sources = path.join(root, 'src');
  return readdirSync(sources, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

function bundlePaths(root: string): string[] {
  return readdirSync(path.join(root, 'src', 'scripts'))
    .filter((file) => /^tlr_.*\.ts$/.test(file))
    .map((file) => path.join(root, 'FileCabinet', 'SuiteScripts', 'tlr', `${path.basename(file, '.ts')}.js`));
}

/** Why the bundles must be built first, or null when they are up to date. */
export function buildReason(root: string): string | null {
  const bundles = bundlePaths(root);
  const missing = bundles.filter((bundle) => !existsSync(bundle));
  if (missing.length > 0) return `${missing.map((bundle) => path.relative(root, bundle)).join(', ')} missing`;
  const newest = newestSourceMs(root);
  return bundles.some((bundle) => statSync(bundle).mtimeMs < newest) ? 'src/ changed since the last build' : null;
}

/**
 * Runs `npm run build` quietly; throws when it fails, with the build's output as the cause. Webpack leaves a bundle whose output
 * did not change untouched, so each bundle is then stamped as built now: otherwise a source file that does not end
 * up in one bundle would make every later run build again.
 */
export function buildScripts(root: string): void {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    // The build's own output is the cause: --debug shows it; `npm run build` shows it too.
    const output = new Error(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    throw new Error(`npm run build failed (${build.error?.message ?? `exit ${String(build.status)}`}); run npm run build to see why`, { cause: output });
  }
  const now = new Date();
  for (const bundle of bundlePaths(root).filter((file) => existsSync(file))) utimesSync(bundle, now, now);
}
