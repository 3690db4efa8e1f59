import { DomainError } from '../../core/errors.js';
import type { SystemRole } from '../../core/roles.js';
import { findJob, findJobFile, type JobEnd } from '../../store/repos/jobs-repo.js';
import { findUserById } from '../../store/repos/users-repo.js';
import type { ServiceContext } from '../context.js';
import { JobCancelled, type JobTools } from './job-handler.js';
import { jobHandler } from './job-kinds.js';
import { finishJobIn } from './job-queue.js';

/** How a job ended: `completed` when its handler already recorded the end in its own transaction. */
export type JobOutcome = { readonly completed: true } | { readonly completed: false; readonly end: JobEnd };

/** The worker's link to its runner: the cancel flag and where progress goes. */
export interface JobLine {
  cancelled(): boolean;
  report(progress: number, message: string): void;
}

/**
 * Runs job `jobId`, claimed by `runnerId`, to its end, inside a worker thread: loads its owner and
 * handler, runs it, and says how it ended. Never throws: every failure becomes a `failed` end
 * naming its cause, so no job is left running with nobody working on it.
 */
export async function executeJob(
  ctx: ServiceContext,
  jobId: string,
  runnerId: string,
  line: JobLine,
): Promise<JobOutcome> {
  try {
    const job = await findJob(ctx.store.db, jobId);
    if (!job) throw new DomainError('not_found', `Job ${jobId} not found`);
    const owner = await findUserById(ctx.store.db, job.owner_id);
    if (!owner || owner.active !== 1) throw new DomainError('forbidden', "The job's owner is no longer an active user");
    const handler = await jobHandler(job.kind);
    if (!handler) throw new DomainError('validation_failed', `This Gantry does not know jobs of kind ${job.kind}`);
    let completed = false;
    const tools: JobTools = {
      ctx,
      actor: { userId: owner.id, role: owner.role as SystemRole },
      input: JSON.parse(job.input),
      file: async () => {
        const f = await findJobFile(ctx.store.db, jobId);
        if (!f) return null;
        return {
          name: f.name,
          content: typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content),
        };
      },
      progress(fraction, message) {
        if (line.cancelled()) throw new JobCancelled();
        line.report(Math.min(1, Math.max(0, fraction)), message);
      },
      async completeIn(trx, result) {
        if (line.cancelled()) throw new JobCancelled();
        const projectId = (result as { projectId?: unknown } | null)?.projectId;
        const end: JobEnd = {
          state: 'done',
          message: 'Done',
          result: JSON.stringify(result ?? null),
          ...(typeof projectId === 'string' ? { projectId } : {}),
        };
        if (!(await finishJobIn(ctx, trx, job, runnerId, end))) {
          throw new JobCancelled('Cancelled, or taken over by another runner, before it could finish');
        }
        completed = true;
      },
    };
    const result = await handler.run(tools);
    if (completed) return { completed: true };
    if (line.cancelled()) return { completed: false, end: { state: 'cancelled', message: 'Cancelled' } };
    return { completed: false, end: { state: 'done', message: 'Done', result: JSON.stringify(result ?? null) } };
  } catch (err) {
    if (err instanceof JobCancelled) return { completed: false, end: { state: 'cancelled', message: err.message } };
    const known = err instanceof DomainError;
    if (!known) ctx.logger.error({ err, jobId }, 'job failed');
    const error = { code: known ? err.code : 'internal', message: (err as Error).message || String(err) };
    return {
      completed: false,
      end: { state: 'failed', message: `Failed: ${error.message}`, error: JSON.stringify(error) },
    };
  }
}
