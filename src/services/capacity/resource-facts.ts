import { isOverallocated } from '../../core/capacity/grid.js';
import { MAX_PERIODS, periodStartOf } from '../../core/capacity/periods.js';
import type { FactResources } from '../../core/health/facts.js';
import { projectsWithAssignments, taskNames } from '../../store/repos/capacity-repo.js';
import type { FactSection, FactSource } from '../health/fact-source.js';
import { capacitySettings } from '../resources/resource-settings.js';
import { loadCapacityModel, todayOf } from './capacity-model.js';

const DAY = 1440;

/**
 * Resource facts for health: per project with assignments, its critical tasks whose resources are
 * over-allocated (demand of every project, by ISO week) in a week the task's remaining work spans,
 * and its assignments to generic roles on tasks starting before the look-ahead ends. Projects
 * without assignments get no section (their resource metrics do not apply), so a portfolio with
 * none costs one query.
 */
export const resourceFacts: FactSource = {
  name: 'resources',
  async load(ctx, db, projects, now) {
    const out = new Map<string, FactSection>();
    const withAssignments = await projectsWithAssignments(
      db,
      projects.map((p) => p.id),
    );
    if (withAssignments.length === 0) return out;
    const today = todayOf(now);
    const settings = await capacitySettings(db);
    const fromDay = periodStartOf('week', today);
    const toDay = fromDay + MAX_PERIODS.week * 7 - 1;
    const model = await loadCapacityModel(ctx, db, { unit: 'week', fromDay, toDay });
    const m = model.matrix;
    const kindOf = new Map(model.pool.map((r) => [r.id, r]));
    const overInWeeks = (resourceId: string, start: number, finish: number): boolean => {
      const row = m.rowOf.get(resourceId);
      if (row === undefined) return false;
      const first = Math.max(0, Math.floor((Math.floor(start / DAY) - fromDay) / 7));
      const last = Math.min(m.periods - 1, Math.floor((Math.floor((finish - 1) / DAY) - fromDay) / 7));
      for (let p = first; p <= last; p++) {
        if (isOverallocated(m.capacity[row * m.periods + p] as number, m.demand[row * m.periods + p] as number))
          return true;
      }
      return false;
    };
    const horizon = (today + settings.unstaffedWeeks * 7) * DAY;
    const found = new Map<string, { over: Set<string>; unstaffed: { taskId: string; roleName: string }[] }>();
    for (const projectId of withAssignments) {
      const demand = model.demandOf.get(projectId);
      if (!demand) continue;
      const over = new Set<string>();
      const unstaffed: { taskId: string; roleName: string }[] = [];
      for (const item of demand.items) {
        const task = demand.tasks.get(item.taskId);
        if (!task?.window) continue;
        const resource = kindOf.get(item.resourceId);
        if (resource?.kind === 'role') {
          if (task.window.start < horizon) unstaffed.push({ taskId: task.id, roleName: resource.name });
        } else if (
          task.critical &&
          !over.has(task.id) &&
          overInWeeks(item.resourceId, task.window.start, task.window.finish)
        ) {
          over.add(task.id);
        }
      }
      found.set(projectId, { over, unstaffed });
    }
    // Names only of the tasks the metrics name (one query for all projects).
    const names = new Map(
      (
        await taskNames(
          db,
          [...found.values()].flatMap((f) => [...f.over, ...f.unstaffed.map((u) => u.taskId)]),
        )
      ).map((t) => [t.id, t.name]),
    );
    for (const [projectId, f] of found) {
      const resources: FactResources = {
        overallocatedCriticalTasks: [...f.over].map((id) => ({ id, name: names.get(id) ?? '' })),
        unstaffedAssignments: f.unstaffed.map((u) => ({ ...u, taskName: names.get(u.taskId) ?? '' })),
        unstaffedWeeks: settings.unstaffedWeeks,
      };
      out.set(projectId, { resources });
    }
    return out;
  },
};
