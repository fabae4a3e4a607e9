/**
 * The console's account export (SPEC §6 `export`) on the BUILT Suitelet: governance units and file size at two
 * account sizes, from which the records per unit and the bytes per record follow, and so how large an account one
 * request can export — against the Suitelet's 1,000 units and the File Cabinet's 10 MB per file.
 */
import { MOST_FILE_BYTES } from '../../../src/console/export/accountExport';
import { openConsole } from '../../console/consoleHost';
import { emulatedAccount } from '../emulatedAccount';
import { formatTable, grouped } from '../format';
import type { Suite, SuiteResult } from '../suite';

interface Measured {
  customers: number;
  records: number;
  units: number;
  usageLimit: number;
  bytes: number;
}

const FULL = [2_000, 20_000];
const QUICK = [200, 1_000];

function measure(customers: number): Measured {
  const built = emulatedAccount({ territories: 200, customers, matchOwner: true, existingLeads: { count: Math.round(customers / 4), routed: true } });
  const host = openConsole(built.account);
  const answer = host.request('GET', { action: 'export', format: 'json' });
  const account = JSON.parse(answer.body) as { records?: Record<string, unknown[]>; error?: string };
  if (account.error !== undefined) throw new Error(`export failed: ${account.error}`);
  const records = Object.values(account.records ?? {}).reduce((sum, rows) => sum + rows.length, 0);
  const bytes = Buffer.byteLength(`${JSON.stringify(account, null, 2)}\n`);
  return { customers, records, units: answer.invocation.unitsUsed, usageLimit: answer.invocation.usageLimit, bytes };
}

function result(small: Measured, large: Measured, quick: boolean): SuiteResult {
  // Marginal figures between the two sizes: the fixed reads (settings, lists, territories, members) cancel out.
  const recordsPerUnit = (large.records - small.records) / Math.max(1, large.units - small.units);
  const bytesPerRecord = (large.bytes - small.bytes) / (large.records - small.records);
  const fitFile = Math.floor(MOST_FILE_BYTES / bytesPerRecord);
  const fitUnits = Math.floor(small.records + (small.usageLimit - small.units) * recordsPerUnit);
  const rows = [small, large].map((m) => [grouped(m.records), `${m.units} / ${m.usageLimit}`, `${(m.bytes / 1048576).toFixed(2)} MB`]);
  return {
    json: { exportRecordsPerUnit: Math.round(recordsPerUnit), exportBytesPerRecord: Math.round(bytesPerRecord), exportRecordsPerFile: fitFile, exportRecordsPerRequest: fitUnits },
    report: [
      'Account export (console, format=json, BUILT Suitelet):',
      ...formatTable(['records', 'units', 'file'], rows),
      `  ${Math.round(recordsPerUnit)} records per unit, ${Math.round(bytesPerRecord)} bytes per record: one 10 MB file holds about ${grouped(fitFile)} records; one request's units read about ${grouped(fitUnits)}`,
    ],
    // Judged in a full run only, like the other emulator suites: a quick account is too small to say anything.
    targets: quick ? [] : [{ description: `export of ${grouped(large.records)} records within one request's ${large.usageLimit} units`, measured: `${large.units} units`, passed: large.units <= large.usageLimit }],
  };
}

export const exportSize: Suite = {
  name: 'account export',
  steps: () => 2,
  run({ settings, progress }) {
    const [smaller, larger] = settings.quick ? QUICK : FULL;
    progress.begin(`export: ${grouped(smaller!)} customers`);
    const small = measure(smaller!);
    progress.begin(`export: ${grouped(larger!)} customers`);
    return result(small, measure(larger!), settings.quick);
  },
};
