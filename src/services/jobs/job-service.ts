import type { Job } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { findJob, insertJob, requestCancel } from '../../store/repos/jobs-repo.js';
import type { JobRow } from '../../store/schema.js';
import { type Executor, inTransaction } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { auditEnd } from './job-queue.js';

/** What to queue: a registered kind, its owner, the project it concerns, its input and file. */
export interface JobSpec {
  readonly kind: string;
  readonly ownerId: string;
  readonly projectId?: string | null;
  readonly input: unknown;
  /** The file as uploaded: UTF-8 bytes (kept as bytes on SQLite, decoded here for PostgreSQL). */
  readonly file?: { readonly name: string; readonly bytes: Uint8Array };
  readonly maxAttempts?: number;
}

/** Queues a job in the caller's transaction; the local runner is woken once the caller commits. */
export async function enqueueJob(ctx: ServiceContext, ex: Executor, spec: JobSpec): Promise<JobRow> {
  const now = ctx.now().toISOString();
  const row: JobRow = {
    id: ctx.newId(),
    kind: spec.kind,
    owner_id: spec.ownerId,
    project_id: spec.projectId ?? null,
    state: 'queued',
    progress: 0,
    message: 'Waiting to start',
    input: JSON.stringify(spec.input ?? null),
    result: null,
    error: null,
    attempts: 0,
    max_attempts: spec.maxAttempts ?? 3,
    cancel_requested: 0,
    locked_by: null,
    locked_until: null,
    created_at: now,
    started_at: null,
    finished_at: null,
    updated_at: now,
  };
  await insertJob(
    ex,
    row,
    spec.file
      ? {
          job_id: row.id,
          name: spec.file.name,
          content:
            ctx.store.dialect === 'sqlite'
              ? Buffer.from(spec.file.bytes.buffer, spec.file.bytes.byteOffset, spec.file.bytes.byteLength)
              : new TextDecoder().decode(spec.file.bytes),
        }
      : undefined,
  );
  return row;
}

/** The wire shape of a job row, with the local runner's fresher progress when it runs here. */
export function toJob(row: JobRow, live?: { progress: number; message: string } | null): Job {
  const running = row.state === 'running' && live;
  return {
    id: row.id,
    kind: row.kind,
    ownerId: row.owner_id,
    projectId: row.project_id,
    state: row.state as Job['state'],
    progress: running ? live.progress : row.progress,
    message: running ? live.message : row.message,
    result: row.result === null ? null : JSON.parse(row.result),
    error: row.error === null ? null : JSON.parse(row.error),
    cancelRequested: row.cancel_requested === 1,
    attempts: row.attempts,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/**
 * A job its owner follows; admins and the PMO (who monitor all work) may look too. Anyone else
 * gets 404, as for a project they cannot see: a job's id must not tell them it exists.
 */
export async function getJob(ctx: ServiceContext, actor: Actor, id: string): Promise<Job> {
  const row = await findJob(ctx.store.db, id);
  if (!row || !mayRead(actor, row)) throw jobNotFound(id);
  return toJob(row, ctx.jobs?.live(id));
}

/**
 * Asks to cancel a job (its owner or an admin): a queued job ends cancelled at once, a running one
 * stops at its next progress point. Cancelling a finished job changes nothing and answers it as is.
 */
export async function cancelJob(ctx: ServiceContext, actor: Actor, id: string): Promise<Job> {
  const row = await findJob(ctx.store.db, id);
  if (!row || !mayRead(actor, row)) throw jobNotFound(id);
  if (row.owner_id !== actor.userId && actor.role !== 'admin') {
    throw new DomainError('forbidden', "Only the job's owner or an admin may cancel it");
  }
  const now = ctx.now().toISOString();
  const after = await inTransaction(ctx.store.db, async (trx) => {
    const next = (await requestCancel(trx, id, now)) as JobRow;
    if (row.state === 'queued' && next.state === 'cancelled') await auditEnd(ctx, trx, next, 'cancelled', null);
    return next;
  });
  if (after.state === 'running') ctx.jobs?.cancel(id);
  return toJob(after, ctx.jobs?.live(id));
}

function mayRead(actor: Actor, row: JobRow): boolean {
  return row.owner_id === actor.userId || actor.role === 'admin' || actor.role === 'pmo';
}

function jobNotFound(id: string): DomainError {
  return new DomainError('not_found', `Job ${id} not found`, { id });
}
