import { compareIds } from '../definition/compare';
import type { Method } from '../types';
import { compareScores, roundTurns } from './turns';

/** An eligible member as the pick sees it. */
export interface Contender {
  memberId: string;
  weight: number;
  turns: number;
  /** The rep's open leads; read by load balancing only (missing counts as 0, like the port). */
  openLeads?: number;
}

/** How a contender ranked. */
export interface ContenderScore<C extends Contender> {
  contender: C;
  /** `e = max(t, M − 1)`. */
  effectiveTurns: number;
  /** `e + 1/w`: the member's turns if it wins. */
  nextTurns: number;
  /** What it was ranked by first: `e + 1/w` (round robin) or `open leads / w` (load balanced). */
  score: number;
  /** Round robin: its `e` is above the weighted mean of the contenders' `e`, so it may not win. Never in load balancing. */
  aheadOfMean: boolean;
}

export interface MemberPick<C extends Contender> {
  winner: ContenderScore<C>;
  /** Every contender's score, in the order given. */
  scores: ContenderScore<C>[];
}

/**
 * Picks one of a territory's eligible members (SPEC §3.4), or null when there is none.
 *
 * Round robin: with `M` the largest turns among the contenders, each has `e = max(t, M − 1)`; among those whose
 * `e` is at most the weighted mean `Σ w·e / Σ w`, the smallest `e + 1/w` wins, ties to the lower member id.
 * Load balanced: the smallest `open leads / w` wins, ties by `e + 1/w`, then the lower member id. Either way the
 * winner's new turns are its `nextTurns` (rounded to 10 decimals).
 *
 * @example
 * const pick = pickMember('round_robin', [
 *   { memberId: '1', weight: 2, turns: 0.5 },
 *   { memberId: '2', weight: 1, turns: 0 },
 * ]);
 * pick?.winner.contender.memberId; // '2': member 1's 0.5 is above the mean 1/3, so it waits
 * pick?.winner.nextTurns; // 1
 */
export function pickMember<C extends Contender>(method: Method, contenders: readonly C[]): MemberPick<C> | null {
  if (contenders.length === 0) return null;
  const mostTurns = largestTurns(contenders);
  // Load balancing ranks every contender; only round robin holds back those ahead of the mean.
  const meanTurns = method === 'round_robin' ? weightedMeanTurns(contenders, mostTurns) : null;
  const scores = contenders.map((contender) => scoreOf(method, contender, mostTurns, meanTurns));
  const winner = scores.reduce((best, candidate) => (rank(candidate, best) < 0 ? candidate : best));
  return { winner, scores };
}

function largestTurns(contenders: readonly Contender[]): number {
  let largest = Number.NEGATIVE_INFINITY;
  for (const contender of contenders) largest = Math.max(largest, contender.turns);
  return largest;
}

/** `Σ w·e / Σ w`, computed once per pick. */
function weightedMeanTurns(contenders: readonly Contender[], mostTurns: number): number {
  let weighted = 0;
  let weights = 0;
  for (const contender of contenders) {
    weighted += contender.weight * effectiveTurnsOf(contender, mostTurns);
    weights += contender.weight;
  }
  return weighted / weights;
}

// The floor M − 1 is what stops a member returning with few turns from taking a burst of leads.
function effectiveTurnsOf(contender: Contender, mostTurns: number): number {
  return Math.max(contender.turns, mostTurns - 1);
}

function scoreOf<C extends Contender>(method: Method, contender: C, mostTurns: number, meanTurns: number | null): ContenderScore<C> {
  const effectiveTurns = roundTurns(effectiveTurnsOf(contender, mostTurns));
  const nextTurns = roundTurns(effectiveTurns + 1 / contender.weight);
  const score = method === 'load_balanced' ? (contender.openLeads ?? 0) / contender.weight : nextTurns;
  // Compared with the scores' tolerance, so a member exactly at the mean on paper is never held back by binary noise.
  const aheadOfMean = meanTurns !== null && compareScores(effectiveTurns, meanTurns) > 0;
  return { contender, effectiveTurns, nextTurns, score, aheadOfMean };
}

/** Members ahead of the mean rank after all others; the one with the least `e` never is, so someone always wins. */
function rank(a: ContenderScore<Contender>, b: ContenderScore<Contender>): number {
  return (
    Number(a.aheadOfMean) - Number(b.aheadOfMean) ||
    compareScores(a.score, b.score) ||
    compareScores(a.nextTurns, b.nextTurns) ||
    compareIds(a.contender.memberId, b.contender.memberId)
  );
}
