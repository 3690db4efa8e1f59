import type { LevelBody, LevelJobAccepted, PlanChange } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import type { PlanOp } from '../../core/plan/plan-op.js';
import * as repo from '../../store/repos/plan-repo.js';
import { inTransaction } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { enqueueJob, toJob } from '../jobs/job-service.js';
import { applyPlanOps } from '../plan/plan-ops-service.js';
import { loadProjectFor } from '../project-service.js';
import type { WriteRequest } from '../write-pipeline.js';

/** The input of a `plan.level` job. */
export interface LevelJobInput {
  readonly projectId: string;
  readonly body: LevelBody;
}

/**
 * Queues the leveling of a project's plan as a `plan.level` job owned by `actor`. The right to
 * edit the plan (which a closed project refuses) is checked now, so a refusal is an immediate 403
 * (404 when the caller cannot read the project); the job checks it again when it runs.
 */
export async function queueLeveling(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: LevelBody,
): Promise<LevelJobAccepted> {
  const row = await inTransaction(ctx.store.db, async (trx) => {
    await loadProjectFor(trx, actor, projectId, 'plan.edit');
    const input: LevelJobInput = { projectId, body };
    return enqueueJob(ctx, trx, { kind: 'plan.level', ownerId: actor.userId, projectId, input, maxAttempts: 1 });
  });
  ctx.jobs?.wake();
  return { job: toJob(row) };
}

/** The ops that set each listed task's leveling delay (working minutes). */
export function delayOps(delays: readonly { taskId: string; minutes: number }[]): PlanOp[] {
  return delays.map((d) => ({ op: 'updateTask', taskId: d.taskId, fields: { levelingDelayMinutes: d.minutes } }));
}

/** Sets every non-zero leveling delay of the plan to 0, in one plan write (one undo step). */
export async function clearLeveling(req: WriteRequest, projectId: string): Promise<PlanChange> {
  await loadProjectFor(req.ctx.store.db, req.actor, projectId, 'plan.edit');
  const tasks = await repo.listTasks(req.ctx.store.db, projectId);
  const ops = delayOps(tasks.filter((t) => t.leveling_delay_minutes !== 0).map((t) => ({ taskId: t.id, minutes: 0 })));
  return applyPlanOps(req, projectId, ops, { label: 'Clear leveling' });
}
