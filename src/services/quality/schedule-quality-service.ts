import type { ScheduleQuality } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import { assessScheduleQuality, type BaselineTask } from '../../core/quality/index.js';
import { type TaskId, taskId } from '../../core/schedule/model.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { listBaselines, listBaselineTasks } from '../../store/repos/baselines-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { calendarsOf, enginePlan } from '../plan/plan-model.js';
import { readScheduledPlan } from '../plan/plan-schedule.js';
import { loadProjectFor } from '../project-service.js';

/**
 * The baseline the checks measure against: the project's first (lowest-numbered) saved baseline,
 * as the portfolio's milestone slip does; null when none is saved (checks 11 and 14 then say n.a.).
 */
async function firstBaseline(db: Executor, projectId: string): Promise<Map<TaskId, BaselineTask> | null> {
  const [first] = await listBaselines(db, projectId);
  if (!first) return null;
  const rows = await listBaselineTasks(db, first.id);
  return new Map(rows.map((r) => [taskId(r.task_id), { finish: r.finish, durationMinutes: r.duration_minutes }]));
}

/** The DCMA 14-point assessment of a project's current plan (404 when the caller cannot read the project). */
export async function projectScheduleQuality(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
): Promise<ScheduleQuality> {
  await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  return assessProject(ctx, projectId);
}

/** The assessment of a project's current plan, for services that have authorised already (health, corrective actions). */
export async function assessProject(ctx: ServiceContext, projectId: string): Promise<ScheduleQuality> {
  const db = ctx.store.db;
  const { plan, tasks, links, calendars } = await readScheduledPlan(ctx, projectId);
  const engine = enginePlan(plan, tasks, links, calendarsOf(calendars));
  // Rescheduled here rather than rebuilt from the rows: the checks need the engine's columnar
  // result (summaries, floats), and check 12 reschedules a copy of exactly this plan anyway.
  const result = schedulePlan(engine);
  // Gantry has no resources yet, so check 10 does not apply (resourcedTaskIds left out).
  const quality = assessScheduleQuality({ plan: engine, result, baseline: await firstBaseline(db, projectId) });
  return { checks: quality.checks.map((c) => ({ ...c, taskIds: [...c.taskIds] })) };
}
