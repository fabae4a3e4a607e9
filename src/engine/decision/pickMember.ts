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
  /** `e = max(t, M − 1)` for a contender that comes back, else `t`. */
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
 * Round robin: with `M` the largest turns among the contenders, each that comes back (by default all; the lead's
 * routing says which, see ComesBack) has `e = max(t, M − 1)`, any other `e = t`; among those whose
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
export function pickMember<C extends Contender>(method: Method, contenders: readonly C[], comesBack: ComesBack = () => true): MemberPick<C> | null {
  if (contenders.length === 0) return null;
  const floor = floorOf(contenders, comesBack);
  // Load balancing ranks every contender; only round robin holds back those ahead of the mean.
  const meanTurns = method === 'round_robin' ? weightedMeanTurns(contenders, floor) : null;
  const scores = contenders.map((contender) => scoreOf(method, contender, floor, meanTurns));
  const winner = scores.reduce((best, candidate) => (rank(candidate, best) < 0 ? candidate : best));
  return { winner, scores };
}

/**
 * Whether a contender comes back to the rotation (new, or back from time away), so the floor `M − 1` applies to it.
 * Any other member behind `M − 1` fell behind because leads in flight at the same time went to others (SPEC §7):
 * its real turns rank it, so later leads even it out instead of forgiving the lag.
 */
export type ComesBack = (contender: Contender) => boolean;

/** `M − 1` for each contender that comes back (`M` the largest turns among all), none for the others. */
function floorOf(contenders: readonly Contender[], comesBack: ComesBack): (contender: Contender) => number {
  let largest = Number.NEGATIVE_INFINITY;
  for (const contender of contenders) largest = Math.max(largest, contender.turns);
  return (contender) => (comesBack(contender) ? largest - 1 : Number.NEGATIVE_INFINITY);
}

/** `Σ w·e / Σ w`, computed once per pick. */
function weightedMeanTurns(contenders: readonly Contender[], floor: (contender: Contender) => number): number {
  let weighted = 0;
  let weights = 0;
  for (const contender of contenders) {
    weighted += contender.weight * effectiveTurnsOf(contender, floor);
    weights += contender.weight;
  }
  return weighted / weights;
}

// The floor M − 1 is what stops a member returning with few turns from taking a burst of leads.
function effectiveTurnsOf(contender: Contender, floor: (contender: Contender) => number): number {
  return Math.max(contender.turns, floor(contender));
}

function scoreOf<C extends Contender>(method: Method, contender: C, floor: (contender: Contender) => number, meanTurns: number | null): ContenderScore<C> {
  const effectiveTurns = roundTurns(effectiveTurnsOf(contender, floor));
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
