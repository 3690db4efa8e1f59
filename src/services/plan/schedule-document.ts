import type { ScheduleDocument } from '../../contracts/index.js';
import { scheduleJsonDate } from '../../interop/schedule-file.js';
import type { PlanRow, TaskRow } from '../../store/schema.js';
import { toPlanHeader } from './plan-model.js';

/**
 * A scheduled plan in the shape of GET /schedule (and `gantry schedule --json`), from its rows:
 * one function, so the live plan's schedule and a scenario's cannot drift apart.
 */
export function scheduleDocumentOf(plan: PlanRow, tasks: readonly TaskRow[], summary: Uint8Array): ScheduleDocument {
  return {
    plan: toPlanHeader(plan),
    projectFinish: scheduleJsonDate(plan.project_finish),
    tasks: tasks.map((t, i) => ({
      id: t.id,
      name: t.name,
      summary: summary[i] === 1,
      milestone: t.milestone !== 0,
      earlyStart: scheduleJsonDate(t.early_start),
      earlyFinish: scheduleJsonDate(t.early_finish),
      lateStart: scheduleJsonDate(t.late_start),
      lateFinish: scheduleJsonDate(t.late_finish),
      totalFloatMinutes: t.total_float,
      freeFloatMinutes: t.free_float,
      critical: t.critical === 1,
    })),
  };
}
