// The what-if's two runs at once (each in a worker thread) give exactly what one run after the other gives;
// progress counts both runs; a failure in either run is reported, naming it.
import type { AccountFile } from '../accountFile';
import { compareAccounts, type Comparison } from '../comparison';
import { withDraftTerritories } from '../draftAccount';
import { DEFAULT_ROOT } from '../simulate';
import { sharedAccount, WorkerRun, YOUNG_GENERATION_MB } from '../workerRun';
import { usLead, westAccount } from './helpers/accounts';

/** West with Ana (2) and Bo (1) round robin; 40 US leads, every third from the web form (lead source 3). */
function current(): AccountFile {
  const account = westAccount();
  account.leads = Array.from({ length: 40 }, (_, index) => ({ ...usLead(`L${index + 1}`), ...(index % 3 === 0 ? { leadsource: '3' } : {}) }));
  return account;
}

/** West keeps Bo only; a territory "Web" gives Ana the web-form leads. */
function draftOf(account: AccountFile): AccountFile {
  const records = structuredClone(account.records!);
  records.customrecord_tlr_territory!.push({ id: '2', name: 'Web', custrecord_tlr_priority: 5, custrecord_tlr_lead_sources: ['3'], custrecord_tlr_method: 'val_tlr_round_robin' });
  records.customrecord_tlr_member = [
    { id: '2', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_weight: 1 },
    { id: '3', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_weight: 1 },
  ];
  return withDraftTerritories(account, { records }, 'draft.json');
}

const withoutTime = ({ wallMs: _wallMs, ...comparison }: Comparison) => comparison;

describe('compareAccounts', () => {
  it('gives the same comparison with the draft in a worker thread as one run after the other, and counts both runs', () => {
    const account = current();
    const progress: number[] = [];

    const parallel = compareAccounts(account, draftOf(account), { onProgress: (done, total) => progress.push(done, total) });
    const sequential = compareAccounts(account, draftOf(account), { parallel: false });

    expect(withoutTime(parallel)).toEqual(withoutTime(sequential));
    expect(parallel.moves.length).toBeGreaterThan(10);
    expect(progress.slice(-2)).toEqual([80, 80]);
    const counts = progress.filter((_, index) => index % 2 === 0);
    expect(counts.every((count, index) => index === 0 || count >= counts[index - 1]!)).toBe(true);
  });

  it('reports a failure of the worker thread’s run as an error', () => {
    const account = current();
    const draft = draftOf(account);
    // Only the draft's run fails: its member names a rep the account lacks.
    draft.records!.customrecord_tlr_member![0]!.custrecord_tlr_mem_rep = '99';

    expect(() => compareAccounts(account, draft)).toThrow(/custrecord_tlr_mem_rep.*99/);
  });

  it('reports a failure of the current set’s run, which runs in a worker thread too', () => {
    const account = current();
    // Only the current run fails: the draft brings its own members.
    account.records!.customrecord_tlr_member![0]!.custrecord_tlr_mem_rep = '99';

    expect(() => compareAccounts(account, draftOf(current()))).toThrow(/custrecord_tlr_mem_rep.*99/);
  });

  it('gives each run’s worker thread the young generation sized for the lead user event', () => {
    const run = WorkerRun.start({ shared: sharedAccount(current()), overlay: { set: {}, drop: [] } }, DEFAULT_ROOT);
    try {
      expect(run.youngGenerationMb).toBe(YOUNG_GENERATION_MB);
      expect(YOUNG_GENERATION_MB).toBeGreaterThanOrEqual(3 * 64);
    } finally {
      run.stop();
    }
  });

  it('stops the worker when progress gives up', () => {
    const account = current();

    expect(() =>
      compareAccounts(account, draftOf(account), {
        onProgress(done) {
          if (done >= 10) throw new Error(`given up at ${done}`);
        },
      }),
    ).toThrow(/given up at \d+/);
  });
});
