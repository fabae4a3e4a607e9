// The realignment's member commit through the script's map and reduce entry points, against Oracle's mocked N
// modules: a lead whose write fails hands its turn to its member's key, reduce commits each member once with what
// those leads took given back (a change on the loaded member, retried on conflict), and summarize counts the
// members committed. Under real interleaving with the lead user event: __tests__/e2e/bulkCommitConcurrency.test.ts.
import log from 'N/log';
import type { MemberChange } from '../../../src/engine/batch';
import entry from '../../../src/scripts/tlr_mr_realign';
import { givenNetSuite } from '../../scripts/givenNetSuite';

const MEMBER_TYPE = 'customrecord_tlr_member';

const leadEntry = (leadId: string) =>
  JSON.stringify({
    kind: 'lead',
    mode: 'APPLY',
    update: { leadId, repId: '8', territoryId: '1', statusId: '3', reason: 'Routed to Bo Li.', decidedAt: '2026-12-07T08:00:00.000Z' },
    currentRepId: '5',
    names: { lead: 'Acme', currentRep: 'Ex Rep', newRep: 'Bo Li', territory: 'West' },
    status: 'ROUTED',
    share: { memberId: '12', turns: 1, assigned: 1 },
    write: true,
  });

/** The realignment read member 12 at turns 2, assigned 5 and gave its rep three leads. */
const change: MemberChange = {
  memberId: '12',
  territoryId: '1',
  repId: '8',
  before: { turns: 2, assigned: 5 },
  after: { turns: 5, assigned: 8 },
  lastAssigned: '2026-12-07T08:00:00.000Z',
};

function mapped(key: string, value: string): [string, string][] {
  const written: [string, string][] = [];
  entry.map({ key, value, write: ({ key: outKey, value: outValue }: { key: string; value: string }) => written.push([outKey, outValue]) } as never);
  return written;
}

function reduced(key: string, values: string[]): [string, string][] {
  const written: [string, string][] = [];
  entry.reduce({ key, values, write: ({ key: outKey, value: outValue }: { key: string; value: string }) => written.push([outKey, outValue]) } as never);
  return written;
}

test("map hands a failed write's turn to its member's key; a written lead only reports its row", () => {
  givenNetSuite({ fail: { submitFields: new Error('Record has been changed') } });
  const failed = mapped('lead:901', leadEntry('901'));
  expect(failed.map(([key]) => key)).toEqual(['901', 'member:12']);
  expect(JSON.parse(failed[1]![1])).toEqual({ kind: 'withdrawn', share: { memberId: '12', turns: 1, assigned: 1 } });

  givenNetSuite();
  expect(mapped('lead:902', leadEntry('902')).map(([key]) => key)).toEqual(['902']);
});

test('reduce commits the member once, on what is stored now (the lead user event added one lead), less the failed write; it retries a conflict', () => {
  const netsuite = givenNetSuite({
    loadable: { [`${MEMBER_TYPE}:12`]: { custrecord_tlr_mem_turns: 3, custrecord_tlr_mem_assigned: 6 } },
    conflicts: 1,
  });

  const out = reduced('member:12', [JSON.stringify({ kind: 'member', change }), JSON.stringify({ kind: 'withdrawn', share: { memberId: '12', turns: 1, assigned: 1 } })]);

  expect(out).toEqual([['member:12', JSON.stringify({ kind: 'committed', memberId: '12', committed: true })]]);
  expect(netsuite.saved.map(({ id, values }) => [id, values.custrecord_tlr_mem_turns, values.custrecord_tlr_mem_assigned])).toEqual([['12', 5, 8]]);
  expect(netsuite.submitted).toEqual([]);
});

test('reduce passes every other key through, and summarize counts the members committed', () => {
  givenNetSuite({ parameters: {} });
  const row = JSON.stringify({ kind: 'row', row: { lead: '901', result: 'written' } });
  expect(reduced('901', [row])).toEqual([['901', row]]);

  const iterate = (entries: string[][]) => ({ iterator: () => ({ each: (callback: (...args: string[]) => boolean) => entries.forEach((pair) => callback(...pair)) }) });
  const output = [
    ['member:12', JSON.stringify({ kind: 'committed', memberId: '12', committed: true })],
    ['member:13', JSON.stringify({ kind: 'committed', memberId: '13', committed: false })],
    ['tally', JSON.stringify({ kind: 'tally', tally: { inScope: 2, changes: 2, unchanged: 0, routingErrors: 0, addressLoads: 0 }, mode: 'PREVIEW' })],
  ];
  entry.summarize({ inputSummary: { error: '' }, mapSummary: { errors: iterate([]) }, reduceSummary: { errors: iterate([]) }, output: iterate(output) } as never);

  const [finished] = jest.mocked(log.audit).mock.calls.at(-1)!;
  expect(JSON.parse((finished as { details: string }).details)).toMatchObject({ membersCommitted: 1, reduceErrors: 0 });
});
