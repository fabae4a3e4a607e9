/**
 * One console health request (action=health, format=json) on the BUILT Suitelet over an emulated account of the
 * given size: the account's size, the request's units and usage limit, its wall time, and the leads it read. The
 * leads are lead-stage records created in the last 90 days (the period the view reads), routed as the engine would.
 */
import { openConsole } from '../console/consoleHost';
import { emulatedAccount } from './emulatedAccount';

export interface HealthMeasured {
  territories: number;
  members: number;
  leads: number;
  units: number;
  usageLimit: number;
  seconds: number;
  leadGroups: number;
}

/** @example measureHealth(50, 2_000).units; // → 66 */
export function measureHealth(territories: number, leads: number): HealthMeasured {
  const built = emulatedAccount({ territories, customers: 0, matchOwner: false, existingLeads: { count: leads, routed: true } });
  const host = openConsole(built.account);
  // Once to compile and cache the plan (as any lead since the last territory change has), then the measured request.
  host.request('GET', { action: 'test', country: 'US', format: 'json' });
  const start = performance.now();
  const answer = host.request('GET', { action: 'health', format: 'json' });
  const seconds = (performance.now() - start) / 1000;
  const body = JSON.parse(answer.body) as { leadsRead?: number; leadGroups?: number; error?: string };
  if (body.error !== undefined) throw new Error(`health failed: ${body.error}`);
  if (body.leadsRead !== leads) throw new Error(`health read ${body.leadsRead} leads of ${leads}`);
  return { territories: built.territories, members: built.members, leads, units: answer.invocation.unitsUsed, usageLimit: answer.invocation.usageLimit, seconds, leadGroups: body.leadGroups ?? 0 };
}
