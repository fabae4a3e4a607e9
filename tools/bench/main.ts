/**
 * `npm run bench`: runs every suite and prints a readable report, or with `--json` exactly one JSON object on
 * stdout (progress, when drawn, goes to stderr). `--quick` is a fast smoke run of the same suites.
 */
import { benchSettings, parseOptions, UsageError } from './options';
import { progressBar } from './progress';
import { renderReport } from './report';
import { runSuites, totalSteps } from './runSuites';
import { SUITES } from './suites';

async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  const settings = benchSettings(options.quick);
  const progress = progressBar(totalSteps(SUITES, settings));
  const result = await runSuites(SUITES, settings, progress);
  progress.finish();
  const output = options.json ? JSON.stringify(result.json, null, 2) : renderReport(result, options.quick).join('\n');
  process.stdout.write(`${output}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error instanceof UsageError ? error.message : error.stack) : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
