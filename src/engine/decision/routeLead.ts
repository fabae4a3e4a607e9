import { candidatePositions } from '../definition/match';
import { isRoutingError } from '../errors';
import type { Decision, KnownFacts, LeadFacts, MatcherKind, Plan, RoutingContext, RoutingStep, Trace } from '../types';
import { decideByDefaultRep } from './defaultRep';
import { keepEnteredRep } from './keepEntered';
import { decideByOwner, settledOwner } from './ownerStep';
import { explain } from './reason';
import type { Verdict } from './verdict';
import { walkTerritories, type Walk } from './walkTerritories';

/**
 * Routes one lead (SPEC §3.5; §4 in realign mode): keep the entered rep, else the first matching territory marked
 * before owner that can take it, else the owner of an existing account (in realign, the owner the realignment
 * settled), else the first other matching territory that can take it, else the default rep, else unassigned. Pure: a function of the plan, the lead, the facts known so far and the context.
 * When a rule needs a fact the facts do not settle it returns a request for it instead of a decision (ask, then
 * decide); `decideLead` answers and calls again. It never changes the plan, the lead or the facts. `candidates`, the
 * plan's positions that may match the lead, depend on neither the facts nor the context: `decideLead` finds them once
 * for all its calls.
 *
 * @example
 * routeLead(plan, lead, NO_FACTS, context).request; // { kind: 'memberStates', memberIds: ['11', '12'], countOpenLeadsOf: [] }
 * const { decision } = routeLead(plan, lead, facts, context); // with the members' states and reps learnt
 * decision.status; // 'ROUTED'
 * decision.reason; // 'Routed to Ana Ruiz by territory West (priority 10: country US, state CA), round robin, among 3 eligible reps.'
 * decision.memberUpdate; // { memberId: '11', territoryId: '1', repId: '7', turns: 4, assigned: 10, lastAssigned: '2026-11-26T09:00:00Z' }
 */
export function routeLead(
  plan: Plan,
  lead: LeadFacts,
  facts: KnownFacts,
  context: RoutingContext,
  matcher: MatcherKind = 'indexed',
  candidates: readonly number[] = candidatePositions(plan, lead, matcher),
): RoutingStep {
  const { settings } = context;
  const realign = context.mode.kind === 'realign';
  const trace: Trace = { territories: [], ruledOutByIndex: 0, ...(realign ? { currentRepId: lead.salesRepId } : {}) };
  const decide = (verdict: Verdict): RoutingStep => ({ decision: explain({ ...verdict, decidedAt: context.now, trace }) });

  if (!realign) {
    const kept = keepEnteredRep(lead, settings, facts);
    if ('request' in kept) return kept;
    trace.keepExisting = kept.trace;
    if (kept.verdict !== null) return decide(kept.verdict);
  }

  const first = walkTerritories(plan, lead, context, facts, candidates, 'beforeOwner');
  if ('request' in first) return first;
  addWalk(trace, first);
  if (first.verdict !== null) return decide(first.verdict);

  const owner = context.mode.kind === 'realign' ? settledOwner(context.mode.owner) : decideByOwner(lead, settings, facts);
  if ('request' in owner) return owner;
  trace.owner = owner.trace;
  if (owner.verdict !== null) return decide(owner.verdict);

  const walk = walkTerritories(plan, lead, context, facts, candidates, 'afterOwner');
  if ('request' in walk) return walk;
  addWalk(trace, walk);
  if (walk.verdict !== null) return decide(walk.verdict);

  const defaultRep = decideByDefaultRep(settings, facts);
  if ('request' in defaultRep) return defaultRep;
  trace.defaultRep = defaultRep.trace;
  if (defaultRep.verdict !== null) return decide(defaultRep.verdict);

  // Routing never clears a rep: a lead nothing decides keeps the one it has (realign, or keep-existing off).
  return decide({ status: 'UNASSIGNED', repId: lead.salesRepId, territoryId: null, memberUpdate: null });
}

/** Adds a walk's territories, and what it ruled out or did not reach, to the trace. */
function addWalk(trace: Trace, walk: Walk): void {
  trace.territories = [...trace.territories, ...walk.territories];
  trace.ruledOutByIndex += walk.ruledOutByIndex;
  if (walk.notReached > 0) trace.notReached = walk.notReached;
  if (walk.keptRepName !== undefined) trace.currentRepName = walk.keptRepName;
}

/**
 * The decision recorded when routing fails (SPEC §3.6): the lead saves as entered, with status ERROR and the
 * error in the reason. The code is the RoutingError's, else UNEXPECTED_ERROR.
 *
 * @example
 * errorDecision(lead({ salesRepId: '7' }), routingError('MALFORMED_PLAN', 'cached plan is unreadable'), now).reason;
 * // 'Routing failed (MALFORMED_PLAN): cached plan is unreadable — the lead was saved as entered.'
 */
export function errorDecision(lead: LeadFacts, error: unknown, now: string): Decision {
  const code = isRoutingError(error) ? error.code : 'UNEXPECTED_ERROR';
  return explain({
    status: 'ERROR',
    repId: lead.salesRepId,
    territoryId: null,
    memberUpdate: null,
    decidedAt: now,
    trace: { territories: [], ruledOutByIndex: 0, error: { code, message: describeError(error) } },
  });
}

/**
 * SuiteScript errors are plain objects with a `name` (e.g. SSS_USAGE_LIMIT_EXCEEDED) and a `message`; the name
 * says more than the message, so it leads unless it is a RoutingError's (its code already shows) or a bare 'Error'.
 */
function describeError(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { name, message } = error as { name?: unknown; message?: unknown };
  const text = typeof message === 'string' && message !== '' ? message : String(error);
  const showName = typeof name === 'string' && name !== '' && name !== 'Error' && !isRoutingError(error);
  return showName ? `${name}: ${text}` : text;
}
