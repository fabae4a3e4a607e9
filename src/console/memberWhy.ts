/** A member's eligibility as the console shows it: the trace's own detail where it has one. */
import { describeIneligibility, type MemberTrace } from '../engine';

/** @example memberWhy({ eligible: false, why: 'AWAY', detail: 'away 2026-11-20 – 2026-12-01', … }); // 'away 2026-11-20 – 2026-12-01' */
export function memberWhy(member: Pick<MemberTrace, 'eligible' | 'why' | 'detail'>): string {
  if (member.eligible) return 'eligible';
  if (member.detail !== undefined && member.detail !== '') return member.detail;
  return member.why === undefined ? 'not eligible' : describeIneligibility(member.why);
}
