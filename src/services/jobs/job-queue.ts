import type { Transaction } from 'kysely';
import type { Store } from '../../store/db.js';
import {
  claimNextJob,
  endJob,
  type JobEnd,
  recoverExpiredJobs,
  releaseJobs,
  renewLeases,
} from '../../store/repos/jobs-repo.js';
import type { Database, JobRow } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import { recordAudit } from '../audit-service.js';
import type { ServiceContext } from '../context.js';

/*
 * The runner's side of the jobs table. `store` is the connection the caller works on: the runner
 * passes its own (on SQLite one that never waits for the write lock), a worker its own.
 */

/** Claims the oldest queued job for `runnerId`, holding it for `leaseMs`. */
export function claimJob(
  ctx: ServiceContext,
  store: Store,
  runnerId: string,
  leaseMs: number,
): Promise<JobRow | undefined> {
  const now = ctx.now();
  return claimNextJob(store.db, store.dialect, runnerId, now.toISOString(), leaseUntil(now, leaseMs));
}

/** Renews the leases of the jobs `runnerId` runs, saving their progress; answers those to cancel. */
export function renewJobs(
  ctx: ServiceContext,
  store: Store,
  runnerId: string,
  progress: readonly { id: string; progress: number; message: string }[],
  leaseMs: number,
): Promise<string[]> {
  const now = ctx.now();
  return inTransaction(store.db, (trx) =>
    renewLeases(trx, runnerId, progress, now.toISOString(), leaseUntil(now, leaseMs)),
  );
}

/** Ends a job and audits how, in one transaction; false when `runnerId` no longer holds it. */
export function finishJob(
  ctx: ServiceContext,
  store: Store,
  job: JobRow,
  runnerId: string,
  end: JobEnd,
): Promise<boolean> {
  return inTransaction(store.db, (trx) => finishJobIn(ctx, trx, job, runnerId, end));
}

/** `finishJob` inside the caller's transaction (a handler that commits its writes and its end together). */
export async function finishJobIn(
  ctx: ServiceContext,
  trx: Transaction<Database>,
  job: JobRow,
  runnerId: string,
  end: JobEnd,
): Promise<boolean> {
  if (!(await endJob(trx, job.id, runnerId, end, ctx.now().toISOString()))) return false;
  await auditEnd(ctx, trx, job, end.state, end.error ?? null);
  return true;
}

/** Re-queues (or fails, after too many attempts) the jobs of runners that stopped renewing their lease. */
export function recoverJobs(ctx: ServiceContext, store: Store): Promise<JobRow[]> {
  return inTransaction(store.db, async (trx) => {
    const ended = await recoverExpiredJobs(
      trx,
      ctx.now().toISOString(),
      JSON.stringify({
        code: 'interrupted',
        message: 'The Gantry process running this job stopped, too many times: it was not tried again',
      }),
    );
    for (const row of ended) await auditEnd(ctx, trx, row, row.state as JobEnd['state'], row.error);
    return ended;
  });
}

/** Audits a job's end under its owner's name (they started it). */
export async function auditEnd(
  ctx: ServiceContext,
  trx: Transaction<Database>,
  job: JobRow,
  state: JobEnd['state'],
  error: string | null,
): Promise<void> {
  await recordAudit(ctx, trx, job.owner_id, {
    action: `job.${state}`,
    entityType: 'job',
    entityId: job.id,
    projectId: job.project_id,
    before: null,
    after: { kind: job.kind, state, ...(error ? { error: JSON.parse(error).message } : {}) },
  });
}

function leaseUntil(now: Date, leaseMs: number): string {
  return new Date(now.getTime() + leaseMs).toISOString();
}

/** Puts the jobs `runnerId` runs back in the queue, for another runner or the next start. */
export function releaseRunnerJobs(ctx: ServiceContext, store: Store, runnerId: string): Promise<void> {
  return releaseJobs(store.db, runnerId, ctx.now().toISOString());
}
