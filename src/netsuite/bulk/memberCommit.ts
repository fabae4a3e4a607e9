/**
 * Committing a bulk run's member states once (SPEC §3.4, §4): the members are read again (10 units for up to 1,000)
 * so that picks the lead user event committed during the run are kept (engine/batch settleMemberChange), then each
 * is written with submitFields (2 units). One failing member is logged and the others still commit.
 */
import log from 'N/log';
import search from 'N/search';
import { settleMemberChange, type MemberChange } from '../../engine/batch';
import type { MemberState } from '../../engine';
import { MEMBER, RECORD } from '../ids';
import { toMemberState, type FieldValue } from '../mapper';
import { commitMemberUpdate } from '../memberWrite';
import { allRows } from '../searchRows';

function readStates(memberIds: string[]): Map<string, MemberState> {
  const query = search.create({ type: RECORD.member, filters: [['internalid', 'anyof', memberIds]], columns: [MEMBER.turns, MEMBER.assigned] });
  return new Map(allRows(query, (result) => [String(result.id), toMemberState((field) => result.getValue(field) as FieldValue)] as const));
}

/**
 * Commits the changes, less what `withdrawn` gives back per member; returns how many members were written.
 *
 * @example
 * commitMemberChanges(router.memberChanges()); // 3
 */
export function commitMemberChanges(changes: readonly MemberChange[], withdrawn: ReadonlyMap<string, MemberState> = new Map()): number {
  if (changes.length === 0) return 0;
  const fresh = readStates(changes.map((change) => change.memberId));
  let committed = 0;
  for (const change of changes) {
    const found = fresh.get(change.memberId);
    if (found === undefined) {
      log.error({ title: `Member ${change.memberId} not committed`, details: 'the member record no longer exists' });
      continue;
    }
    try {
      commitMemberUpdate(settleMemberChange(change, found, withdrawn.get(change.memberId)));
      committed += 1;
    } catch (error) {
      log.error({ title: `Member ${change.memberId} not committed`, details: String((error as Error)?.message ?? error) });
    }
  }
  return committed;
}
