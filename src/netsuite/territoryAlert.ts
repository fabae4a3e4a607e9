/**
 * Territories skipped for invalid data reach an administrator, not only the execution log: one email per load of the
 * territories (a cache miss), to the employee in Send Territory Problems To, sent in that employee's name (N/email
 * needs an employee as author). A failed email is logged and never fails routing.
 */
import email from 'N/email';
import log from 'N/log';
import type { SkippedTerritory } from '../engine';
import { describeProblem } from './problemText';
import { PRODUCT } from './version';

/**
 * The email's subject and body: each territory by name and internal id, each problem on its own line.
 *
 * @example
 * skippedTerritoryEmail([{ territoryId: '3', name: 'West', problems: [{ code: 'UNKNOWN_COUNTRY', field: 'countries', entry: 'XX', reason: 'is not …' }] }]);
 * // { subject: 'Lead routing: 1 territory skipped for invalid data', body: '… Territory "West" (internal ID 3):\n- Countries: …' }
 */
export function skippedTerritoryEmail(skipped: readonly SkippedTerritory[]): { subject: string; body: string } {
  const count = skipped.length === 1 ? '1 territory' : `${skipped.length} territories`;
  const sections = skipped.map(
    (territory) => `Territory "${territory.name}" (internal ID ${territory.territoryId}):\n${territory.problems.map((problem) => `- ${describeProblem(problem)}`).join('\n')}`,
  );
  return {
    subject: `Lead routing: ${count} skipped for invalid data`,
    body: [
      `${PRODUCT} skips these territories because their data, or the data of one of their active members, is invalid. Leads are routed as if they did not exist until they are fixed.`,
      ...sections,
      'Open each territory (and its members), correct the fields named above and save: the next lead is routed with it.',
    ].join('\n\n'),
  };
}

/** Sends the email when something was skipped and a recipient is set (20 units); logs instead of failing. */
export function alertSkippedTerritories(skipped: readonly SkippedTerritory[], recipientId: string | null): void {
  if (skipped.length === 0 || recipientId === null) return;
  try {
    email.send({ author: Number(recipientId), recipients: [Number(recipientId)], ...skippedTerritoryEmail(skipped) });
  } catch (error) {
    log.error({ title: 'Email about skipped territories not sent', details: String((error as Error)?.message ?? error) });
  }
}
