import { normalisePostal, withoutHyphens } from '../definition/postal';
import type { CriterionCheck, Decision, ManualChange, MemberTrace, ResponseTimeTrace, TerritoryTrace, Trace } from '../types';
import { describeIneligibility } from './salesRep';

/** The reason field is a TEXTAREA, but a reason is read on a form: keep it short. */
const MAX_LENGTH = 1000;
/** Names listed before "and N more". */
const LIST_LIMIT = 3;
const ERROR_MESSAGE_LIMIT = 700;

/** A decision before its reason is written. */
export type UnexplainedDecision = Omit<Decision, 'reason'>;

/**
 * One readable sentence for a sales rep, rendered from the decision's trace: who got the lead, which
 * territory and criteria decided, by which method, and what was skipped. At most 1,000 characters.
 *
 * @example
 * renderReason(decision);
 * // 'Routed to Ana Ruiz by territory West (priority 10: country US, state CA, postal code 94105 in 94000-94999),
 * //  round robin among 3 eligible reps; skipped Bo Li (away until 2026-12-01).'
 */
export function renderReason(decision: UnexplainedDecision): string {
  return clip(sentenceFor(decision), MAX_LENGTH);
}

/**
 * The decision with its reason.
 *
 * @example
 * explain({ status: 'KEPT', repId: '7', territoryId: null, memberUpdate: null, decidedAt, trace }).reason;
 * // 'Kept the sales rep entered on the lead, Ana Ruiz.'
 */
export function explain(decision: UnexplainedDecision): Decision {
  return { ...decision, reason: renderReason(decision) };
}

function sentenceFor(decision: UnexplainedDecision): string {
  const { trace } = decision;
  const deciding = trace.territories.find((territory) => ['ROUTED', 'FALLBACK', 'KEPT_CURRENT_REP'].includes(territory.outcome));
  switch (decision.status) {
    case 'KEPT':
      return deciding === undefined
        ? `Kept the sales rep entered on the lead, ${trace.keepExisting?.repName ?? repLabel(decision.repId)}.`
        : `Kept the current sales rep ${trace.currentRepName ?? repLabel(decision.repId)}, an active member of ${describeTerritory(deciding)}.`;
    case 'OWNER':
      return ownerSentence(trace);
    case 'ROUTED':
      return deciding === undefined ? 'Routed by a territory.' : routedSentence(deciding, decision.repId, trace);
    case 'FALLBACK':
      return deciding === undefined ? 'Routed to a fallback rep.' : fallbackSentence(deciding, trace);
    case 'DEFAULT':
      return `${capitalise(whyNoTerritory(trace))}, so the default rep ${trace.defaultRep?.repName ?? repLabel(decision.repId)} took the lead.`;
    case 'UNASSIGNED': {
      const outcome = decision.repId ? 'Kept its current sales rep' : 'Left unassigned';
      return `${outcome}: ${whyNoTerritory(trace)} and ${whyNoDefaultRep(trace)}.`;
    }
    case 'REASSIGNED':
      return deciding === undefined ? 'Reassigned for a missed response time.' : reassignedSentence(deciding, decision.repId, trace);
    case 'MANUAL':
      return trace.manualChange === undefined ? 'Sales rep changed by hand; routing leaves this lead alone.' : manualSentence(trace.manualChange);
    case 'ERROR': {
      const error = trace.error ?? { code: 'UNEXPECTED_ERROR', message: 'unknown error' };
      return `Routing failed (${error.code}): ${clip(error.message, ERROR_MESSAGE_LIMIT)} — the lead was saved as entered.`;
    }
  }
}

function manualSentence(change: ManualChange): string {
  const from = change.fromRep === null ? 'no rep' : change.fromRep.name;
  const to = change.toRep === null ? 'no rep' : change.toRep.name;
  const when = `${change.at.slice(0, 10)} ${change.at.slice(11, 16)} UTC`;
  return `Sales rep changed by hand by ${change.by.name} from ${from} to ${to} on ${when}; routing leaves this lead alone.`;
}

function ownerSentence(trace: Trace): string {
  const winner = trace.owner?.winner;
  if (winner === undefined) return 'Assigned to the owner of an existing account.';
  const match =
    winner.matchedBy === 'domain'
      ? `the same email domain ${trace.owner?.emailDomain ?? ''}`
      : `the same company name (${trace.owner?.companyKey ?? ''})`;
  return `Assigned to ${winner.repName}, who owns existing ${winner.stage.toLowerCase()} ${recordLabel(winner.recordName, winner.recordId)} with ${match}.`;
}

/**
 * A record as people find it: its name with the internal id beside it, or the id alone when it has no name.
 *
 * @example
 * recordLabel('Acme Corp', '1013'); // 'Acme Corp (#1013)'
 * recordLabel(' ', '1013'); // '#1013'
 */
export function recordLabel(name: string, id: string): string {
  const trimmed = name.trim();
  return trimmed === '' ? `#${id}` : `${trimmed} (#${id})`;
}

function routedSentence(territory: TerritoryTrace, repId: string | null, trace: Trace): string {
  const members = territory.members ?? [];
  const winner = members.find((member) => member.repId === repId);
  const eligible = members.filter((member) => member.eligible);
  const skipped = members.filter((member) => !member.eligible);
  return (
    `Routed to ${winner?.repName ?? repLabel(repId)} by ${describeTerritory(territory)}, ` +
    describeMethod(territory, eligible, winner) +
    (skipped.length > 0 ? `; skipped ${listOf(skipped.map(describeSkip))}` : '') +
    passedOver(trace) +
    '.'
  );
}

function missedLimit(reassignment: ResponseTimeTrace): string {
  const hours = `${reassignment.slaHours}-hour response time`;
  return `not worked within the ${reassignment.workHours === '' ? hours : `${hours} (${reassignment.workHours})`}`;
}

function reassignedSentence(territory: TerritoryTrace, repId: string | null, trace: Trace): string {
  const members = territory.members ?? [];
  const winner = members.find((member) => member.repId === repId);
  const reassignment = trace.reassignment;
  const eligible = members.filter((member) => member.eligible);
  const from = reassignment === undefined ? '' : ` from ${reassignment.previousRepName}`;
  const why = reassignment === undefined ? '' : `: ${missedLimit(reassignment)}, reassignment ${reassignment.count}`;
  return `Reassigned${from} to ${winner?.repName ?? repLabel(repId)} by territory ${territory.name}${why}; ${describeMethod(territory, eligible, winner)}.`;
}

/**
 * Why a lead whose rep missed the response time stays with that rep: nobody else in the territory is eligible.
 *
 * @example
 * staysSentence(reassignment, territoryTrace);
 * // 'Stays with Ana Ruiz: not worked within the 4-hour response time, but nobody else in territory West is eligible (Bo Li away until 2026-12-01).'
 */
export function staysSentence(reassignment: ResponseTimeTrace, territory: TerritoryTrace): string {
  const others = (territory.members ?? []).filter((member) => member.repId !== reassignment.previousRepId);
  const why = others.length === 0 ? 'it has no other active member' : listOf(others.map(describeSkip));
  return clip(
    `Stays with ${reassignment.previousRepName}: ${missedLimit(reassignment)}, but nobody else in territory ${territory.name} is eligible (${why}).`,
    MAX_LENGTH,
  );
}

function fallbackSentence(territory: TerritoryTrace, trace: Trace): string {
  const members = territory.members ?? [];
  const why = members.length === 0 ? 'no active members' : listOf(members.map(describeSkip));
  return (
    `${capitalise(describeTerritory(territory))} had no eligible rep (${why}), ` +
    `so its fallback rep ${territory.fallbackRep?.repName ?? 'the fallback rep'} took the lead${passedOver(trace)}.`
  );
}

function describeTerritory(territory: TerritoryTrace): string {
  const criteria = territory.checks.length === 0 ? 'no criteria, so every lead matches' : describeChecks(territory.checks);
  return `territory ${territory.name} (priority ${territory.priority}: ${criteria})`;
}

function describeChecks(checks: CriterionCheck[]): string {
  const country = checks.find((check) => check.criterion === 'country')?.observed;
  return checks.map((check) => describeCheck(check, country)).join(', ');
}

function describeCheck(check: CriterionCheck, country: string | undefined): string {
  switch (check.criterion) {
    case 'country':
      return `country ${check.observed}`;
    case 'state': {
      // The observed state is country-qualified (US-CA); once the country is named, the state alone reads better.
      const qualified = country !== undefined && check.observed.startsWith(`${country}-`);
      return `state ${qualified ? check.observed.slice(country.length + 1) : check.observed}`;
    }
    case 'postalCode':
      return describePostalCode(check);
    case 'leadSource':
      return `lead source #${check.observed}`;
    case 'category':
      return `category #${check.observed}`;
    case 'subsidiary':
      return `subsidiary #${check.observed}`;
  }
}

function describePostalCode(check: CriterionCheck): string {
  const code = `postal code ${check.observed}`;
  const entry = check.matchedEntry;
  if (entry === undefined || withoutHyphens(normalisePostal(check.observed)) === withoutHyphens(entry)) return code;
  return entry.endsWith('*') ? `${code} matching ${entry}` : `${code} in ${entry}`;
}

function describeMethod(territory: TerritoryTrace, eligible: MemberTrace[], winner: MemberTrace | undefined): string {
  const among = eligible.length === 1 ? 'the only eligible rep' : `among ${eligible.length} eligible reps`;
  if (territory.method === 'load_balanced') {
    const load = winner?.openLeads === undefined ? '' : ` with ${plural(winner.openLeads, 'open lead')}`;
    return `load balanced (fewest open leads per weight)${load}, ${among}`;
  }
  const weighted = new Set(eligible.map((member) => member.weight)).size > 1;
  return `${weighted ? 'weighted round robin' : 'round robin'}, ${among}`;
}

function describeSkip(member: MemberTrace): string {
  return `${member.repName} ${member.detail ?? 'not eligible'}`;
}

/** Matching territories the walk passed before the deciding one, as a trailing clause. */
function passedOver(trace: Trace): string {
  const passed = trace.territories.filter((territory) => territory.outcome === 'NO_ELIGIBLE_MEMBER');
  if (passed.length === 0) return '';
  const noun = passed.length === 1 ? 'territory' : 'territories';
  return `, after ${noun} ${listOf(passed.map((territory) => territory.name))} had no eligible or fallback rep`;
}

function whyNoTerritory(trace: Trace): string {
  const matched = trace.territories.filter((territory) => territory.matched);
  if (matched.length > 0) {
    const names = listOf(matched.map((territory) => territory.name));
    return `no matching territory had an eligible or fallback rep (${names})`;
  }
  const checked = trace.territories.length + trace.ruledOutByIndex;
  return checked === 0 ? 'no active territory is set up' : `no territory matched (${checked} checked)`;
}

function whyNoDefaultRep(trace: Trace): string {
  const defaultRep = trace.defaultRep;
  if (defaultRep?.repId == null) return 'no default rep is set';
  const problem = defaultRep.why === undefined ? 'not usable' : describeIneligibility(defaultRep.why);
  return `the default rep ${defaultRep.repName ?? repLabel(defaultRep.repId)} is ${problem}`;
}

/** "a, b and c"; "a, b, c and 2 more" past the limit. */
function listOf(items: string[]): string {
  const shown = items.slice(0, LIST_LIMIT);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  const last = shown.pop();
  return shown.length === 0 ? (last ?? '') : `${shown.join(', ')} and ${last}`;
}

function repLabel(repId: string | null): string {
  return repId === null ? 'no rep' : `employee #${repId}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
