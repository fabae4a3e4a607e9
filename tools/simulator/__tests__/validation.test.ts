// Bad input stops the simulation before anything runs, with a message naming the record and the field (SPEC §5).
import type { AccountFile } from '../accountFile';
import { AccountFileError } from '../accountFile';
import { simulate } from '../simulate';
import { ROOT, usLead, westAccount } from './helpers/accounts';

type Edit = (account: Required<AccountFile>) => void;

/** Runs the account after `edit`; returns the error's problems and whether anything ran (prepare or a lead). */
function rejected(edit: Edit): { problems: readonly string[]; ran: string[] } {
  const account = westAccount() as Required<AccountFile>;
  edit(account);
  const ran: string[] = [];
  try {
    simulate(account, { root: ROOT, prepare: () => ran.push('prepare'), onLead: (done) => ran.push(`lead ${done}`) });
  } catch (error) {
    if (!(error instanceof AccountFileError)) throw error;
    return { problems: error.problems, ran };
  }
  throw new Error('expected an AccountFileError');
}

const records = (account: Required<AccountFile>, type: string): Record<string, unknown>[] => account.records[type]!;
const address = (lead: Record<string, unknown>) => (lead.addressbook as { addressbookaddress: Record<string, unknown> }[])[0]!.addressbookaddress;

describe('bad input names the record and the field, and nothing runs', () => {
  test.each<[string, Edit, string]>([
    ['an unknown record type', (a) => (a.records.widget = [{ id: '1' }]), 'records.widget: unknown record type'],
    [
      'an unknown field of a record',
      (a) => (records(a, 'employee')[0]!.nickname = 'Annie'),
      'records.employee[0] (id 7): nickname: unknown field of employee',
    ],
    ['an unknown field of a lead', (a) => (a.leads[1]!.colour = 'red'), 'leads[1] (L2): colour: unknown field of lead'],
    [
      'an unknown field of an address',
      (a) => (address(a.leads[0]!).planet = 'Mars'),
      'leads[0] (L1): addressbook[0].addressbookaddress.planet: unknown field',
    ],
    [
      'a checkbox that is not one',
      (a) => (records(a, 'employee')[1]!.issalesrep = 'yes'),
      'records.employee[1] (id 8): issalesrep: "yes" is not a checkbox value (true, false, "T" or "F")',
    ],
    [
      'a weight that is not a whole number',
      (a) => (records(a, 'customrecord_tlr_member')[0]!.custrecord_tlr_mem_weight = 1.5),
      'records.customrecord_tlr_member[0] (id 1): custrecord_tlr_mem_weight: 1.5 is not a whole number',
    ],
    [
      'a date in another format',
      (a) => (records(a, 'customrecord_tlr_member')[1]!.custrecord_tlr_mem_away_from = '26/11/2026'),
      'records.customrecord_tlr_member[1] (id 2): custrecord_tlr_mem_away_from: "26/11/2026" is not a date (YYYY-MM-DD)',
    ],
    [
      'a multi-select that is not an array',
      (a) => (records(a, 'customrecord_tlr_territory')[0]!.custrecord_tlr_lead_sources = '3'),
      'records.customrecord_tlr_territory[0] (id 1): custrecord_tlr_lead_sources: "3" is not an array of internal ids',
    ],
    [
      'a list value given by internal id',
      (a) => (records(a, 'customrecord_tlr_territory')[0]!.custrecord_tlr_method = '1'),
      'records.customrecord_tlr_territory[0] (id 1): custrecord_tlr_method: "1" is not a value of customlist_tlr_method (give its script id: val_tlr_round_robin, val_tlr_load_balanced)',
    ],
    [
      'a country that is not an ISO code',
      (a) => (address(a.leads[2]!).country = 'USA'),
      'leads[2] (L3): addressbook[0].addressbookaddress.country: "USA" is not an ISO 3166-1 alpha-2 country code in capitals (US, GB, DE, …)',
    ],
    [
      'a reference that is not an internal id',
      (a) => (a.leads[0]!.salesrep = 'Ana Ruiz'),
      'leads[0] (L1): salesrep: "Ana Ruiz" is not an internal id (a whole number from 1 to 999,999,999,999,999)',
    ],
    [
      'a dangling reference in a record',
      (a) => (records(a, 'customrecord_tlr_member')[1]!.custrecord_tlr_mem_rep = '99'),
      'records.customrecord_tlr_member[1] (id 2): custrecord_tlr_mem_rep: employee 99 does not exist',
    ],
    ['a dangling reference in a lead', (a) => (a.leads[1]!.leadsource = '4'), 'leads[1] (L2): leadsource: campaign 4 does not exist'],
    [
      'a dangling reference in a parameter',
      (a) => (a.parameters.custscript_tlr_default_rep = '12'),
      'parameters: custscript_tlr_default_rep: employee 12 does not exist',
    ],
    [
      'an unknown parameter',
      (a) => (a.parameters.custscript_tlr_turbo = true),
      'parameters: custscript_tlr_turbo: unknown parameter (the account file takes custscript_tlr_keep_existing, custscript_tlr_match_owner, custscript_tlr_default_rep, custscript_tlr_paused, custscript_tlr_alert_to, custscript_tlr_notify_author of customscript_tlr_ue_lead; custscript_tlr_lookback_days of customscript_tlr_ss_sweep; custscript_tlr_report_folder of customscript_tlr_mr_realign; custscript_tlr_sla_max of customscript_tlr_ss_sla; custscript_tlr_export_part_kb of customscript_tlr_ss_export)',
    ],
    ['a negative look-back', (a) => (a.parameters.custscript_tlr_lookback_days = -1), 'parameters: custscript_tlr_lookback_days: -1 is below 0, the least it takes'],
    ['a look-back that is not a whole number', (a) => (a.parameters.custscript_tlr_lookback_days = '2 weeks'), 'parameters: custscript_tlr_lookback_days: "2 weeks" is not a whole number'],
    [
      'a report folder the file does not hold',
      (a) => (a.parameters.custscript_tlr_report_folder = 44),
      'parameters: custscript_tlr_report_folder: folder 44 does not exist',
    ],
    [
      'the realignment mode, which --realign sets',
      (a) => (a.parameters.custscript_tlr_mode = 'APPLY'),
      'parameters: custscript_tlr_mode: the simulator sets it from --realign preview|apply; leave it out',
    ],
    [
      "the sweep's own cursor",
      (a) => (a.parameters.custscript_tlr_sweep_after = 12),
      'parameters: custscript_tlr_sweep_after: the sweep sets it when it queues its own continuation; leave it out',
    ],
    [
      'a scope search, which an account file cannot define',
      (a) => (a.parameters.custscript_tlr_scope_search = 'customsearch_west'),
      'parameters: custscript_tlr_scope_search: an account file holds no saved searches, so the realignment runs on every unlocked lead; leave it out',
    ],
    [
      'a date of creation on a new lead without a time',
      (a) => (a.leads[0]!.datecreated = '2026-11-01'),
      "leads[0] (L1): datecreated: give the moment the lead is created as an ISO date-time such as 2026-11-27T09:00 (company time, the file's timezone, unless it carries an offset)",
    ],
    [
      'an id used twice in one record type',
      (a) => records(a, 'employee').push({ id: '7', entityid: 'Ana Again' }),
      'records.employee[2] (id 7): id: 7 is also the id of records.employee[0] (id 7)',
    ],
    [
      'an id that is not an internal id',
      (a) => records(a, 'employee').push({ id: 'cy', entityid: 'Cy Dee' }),
      'records.employee[2] (id "cy"): id: "cy" is not an internal id (a whole number from 1 to 999,999,999,999,999)',
    ],
    ['an external id used twice', (a) => (a.leads[2]!.externalid = 'L1'), 'leads[2] (L1): externalid: "L1" is also the external id of leads[0] (L1)'],
    ['a new lead with an internal id', (a) => (a.leads[0]!.id = '42'), 'leads[0] (L1): id: a new lead gets its internal id when it is created; leave it out'],
    ['a new lead with a stage', (a) => (a.leads[0]!.stage = 'CUSTOMER'), 'leads[0] (L1): stage: set by NetSuite; a new lead cannot set it'],
    [
      'a customer stage that does not exist',
      (a) => (records(a, 'customer')[0]!.stage = 'VIP'),
      'records.customer[0] (id 500): stage: "VIP" is not one of LEAD, PROSPECT, CUSTOMER',
    ],
    ['a day that does not exist', (a) => (a.today = '2026-13-01'), 'today: "2026-13-01" is not a date (YYYY-MM-DD)'],
    ['an edit of a lead the file does not hold', (a) => (a.edits = [{ lead: 'L9', values: { salesrep: '7' }, by: '7' }]), 'edits[0]: lead: "L9" is neither the externalid of a lead in leads nor the id of a record in records.customer'],
    ['an edit by an employee the file does not hold', (a) => (a.edits = [{ lead: 'L1', values: { salesrep: '7' }, by: '99' }]), 'edits[0]: by: employee 99 does not exist'],
    ['an edit to a rep the file does not hold', (a) => (a.edits = [{ lead: 'L1', values: { salesrep: '98' }, by: '7' }]), 'edits[0]: salesrep: employee 98 does not exist'],
    ['an edit of a field a lead does not have', (a) => (a.edits = [{ lead: 'L1', values: { colour: 'red' }, by: '7' }]), 'edits[0]: colour: unknown field of lead'],
    ['an edit without values', (a) => ((a as Record<string, unknown>).edits = [{ lead: 'L1', by: '7' }]), 'edits[0].values: must be an object of lead field ids and values'],
  ])('%s', (_, edit, problem) => {
    expect(rejected(edit)).toEqual({ problems: [problem], ran: [] });
  });

  test('a bad last lead stops the run before the first lead is created', () => {
    const { problems, ran } = rejected((account) => account.leads.push(usLead('L4', { salesrep: '99' })));

    expect(problems).toEqual(['leads[3] (L4): salesrep: employee 99 does not exist']);
    expect(ran).toEqual([]);
  });

  test('every problem is reported, not just the first', () => {
    const { problems } = rejected((account) => {
      account.leads[0]!.salesrep = '99';
      account.leads[2]!.leadsource = '98';
    });

    expect(problems).toEqual(['leads[0] (L1): salesrep: employee 99 does not exist', 'leads[2] (L3): leadsource: campaign 98 does not exist']);
  });

  test('references may point to records listed later in the file', () => {
    const account = westAccount();
    account.records!.employee!.reverse();
    account.records!.customrecord_tlr_member!.reverse();

    expect(() => simulate(account, { root: ROOT })).not.toThrow();
  });
});

describe('lists an account file need not export (lead source, category, subsidiary)', () => {
  /** SPEC §5's example, as printed. */
  function specExample(): AccountFile {
    return {
      today: '2026-11-26',
      parameters: { custscript_tlr_match_owner: true, custscript_tlr_default_rep: '12' },
      records: {
        employee: [{ id: '7', entityid: 'Ana Ruiz', isinactive: false, issalesrep: true }],
        customrecord_tlr_territory: [
          { id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA, OR', custrecord_tlr_method: 'val_tlr_round_robin' },
        ],
        customrecord_tlr_member: [{ id: '1', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_weight: 1 }],
        customer: [{ id: '500', companyname: 'Acme Inc', email: 'ops@acme.com', stage: 'CUSTOMER', salesrep: '7' }],
      },
      leads: [
        {
          externalid: 'L1', companyname: 'Acme', email: 'jo@acme.com', leadsource: '3', salesrep: '',
          addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }],
        },
      ],
    };
  }

  test('a lead source id is taken as given when the file lists no lead sources; a missing employee is still refused', () => {
    let problems: readonly string[] = [];
    try {
      simulate(specExample(), { root: ROOT });
    } catch (error) {
      problems = (error as AccountFileError).problems;
    }
    expect(problems).toEqual(['parameters: custscript_tlr_default_rep: employee 12 does not exist']);
  });

  test('the example without the dangling default rep runs: L1 goes to the owner of Acme Inc', () => {
    const account = specExample();
    account.parameters = { custscript_tlr_match_owner: true };

    const { rows, emulator } = simulate(account, { root: ROOT });

    expect(rows).toEqual([
      expect.objectContaining({ lead: 'L1', salesrep: '7', territory: '', status: 'OWNER' }),
    ]);
    expect(emulator.read('campaign', '3')).toMatchObject({ name: 'campaign 3' });
  });
});
