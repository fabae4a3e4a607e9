/** The routing parameters of the running deployment (SPEC §2, Deployment parameters). */
import runtime from 'N/runtime';
import type { RoutingSettings } from '../engine';
import { PARAM } from './ids';
import { asBoolean, asId, isoDate, type FieldValue } from './mapper';

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

/** The moment of routing and the calendar day it falls on (NetSuite server time). */
export function readClock(): { now: string; today: string } {
  const now = new Date();
  return { now: now.toISOString(), today: isoDate(now) };
}
