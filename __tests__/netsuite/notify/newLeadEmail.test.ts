// The new lead's email to its rep through Oracle's N-module stubs: what is sent (recipient, sender, subject, body,
// the lead it is attached to), when nothing is sent, and that a refused email never throws.
import email from 'N/email';
import log from 'N/log';
import runtime from 'N/runtime';
import search from 'N/search';
import url from 'N/url';
import { emailRepAboutNewLead } from '../../../src/netsuite/notify/newLeadEmail';

jest.mock('N/url');

/** A saved lead as afterSubmit sees it. */
function savedLead(values: Record<string, unknown>) {
  return { id: 1042, getValue: ({ fieldId }: { fieldId: string }) => values[fieldId] ?? '' } as never;
}

const ROUTED = {
  custentity_tlr_territory: '3',
  salesrep: '7',
  entityid: 'Jo Park',
  companyname: 'Acme',
  custentity_tlr_reason: 'Routed to Ana Ruiz by territory West (priority 10: country US), round robin, among 2 eligible reps.',
};

function withSender(sender: string) {
  (runtime.getCurrentScript as unknown as jest.Mock).mockReturnValue({ getParameter: ({ name }: { name: string }) => (name === 'custscript_tlr_notify_author' ? sender : '') });
}

beforeEach(() => {
  withSender('20');
  (search.lookupFields as unknown as jest.Mock).mockReturnValue({ custrecord_tlr_notify: true });
  (url.resolveDomain as unknown as jest.Mock).mockReturnValue('1234567.app.netsuite.com');
  (url.resolveRecord as unknown as jest.Mock).mockReturnValue('/app/common/entity/custjob.nl?id=1042');
});

it('emails the rep once: the lead and its company, the reason, a link, attached to the lead, in the sender’s name', () => {
  emailRepAboutNewLead(savedLead(ROUTED));

  expect(search.lookupFields).toHaveBeenCalledWith({ type: 'customrecord_tlr_territory', id: '3', columns: ['custrecord_tlr_notify'] });
  expect(email.send).toHaveBeenCalledTimes(1);
  const sent = (email.send as unknown as jest.Mock).mock.calls[0]![0];
  expect(sent).toMatchObject({ author: 20, recipients: [7], subject: 'New lead for you: Jo Park (Acme)', relatedRecords: { entityId: 1042 } });
  expect(sent.body).toContain(ROUTED.custentity_tlr_reason);
  expect(sent.body).toContain('https://1234567.app.netsuite.com/app/common/entity/custjob.nl?id=1042');
});

it('sends nothing when the territory has Email the Rep off', () => {
  (search.lookupFields as unknown as jest.Mock).mockReturnValue({ custrecord_tlr_notify: false });
  emailRepAboutNewLead(savedLead(ROUTED));
  expect(email.send).not.toHaveBeenCalled();
});

it('reads nothing and sends nothing when no territory decided (kept, owner, default, error)', () => {
  emailRepAboutNewLead(savedLead({ ...ROUTED, custentity_tlr_territory: '' }));
  expect(search.lookupFields).not.toHaveBeenCalled();
  expect(email.send).not.toHaveBeenCalled();
});

it('without a Notification Sender: no lookup, no email, one line in the log', () => {
  withSender('');
  emailRepAboutNewLead(savedLead(ROUTED));
  expect(search.lookupFields).not.toHaveBeenCalled();
  expect(email.send).not.toHaveBeenCalled();
  expect(log.audit).toHaveBeenCalledWith(expect.objectContaining({ title: 'Rep emails off' }));
});

it('a refused email is logged and does not throw', () => {
  (email.send as unknown as jest.Mock).mockImplementation(() => {
    throw Object.assign(new Error('Invalid author reference key 20.'), { name: 'INVALID_KEY_OR_REF' });
  });
  expect(() => emailRepAboutNewLead(savedLead(ROUTED))).not.toThrow();
  expect(log.error).toHaveBeenCalledWith({ title: 'Lead email to employee 7 not sent', details: 'Invalid author reference key 20.' });
});
