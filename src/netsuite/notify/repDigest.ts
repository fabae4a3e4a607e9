/**
 * One email per rep per bulk run (SPEC §8): the sweep, the realignment's APPLY and the response-time check collect
 * the leads each run gives to reps through territories with Email the Rep on, and send each rep one digest at the
 * end. Which territories notify is read once per run (10 units) and only when a sender is set; each digest is an
 * email (20 units), which the runs' budgets keep back for every rep waiting for one.
 */
import search from 'N/search';
import type { Status } from '../../engine';
import { RECORD, TERRITORY_RESPONSE } from '../ids';
import { allRows } from '../searchRows';
import { UNITS } from '../unitCosts';
import { digestEmail, logNoSender, sendToRep, type LeadNotice } from './repEmail';

/** Statuses a rep is told about: a territory gave them the lead. */
export const NOTIFIED_STATUSES: readonly Status[] = ['ROUTED', 'FALLBACK', 'REASSIGNED'];

export interface RepDigest {
  /** Adds a lead the run gave a rep, when its status and its territory call for an email. */
  add(status: Status, repId: string | null, territoryId: string | null, notice: LeadNotice): void;
  /** Units to keep back to send every digest, and one more should the next lead go to a new rep (0 without a sender). */
  unitsToSend(): number;
  /** Sends every digest; returns how many were sent. */
  send(): number;
}

/** Territories with Email the Rep checked, active or not (a lead may have been routed before a territory closed). */
export function notifyingTerritories(): Set<string> {
  const query = search.create({ type: RECORD.territory, filters: [[TERRITORY_RESPONSE.notify, 'is', 'T']], columns: ['internalid'] });
  return new Set(allRows(query, (result) => String(result.id)));
}

/**
 * A run's digests. Without a sender nothing is read or sent, and the first lead that would have been emailed says so
 * in the log, once.
 *
 * @example
 * const digest = createRepDigest('the sweep', settings.notifyAuthor);
 * digest.add(decision.status, decision.repId, decision.territoryId, notice);
 * digest.send(); // 3 reps emailed
 */
export function createRepDigest(runName: string, authorId: string | null): RepDigest {
  const territories = authorId === null ? new Set<string>() : notifyingTerritories();
  const byRep = new Map<string, LeadNotice[]>();
  let saidNoSender = false;
  return {
    add(status, repId, territoryId, notice) {
      if (!NOTIFIED_STATUSES.includes(status) || repId === null || territoryId === null) return;
      if (authorId === null) {
        if (!saidNoSender) logNoSender(runName);
        saidNoSender = true;
        return;
      }
      if (!territories.has(territoryId)) return;
      byRep.set(repId, [...(byRep.get(repId) ?? []), notice]);
    },
    unitsToSend: () => (authorId === null ? 0 : UNITS.emailSend * (byRep.size + 1)),
    send() {
      let sent = 0;
      for (const [repId, notices] of byRep) if (authorId !== null && sendToRep(authorId, repId, digestEmail(runName, notices))) sent += 1;
      byRep.clear();
      return sent;
    },
  };
}
