import type { Decision, FactAnswer, FactRequest, KnownFacts, LeadFacts, MatcherKind, Plan, RoutingContext } from '../types';
import { learn, NO_FACTS } from './facts';
import { candidatePositions } from '../definition/match';
import { routeLead } from './routeLead';

/** Answers one request from wherever the caller's facts live: NetSuite for one lead, a snapshot for a bulk run. */
export type AnswerFacts = (request: FactRequest) => FactAnswer;

/** A decision with the facts it was made on (the console shows the owner candidates and reps among them). */
export interface DecidedLead {
  decision: Decision;
  facts: KnownFacts;
}

/**
 * The loop every caller of the engine shares (ask, then decide): call `routeLead`, answer the request it returns,
 * learn the answer, call again, until it decides. Each answer settles every id its request named, so no fact is
 * asked twice and the loop ends. Errors of `answer` propagate: the caller records them with `errorDecision`.
 *
 * @example
 * const { decision } = decideLead(plan, lead, context, (request) => answerFromNetSuite(request));
 * decision.status; // 'ROUTED'
 */
export function decideLead(
  plan: Plan,
  lead: LeadFacts,
  context: RoutingContext,
  answer: AnswerFacts,
  options: { facts?: KnownFacts; matcher?: MatcherKind } = {},
): DecidedLead {
  let facts = options.facts ?? NO_FACTS;
  const matcher = options.matcher ?? 'indexed';
  // What the index finds for the lead is the same on every pass: found once, not once a pass and walk.
  const candidates = candidatePositions(plan, lead, matcher);
  for (;;) {
    const step = routeLead(plan, lead, facts, context, matcher, candidates);
    if (step.request === undefined) return { decision: step.decision, facts };
    facts = learn(facts, step.request, answer(step.request));
  }
}
