/** N/email: sent mail is recorded in the account (emulator.emails), never delivered. The author must be an employee. */
import { missingArgument, suiteScriptError } from '../errors';
import type { Execution } from '../execution';

export function createEmailModule(execution: Execution) {
  const { account } = execution;

  function record(options: Record<string, unknown>): void {
    if (options.author === undefined || options.author === null) throw missingArgument('author');
    if (options.recipients === undefined || options.recipients === null) throw missingArgument('recipients');
    const author = String(options.author);
    const related = options.relatedRecords as Record<string, unknown> | undefined;
    if (!account.store.get('employee', author)) throw suiteScriptError('INVALID_KEY_OR_REF', `Invalid author reference key ${author}.`);
    account.emails.push({
      author,
      recipients: (Array.isArray(options.recipients) ? options.recipients : [options.recipients]).map(String),
      subject: String(options.subject ?? ''),
      body: String(options.body ?? ''),
      sentBy: execution.scriptId,
      ...(related ? { relatedRecords: Object.fromEntries(Object.entries(related).map(([key, value]) => [key, String(value)])) } : {}),
    });
  }

  return {
    send(options: Record<string, unknown>): void {
      execution.meter.charge('email.send');
      record(options);
    },
    sendBulk(options: Record<string, unknown>): void {
      execution.meter.charge('email.sendBulk');
      record(options);
    },
  };
}
