import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobSignals, ServiceContext } from '../../services/context.js';
import type { JobOutcome } from '../../services/jobs/job-execution.js';
import { claimJob, finishJob, recoverJobs, releaseRunnerJobs, renewJobs } from '../../services/jobs/job-queue.js';
import { openStoreAt, type Store } from '../../store/db.js';
import type { JobRow } from '../../store/schema.js';
import type { WorkerInput, WorkerMessage } from './job-worker.js';

/** How the runner behaves; the defaults suit a server, tests shorten the times. */
export interface JobRunnerOptions {
  /** Jobs run at once, each in its own worker thread. */
  readonly size: number;
  /** How often to look for queued jobs and for jobs of stopped processes. */
  readonly pollMs?: number;
  /** How often to renew the leases of running jobs and save their progress. */
  readonly heartbeatMs?: number;
  /**
   * How long a claim holds without renewal. On SQLite a job's own write transaction can hold the
   * write lock for seconds (a 200,000-task import), during which renewals wait, so it is generous.
   */
  readonly leaseMs?: number;
  readonly logLevel?: string;
}

interface Running {
  readonly job: JobRow;
  readonly worker: Worker;
  readonly cancel: Int32Array;
  progress: number;
  message: string;
  outcome: JobOutcome | null;
}

/**
 * Starts the worker thread of one job. Built (dist) it is plain JavaScript. From source (vitest,
 * tsx) it is TypeScript, which a new thread cannot load by itself and to which `--import tsx` in
 * `execArgv` does not apply (a process-wide option): a one-line bootstrap registers tsx's loader
 * in the thread first.
 */
function startWorker(workerData: WorkerInput): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./job-worker.js', import.meta.url), { workerData });
  // The ESM build of tsx's API (resolving with require would give its CommonJS build).
  const tsx = new URL(
    'dist/esm/api/index.mjs',
    pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')),
  ).href;
  const entry = new URL('./job-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData });
}

/**
 * Claims queued jobs from the jobs table and runs each in a worker thread, at most `size` at once.
 * Every state lives in the row, so a job survives this process: its lease runs out and the next
 * runner (here after a restart, or another node) re-queues it.
 */
export class JobRunner implements JobSignals {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly store: Store;
  private readonly running = new Map<string, Running>();
  private readonly unsaved: { job: JobRow; outcome: JobOutcome }[] = [];
  private timers: NodeJS.Timeout[] = [];
  private ticking = false;
  private recoveredAt = 0;
  private again = false;
  private closed = false;
  private readonly pollMs: number;
  private readonly heartbeatMs: number;
  private readonly leaseMs: number;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: JobRunnerOptions,
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.heartbeatMs = options.heartbeatMs ?? 2000;
    this.leaseMs = options.leaseMs ?? 120_000;
    // Its own connection: on SQLite it never waits for the write lock (better-sqlite3 would wait
    // synchronously, freezing every request), it tries again at the next tick instead.
    this.store = openStoreAt(ctx.store.location, { busyTimeoutMs: 0, poolSize: 2 });
  }

  start(): this {
    this.timers = [
      setInterval(() => this.wake(), this.pollMs),
      setInterval(() => void this.heartbeat(), this.heartbeatMs),
    ];
    this.wake();
    return this;
  }

  wake(): void {
    if (this.closed) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = true;
    void this.tick().finally(() => {
      this.ticking = false;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  cancel(id: string): void {
    const r = this.running.get(id);
    if (r) Atomics.store(r.cancel, 0, 1);
  }

  live(id: string): { progress: number; message: string } | null {
    const r = this.running.get(id);
    return r ? { progress: r.progress, message: r.message } : null;
  }

  /** Stops claiming, ends the workers and puts their jobs back in the queue for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    await Promise.all([...this.running.values()].map((r) => r.worker.terminate()));
    await this.saveUnsaved();
    await this.quietly(() => releaseRunnerJobs(this.ctx, this.store, this.id));
    await this.store.close();
  }

  private async tick(): Promise<void> {
    await this.saveUnsaved();
    // Leases run for minutes: looking for expired ones a few times per lease is soon enough.
    if (Date.now() - this.recoveredAt >= Math.min(this.leaseMs / 4, 10_000)) {
      const ended = await this.quietly(() => recoverJobs(this.ctx, this.store));
      if (ended) this.recoveredAt = Date.now();
      if (ended?.length) this.ctx.logger.warn({ jobs: ended.map((j) => j.id) }, 'jobs of a stopped process ended');
    }
    while (!this.closed && this.running.size < this.options.size) {
      const job = await this.quietly(() => claimJob(this.ctx, this.store, this.id, this.leaseMs));
      if (!job) return;
      this.spawn(job);
    }
  }

  private spawn(job: JobRow): void {
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    const workerData: WorkerInput = {
      location: this.ctx.store.location,
      jobId: job.id,
      runnerId: this.id,
      cancel: cancel.buffer as SharedArrayBuffer,
      logLevel: this.options.logLevel ?? 'info',
    };
    const worker = startWorker(workerData);
    const r: Running = { job, worker, cancel, progress: 0, message: 'Starting', outcome: null };
    this.running.set(job.id, r);
    if (job.cancel_requested === 1) Atomics.store(cancel, 0, 1);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') {
        r.progress = m.progress;
        r.message = m.message;
      } else r.outcome = m.outcome;
    });
    worker.on('error', (err) => {
      this.ctx.logger.error({ err, jobId: job.id }, 'job worker crashed');
      r.outcome ??= failed(`The worker stopped: ${err.message}`);
    });
    worker.on('exit', (code) => {
      this.running.delete(job.id);
      if (this.closed) return;
      const outcome = r.outcome ?? failed(`The worker stopped with exit code ${code}`);
      if (!outcome.completed) this.unsaved.push({ job, outcome });
      this.wake();
    });
  }

  /** Writes the ends workers reported; one that cannot be written now (SQLite busy) waits for the next tick. */
  private async saveUnsaved(): Promise<void> {
    while (this.unsaved.length > 0) {
      const { job, outcome } = this.unsaved[0] as (typeof this.unsaved)[number];
      if (outcome.completed) {
        this.unsaved.shift();
        continue;
      }
      const saved = await this.quietly(async () => {
        if (!(await finishJob(this.ctx, this.store, job, this.id, outcome.end))) {
          this.ctx.logger.warn({ jobId: job.id }, 'job was taken over by another runner; its end here is dropped');
        }
        return true;
      });
      if (!saved) return;
      this.unsaved.shift();
    }
  }

  private async heartbeat(): Promise<void> {
    if (this.running.size === 0) return;
    const progress = [...this.running.values()].map((r) => ({
      id: r.job.id,
      progress: r.progress,
      message: r.message,
    }));
    const toCancel = await this.quietly(() => renewJobs(this.ctx, this.store, this.id, progress, this.leaseMs));
    for (const id of toCancel ?? []) this.cancel(id);
  }

  /** Runs a bookkeeping query; a busy database (or a passing error) only delays it to the next tick. */
  private async quietly<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY') this.ctx.logger.warn({ err }, 'job runner query failed');
      return undefined;
    }
  }
}

function failed(message: string): JobOutcome {
  return {
    completed: false,
    end: { state: 'failed', message: `Failed: ${message}`, error: JSON.stringify({ code: 'internal', message }) },
  };
}
