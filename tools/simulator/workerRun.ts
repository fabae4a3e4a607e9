/**
 * One simulation in a worker thread, so the what-if's two runs go on at once on two cores. The simulator's
 * commands are synchronous, so the caller blocks on a shared counter (Atomics.wait) instead of the event loop:
 * the worker counts its leads there, and says there when its result (or error) is on the port, which the caller
 * reads with receiveMessageOnPort. The worker runs the simulator's TypeScript through tsx, as `npm run simulate`
 * does.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import path from 'node:path';
import type { AccountFile } from './accountFile';
import type { Simulation } from './simulate';

/** What a comparison needs of a run. */
export type RunResult = Pick<Simulation, 'rows' | 'summary' | 'wallMs'>;

/** Slots of the shared counter. */
export const CELL = { done: 0, state: 1 } as const;
export const STATE = { running: 0, finished: 1 } as const;

export type WorkerReply = { result: RunResult } | { error: string };

/** The data the worker starts with (worker_threads' workerData). */
export interface WorkerStart {
  account: AccountFile;
  root: string;
  cells: Int32Array;
  port: MessagePort;
}

/**
 * A worker that stops counting leads for this long has died (out of memory, or killed): a lead takes milliseconds,
 * the first one, which builds the routing plan, seconds.
 */
const STALL_MS = 300_000;

export class WorkerRun {
  private constructor(
    private readonly worker: Worker,
    private readonly cells: Int32Array,
    private readonly port: MessagePort,
  ) {}

  /** Starts `simulate(account, { root })` in a worker thread. */
  static start(account: AccountFile, root: string): WorkerRun {
    const cells = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const entry = path.join(__dirname, 'workerEntry.ts');
    const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(entry)});`;
    const start: WorkerStart = { account, root, cells, port: port2 };
    const worker = new Worker(bootstrap, { eval: true, workerData: start, transferList: [port2] });
    return new WorkerRun(worker, cells, port1);
  }

  /** Leads the worker's run has created so far. */
  get done(): number {
    return Atomics.load(this.cells, CELL.done);
  }

  /**
   * Waits for the run to end and returns its result, calling `onProgress` with the leads done as they grow (it may
   * throw to give up: the worker is stopped). Throws the worker's error, naming it.
   */
  result(onProgress: (done: number) => void = () => undefined): RunResult {
    try {
      let seen = -1;
      let since = Date.now();
      while (Atomics.load(this.cells, CELL.state) === STATE.running) {
        const done = this.done;
        if (done !== seen) [seen, since] = [done, Date.now()];
        else if (Date.now() - since > STALL_MS) throw new Error(`the run in the worker thread created no lead for ${STALL_MS / 1000} s (out of memory?)`);
        onProgress(done);
        Atomics.wait(this.cells, CELL.done, done, 1000);
      }
      onProgress(this.done);
      const reply = receiveMessageOnPort(this.port)?.message as WorkerReply | undefined;
      if (reply === undefined) throw new Error('the run in the worker thread finished without a result');
      if ('error' in reply) throw new Error(reply.error);
      return reply.result;
    } finally {
      this.stop();
    }
  }

  /** Ends the worker (it may be mid-run). */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
