/**
 * The test view's work: read the input, take an existing lead's facts when asked, dry-run the routing, answer
 * "why not this rep?", and render the page or the JSON with the units the request used.
 */
import type { FormChoices } from '../../console/choices';
import type { ConsoleAddress } from '../../console/links';
import { ownerRows } from '../../console/ownerRows';
import { readTestInput, InputError, type TestSubject } from '../../console/testInput';
import { testJson } from '../../console/testJson';
import { factValues, renderTestPage, type TestOutcome } from '../../console/testView';
import { whyNotRep } from '../../console/whyNot';
import type { Decision, LeadFacts } from '../../engine';
import { lookUpEmployeeName } from '../employees';
import { hasSubsidiaries } from '../features';
import { dryRunLead } from './dryRun';
import { existingLeadFacts } from './existingLead';
import { readFormChoices } from './formChoices';
import type { ConsoleReply } from './reply';

function subjectFacts(subject: TestSubject): LeadFacts {
  return subject.kind === 'lead' ? existingLeadFacts(subject.leadId) : subject.facts;
}

/** Names of every rep the trace mentions, and of the rep asked about when the trace does not know it (1 unit). */
function repNames(decision: Decision, reps: ReadonlyMap<string, { name: string }>, asked: string | null): Map<string, string> {
  const names = new Map([...reps].map(([id, rep]) => [id, rep.name]));
  for (const territory of decision.trace.territories) for (const member of territory.members ?? []) names.set(member.repId, member.repName);
  if (asked !== null && !names.has(asked)) {
    const name = lookUpEmployeeName(asked);
    if (name !== null) names.set(asked, name);
  }
  return names;
}

function outcomeOf(facts: LeadFacts, rep: string | null): TestOutcome {
  const run = dryRunLead(facts);
  const { decision } = run;
  const names = repNames(decision, run.reps, rep);
  const askedName = rep === null ? null : (names.get(rep) ?? null);
  return {
    facts,
    decision,
    paused: run.paused,
    owners: ownerRows(facts, run.ownerCandidates, run.reps, decision.status === 'OWNER' ? (decision.trace.owner?.winner?.recordId ?? null) : null),
    repNames: names,
    whyNot: rep === null ? null : whyNotRep({ id: rep, name: askedName }, decision, run.plan),
  };
}

/**
 * @example
 * testView({ country: 'US', state: 'CA' }, false, address, unitsSoFar).kind; // 'html'
 */
export function testView(params: Readonly<Record<string, string>>, json: boolean, address: ConsoleAddress, unitsSoFar: () => number): ConsoleReply {
  const input = readTestInput(params, hasSubsidiaries(), json);
  let error: string | null = input.kind === 'refused' ? input.message : null;
  let outcome: TestOutcome | null = null;
  if (input.kind === 'test') {
    try {
      outcome = outcomeOf(subjectFacts(input.subject), input.rep);
    } catch (thrown) {
      if (!(thrown instanceof InputError)) throw thrown;
      error = thrown.message;
    }
  }
  if (json) return { kind: 'json', body: outcome === null ? { error: error ?? '' } : testJson(outcome, unitsSoFar()) };
  const choices: FormChoices = readFormChoices();
  const values = outcome !== null && input.kind === 'test' && input.subject.kind === 'lead' ? { ...params, ...factValues(outcome.facts) } : params;
  return { kind: 'html', body: renderTestPage({ address, choices, values, error, outcome, units: outcome === null ? null : unitsSoFar() }) };
}
