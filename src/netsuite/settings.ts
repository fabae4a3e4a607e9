/** The routing parameters of the running deployment (SPEC §2, Deployment parameters). */
import runtime from 'N/runtime';
import type { RoutingSettings } from '../engine';
import { PARAM } from './ids';
import { asBoolean, asId, isoDate, type FieldValue } from './mapper';

export function readSettings(): RoutingSettings {
  const script = runtime.getCurrentScript();
  const parameter = (name: string) => script.getParameter({ name }) as FieldValue;
  return {
    keepExisting: asBoolean(parameter(PARAM.keepExisting)),
    matchOwner: asBoolean(parameter(PARAM.matchOwner)),
    defaultRepId: asId(parameter(PARAM.defaultRep)),
  };
}

/** The moment of routing and the calendar day it falls on (NetSuite server time). */
export function readClock(): { now: string; today: string } {
  const now = new Date();
  return { now: now.toISOString(), today: isoDate(now) };
}
