import type { FixedCostAccrual, PhasedTaskCost } from '../../core/money/index.js';
import { phasedTaskCost } from '../../core/money/index.js';
import type { CostedAssignment } from '../../core/money/task-cost.js';
import type { ResourceKind } from '../../core/resources/model.js';
import type { WorkCalendar } from '../../core/schedule/work-calendar.js';
import { resourcesByIds } from '../../store/repos/resources-repo.js';
import type { AssignmentRow, TaskRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { rateSteps } from '../resources/pool-resource.js';
import { fieldsOfRow } from '../resources/resource-row.js';

/*
 * What a plan costs, task by task and day by day (issue 12, "Costs in the plan"): each task's
 * assignments priced at their resources' rates in force each day, per-use costs, cost resources'
 * amounts and the task's fixed cost by its accrual, phased over the task's scheduled dates on its
 * calendar. Summaries cost only their own fixed cost (their children carry the rest). A task
 * never scheduled has no dates and costs nothing yet.
 */

/**
 * The tasks' phased costs by task id, for tasks with dates; `assignments` are the plan's (the
 * caller's read, which it may use for more), `calendarOf` gives a task's working time (its own
 * calendar, else the plan's default).
 */
export async function planCosts(
  ex: Executor,
  assignments: readonly AssignmentRow[],
  tasks: readonly TaskRow[],
  calendarOf: (t: TaskRow) => WorkCalendar,
): Promise<Map<string, PhasedTaskCost>> {
  const resources = new Map(
    (await resourcesByIds(ex, [...new Set(assignments.map((a) => a.resource_id))])).map((r) => {
      const f = fieldsOfRow(r);
      return [r.id, { kind: f.kind, rates: rateSteps(f) }] as const;
    }),
  );
  const byTask = new Map<string, AssignmentRow[]>();
  for (const a of assignments) {
    const list = byTask.get(a.task_id);
    if (list) list.push(a);
    else byTask.set(a.task_id, [a]);
  }
  const out = new Map<string, PhasedTaskCost>();
  for (const t of tasks) {
    if (t.early_start === null || t.early_finish === null) continue;
    const costed = (byTask.get(t.id) ?? []).flatMap((a): CostedAssignment[] => {
      const r = resources.get(a.resource_id);
      if (!r) return [];
      return [
        {
          kind: r.kind as ResourceKind,
          workMinutes: a.work_minutes,
          rates: r.rates,
          costMinor: a.budget_cost_minor ?? null,
        },
      ];
    });
    out.set(
      t.id,
      phasedTaskCost({
        start: t.early_start,
        finish: t.early_finish,
        calendar: calendarOf(t),
        assignments: t.summary === 1 ? [] : costed,
        fixedCostMinor: t.fixed_cost_minor,
        fixedCostAccrual: t.fixed_cost_accrual as FixedCostAccrual,
      }),
    );
  }
  return out;
}
