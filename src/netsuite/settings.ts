/** The routing parameters of the running deployment (SPEC §2, Deployment parameters). */
import log from 'N/log';
import runtime from 'N/runtime';
import type { RoutingSettings } from '../engine';
import { PARAM } from './ids';
import { asBoolean, asId, type FieldValue } from './mapper';

/** A parameter of the running deployment, as NetSuite gives it. */
export function scriptParameter(name: string): FieldValue {
  return runtime.getCurrentScript().getParameter({ name }) as FieldValue;
}

export function readSettings(): RoutingSettings {
  return {
    keepExisting: asBoolean(scriptParameter(PARAM.keepExisting)),
    matchOwner: asBoolean(scriptParameter(PARAM.matchOwner)),
    defaultRepId: asId(scriptParameter(PARAM.defaultRep)),
  };
}

/** Pause Routing on this deployment (0 units): new leads save as entered while it is checked. */
export function routingPaused(): boolean {
  const paused = asBoolean(scriptParameter(PARAM.paused));
  if (paused) log.audit({ title: 'Routing is paused', details: 'Pause Routing is checked on the lead routing deployment; the lead is saved as entered.' });
  return paused;
}

/** The employee who hears about territories skipped for invalid data (Send Territory Problems To), or null. */
export function alertRecipient(): string | null {
  return asId(scriptParameter(PARAM.alertTo));
}

/**
 * The moment of routing. Its calendar day is not the server's: the engine decides it per territory from the time
 * zones kept with the cached plan (SPEC §3.4).
 */
export function readClock(): { now: string } {
  return { now: new Date().toISOString() };
}
