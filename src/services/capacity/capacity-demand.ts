import { demandWindow, remainingWorkMinutes } from '../../core/capacity/demand.js';
import type { DemandItem } from '../../core/capacity/grid.js';
import { flatProfile } from '../../core/capacity/work-profile.js';
import type { WorkCalendar } from '../../core/schedule/index.js';
import { findCalendars } from '../../store/repos/calendars-repo.js';
import { type CapacityPlanRow, capacityDemandRows } from '../../store/repos/capacity-repo.js';
import type { TaskRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { byProject } from '../health/plan-facts.js';
import { readScheduledPlan } from '../plan/plan-schedule.js';
import { compiledCalendar } from './calendar-cache.js';

/*
 * Each project's demand: every assignment's remaining work (unweighted) spread over its task's
 * window. It changes only with the plan's version (tasks, links, calendars and assignments all claim
 * one) and, for tasks in progress in plans without a status date, with the day; so it is kept per
 * project in this process under that key, and a view of 200 projects reads only the plans that
 * changed since the last one (bench/capacity). Bounded by the assignments held.
 */

/** A task of a project's demand. */
export interface DemandTask {
  readonly id: string;
  readonly critical: boolean;
  /** The window its remaining work is spread over (minutes), or null when none remains. */
  readonly window: { readonly start: number; readonly finish: number } | null;
}

/** One project's demand (minutes unweighted: the project's state weight applies per view). */
export interface ProjectDemand {
  readonly items: readonly DemandItem[];
  readonly tasks: ReadonlyMap<string, DemandTask>;
  /** Every resource assigned on the project, finished work included. */
  readonly resourceIds: ReadonlySet<string>;
}

const CACHE_MAX_ITEMS = 2_000_000;
const cache = new Map<string, { key: string; demand: ProjectDemand }>();
let cachedItems = 0;

/** Empties the cache (benchmarks time a cold view with it). */
export function forgetCapacityDemand(): void {
  cache.clear();
  cachedItems = 0;
}

function keyOf(p: CapacityPlanRow, today: number): string {
  return p.status_date === null ? `${p.version}|today:${today}` : `${p.version}|${p.status_date}`;
}

function remember(projectId: string, key: string, demand: ProjectDemand): void {
  const old = cache.get(projectId);
  if (old) {
    cachedItems -= old.demand.items.length;
    cache.delete(projectId);
  }
  cache.set(projectId, { key, demand });
  cachedItems += demand.items.length;
  for (const [id, entry] of cache) {
    if (cachedItems <= CACHE_MAX_ITEMS) break;
    cache.delete(id);
    cachedItems -= entry.demand.items.length;
  }
}

/** Assignments with their tasks' current schedule: stored columns where complete, else rescheduled. */
async function currentRows(ctx: ServiceContext, db: Executor, plans: readonly CapacityPlanRow[]) {
  const rows = await capacityDemandRows(
    db,
    plans.map((p) => p.project_id),
  );
  const rescheduled = new Map<string, TaskRow>();
  for (const p of plans) {
    if (p.schedule_version === p.version) continue;
    for (const t of (await readScheduledPlan(ctx, p.project_id)).tasks) rescheduled.set(t.id, t);
  }
  if (rescheduled.size === 0) return rows;
  return rows.map((r) => {
    const t = rescheduled.get(r.task_id);
    return t
      ? {
          ...r,
          calendar_id: t.calendar_id,
          early_start: t.early_start,
          early_finish: t.early_finish,
          actual_start: t.actual_start,
          actual_finish: t.actual_finish,
          percent_complete: t.percent_complete,
          critical: t.critical,
        }
      : r;
  });
}

async function readDemand(
  ctx: ServiceContext,
  db: Executor,
  plans: readonly CapacityPlanRow[],
  today: number,
): Promise<Map<string, ProjectDemand>> {
  const rows = await currentRows(ctx, db, plans);
  const calendarIds = new Set(plans.map((p) => p.default_calendar_id));
  for (const r of rows) if (r.calendar_id !== null) calendarIds.add(r.calendar_id);
  const calendars = new Map((await findCalendars(db, [...calendarIds])).map((r) => [r.id, r]));
  const calendarOf = (id: string): WorkCalendar | undefined => {
    const row = calendars.get(id);
    return row ? compiledCalendar(row) : undefined;
  };
  const rowsOf = byProject(rows);
  const out = new Map<string, ProjectDemand>();
  for (const plan of plans) {
    const statusDate = plan.status_date ?? today * 1440;
    const taskMap = new Map<string, DemandTask & { profile: DemandItem['profile'] | null }>();
    const items: DemandItem[] = [];
    const resourceIds = new Set<string>();
    for (const a of rowsOf.get(plan.project_id) ?? []) {
      resourceIds.add(a.resource_id);
      let task = taskMap.get(a.task_id);
      if (!task) {
        const window = demandWindow(
          {
            start: a.early_start,
            finish: a.early_finish,
            actualStart: a.actual_start,
            actualFinish: a.actual_finish,
            percentComplete: a.percent_complete,
          },
          statusDate,
        );
        const cal = calendarOf(a.calendar_id ?? plan.default_calendar_id);
        task = {
          id: a.task_id,
          critical: a.critical === 1,
          window,
          profile: window && cal ? flatProfile(cal, window.start, window.finish) : null,
        };
        taskMap.set(a.task_id, task);
      }
      const minutes = remainingWorkMinutes({
        workMinutes: a.work_minutes,
        actualWorkMinutes: a.actual_work_minutes,
        remainingWorkMinutes: a.remaining_work_minutes,
      });
      if (!task.profile || minutes <= 0) continue;
      items.push({
        assignmentId: a.id,
        resourceId: a.resource_id,
        projectId: plan.project_id,
        taskId: a.task_id,
        minutes,
        profile: task.profile,
      });
    }
    out.set(plan.project_id, { items, tasks: taskMap, resourceIds });
  }
  return out;
}

/** The demand of the given plans, from the cache where current. `today` is today's epoch day. */
export async function demandOfPlans(
  ctx: ServiceContext,
  db: Executor,
  plans: readonly CapacityPlanRow[],
  today: number,
): Promise<Map<string, ProjectDemand>> {
  const out = new Map<string, ProjectDemand>();
  const missing: CapacityPlanRow[] = [];
  for (const plan of plans) {
    const hit = cache.get(plan.project_id);
    if (hit && hit.key === keyOf(plan, today)) {
      cache.delete(plan.project_id);
      cache.set(plan.project_id, hit);
      out.set(plan.project_id, hit.demand);
    } else missing.push(plan);
  }
  if (missing.length > 0) {
    const read = await readDemand(ctx, db, missing, today);
    for (const plan of missing) {
      const demand = read.get(plan.project_id) as ProjectDemand;
      remember(plan.project_id, keyOf(plan, today), demand);
      out.set(plan.project_id, demand);
    }
  }
  return out;
}
