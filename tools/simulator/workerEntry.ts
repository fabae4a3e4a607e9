/** The worker thread side of workerRun.ts: runs the account, counts its leads in the shared cells, posts the result. */
import { deserialize } from 'node:v8';
import { workerData } from 'node:worker_threads';
import type { AccountFile } from './accountFile';
import { withOverlay } from './accountOverlay';
import { simulate } from './simulate';
import { CELL, STATE, type WorkerReply, type WorkerStart } from './workerRun';

const { shared, overlay, root, cells, port } = workerData as WorkerStart;
let reply: WorkerReply;
try {
  const account = withOverlay(deserialize(shared) as AccountFile, overlay);
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
