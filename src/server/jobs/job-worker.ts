/*
 * The entry of a job's worker thread: wiring only (its own database connection -> the service
 * that runs the job). One thread per job, ended with it, so a 200,000-task import gives all its
 * memory back; the runner's pool bounds how many run at once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { createContext } from '../../services/context.js';
import { executeJob } from '../../services/jobs/job-execution.js';
import { openStoreAt, type StoreLocation } from '../../store/db.js';

/** What the runner hands a worker. */
export interface WorkerInput {
  readonly location: StoreLocation;
  readonly jobId: string;
  readonly runnerId: string;
  /** Int32 flag the runner sets to 1 to cancel, read without waiting for a message. */
  readonly cancel: SharedArrayBuffer;
  readonly logLevel: string;
}

/** What a worker tells the runner. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: number; readonly message: string }
  | { readonly type: 'outcome'; readonly outcome: import('../../services/jobs/job-execution.js').JobOutcome };

const input = workerData as WorkerInput;
const flag = new Int32Array(input.cancel);
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
// A worker waits for the write lock like any request would; the runner's own connection does not.
const store = openStoreAt(input.location, { busyTimeoutMs: 10_000, poolSize: 2, beginImmediate: true });
const ctx = createContext(store, pino({ level: input.logLevel }));
try {
  const outcome = await executeJob(ctx, input.jobId, input.runnerId, {
    cancelled: () => Atomics.load(flag, 0) === 1,
    report: (progress, message) => post({ type: 'progress', progress, message }),
  });
  post({ type: 'outcome', outcome });
} finally {
  await store.close();
}
