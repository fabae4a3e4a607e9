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
}

export interface MemberPick<C extends Contender> {
  winner: ContenderScore<C>;
  /** Every contender's score, in the order given. */
  scores: ContenderScore<C>[];
}

/**
 * Picks one of a territory's eligible members (SPEC §3.4), or null when there is none.
 *
 * Round robin: with `M` the largest turns among the contenders, each has `e = max(t, M − 1)`; the smallest
 * `e + 1/w` wins, ties to the lower member id. Load balanced: the smallest `open leads / w` wins, ties by the
 * round-robin rank. Either way the winner's new turns are its `nextTurns` (rounded to 10 decimals).
 *
 * @example
 * const pick = pickMember('round_robin', [
 *   { memberId: '1', weight: 2, turns: 0.5 },
 *   { memberId: '2', weight: 1, turns: 0 },
 * ]);
 * pick?.winner.contender.memberId; // '1': its 0.5 + 1/2 ties with 0 + 1/1, and it has the lower id
 * pick?.winner.nextTurns; // 1
 */
export function pickMember<C extends Contender>(method: Method, contenders: readonly C[]): MemberPick<C> | null {
  if (contenders.length === 0) return null;
  const mostTurns = Math.max(...contenders.map((contender) => contender.turns));
  const scores = contenders.map((contender) => scoreOf(method, contender, mostTurns));
  const winner = scores.reduce((best, candidate) => (rank(candidate, best) < 0 ? candidate : best));
  return { winner, scores };
}

function scoreOf<C extends Contender>(method: Method, contender: C, mostTurns: number): ContenderScore<C> {
  // The floor M − 1 is what stops a member returning with few turns from taking a burst of leads.
  const effectiveTurns = roundTurns(Math.max(contender.turns, mostTurns - 1));
  const nextTurns = roundTurns(effectiveTurns + 1 / contender.weight);
  const score = method === 'load_balanced' ? (contender.openLeads ?? 0) / contender.weight : nextTurns;
  return { contender, effectiveTurns, nextTurns, score };
}

function rank(a: ContenderScore<Contender>, b: ContenderScore<Contender>): number {
  return (
    compareScores(a.score, b.score) ||
    compareScores(a.nextTurns, b.nextTurns) ||
    compareIds(a.contender.memberId, b.contender.memberId)
  );
}
