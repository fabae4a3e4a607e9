/** The worker thread side of workerRun.ts: runs the account, counts its leads in the shared cells, posts the result. */
import { workerData } from 'node:worker_threads';
import { simulate } from './simulate';
import { CELL, STATE, type WorkerReply, type WorkerStart } from './workerRun';

const { account, root, cells, port } = workerData as WorkerStart;
let reply: WorkerReply;
try {
  const { rows, summary, wallMs } = simulate(account, {
    root,
    onLead(done) {
      Atomics.store(cells, CELL.done, done);
    },
  });
  reply = { result: { rows, summary, wallMs } };
} catch (error) {
  reply = { error: (error as Error).message };
}
port.postMessage(reply);
Atomics.store(cells, CELL.state, STATE.finished);
Atomics.notify(cells, CELL.state);
