/**
 * One console health request (action=health, format=json) on the BUILT Suitelet over an emulated account of the
 * size given, in a process of its own so the bench can stop it: `tsx tools/bench/healthRequest.ts TERRITORIES LEADS`
 * prints one JSON line — the account's size, the request's units and usage limit, its wall time, and the leads it
 * read. The leads are lead-stage records created in the last 90 days (the period the view reads).
 */
import { openConsole } from '../console/consoleHost';
import { emulatedAccount } from './emulatedAccount';

function main(argv: readonly string[]): void {
  const [territories, leads] = argv.map(Number);
  if (!Number.isInteger(territories) || !Number.isInteger(leads)) throw new Error('usage: healthRequest.ts TERRITORIES LEADS');
  const built = emulatedAccount({ territories: territories!, customers: 0, matchOwner: false, existingLeads: { count: leads!, routed: true } });
  const host = openConsole(built.account);
  // Once to compile and cache the plan (as any lead since the last territory change has), then the measured request.
  host.request('GET', { action: 'test', country: 'US', format: 'json' });
  const start = performance.now();
  const answer = host.request('GET', { action: 'health', format: 'json' });
  const seconds = (performance.now() - start) / 1000;
  const body = JSON.parse(answer.body) as { leadsRead?: number; leadGroups?: number; error?: string };
  if (body.error !== undefined) throw new Error(`health failed: ${body.error}`);
  const { unitsUsed: units, usageLimit } = answer.invocation;
  process.stdout.write(`${JSON.stringify({ territories: built.territories, members: built.members, leads: built.existingLeads, units, usageLimit, seconds, leadsRead: body.leadsRead, leadGroups: body.leadGroups })}\n`);
}

main(process.argv.slice(2));
