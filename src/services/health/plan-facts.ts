import type { FactBaselineTask, FactCalendar, FactTask, ProjectFacts } from '../../core/health/facts.js';
import type { WorkCalendar } from '../../core/schedule/index.js';
import { findCalendars } from '../../store/repos/calendars-repo.js';
import * as repo from '../../store/repos/health-facts-repo.js';
import type { ServiceContext } from '../context.js';
import { workCalendars } from '../plan/baseline-measure.js';
import { calendarsOf, rowDate } from '../plan/plan-model.js';
import { readScheduledPlan } from '../plan/plan-schedule.js';
import type { FactSection, FactSource } from './fact-source.js';

/** Groups rows by their project id. */
export function byProject<T extends { project_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.project_id);
    if (list) list.push(r);
    else out.set(r.project_id, [r]);
  }
  return out;
}

function factCalendar(cal: WorkCalendar, hoursPerDay: number): FactCalendar {
  return { workBetween: (a, b) => cal.workBetween(a, b), minutesPerDay: Math.round(hoursPerDay * 60) };
}

function factTask(t: repo.HealthTaskRow): FactTask {
  return {
    id: t.id,
    name: t.name,
    summary: t.summary === 1,
    milestone: t.milestone !== 0,
    finish: t.early_finish,
    durationMinutes: t.duration_minutes,
    totalFloatMinutes: t.total_float,
    percentComplete: t.percent_complete,
    actualFinish: t.actual_finish,
  };
}

type PlanSection = Pick<
  ProjectFacts,
  'statusDate' | 'projectStart' | 'projectFinish' | 'tasks' | 'baseline' | 'calendar'
>;

/*
 * A plan's facts do not change while its version, its first baseline and its default calendar do
 * not: kept per project in this process, so a portfolio evaluated again reads only the plans that
 * changed (bench/health: the tasks of 1,000 plans are most of a cold evaluation). Any node's write
 * bumps the version in the database, so a stale entry is never used. Bounded by tasks held.
 */
const CACHE_MAX_TASKS = 2_000_000;
const cache = new Map<string, { key: string; section: PlanSection }>();
let cachedTasks = 0;

/** Empties the cache (benchmarks time a cold evaluation with it). */
export function forgetPlanFacts(): void {
  cache.clear();
  cachedTasks = 0;
}

function keyOf(p: repo.HealthPlanRow): string {
  return `${p.version}|${p.baseline_id ?? ''}@${p.baseline_saved_at ?? ''}|${p.default_calendar_id}@${p.calendar_updated_at}`;
}

function remember(projectId: string, key: string, section: PlanSection): void {
  const old = cache.get(projectId);
  if (old) {
    cachedTasks -= old.section.tasks.length;
    cache.delete(projectId);
  }
  cache.set(projectId, { key, section });
  cachedTasks += section.tasks.length;
  // Least recently used first: Map keeps insertion order and a hit re-inserts (see recall).
  for (const [id, entry] of cache) {
    if (cachedTasks <= CACHE_MAX_TASKS) break;
    cache.delete(id);
    cachedTasks -= entry.section.tasks.length;
  }
}

function recall(projectId: string, key: string): PlanSection | null {
  const hit = cache.get(projectId);
  if (!hit || hit.key !== key) return null;
  cache.delete(projectId);
  cache.set(projectId, hit);
  return hit.section;
}

/**
 * The tasks of the given plans with their current schedule: the stored columns where they hold the
 * plan's version, else the plan rescheduled in memory (edits may leave stored dates behind; a read
 * does not write them, so a refused write that reads health changes nothing).
 */
async function currentTasks(
  ctx: ServiceContext,
  db: Parameters<FactSource['load']>[1],
  plans: readonly repo.HealthPlanRow[],
): Promise<repo.HealthTaskRow[]> {
  const settled = plans.filter((p) => p.schedule_version === p.version).map((p) => p.project_id);
  let tasks = await repo.healthTasks(db, settled);
  for (const p of plans) {
    if (p.schedule_version !== p.version) tasks = tasks.concat((await readScheduledPlan(ctx, p.project_id)).tasks);
  }
  return tasks;
}

/** Reads the plan sections of plans not in the cache (or changed since). */
async function readSections(
  ctx: ServiceContext,
  db: Parameters<FactSource['load']>[1],
  plans: readonly repo.HealthPlanRow[],
): Promise<Map<string, PlanSection>> {
  const ids = plans.map((p) => p.project_id);
  const [tasks, baselines, baselineTasks, calendarRows] = await Promise.all([
    currentTasks(ctx, db, plans),
    repo.healthBaselines(db, ids),
    repo.healthBaselineTasks(db, ids),
    findCalendars(
      db,
      plans.map((p) => p.default_calendar_id),
    ),
  ]);
  const work = workCalendars(calendarRows);
  const hoursPerDay = new Map<string, number>(calendarsOf(calendarRows).map((c) => [c.id, c.hoursPerDay ?? 8]));
  const tasksOf = byProject(tasks);
  const baselineOf = new Map(baselines.map((b) => [b.project_id, b]));
  const baselineTasksOf = byProject(baselineTasks);
  const out = new Map<string, PlanSection>();
  for (const plan of plans) {
    const id = plan.project_id;
    const b = baselineOf.get(id);
    const bTasks = new Map<string, FactBaselineTask>(
      (baselineTasksOf.get(id) ?? []).map((t) => [
        t.task_id,
        { start: t.start, finish: t.finish, durationMinutes: t.duration_minutes },
      ]),
    );
    out.set(id, {
      statusDate: plan.status_date,
      projectStart: plan.project_start,
      projectFinish: plan.project_finish,
      tasks: (tasksOf.get(id) ?? []).map(factTask),
      baseline: b ? { start: b.project_start, finish: b.project_finish, tasks: bTasks } : null,
      calendar: factCalendar(work(plan.default_calendar_id), hoursPerDay.get(plan.default_calendar_id) ?? 8),
    });
  }
  return out;
}

/**
 * The plan's facts: its current schedule, its first baseline, the charter's planned finish and the
 * plan's default calendar.
 */
export const planFacts: FactSource = {
  name: 'plan',
  async load(ctx, db, projects) {
    const plans = await repo.healthPlans(
      db,
      projects.map((p) => p.id),
    );
    const sections = new Map<string, PlanSection>();
    const missing: repo.HealthPlanRow[] = [];
    for (const plan of plans) {
      const hit = recall(plan.project_id, keyOf(plan));
      if (hit) sections.set(plan.project_id, hit);
      else missing.push(plan);
    }
    if (missing.length > 0) {
      const read = await readSections(ctx, db, missing);
      for (const plan of missing) {
        const section = read.get(plan.project_id) as PlanSection;
        remember(plan.project_id, keyOf(plan), section);
        sections.set(plan.project_id, section);
      }
    }
    const out = new Map<string, FactSection>();
    for (const p of projects) {
      const section = sections.get(p.id);
      if (!section) continue;
      out.set(p.id, {
        ...section,
        // The end of the charter's last day: finishing any time that day is on time.
        plannedFinish: p.plannedFinish ? (rowDate(`${p.plannedFinish}T00:00`) as number) + 1440 : null,
      });
    }
    return out;
  },
};
