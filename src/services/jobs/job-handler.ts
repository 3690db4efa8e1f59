import type { Transaction } from 'kysely';
import type { Actor } from '../../core/permissions.js';
import type { Database } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';

/** What a job's handler gets, inside its worker thread. */
export interface JobTools {
  /** The worker's own context (its own database connection). */
  readonly ctx: ServiceContext;
  /** The job's owner, as they are now (role read when the job starts, not when it was queued). */
  readonly actor: Actor;
  /** The job's JSON input. */
  readonly input: unknown;
  /** The uploaded file the job works on, if it has one. */
  file(): Promise<{ name: string; content: string } | null>;
  /**
   * Reports how far the job is (0-1) and what it is doing. It is also the cancel point: when the
   * owner has asked to cancel, it throws `JobCancelled`, so a handler stops at its next report
   * and, as long as it writes in one transaction at the end, leaves nothing half-written.
   */
  progress(fraction: number, message: string): void;
  /**
   * Marks the job done inside the handler's own write transaction, so its result commits together
   * with what it wrote, or not at all: throws `JobCancelled` (rolling the transaction back) when the
   * owner cancelled meanwhile or the job was taken over by another runner.
   */
  completeIn(trx: Transaction<Database>, result: unknown): Promise<void>;
}

/** A kind of job: its handler runs in a worker thread and answers the job's JSON result. */
export interface JobHandler {
  run(tools: JobTools): Promise<unknown>;
}

/** Thrown at a progress point once the owner has asked to cancel. */
export class JobCancelled extends Error {
  constructor(message = 'Cancelled') {
    super(message);
    this.name = 'JobCancelled';
  }
}
