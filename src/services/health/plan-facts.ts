import type { FactBaselineTask, FactCalendar, FactTask } from '../../core/health/facts.js';
import type { WorkCalendar } from '../../core/schedule/index.js';
import { findCalendars } from '../../store/repos/calendars-repo.js';
import * as repo from '../../store/repos/health-facts-repo.js';
import { workCalendars } from '../plan/baseline-measure.js';
import { calendarsOf, rowDate } from '../plan/plan-model.js';
import { settleStoredSchedules } from '../plan/plan-schedule.js';
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
    start: t.early_start,
    finish: t.early_finish,
    durationMinutes: t.duration_minutes,
    totalFloatMinutes: t.total_float,
    percentComplete: t.percent_complete,
    actualFinish: t.actual_finish,
    deadline: t.deadline,
  };
}

/**
 * The plan's facts: its stored schedule (settled first, so dates left behind by edits are current),
 * its first baseline, the charter's planned finish and the plan's default calendar.
 */
export const planFacts: FactSource = {
  name: 'plan',
  async load(ctx, db, projects, now) {
    await settleStoredSchedules(ctx);
    const ids = projects.map((p) => p.id);
    const [plans, tasks, baselines, baselineTasks] = await Promise.all([
      repo.healthPlans(db, ids),
      repo.healthTasks(db, ids),
      repo.healthBaselines(db, ids),
      repo.healthBaselineTasks(db, ids),
    ]);
    const calendarRows = await findCalendars(
      db,
      plans.map((p) => p.default_calendar_id),
    );
    const work = workCalendars(calendarRows);
    const hoursPerDay = new Map<string, number>(calendarsOf(calendarRows).map((c) => [c.id, c.hoursPerDay ?? 8]));
    const planOf = new Map(plans.map((p) => [p.project_id, p]));
    const tasksOf = byProject(tasks);
    const baselineOf = new Map(baselines.map((b) => [b.project_id, b]));
    const baselineTasksOf = byProject(baselineTasks);
    const nowMinute = rowDate(now.toISOString().slice(0, 16)) as number;
    const out = new Map<string, FactSection>();
    for (const p of projects) {
      const plan = planOf.get(p.id);
      if (!plan) continue;
      const b = baselineOf.get(p.id);
      const bTasks = new Map<string, FactBaselineTask>(
        (baselineTasksOf.get(p.id) ?? []).map((t) => [
          t.task_id,
          { start: t.start, finish: t.finish, durationMinutes: t.duration_minutes },
        ]),
      );
      out.set(p.id, {
        // The end of the charter's last day: finishing any time that day is on time.
        plannedFinish: p.plannedFinish ? (rowDate(`${p.plannedFinish}T00:00`) as number) + 1440 : null,
        now: nowMinute,
        statusDate: plan.status_date,
        projectStart: plan.project_start,
        projectFinish: plan.project_finish,
        tasks: (tasksOf.get(p.id) ?? []).map(factTask),
        baseline: b ? { start: b.project_start, finish: b.project_finish, tasks: bTasks } : null,
        calendar: factCalendar(work(plan.default_calendar_id), hoursPerDay.get(plan.default_calendar_id) ?? 8),
      });
    }
    return out;
  },
};
