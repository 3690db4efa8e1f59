import { type HealthMetric, NOT_APPLICABLE } from '../metric.js';
import { isControlled } from './schedule-metrics.js';

/*
 * Resource metrics (issue 11), measured from the resources facts section: only projects with
 * assignments have one; without it (or outside the controlled states) they measure nothing.
 */

const MAX_LINKS = 50;

/** Critical tasks whose assigned resources are over-allocated while the task runs. */
export const overallocatedCriticalTasks: HealthMetric = {
  key: 'overallocatedCriticalTasks',
  name: 'Over-allocated resources on the critical path',
  unit: 'count',
  dimension: 'resources',
  description:
    'Unfinished critical tasks with an assigned resource whose demand, across every project, exceeds its capacity in a week the task spans.',
  measure: (f) => {
    if (!f.resources || !isControlled(f.state)) return NOT_APPLICABLE;
    const tasks = f.resources.overallocatedCriticalTasks;
    return {
      value: tasks.length,
      links: tasks.slice(0, MAX_LINKS).map((t) => ({ kind: 'task' as const, id: t.id, label: t.name })),
    };
  },
};

/** Assignments to generic roles on tasks starting soon. */
export const unstaffedGenericAssignments: HealthMetric = {
  key: 'unstaffedGenericAssignments',
  name: 'Unstaffed generic assignments in the next weeks',
  unit: 'count',
  dimension: 'resources',
  description:
    "Assignments still held by a generic role on unfinished tasks that start before the look-ahead (the PMO's setting, 4 weeks by default) ends.",
  measure: (f) => {
    if (!f.resources || !isControlled(f.state)) return NOT_APPLICABLE;
    const list = f.resources.unstaffedAssignments;
    return {
      value: list.length,
      links: list
        .slice(0, MAX_LINKS)
        .map((a) => ({ kind: 'task' as const, id: a.taskId, label: `${a.taskName} (${a.roleName})` })),
    };
  },
};
