import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the thread checkpoints: often enough that the log stays a few MB at 1,000 writes/s. */
const EVERY_MS = 200;

/*
 * The thread's whole program, plain JavaScript so that it starts the same from source (vitest,
 * tsx) and from dist without a TypeScript loader: its own connection to the file, a PASSIVE
 * checkpoint every EVERY_MS (it never waits for a lock nor holds writers up; what it cannot copy
 * now, it copies next time), and a stop on any message.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
let failures = 0;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (err) {
    if (++failures === 10) parentPort.postMessage({ error: String(err && err.message || err) });
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A running checkpointer; close it before closing the store. */
export interface WalCheckpointer {
  close(): Promise<void>;
}

/**
 * Checkpoints the SQLite file's write-ahead log from a thread of its own, so that no request pays
 * for it (see the note on wal_autocheckpoint in db.ts). A thread that fails is reported through
 * `onError`; SQLite's own checkpoints, past 40 MB of log, are then the fallback.
 */
export function startWalCheckpointer(file: string, onError: (message: string) => void): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(PROGRAM, { eval: true, workerData: { file, driver, everyMs: EVERY_MS } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (m: { error: string }) => onError(m.error));
  worker.on('error', (err) => onError(err.message));
  // Never keeps the process alive by itself.
  worker.unref();
  return {
    close: async () => {
      worker.ref(); // until it has closed its connection
      worker.postMessage('stop');
      await exited;
    },
  };
}
