/**
 * The console's test view (SPEC §6) over the BUILT Suitelet with the rules of SPEC §3.2 and §3.5: a UK outward code
 * (`N1 *`) and a partner channel routed before existing-owner matching, each shown where it decided.
 */
import { openConsole, type ConsoleHost } from '../../tools/console/consoleHost';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { TODAY, employees } from './harness';

/** Islington (district N1 only) goes to Ana; partner leads (source 6), before owners, to Bo; Acme's customer is Cy's. */
function account(): AccountFile {
  return {
    today: TODAY,
    records: {
      employee: employees({ '7': 'Ana Ruiz', '8': 'Bo Li', '9': 'Cy Moss' }),
      customrecord_tlr_territory: [
        { id: '1', name: 'Islington', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'GB', custrecord_tlr_postal_codes: 'N1 *' },
        { id: '2', name: 'Partners', custrecord_tlr_priority: 90, custrecord_tlr_lead_sources: ['6'], custrecord_tlr_before_owner: true },
      ],
      customrecord_tlr_member: [
        { id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' },
        { id: '21', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '8' },
      ],
      customer: [{ id: '500', companyname: 'Acme Ltd', email: 'ops@acme.example', stage: 'CUSTOMER', salesrep: '9' }],
    },
  };
}

function decision(host: ConsoleHost, params: Record<string, string>) {
  const answer = host.request('GET', { action: 'test', format: 'json', ...params });
  return JSON.parse(answer.body) as { status: string; salesrep: string; territory: string; reason: string };
}

describe('test view', () => {
  let host: ConsoleHost;
  beforeAll(() => {
    host = openConsole(account());
  });

  it.each([
    ['N1 7AB', '1'],
    ['N17AB', '1'],
    ['n1 7ab', '1'],
    ['N17 0AP', ''],
    ['N1', ''],
  ])('a lead in %p is in territory %p (outward code N1 *)', (zip, territory) => {
    expect(decision(host, { country: 'GB', zip }).territory).toBe(territory);
  });

  it('routes a partner lead by its territory before the owner of its account, and says so', () => {
    const facts = { country: 'GB', zip: 'N1 7AB', leadsource: '6', email: 'jo@acme.example', companyname: 'Acme' };

    expect(decision(host, facts)).toMatchObject({ status: 'ROUTED', salesrep: '8', territory: '2' });
    const page = host.request('GET', { action: 'test', ...facts }).body;
    expect(page).toContain('routed before existing-owner matching');
    expect(page).toContain('Existing owner: not reached (territories routed before existing-owner matching come first).');
    // Without the partner source, the owner of Acme takes it before Islington.
    expect(decision(host, { ...facts, leadsource: '' })).toMatchObject({ status: 'OWNER', salesrep: '9' });
  });
});
