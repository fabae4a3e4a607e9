/**
 * "Why not this rep?" (SPEC §6): one sentence on why a test's lead does not go to a given rep, read from the
 * decision's trace and the plan. The rep's first chance in routing order is what the sentence explains: the first
 * territory (by priority, then id) that has the rep as an active member or as its fallback rep.
 */
import type { Decision, MemberTrace, Plan, PlanTerritory, TerritoryTrace } from '../engine';
import { CRITERION_NAMES } from './criterionNames';
import { memberWhy } from './memberWhy';

export interface AskedRep {
  id: string;
  /** null when no employee has that id. */
  name: string | null;
}

function territoryLabel(territory: Pick<PlanTerritory, 'name' | 'id' | 'priority'>): string {
  return `territory ${territory.name} (id ${territory.id}, priority ${territory.priority})`;
}

function failedCriterion(trace: TerritoryTrace): string {
  const failed = trace.checks.find((check) => !check.passed);
  if (failed === undefined) return 'it does not match';
  const observed = failed.observed === '' ? 'empty on the lead' : `${failed.observed} on the lead`;
  return `its ${CRITERION_NAMES[failed.criterion]} criterion expects ${failed.expected.join(', ')} and the value is ${observed}`;
}

function rankingNote(trace: TerritoryTrace, asked: MemberTrace, winner: MemberTrace | undefined): string {
  if (winner === undefined) return '';
  if (trace.method === 'load_balanced') {
    const load = (member: MemberTrace) => `${member.repName} ${member.openLeads ?? 0} over weight ${member.weight}`;
    return ` (open leads: ${load(winner)}, ${load(asked)})`;
  }
  const turns = (member: MemberTrace) => `${member.repName} ${member.effectiveTurns ?? member.turns}`;
  return ` (turns taken: ${turns(winner)}, ${turns(asked)})`;
}

function pickedBy(trace: TerritoryTrace, winner: MemberTrace | undefined): string {
  if (trace.outcome !== 'ROUTED') return 'another rule decided';
  return `${trace.method === 'load_balanced' ? 'load balancing' : 'round robin'} picked ${winner?.repName ?? 'another member'}`;
}

function inConsideredTerritory(rep: AskedRep & { name: string }, territory: PlanTerritory, trace: TerritoryTrace, decision: Decision): string {
  const where = territoryLabel(territory);
  if (!trace.matched) return `${rep.name} is in ${where}, which does not match this lead: ${failedCriterion(trace)}.`;
  const asked = trace.members?.find((member) => member.repId === rep.id);
  if (asked !== undefined) {
    if (!asked.eligible) return `${rep.name} is a member of ${where} but is not eligible: ${memberWhy(asked)}.`;
    const winner = trace.members?.find((member) => member.repId === decision.repId);
    return `${rep.name} is an eligible member of ${where}, but ${pickedBy(trace, winner)}${rankingNote(trace, asked, winner)}.`;
  }
  const fallback = trace.fallbackRep;
  if (fallback !== undefined && !fallback.usable) {
    return `${rep.name} is the fallback rep of ${where} but cannot take leads: ${memberWhy({ eligible: false, why: fallback.why })}.`;
  }
  return `${rep.name} is the fallback rep of ${where}, which takes a lead only when no member is eligible, and a member was.`;
}

/**
 * @example
 * whyNotRep({ id: '8', name: 'Bo Li' }, decision, plan);
 * // 'Bo Li is a member of territory West (id 1, priority 10) but is not eligible: away 2026-11-20 – 2026-12-01.'
 */
export function whyNotRep(rep: AskedRep, decision: Decision, plan: Plan): string {
  if (rep.name === null) return `No employee has internal id ${rep.id}, so no lead can go to them.`;
  const { name } = rep;
  if (decision.status === 'ERROR') return `Routing failed for this lead (${decision.trace.error?.code ?? 'error'}), so it goes to no rep: ${decision.reason}`;
  if (decision.repId === rep.id) return `${name} is the rep this lead goes to: ${decision.reason}`;
  if (decision.status === 'KEPT' && decision.trace.keepExisting?.applied) {
    return `The lead keeps the sales rep entered on it (${decision.trace.keepExisting.repName ?? decision.repId}), so no territory is tried for ${name}.`;
  }
  if (decision.status === 'OWNER') {
    const winner = decision.trace.owner?.winner;
    const owner = winner === undefined ? 'an existing account' : `existing ${winner.stage.toLowerCase()} ${winner.recordName === '' ? '' : `${winner.recordName} `}(#${winner.recordId}, same ${winner.matchedBy === 'domain' ? 'email domain' : 'company name'})`;
    return `The lead goes to the owner of ${owner}, ${winner?.repName ?? 'its rep'}, before any territory is tried, so ${name} is not considered.`;
  }
  const first = plan.territories.find((territory) => territory.fallbackRepId === rep.id || territory.members.some((member) => member.repId === rep.id));
  if (first === undefined) return `${name} is not an active member or fallback rep of any active, valid territory.`;
  const trace = decision.trace.territories.find((candidate) => candidate.territoryId === first.id);
  if (trace !== undefined) return inConsideredTerritory({ id: rep.id, name }, first, trace, decision);
  const deciding = decision.trace.territories.find((candidate) => candidate.outcome === 'ROUTED' || candidate.outcome === 'FALLBACK');
  if (deciding !== undefined) return `${name}'s first ${territoryLabel(first)} comes after ${territoryLabel({ name: deciding.name, id: deciding.territoryId, priority: deciding.priority })}, which decided.`;
  return `${name} is in ${territoryLabel(first)}, which was not considered for this lead.`;
}
