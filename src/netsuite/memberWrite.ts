/** Writing a member's script-maintained state as the bulk paths settle it (engine/batch settleMemberChange). */
import record from 'N/record';
import type { MemberUpdate } from '../engine';
import { MEMBER, RECORD } from './ids';

/** Writes turns, assigned and last assigned on the member (2 units: custom record submitFields). */
export function commitMemberUpdate(update: MemberUpdate): void {
  record.submitFields({
    type: RECORD.member,
    id: update.memberId,
    values: {
      [MEMBER.turns]: update.turns,
      [MEMBER.assigned]: update.assigned,
      [MEMBER.lastAssigned]: new Date(update.lastAssigned),
    },
    options: { enableSourcing: false, ignoreMandatoryFields: true },
  });
}
