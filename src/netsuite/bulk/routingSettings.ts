/**
 * The routing settings of the bulk scripts (scheme A, docs/sdf-objects.md "Script parameters"): the three
 * parameters are declared only on the lead user event, so the sweep and the realignment read the values an
 * administrator set on its deployment `customdeploy_tlr_ue_lead`. 15 units: a search for the deployment's internal
 * id (10) and a load of the deployment record (5, "other record").
 */
import log from 'N/log';
import type { RoutingSettings } from '../../engine';
import { loadDeploymentRecord } from '../deploymentRecord';
import { DEPLOYMENT, PARAM } from '../ids';
import { asBoolean, asId, type FieldValue } from '../mapper';

/** The routing settings, whether routing is paused, and who hears about territories skipped for invalid data. */
export interface LeadEventSettings extends RoutingSettings {
  paused: boolean;
  alertTo: string | null;
  /** Notification Sender: the employee rep emails are sent as (none: no email). */
  notifyAuthor: string | null;
}

/** SPEC §2 defaults, used when the lead user event's deployment cannot be read. */
export const DEFAULT_SETTINGS: LeadEventSettings = { keepExisting: true, matchOwner: true, defaultRepId: null, paused: false, alertTo: null, notifyAuthor: null };

/**
 * The settings of the lead user event's deployment, or the SPEC defaults (logged) when that deployment is missing
 * or unreadable: a bulk run then still routes with the rules an unconfigured account would have.
 *
 * @example
 * readLeadEventSettings(); // { keepExisting: true, matchOwner: true, defaultRepId: '12', paused: false, alertTo: '3', notifyAuthor: '3' }
 */
export function readLeadEventSettings(): LeadEventSettings {
  try {
    const deployment = loadDeploymentRecord(DEPLOYMENT.ueLead);
    if (deployment === null) throw new Error(`no script deployment ${DEPLOYMENT.ueLead} was found`);
    const value = (fieldId: string) => deployment.getValue({ fieldId }) as FieldValue;
    return {
      keepExisting: asBoolean(value(PARAM.keepExisting)),
      matchOwner: asBoolean(value(PARAM.matchOwner)),
      defaultRepId: asId(value(PARAM.defaultRep)),
      paused: asBoolean(value(PARAM.paused)),
      alertTo: asId(value(PARAM.alertTo)),
      notifyAuthor: asId(value(PARAM.notifyAuthor)),
    };
  } catch (error) {
    log.error({
      title: 'Routing settings of the lead user event unreadable; using the defaults',
      details: `${String((error as Error)?.message ?? error)} — keep existing rep and owner matching on, no default rep, not paused.`,
    });
    return DEFAULT_SETTINGS;
  }
}
