/**
 * Simulations in worker threads, so the what-if's two runs go on at once on two cores, each with a heap sized for
 * it. The simulator's commands are synchronous, so the caller blocks on shared counters (Atomics.wait) instead of
 * the event loop: each worker counts its leads there, and says there when its result (or error) is on its port,
 * which the caller reads with receiveMessageOnPort. The caller looks at the counts ten times a second (waking on each
 * lead would take a core's time from the runs). A worker runs the simulator's TypeScript through tsx, as
 * `npm run simulate` does. The account reaches the workers serialized once in shared memory (accountOverlay.ts).
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import path from 'node:path';
import { serialize } from 'node:v8';
import type { AccountFile } from './accountFile';
import type { AccountOverlay } from './accountOverlay';
import type { Simulation } from './simulate';

/** What a comparison needs of a run. */
export type RunResult = Pick<Simulation, 'rows' | 'summary' | 'wallMs'>;

/** Slots of the shared counter. */
export const CELL = { done: 0, state: 1 } as const;
export const STATE = { running: 0, finished: 1 } as const;

export type WorkerReply = { result: RunResult } | { error: string };

/** What a worker runs: the shared account (`sharedAccount`) with the overlay's changes (`overlayOf`). */
export interface RunInput {
  shared: Uint8Array;
  overlay: AccountOverlay;
}

/** The data the worker starts with (worker_threads' workerData). */
export interface WorkerStart extends RunInput {
  root: string;
  cells: Int32Array;
  port: MessagePort;
}

/**
 * A worker that stops counting leads for this long has died (out of memory, or killed): a lead takes milliseconds,
 * the first one, which builds the routing plan, seconds.
 */
const STALL_MS = 300_000;

/**
 * The young generation of a worker's heap (V8 keeps a third of it as each semi-space). Each execution of the lead
 * user event loads its script and N modules afresh; with V8's default (16 MB semi-spaces) much of that outlives two
 * scavenges, is copied twice and dies in the old generation. With 128 MB semi-spaces more of it dies young:
 * scavenge pauses about a third shorter (simulator README, what-if "Timing").
 */
export const YOUNG_GENERATION_MB = 384;

/** How long the caller sleeps between looks at the counts (a run that ends wakes it sooner). */
const LOOK_MS = 100;

/**
 * The account serialized once into shared memory: every worker given it reads the same bytes (workerData would
 * serialize the account again for each worker, on the calling thread).
 */
export function sharedAccount(account: AccountFile): Uint8Array {
  const bytes = serialize(account);
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

export class WorkerRun {
  private reply: WorkerReply | undefined;
  private lastDone = -1;
  private lastDoneAt = Date.now();

  private constructor(
    private readonly worker: Worker,
    private readonly cells: Int32Array,
    private readonly port: MessagePort,
  ) {}

  /** Starts `simulate(withOverlay(shared account, overlay), { root })` in a worker thread. */
  static start(input: RunInput, root: string): WorkerRun {
    const cells = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const entry = path.join(__dirname, 'workerEntry.ts');
    const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(entry)});`;
    const start: WorkerStart = { ...input, root, cells, port: port2 };
    const worker = new Worker(bootstrap, { eval: true, workerData: start, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    return new WorkerRun(worker, cells, port1);
  }

  /** The young generation the worker's heap was given, in MB (while it runs). */
  get youngGenerationMb(): number | undefined {
    return this.worker.resourceLimits?.maxYoungGenerationSizeMb;
  }

  /** Leads the worker's run has created so far. */
  private get done(): number {
    return Atomics.load(this.cells, CELL.done);
  }

  private get finished(): boolean {
    return Atomics.load(this.cells, CELL.state) === STATE.finished;
  }

  /**
   * Waits for every run to end and returns their results in order, calling `onProgress` with the leads all of them
   * have created so far (it may throw to give up). The first run that fails throws its error at once; either way
   * every worker is stopped.
   */
  static results(runs: readonly WorkerRun[], onProgress: (done: number) => void = () => undefined): RunResult[] {
    try {
      for (;;) {
        const running = runs.filter((run) => !run.finished);
        // A finished run's error need not wait for the others.
        for (const run of runs) if (run.finished) run.outcome();
        onProgress(runs.reduce((sum, run) => sum + run.done, 0));
        if (running.length === 0) return runs.map((run) => run.outcome());
        for (const run of running) run.checkAlive();
        running[0]!.waitForEnd(LOOK_MS);
      }
    } finally {
      for (const run of runs) run.stop();
    }
  }

  /** Blocks until the worker's run ends or `timeoutMs` passes. */
  private waitForEnd(timeoutMs: number): void {
    Atomics.wait(this.cells, CELL.state, STATE.running, timeoutMs);
  }

  /** Throws when the worker has counted no lead for STALL_MS. */
  private checkAlive(): void {
    const done = this.done;
    if (done !== this.lastDone) [this.lastDone, this.lastDoneAt] = [done, Date.now()];
    else if (Date.now() - this.lastDoneAt > STALL_MS) throw new Error(`the run in the worker thread created no lead for ${STALL_MS / 1000} s (out of memory?)`);
  }

  /** The finished run's result; throws its error. */
  private outcome(): RunResult {
    this.reply ??= receiveMessageOnPort(this.port)?.message as WorkerReply | undefined;
    if (this.reply === undefined) throw new Error('the run in the worker thread finished without a result');
    if ('error' in this.reply) throw new Error(this.reply.error);
    return this.reply.result;
  }

  /** Ends the worker (it may be mid-run). */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
