// SPEC §5: any account file that follows the format runs. Valid files of every shape (helpers/validAccountFiles.ts)
// are read as the CLI reads them, checked, and run through the built lead user event, then through a bulk path or
// none (--sweep, --realign preview|apply); each must complete and give one CSV row per lead, every lead routed by the
// user event, and no script may end in an internal error.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { parseAccountFile } from '../accountFile';
import { bulkFailure, type BulkRequest } from '../bulk';
import { simulate, toCsv } from '../simulate';
import { ROOT } from './helpers/accounts';
import { validAccountFile } from './helpers/validAccountFiles';

/** How many files one run of the suite generates (the notes record the figure). */
const GENERATED_FILES = 150;

const STATUSES = ['ROUTED', 'FALLBACK', 'OWNER', 'KEPT', 'DEFAULT', 'UNASSIGNED'];

/** After the leads: nothing more, or one bulk path on the whole account. */
const BULK_PATH = fc.constantFrom<BulkRequest | undefined>(undefined, { kind: 'sweep' }, { kind: 'realign', mode: 'PREVIEW' }, { kind: 'realign', mode: 'APPLY' });

test(`${GENERATED_FILES} generated valid account files each run to the end, bulk path included, with one CSV row per lead`, () => {
  let generated = 0;
  fc.assert(
    fc.property(validAccountFile, BULK_PATH, (file, bulk) => {
      generated += 1;
      const account = parseAccountFile(JSON.stringify(file, null, 2), 'generated.json');
      const leads = account.leads ?? [];

      const simulation = simulate(account, { root: ROOT, ...(bulk === undefined ? {} : { bulk }) });
      const { rows, emulator } = simulation;

      const csv = parse(toCsv(rows), { columns: true }) as Record<string, string>[];
      expect(csv.map((row) => row.lead)).toEqual(leads.map((lead, index) => (typeof lead.externalid === 'string' && lead.externalid !== '' ? lead.externalid : String(index + 1))));
      expect(rows.filter((row) => !STATUSES.includes(row.status))).toEqual([]);
      expect(emulator.invocations.filter((invocation) => invocation.error !== undefined).map((invocation) => invocation.error)).toEqual([]);
      if (simulation.bulk !== undefined) expect(bulkFailure(simulation.bulk)).toBeNull();
    }),
    { numRuns: GENERATED_FILES },
  );
  expect(generated).toBe(GENERATED_FILES);
}, 300_000);
