import { Interleaving, JobFailure, type Job } from '../interleaving';
import { amdScript, failureOf, makeEmulator, seedPeople } from './helpers/fixtures';

const LEAD_UE = '/SuiteScripts/tst/tst_ue_lead.js';
const ZONE = 'customrecord_tst_zone';
const COUNTER = 'custrecord_tst_priority';

describe('optimistic locking on custom records', () => {
  function withZone() {
    const emulator = makeEmulator();
    const [zoneId] = emulator.seed(ZONE, [{ name: 'West', [COUNTER]: 1 }]);
    return { emulator, record: emulator.modules().record, id: zoneId as string };
  }

  test('a record saved after another save since it was loaded fails with RCRD_HAS_BEEN_CHANGED; the first save stands', () => {
    const { emulator, record, id } = withZone();
    const first = record.load({ type: ZONE, id });
    const second = record.load({ type: ZONE, id });
    first.setValue({ fieldId: COUNTER, value: 2 });
    second.setValue({ fieldId: COUNTER, value: 3 });
    first.save();

    expect(failureOf(() => second.save())).toEqual({ name: 'RCRD_HAS_BEEN_CHANGED', message: 'Record has been changed' });
    expect(emulator.read(ZONE, id)?.[COUNTER]).toBe(2);
  });

  test('submitFields overwrites whatever was loaded, and a save loaded before it then fails', () => {
    const { emulator, record, id } = withZone();
    const loaded = record.load({ type: ZONE, id });
    record.submitFields({ type: ZONE, id, values: { [COUNTER]: 5 } });
    record.submitFields({ type: ZONE, id, values: { [COUNTER]: 6 } });
    loaded.setValue({ fieldId: COUNTER, value: 9 });

    expect(failureOf(() => loaded.save()).name).toBe('RCRD_HAS_BEEN_CHANGED');
    expect(emulator.read(ZONE, id)?.[COUNTER]).toBe(6);
  });

  test('a record loaded after the other save, or saved twice by its own loader, saves', () => {
    const { emulator, record, id } = withZone();
    const early = record.load({ type: ZONE, id });
    early.setValue({ fieldId: COUNTER, value: 2 }).save();
    early.setValue({ fieldId: COUNTER, value: 3 }).save();
    record.load({ type: ZONE, id }).setValue({ fieldId: COUNTER, value: 4 }).save();

    expect(emulator.read(ZONE, id)?.[COUNTER]).toBe(4);
  });

  test('standard records (a lead) are not locked: the later save wins', () => {
    const { emulator, record } = withZone();
    const [leadId] = emulator.seed('lead', [{ companyname: 'Acme' }]);
    const first = record.load({ type: 'lead', id: leadId });
    const second = record.load({ type: 'lead', id: leadId });
    first.setValue({ fieldId: 'comments', value: 'one' }).save();
    second.setValue({ fieldId: 'comments', value: 'two' }).save();

    expect(emulator.read('lead', leadId as string)?.comments).toBe('two');
  });
});

describe('interleaving creators', () => {
  /** Jobs whose first step reads, passes a yield point, then writes; their second step is the "afterSubmit". */
  function tracedRun(threads: number, seed: number, jobCount = 12): string[] {
    const trace: string[] = [];
    let interleaving: Interleaving<number> | null = null;
    const jobs: Job<number>[] = Array.from({ length: jobCount }, (_, job) =>
      function* () {
        trace.push(`${job} read`);
        interleaving?.yieldPoint();
        trace.push(`${job} write`);
        yield;
        trace.push(`${job} after`);
        return job * 10;
      },
    );
    interleaving = new Interleaving(jobs, { threads, seed });
    expect(interleaving.run()).toEqual(jobs.map((_, job) => job * 10));
    return trace;
  }

  const position = (trace: string[], entry: string) => trace.indexOf(entry);
  /** Jobs whose read another job's whole step overtook before their write. */
  const overtaken = (trace: string[]) =>
    trace.filter((entry) => entry.endsWith(' read')).filter((read) => {
      const job = read.split(' ')[0];
      return trace.slice(position(trace, read) + 1, position(trace, `${job} write`)).some((entry) => entry.endsWith(' read'));
    });
  const inFlightPeak = (trace: string[]) => {
    let peak = 0;
    const open = new Set<string>();
    for (const entry of trace) {
      const [job, what] = entry.split(' ') as [string, string];
      if (what === 'read') open.add(job);
      if (what === 'after') open.delete(job);
      peak = Math.max(peak, open.size);
    }
    return peak;
  };

  test('one creator runs the jobs one after another, in queue order', () => {
    const trace = tracedRun(1, 3, 3);
    expect(trace).toEqual(['0 read', '0 write', '0 after', '1 read', '1 write', '1 after', '2 read', '2 write', '2 after']);
  });

  test('K creators: another job runs between a job’s read and its write, afterSubmits finish out of order, never more than K in flight', () => {
    const trace = tracedRun(4, 11, 40);
    expect(overtaken(trace).length).toBeGreaterThan(0);
    const afterOrder = trace.filter((entry) => entry.endsWith(' after')).map((entry) => Number(entry.split(' ')[0]));
    expect(afterOrder).not.toEqual([...afterOrder].sort((a, b) => a - b));
    expect(inFlightPeak(trace)).toBeLessThanOrEqual(4);
    expect(inFlightPeak(trace)).toBeGreaterThan(1);
  });

  test('the same seed gives the same interleaving; another seed another one', () => {
    expect(tracedRun(4, 5, 30)).toEqual(tracedRun(4, 5, 30));
    expect(tracedRun(4, 5, 30)).not.toEqual(tracedRun(4, 6, 30));
  });

  test('a failing job fails the run, naming the job, without surfacing inside the job it overtook', () => {
    let interleaving: Interleaving<void> | null = null;
    const jobs: Job<void>[] = [0, 1, 2, 3].map((job) =>
      function* () {
        interleaving?.yieldPoint();
        if (job === 2) throw new Error('save refused');
        yield;
      },
    );
    interleaving = new Interleaving(jobs, { threads: 3, seed: 1 });
    const failure = (() => {
      try {
        interleaving.run();
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(failure).toBeInstanceOf(JobFailure);
    expect((failure as JobFailure).job).toBe(2);
  });

  test('threads must be a whole number of at least 1', () => {
    expect(() => new Interleaving([], { threads: 0, seed: 1 })).toThrow('threads must be a whole number of at least 1, not 0');
  });
});

describe('user events of concurrent creates, on the emulated account', () => {
  /** afterSubmit adds 1 to zone 1's counter: load, set, save — retried on a conflict when `retries` > 0. */
  const counterUe = (retries: number) =>
    amdScript(
      'UserEventScript',
      ['N/record'],
      `{ afterSubmit: function () {
        for (var attempt = 0; ; attempt++) {
          var zone = record.load({ type: '${ZONE}', id: '1' });
          zone.setValue({ fieldId: '${COUNTER}', value: zone.getValue({ fieldId: '${COUNTER}' }) + 1 });
          try { zone.save(); return; } catch (error) {
            if (error.name !== 'RCRD_HAS_BEEN_CHANGED' || attempt >= ${retries}) throw error;
          }
        }
      } }`,
    );

  function createLeads(source: string, threads: number, count = 30) {
    const emulator = makeEmulator({ scripts: { [LEAD_UE]: source } });
    seedPeople(emulator);
    emulator.seed(ZONE, [{ id: 1, name: 'West', [COUNTER]: 0 }]);
    const { record } = emulator.modules();
    const outcomes = emulator.runConcurrently(
      Array.from({ length: count }, (_, index) =>
        function* () {
          const lead = record.create({ type: 'lead' });
          lead.setValue({ fieldId: 'companyname', value: `Lead ${index}` });
          try {
            return yield* lead.saveSteps();
          } catch {
            return null; // the lead is saved; its afterSubmit failed (counted from the invocations)
          }
        },
      ),
      { threads, seed: 42 },
    );
    const conflicts = emulator.invocations.filter((invocation) => invocation.error?.name === 'RCRD_HAS_BEEN_CHANGED').length;
    return { counter: emulator.read(ZONE, '1')?.[COUNTER], outcomes, conflicts };
  }

  test('read-then-write without a retry loses counts under 4 creators (a conflict per lost count), none with one', () => {
    const concurrent = createLeads(counterUe(0), 4);
    expect(concurrent.conflicts).toBeGreaterThan(0);
    expect(concurrent.counter).toBe(30 - concurrent.conflicts);
    expect(createLeads(counterUe(0), 1)).toMatchObject({ counter: 30, conflicts: 0 });
  });

  test('retrying on RCRD_HAS_BEEN_CHANGED counts every lead; each job reports its lead and its own user events', () => {
    const { counter, outcomes } = createLeads(counterUe(30), 4);
    expect(counter).toBe(30);
    expect(new Set(outcomes.map((outcome) => outcome?.id)).size).toBe(30);
    for (const outcome of outcomes) {
      if (outcome === null) throw new Error('every afterSubmit should have succeeded');
      expect(outcome.invocations.map((invocation) => [invocation.entryPoint, invocation.recordId])).toEqual([['afterSubmit', outcome.id]]);
    }
  });
});
