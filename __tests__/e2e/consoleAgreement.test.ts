/**
 * The console's test view agrees with the simulator (SPEC §6): on random valid account files, the JSON the BUILT
 * Suitelet gives for a lead's facts — before the lead exists — is the decision the BUILT lead user event records
 * when the simulator then creates a lead with exactly those facts: same status, rep, territory and reason.
 */
import fc from 'fast-check';
import { openConsole } from '../../tools/console/consoleHost';
import { parseAccountFile, type AccountFile } from '../../tools/simulator/accountFile';
import { simulate } from '../../tools/simulator/simulate';
import { validAccountFile } from '../../tools/simulator/__tests__/helpers/validAccountFiles';
import { ROOT } from './harness';

/** How many accounts one run generates (the closing notes quote it). */
const GENERATED_ACCOUNTS = 40;

const probeFacts = fc.record({
  country: fc.constantFrom('US', 'US', 'CA', 'GB', 'DE', ''),
  state: fc.constantFrom('CA', 'NY', 'ny', 'ON', ''),
  zip: fc.constantFrom('94105', '94105-1234', '02134', 'SW1A 1AA', ''),
  leadsource: fc.constantFrom('', '1', '2', '3'),
  category: fc.constantFrom('', '1', '2', '3'),
  subsidiary: fc.constantFrom('', '1', '2', '3'),
  email: fc.constantFrom('', 'jo@acme.com', 'ana.ruiz@acme.com', 'x@gmail.com', 'ops@example.org'),
  companyname: fc.constantFrom('', 'Acme', 'ACME inc', "O'Brien, Inc.", 'Globex'),
  rep: fc.nat(),
});

type Probe = Record<string, string>;

/** The probe as a lead of the account file: one default billing address holding its country, state and postal code. */
function probeLead(probe: Probe): Record<string, unknown> {
  const { country, state, zip, ...fields } = probe;
  const values = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
  return { externalid: 'PROBE', ...values, addressbook: [{ defaultbilling: true, addressbookaddress: { country, state, zip } }] };
}

function oneWorld(account: AccountFile): boolean {
  return (account.features as { SUBSIDIARIES?: boolean } | undefined)?.SUBSIDIARIES !== false;
}

test(`${GENERATED_ACCOUNTS} random accounts: the console's dry run decides a lead as the user event does when it is created`, () => {
  let compared = 0;
  fc.assert(
    fc.property(validAccountFile, probeFacts, (file, generated) => {
      const account = parseAccountFile(JSON.stringify(file), 'generated.json');
      const employees = (account.records?.['employee'] ?? []).map((row) => String(row['id']));
      const { rep, subsidiary, ...facts } = generated;
      const probe: Probe = { ...facts, subsidiary: oneWorld(account) ? subsidiary : '', salesrep: employees.length === 0 || rep % 3 !== 0 ? '' : employees[rep % employees.length]! };

      const host = openConsole(account, { root: ROOT });
      const answer = host.request('GET', { action: 'test', format: 'json', ...probe });
      const tested = JSON.parse(answer.body) as Record<string, string>;

      const created = simulate({ ...account, leads: [...(account.leads ?? []), probeLead(probe)] }, { root: ROOT }).rows.at(-1)!;
      expect({ status: tested.status, salesrep: tested.salesrep, territory: tested.territory, reason: tested.reason }).toEqual({
        status: created.status,
        salesrep: created.salesrep,
        territory: created.territory,
        reason: created.reason,
      });
      compared += 1;
    }),
    { numRuns: GENERATED_ACCOUNTS },
  );
  expect(compared).toBe(GENERATED_ACCOUNTS);
}, 300_000);
