/**
 * The emails that tell a sales rep which leads routing gave them (SPEC §8): one per lead for a new lead, one digest
 * per rep per run for the bulk paths. Each names the lead and its company, says why it came to the rep (the routing
 * reason) and links to it. Sent in the name of Notification Sender; a failed send is logged and never fails routing.
 */
import email from 'N/email';
import log from 'N/log';
import url from 'N/url';
import { RECORD } from '../ids';
import { PRODUCT } from '../version';

/** A lead a rep is told about. */
export interface LeadNotice {
  leadId: string;
  /** The lead's name as NetSuite shows it ('' when unknown). */
  name: string;
  companyName: string;
  reason: string;
}

/** The lead's page in NetSuite, as an absolute link (N/url: no governance). */
function leadLink(leadId: string): string {
  const domain = url.resolveDomain({ hostType: url.HostType.APPLICATION });
  return `https://${domain}${url.resolveRecord({ recordType: RECORD.lead, recordId: leadId, isEditMode: false })}`;
}

/**
 * How a lead is named in a subject or a list: its name and company, whichever it has, else its internal id.
 *
 * @example
 * leadTitle({ leadId: '1042', name: 'Jo Park', companyName: 'Acme', reason: '' }); // 'Jo Park (Acme)'
 * leadTitle({ leadId: '1042', name: '', companyName: '', reason: '' }); // 'lead #1042'
 */
export function leadTitle(notice: LeadNotice): string {
  const name = notice.name.trim();
  const company = notice.companyName.trim();
  if (name !== '' && company !== '' && name !== company) return `${name} (${company})`;
  return name || company || `lead #${notice.leadId}`;
}

function leadSection(notice: LeadNotice): string {
  return `${leadTitle(notice)}\n${notice.reason}\n${leadLink(notice.leadId)}`;
}

/**
 * The email about one new lead.
 *
 * @example
 * leadEmail(notice).subject; // 'New lead for you: Jo Park (Acme)'
 */
export function leadEmail(notice: LeadNotice): { subject: string; body: string } {
  return {
    subject: `New lead for you: ${leadTitle(notice)}`,
    body: [`${PRODUCT} routed this lead to you.`, leadSection(notice), 'Call, or log a task or event on the lead, to show it is being worked.'].join('\n\n'),
  };
}

/**
 * The digest of one bulk run for one rep: every lead that run gave them.
 *
 * @example
 * digestEmail('the response-time check', [a, b]).subject; // '2 leads for you from the response-time check'
 */
export function digestEmail(runName: string, notices: readonly LeadNotice[]): { subject: string; body: string } {
  const count = notices.length === 1 ? '1 lead' : `${notices.length} leads`;
  return {
    subject: `${count} for you from ${runName}`,
    body: [`${PRODUCT} gave you these leads in ${runName}:`, ...notices.map(leadSection), 'Call, or log a task or event on each lead, to show it is being worked.'].join('\n\n'),
  };
}

/**
 * Sends one email to a rep (20 units), attached to the lead when it is about one; false (logged) when NetSuite
 * refuses it.
 *
 * @example
 * sendToRep('3', '7', leadEmail(notice), notice.leadId); // true
 */
export function sendToRep(authorId: string, repId: string, message: { subject: string; body: string }, leadId?: string): boolean {
  try {
    email.send({
      author: Number(authorId),
      recipients: [Number(repId)],
      ...message,
      ...(leadId === undefined ? {} : { relatedRecords: { entityId: Number(leadId) } }),
    });
    return true;
  } catch (error) {
    log.error({ title: `Lead email to employee ${repId} not sent`, details: String((error as Error)?.message ?? error) });
    return false;
  }
}

/** Said once per run when nobody can be the sender, so the log explains why reps hear nothing. */
export function logNoSender(where: string): void {
  log.audit({ title: 'Rep emails off', details: `Notification Sender is empty on the lead routing deployment: ${where} emails no rep.` });
}
