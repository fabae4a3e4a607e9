/**
 * Telling the rep (SPEC §8) over the BUILT scripts in the emulator: a new lead routed by a territory with Email the
 * Rep on sends its rep one email after the save; the sweep and the realignment APPLY send each rep one digest per run.
 * No sender, a territory with the box off, a lead no territory decided: no email. A refused email fails nothing.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import { LEAD_UE, TODAY, addLead, containingAll, invocationsOf, leadIn, run, statusValueId } from './harness';

const SENDER = '10';

/** West (US, notify on by default) routes to Ana and Bo; Everywhere (notify off) to Cy; Dee sends. */
function account(parameters: Record<string, unknown> = { custscript_tlr_notify_author: SENDER }): AccountFile {
  return {
    today: TODAY,
    parameters,
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', email: 'ana@example.com', issalesrep: true },
        { id: '8', entityid: 'Bo Li', email: 'bo@example.com', issalesrep: true },
        { id: '9', entityid: 'Cy Dee', email: 'cy@example.com', issalesrep: true },
        { id: '10', entityid: 'Dee Sales Ops', email: 'dee@example.com', issalesrep: false },
      ],
      customrecord_tlr_territory: [
        { id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US' },
        { id: '2', name: 'Everywhere', custrecord_tlr_priority: 900, custrecord_tlr_notify: false },
      ],
      customrecord_tlr_member: [
        { id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' },
        { id: '12', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8' },
        { id: '13', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '9' },
      ],
    },
    leads: [leadIn('L1', { country: 'US' }), leadIn('L2', { country: 'US' }), leadIn('L3', { country: 'DE' }), leadIn('L4', { country: 'US' }, { salesrep: '9' })],
  };
}

/** Leads waiting for the sweep: no rep, no status, in the US (West) or Germany (Everywhere). */
function backlog(countries: readonly string[]): Record<string, unknown>[] {
  return countries.map((country, index) => ({
    id: String(2001 + index),
    stage: 'LEAD',
    companyname: `Waiting ${index + 1}`,
    email: `info@waiting-${index + 1}.example`,
    datecreated: '2026-11-20',
    addressbook: [{ defaultbilling: true, addressbookaddress: { country } }],
  }));
}

describe('a new lead', () => {
  test('routed by a territory with Email the Rep on: its rep gets one email, attached to the lead, after the save', () => {
    const simulation = run(account());

    expect(simulation.rows.map((row) => [row.lead, row.salesrep, row.status])).toEqual([
      ['L1', '7', 'ROUTED'],
      ['L2', '8', 'ROUTED'],
      ['L3', '9', 'ROUTED'],
      ['L4', '9', 'KEPT'],
    ]);
    const leadIds = simulation.emulator.invocations.filter((invocation) => invocation.scriptId === LEAD_UE && invocation.entryPoint === 'afterSubmit').map((invocation) => String(invocation.recordId));
    expect(simulation.emulator.emails).toEqual([
      {
        author: SENDER,
        recipients: ['7'],
        subject: 'New lead for you: Company L1',
        body: containingAll(['routed this lead to you', 'Company L1', 'Routed to Ana Ruiz by territory West', `https://emulated.app.netsuite.com/app/common/entity/custjob.nl?id=${leadIds[0]}`]),
        sentBy: LEAD_UE,
        relatedRecords: { entityId: leadIds[0] },
      },
      expect.objectContaining({ recipients: ['8'], subject: 'New lead for you: Company L2', relatedRecords: { entityId: leadIds[1] } }),
    ]);
  });

  test('the email adds 21 units to a lead create (the territory flag 1, the email 20); a territory with the box off adds 1', () => {
    const on = run({ ...account(), leads: [] });
    const off = run({ ...account({}), leads: [] });
    const routed = addLead(on.emulator, leadIn('L1', { country: 'US' }));
    const silent = addLead(off.emulator, leadIn('L1', { country: 'US' }));
    expect(routed.units - silent.units).toBe(21);
    const unnotified = addLead(on.emulator, leadIn('L2', { country: 'DE' }));
    const afterSubmit = (invocations: typeof unnotified.invocations) => invocations.filter((invocation) => invocation.entryPoint === 'afterSubmit')[0]!;
    expect(afterSubmit(unnotified.invocations).charges.map((charge) => charge.api)).toContain('search.lookupFields');
    expect(afterSubmit(unnotified.invocations).charges.map((charge) => charge.api)).not.toContain('email.send');
  });

  test('without a Notification Sender no email is sent and the log says why', () => {
    const simulation = run(account({}));
    expect(simulation.emulator.emails).toEqual([]);
    const logs = invocationsOf(simulation.emulator, LEAD_UE, 'afterSubmit').flatMap((invocation) => invocation.logs);
    expect(logs.filter((entry) => entry.title === 'Rep emails off')).toHaveLength(3);
  });

  test('an email NetSuite refuses is logged; the lead keeps its rep and the member its turn', () => {
    const simulation = run({ ...account(), leads: [] });
    // Set afterwards: an account file may not name an employee that does not exist.
    simulation.emulator.setParameter(LEAD_UE, 'custscript_tlr_notify_author', '404');

    const { lead, invocations } = addLead(simulation.emulator, leadIn('L1', { country: 'US' }));

    expect([lead.salesrep, lead.custentity_tlr_status]).toEqual(['7', statusValueId(simulation.emulator, 'ROUTED')]);
    expect(simulation.emulator.read('customrecord_tlr_member', '11')?.custrecord_tlr_mem_assigned).toBe(1);
    expect(simulation.emulator.emails).toEqual([]);
    expect(invocations.flatMap((invocation) => invocation.logs)).toContainEqual(expect.objectContaining({ level: 'ERROR', title: 'Lead email to employee 7 not sent' }));
  });
});

describe('the bulk paths send one digest per rep per run', () => {
  test('the sweep: every lead it gave a rep through a notifying territory in one email to that rep', () => {
    const base = account();
    const simulation = run({ ...base, records: { ...base.records, customer: backlog(['US', 'US', 'US', 'DE', 'US']) }, leads: [] }, { bulk: { kind: 'sweep' } });

    const sweepEmails = simulation.emulator.emails.filter((sent) => sent.sentBy === 'customscript_tlr_ss_sweep');
    expect(sweepEmails.map((sent) => [sent.recipients, sent.subject])).toEqual([
      [['7'], '2 leads for you from the sweep'],
      [['8'], '2 leads for you from the sweep'],
    ]);
    expect(sweepEmails[0]!.body).toEqual(containingAll(['Waiting 1', 'Waiting 3', 'custjob.nl?id=2001', 'custjob.nl?id=2003', 'Routed to Ana Ruiz']));
    expect(sweepEmails[0]!.body).not.toContain('Waiting 4');
  });

  test('the digests add 10 units to a sweep run (which territories notify) and 20 per rep; without a sender nothing', () => {
    const sweepUnits = (parameters: Record<string, unknown>) => {
      const base = account(parameters);
      const simulation = run({ ...base, records: { ...base.records, customer: backlog(['US', 'US', 'US', 'DE', 'US']) }, leads: [] }, { bulk: { kind: 'sweep' } });
      if (simulation.bulk?.kind !== 'sweep') throw new Error('expected a sweep outcome');
      return { units: simulation.bulk.runs.reduce((sum, entry) => sum + entry.unitsUsed, 0), emails: simulation.emulator.emails.length };
    };
    const silent = sweepUnits({});
    expect(silent.emails).toBe(0);
    expect(sweepUnits({ custscript_tlr_notify_author: SENDER }).units - silent.units).toBe(10 + 2 * 20);
  });

  test('the realignment APPLY: one digest per rep for the leads it moved; PREVIEW emails nobody', () => {
    const base = account();
    const moved = backlog(['US', 'US', 'US']).map((row) => ({ ...row, salesrep: '9', custentity_tlr_status: 'val_tlr_routed' }));
    const file = { ...base, records: { ...base.records, customer: moved }, leads: [] };

    const preview = run(file, { bulk: { kind: 'realign', mode: 'PREVIEW' } });
    expect(preview.emulator.emails).toEqual([]);

    const apply = run(file, { bulk: { kind: 'realign', mode: 'APPLY' } });
    expect(apply.emulator.emails.map((sent) => [sent.recipients, sent.subject])).toEqual([
      [['7'], '2 leads for you from the realignment'],
      [['8'], '1 lead for you from the realignment'],
    ]);
  });
});
