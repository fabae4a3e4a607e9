/**
 * The realignment's reduce stage: one key at a time. Under a member's key (APPLY) arrive its change and the shares
 * of its leads whose write failed; the member is committed as the sweep commits its members (memberCommit.ts: a
 * change on the loaded member, retried when the lead user event saved it meanwhile). One member per invocation, each
 * with reduce's own 5,000 units, so the commit does not grow with the account: 6 units a member, 6 more per retry.
 * Every other key's values pass through to summarize unchanged.
 */
import { withdrawnByMember } from '../../engine/batch';
import { commitMemberChanges } from './memberCommit';
import type { CommittedEntry, MemberEntry, RealignEntry, RowOutput, TallyEntry, WithdrawnEntry } from './realignEntries';

type Passed = RealignEntry | RowOutput | TallyEntry | WithdrawnEntry;

/**
 * The key/values reduce writes for one key and its values.
 *
 * @example
 * reduceRealignKey('member:11', ['{"kind":"member","change":{…}}']); // [{ key: 'member:11', value: '{"kind":"committed","memberId":"11","committed":true}' }]
 */
export function reduceRealignKey(key: string, values: readonly string[]): { key: string; value: string }[] {
  const entries = values.map((value) => JSON.parse(value) as Passed);
  const member = entries.find((entry): entry is MemberEntry => entry.kind === 'member');
  if (member === undefined) return values.map((value) => ({ key, value }));
  const shares = entries.filter((entry): entry is WithdrawnEntry => entry.kind === 'withdrawn').map((entry) => entry.share);
  const committed: CommittedEntry = {
    kind: 'committed',
    memberId: member.change.memberId,
    committed: commitMemberChanges([member.change], withdrawnByMember(shares)) === 1,
  };
  return [{ key, value: JSON.stringify(committed) }];
}
