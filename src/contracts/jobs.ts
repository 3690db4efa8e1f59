import { z } from 'zod';
import { Id, Timestamp } from './common.js';

/** Where a background job is: waiting, working, or one of the three ends. */
export const JobState = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);
/** A job state. */
export type JobState = z.infer<typeof JobState>;

/** A background job as its owner sees it; `progress` is a fraction 0-1, `message` says what it is doing. */
export const Job = z
  .object({
    id: Id,
    kind: z.string().meta({ example: 'plan.import' }),
    ownerId: Id,
    projectId: Id.nullable(),
    state: JobState,
    progress: z.number().min(0).max(1),
    message: z.string(),
    result: z
      .unknown()
      .nullable()
      .meta({ description: "The job's answer once done; for plan.import: { projectId, report }" }),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    cancelRequested: z.boolean(),
    attempts: z.number().int().nonnegative(),
    createdAt: Timestamp,
    startedAt: Timestamp.nullable(),
    finishedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Job' });
/** A job. */
export type Job = z.infer<typeof Job>;

/** True for the states a job never leaves. */
export function isFinalJobState(state: JobState): boolean {
  return state === 'done' || state === 'failed' || state === 'cancelled';
}

/** The answer of POST /api/projects/import when the file is large enough to be imported in the background (202). */
export const ImportJobAccepted = z
  .object({ job: Job })
  .meta({ id: 'ImportJobAccepted', description: 'The import runs as a job: follow GET /api/jobs/{id} or its /events' });
/** An accepted import job. */
export type ImportJobAccepted = z.infer<typeof ImportJobAccepted>;
