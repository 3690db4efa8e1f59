import type { PlanSummary, PlanSummaryMilestone } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import { meanPercentComplete } from '../../core/plan/progress-rollup.js';
import { wbsOutline } from '../../core/plan/wbs-outline.js';
import * as baselinesRepo from '../../store/repos/baselines-repo.js';
import * as calendarsRepo from '../../store/repos/calendars-repo.js';
import * as planRepo from '../../store/repos/plan-repo.js';
import type { TaskRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import { loadProjectFor } from '../project-service.js';
import { projectSpan, slip, workCalendars } from './baseline-measure.js';
import { calendarsOf, wireDate } from './plan-model.js';
import { readScheduledPlan } from './plan-schedule.js';

/** How many upcoming milestones the summary lists. */
const NEXT_MILESTONES = 3;

/**
 * The plan at a glance for the project page, from the current schedule: its dates
 * beside the charter's and the first baseline's, progress, and the next milestones not yet done.
 * The first baseline is the one the plan was agreed on, as the portfolio milestones use it.
 */
export async function planSummary(ctx: ServiceContext, actor: Actor, projectId: string): Promise<PlanSummary> {
  const db = ctx.store.db;
  const project = await loadProjectFor(db, actor, projectId, 'project.read');
  const charter = { charterStart: project.planned_start, charterFinish: project.planned_finish };
  const stored = await planRepo.findPlan(db, projectId);
  const [scheduled, baselines] = stored
    ? await Promise.all([readScheduledPlan(ctx, projectId), baselinesRepo.listBaselines(db, projectId)])
    : [undefined, []];
  const plan = scheduled?.plan;
  const tasks = scheduled?.tasks ?? [];
  if (!plan || tasks.length === 0) {
    return {
      taskCount: 0,
      planStart: null,
      planFinish: null,
      ...charter,
      baseline: null,
      finishVarianceWorkingDays: null,
      charterFinishDifferenceDays: null,
      percentComplete: 0,
      nextMilestones: [],
    };
  }
  const first = baselines[0];
  const [calendarRows, savedTasks] = await Promise.all([
    calendarsRepo.listCalendars(db, projectId),
    first ? baselinesRepo.listBaselineTasks(db, first.id) : Promise.resolve([]),
  ]);
  const work = workCalendars(calendarRows);
  const defaultRow = calendarRows.find((c) => c.id === plan.default_calendar_id);
  const hoursPerDay = (defaultRow && calendarsOf([defaultRow])[0]?.hoursPerDay) || 8;
  const span = projectSpan(plan, tasks);
  const planFinish = wireDate(span.finish);
  const variance = first ? slip(work(plan.default_calendar_id), first.project_finish, span.finish) : null;
  const baselineFinish = new Map(savedTasks.map((b) => [b.task_id, b.finish]));
  return {
    taskCount: tasks.length,
    planStart: wireDate(span.start),
    planFinish,
    ...charter,
    baseline: first
      ? { id: first.id, number: first.number, name: first.name, finish: wireDate(first.project_finish) }
      : null,
    finishVarianceWorkingDays: variance === null ? null : Math.round((variance / (hoursPerDay * 60)) * 10) / 10,
    charterFinishDifferenceDays: daysBetween(project.planned_finish, planFinish),
    percentComplete: weightedPercent(tasks),
    nextMilestones: nextMilestones(tasks, (id) => wireDate(baselineFinish.get(id) ?? null)),
  };
}

/** Calendar days from the charter's finish date to the plan's finish (its date part). */
function daysBetween(charterFinish: string | null, planFinish: string | null): number | null {
  if (!charterFinish || !planFinish) return null;
  const day = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;
  return Math.round(day(planFinish) - day(charterFinish));
}

/**
 * The project's percent complete as a summary over every task would show it (core's roll-up rule over
 * the work tasks; summaries hold only roll-ups).
 */
function weightedPercent(tasks: readonly TaskRow[]): number {
  let done = 0;
  let total = 0;
  let sum = 0;
  let count = 0;
  for (const t of tasks) {
    if (t.summary) continue;
    done += (t.duration_minutes * t.percent_complete) / 100;
    total += t.duration_minutes;
    sum += t.percent_complete;
    count++;
  }
  return meanPercentComplete(done, total, sum, count);
}

/** Milestones not yet done, earliest first (overdue ones included: they are still ahead of the project). */
function nextMilestones(
  tasks: readonly TaskRow[],
  baselineDate: (taskId: string) => string | null,
): PlanSummaryMilestone[] {
  const outline = wbsOutline(tasks.map((t) => ({ id: t.id, parentId: t.parent_id })));
  const open: { t: TaskRow; wbs: string }[] = [];
  tasks.forEach((t, i) => {
    if (t.milestone && t.actual_finish === null && t.percent_complete < 100 && t.early_finish !== null) {
      open.push({ t, wbs: outline.wbs[i] as string });
    }
  });
  open.sort((a, b) => (a.t.early_finish as number) - (b.t.early_finish as number));
  return open.slice(0, NEXT_MILESTONES).map(({ t, wbs }) => ({
    taskId: t.id,
    wbs,
    name: t.name,
    date: wireDate(t.early_finish),
    baselineDate: baselineDate(t.id),
  }));
}
