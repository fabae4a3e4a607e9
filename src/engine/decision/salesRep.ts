import type { Ineligibility, RepFacts } from '../types';

/** The reasons a rep cannot take leads, whatever the territory. */
export type RepProblem = Extract<Ineligibility, 'REP_UNKNOWN' | 'REP_INACTIVE' | 'NOT_SALES_REP'>;

/**
 * Why a rep may not take leads (SPEC §3.4: an active employee with the sales-rep box checked), or null when it may.
 *
 * @example
 * salesRepProblem({ id: '7', name: 'Ana Ruiz', isInactive: false, isSalesRep: true }); // null
 * salesRepProblem(undefined); // 'REP_UNKNOWN'
 */
export function salesRepProblem(rep: RepFacts | undefined): RepProblem | null {
  if (rep === undefined) return 'REP_UNKNOWN';
  if (rep.isInactive) return 'REP_INACTIVE';
  if (!rep.isSalesRep) return 'NOT_SALES_REP';
  return null;
}

/** A rep checked for taking a lead (a territory's fallback rep, the default rep), as the trace records it. */
export interface RepCheck {
  repId: string;
  repName: string;
  usable: boolean;
  why?: RepProblem;
}

/**
 * Checks that a rep may take a lead.
 *
 * @example
 * checkRep('9', { id: '9', name: 'Di Eng', isInactive: true, isSalesRep: true });
 * // { repId: '9', repName: 'Di Eng', usable: false, why: 'REP_INACTIVE' }
 */
export function checkRep(repId: string, rep: RepFacts | undefined): RepCheck {
  const problem = salesRepProblem(rep);
  const check = { repId, repName: repName(repId, rep), usable: problem === null };
  return problem === null ? check : { ...check, why: problem };
}

/**
 * How a reason not to take leads reads after a rep's name ("Bo Li is inactive").
 *
 * @example
 * describeIneligibility('NOT_SALES_REP'); // 'not a sales rep'
 */
export function describeIneligibility(why: Ineligibility): string {
  switch (why) {
    case 'REP_UNKNOWN':
      return 'not a known employee';
    case 'REP_INACTIVE':
      return 'inactive';
    case 'NOT_SALES_REP':
      return 'not a sales rep';
    case 'AWAY':
      return 'away';
    case 'AT_CAPACITY':
      return 'at capacity';
  }
}

/**
 * The name a sales rep reads for an employee; the id stands in when the employee is unknown or unnamed.
 *
 * @example
 * repName('7', { id: '7', name: 'Ana Ruiz', isInactive: false, isSalesRep: true }); // 'Ana Ruiz'
 * repName('12', undefined); // 'employee #12'
 */
export function repName(repId: string, rep: RepFacts | undefined): string {
  const name = rep?.name.trim() ?? '';
  return name === '' ? `employee #${repId}` : name;
}
