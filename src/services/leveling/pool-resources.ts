import type { BackgroundLoad } from '../../core/leveling/model.js';
import type { PoolResource } from '../../core/resources/model.js';
import { workCalendar } from '../../core/schedule/index.js';
import type { AssignmentRow, TaskRow } from '../../store/schema.js';

/*
 * Turning stored assignments into what the leveler takes (the resources themselves are the pool's
 * `poolResourceOf`): this project's assignments, and other projects' as fixed load per day.
 */

const DAY = 1440;

/**
 * Fixed load other projects put on the pool: for each of their assignments to a leveled resource,
 * units × the resource's working minutes each day between the task's early start and finish
 * (finished tasks put none). Counted on the resource's calendar, since the other project's task
 * calendars are theirs to keep; `tasksOf` gives each project's scheduled task rows.
 */
export function backgroundLoad(
  resources: readonly PoolResource[],
  assignments: readonly AssignmentRow[],
  tasksOf: ReadonlyMap<string, readonly TaskRow[]>,
): BackgroundLoad {
  const out = new Map<string, Map<number, number>>();
  const byId = new Map(resources.map((r) => [r.id, { cal: workCalendar(r.calendar) }]));
  const taskIndex = new Map<string, TaskRow>();
  for (const rows of tasksOf.values()) for (const t of rows) taskIndex.set(t.id, t);
  for (const a of assignments) {
    const res = byId.get(a.resource_id);
    const t = taskIndex.get(a.task_id);
    if (!res || !t || t.actual_finish !== null || t.early_start === null || t.early_finish === null) continue;
    const days = out.get(a.resource_id) ?? new Map<number, number>();
    out.set(a.resource_id, days);
    for (let d = Math.floor(t.early_start / DAY); d * DAY < t.early_finish; d++) {
      const m = res.cal.workBetween(Math.max(t.early_start, d * DAY), Math.min(t.early_finish, (d + 1) * DAY));
      if (m > 0) days.set(d, (days.get(d) ?? 0) + a.units * m);
    }
  }
  return out;
}
