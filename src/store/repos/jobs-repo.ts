import type { DialectName } from '../db.js';
import type { JobFileRow, JobRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** The states a job moves through; the last three are final. */
export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Queues a job with its file; `file.content` may be bytes only on SQLite (PostgreSQL's column is text). */
export async function insertJob(ex: Executor, row: JobRow, file?: JobFileRow): Promise<void> {
  await ex.insertInto('jobs').values(row).execute();
  if (file) await ex.insertInto('job_files').values(file).execute();
}

export async function findJob(ex: Executor, id: string): Promise<JobRow | undefined> {
  return ex.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findJobFile(ex: Executor, jobId: string): Promise<JobFileRow | undefined> {
  return ex.selectFrom('job_files').selectAll().where('job_id', '=', jobId).executeTakeFirst();
}

/**
 * Takes the oldest queued job for `runnerId`, or none. One statement, so two runners cannot take
 * the same row: SQLite runs it under its single write lock; on PostgreSQL the inner select locks
 * the row it picks and skips rows another transaction has locked, so a second runner takes the
 * next job instead of waiting for (and then double-taking) the first.
 */
export async function claimNextJob(
  ex: Executor,
  dialect: DialectName,
  runnerId: string,
  now: string,
  lockedUntil: string,
): Promise<JobRow | undefined> {
  let next = ex
    .selectFrom('jobs')
    .select('id')
    .where('state', '=', 'queued')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1);
  if (dialect === 'postgres') next = next.forUpdate().skipLocked();
  return ex
    .updateTable('jobs')
    .set((eb) => ({
      state: 'running',
      attempts: eb('attempts', '+', 1),
      locked_by: runnerId,
      locked_until: lockedUntil,
      started_at: now,
      updated_at: now,
    }))
    .where('id', '=', next)
    .where('state', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
}

/** Extends the lease of `runnerId`'s running jobs; answers the ids whose owner asked to cancel. */
export async function renewLeases(
  ex: Executor,
  runnerId: string,
  progress: readonly { id: string; progress: number; message: string }[],
  now: string,
  lockedUntil: string,
): Promise<string[]> {
  for (const p of progress) {
    await ex
      .updateTable('jobs')
      .set({ locked_until: lockedUntil, progress: p.progress, message: p.message, updated_at: now })
      .where('id', '=', p.id)
      .where('locked_by', '=', runnerId)
      .where('state', '=', 'running')
      .execute();
  }
  if (progress.length === 0) return [];
  const rows = await ex
    .selectFrom('jobs')
    .select('id')
    .where(
      'id',
      'in',
      progress.map((p) => p.id),
    )
    .where('cancel_requested', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

/** What a job ended with. */
export interface JobEnd {
  readonly state: 'done' | 'failed' | 'cancelled';
  readonly result?: string | null;
  readonly error?: string | null;
  readonly message: string;
  /** The project the job created or concerns, once known. */
  readonly projectId?: string;
}

/**
 * Ends a running job that `runnerId` still holds; false when it no longer does (its lease ran out
 * and another runner took it over), so a late worker cannot overwrite the newer attempt. A job
 * whose owner asked to cancel can only end cancelled or failed, never done.
 */
export async function endJob(ex: Executor, id: string, runnerId: string, end: JobEnd, now: string): Promise<boolean> {
  let q = ex
    .updateTable('jobs')
    .set({
      state: end.state,
      result: end.result ?? null,
      error: end.error ?? null,
      message: end.message,
      progress: end.state === 'done' ? 1 : undefined,
      project_id: end.projectId,
      locked_by: null,
      locked_until: null,
      finished_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .where('locked_by', '=', runnerId);
  if (end.state === 'done') q = q.where('cancel_requested', '=', 0);
  const res = await q.executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await ex.deleteFrom('job_files').where('job_id', '=', id).execute();
  return true;
}

/** Cancels a queued job outright, or flags a running one for its runner; answers the row as it now is. */
export async function requestCancel(ex: Executor, id: string, now: string): Promise<JobRow | undefined> {
  await ex
    .updateTable('jobs')
    .set({
      state: 'cancelled',
      cancel_requested: 1,
      message: 'Cancelled before it started',
      finished_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('state', '=', 'queued')
    .execute();
  await ex
    .updateTable('jobs')
    .set({ cancel_requested: 1, updated_at: now })
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .execute();
  await ex
    .deleteFrom('job_files')
    .where('job_id', '=', id)
    .where('job_id', 'in', ex.selectFrom('jobs').select('id').where('id', '=', id).where('state', '=', 'cancelled'))
    .execute();
  return findJob(ex, id);
}

/**
 * Running jobs whose lease ran out: the process running them stopped. Each goes back to the queue,
 * or ends failed once it has been tried `max_attempts` times (a job that kills its process must
 * not take every restart down with it); a job its owner asked to cancel ends cancelled. Answers
 * the rows it ended.
 */
export async function recoverExpiredJobs(ex: Executor, now: string, error: string): Promise<JobRow[]> {
  const ended = { locked_by: null, locked_until: null, finished_at: now, updated_at: now };
  const cancelled = await ex
    .updateTable('jobs')
    .set({ state: 'cancelled', message: 'Cancelled', ...ended })
    .where('state', '=', 'running')
    .where('locked_until', '<', now)
    .where('cancel_requested', '=', 1)
    .returningAll()
    .execute();
  const failed = await ex
    .updateTable('jobs')
    .set({
      state: 'failed',
      error,
      message: 'Stopped: the server running it went away',
      locked_by: null,
      locked_until: null,
      finished_at: now,
      updated_at: now,
    })
    .where('state', '=', 'running')
    .where('locked_until', '<', now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .returningAll()
    .execute();
  await ex
    .updateTable('jobs')
    .set({
      state: 'queued',
      message: 'Queued again after a server restart',
      locked_by: null,
      locked_until: null,
      updated_at: now,
    })
    .where('state', '=', 'running')
    .where('locked_until', '<', now)
    .execute();
  const finished = [...cancelled, ...failed];
  if (finished.length > 0) {
    await ex
      .deleteFrom('job_files')
      .where(
        'job_id',
        'in',
        finished.map((r) => r.id),
      )
      .execute();
  }
  return finished;
}

/** Puts `runnerId`'s running jobs back in the queue (the runner is shutting down cleanly). */
export async function releaseJobs(ex: Executor, runnerId: string, now: string): Promise<void> {
  await ex
    .updateTable('jobs')
    .set({
      state: 'queued',
      message: 'Queued again: the server stopped',
      locked_by: null,
      locked_until: null,
      updated_at: now,
    })
    .where('locked_by', '=', runnerId)
    .where('state', '=', 'running')
    .execute();
}
