/**
 * The lead user event's notification (SPEC §8): after a new lead is saved, the rep a territory routed it to gets one
 * email, when the territory has Email the Rep checked and a Notification Sender is set. On create a lead carries a
 * territory only when a territory decided it (Routed or Fallback), so the saved territory field is the test.
 * Costs 21 units when it sends (the territory's flag 1, the email 20), 1 when the territory does not notify, 0 else.
 */
import log from 'N/log';
import type record from 'N/record';
import search from 'N/search';
import { LEAD, PARAM, RECORD, TERRITORY_RESPONSE } from '../ids';
import { asBoolean, asId, asText, type FieldValue } from '../mapper';
import { scriptParameter } from '../settings';
import { leadEmail, logNoSender, sendToRep } from './repEmail';

/** Whether the territory has Email the Rep checked (1 unit). */
function territoryNotifies(territoryId: string): boolean {
  const values = search.lookupFields({ type: RECORD.territory, id: territoryId, columns: [TERRITORY_RESPONSE.notify] });
  return asBoolean(values[TERRITORY_RESPONSE.notify] as FieldValue);
}

/**
 * afterSubmit on CREATE: emails the rep about the lead just saved, or does nothing. Never throws: routing and the
 * save are done by now.
 *
 * @example
 * emailRepAboutNewLead(context.newRecord); // 'New lead for you: Jo Park (Acme)' to the lead's sales rep
 */
export function emailRepAboutNewLead(lead: record.Record): void {
  try {
    const read = (fieldId: string) => lead.getValue({ fieldId }) as FieldValue;
    const territoryId = asId(read(LEAD.territory));
    const repId = asId(read(LEAD.salesRep));
    if (territoryId === null || repId === null) return;
    const authorId = asId(scriptParameter(PARAM.notifyAuthor));
    if (authorId === null) {
      logNoSender('a new lead');
      return;
    }
    if (!territoryNotifies(territoryId)) return;
    const leadId = String(lead.id);
    const notice = { leadId, name: asText(read(LEAD.entityId)), companyName: asText(read(LEAD.companyName)), reason: asText(read(LEAD.reason)) };
    sendToRep(authorId, repId, leadEmail(notice), leadId);
  } catch (error) {
    log.error({ title: 'Rep not emailed about the new lead', details: String((error as Error)?.message ?? error) });
  }
}
