import type { BaselineComparison, TaskVariance } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { wbsOutline } from '../../core/plan/wbs-outline.js';
import * as repo from '../../store/repos/baselines-repo.js';
import * as calendarsRepo from '../../store/repos/calendars-repo.js';
import * as planRepo from '../../store/repos/plan-repo.js';
import type { BaselineTaskRow } from '../../store/schema.js';
import { projectResource } from '../access.js';
import type { ServiceContext } from '../context.js';
import { loadProjectFor } from '../project-service.js';
import { projectSpan, slip, taskDuration, workCalendars } from './baseline-measure.js';
import { findBaselineOrThrow, toBaseline } from './baseline-service.js';
import { wireDate } from './plan-model.js';
import { scheduledTasks } from './plan-schedule.js';

/**
 * The plan against one baseline: every current task in WBS order, then the baseline's tasks that
 * have since been deleted. Variances are working minutes on the task's calendar (the project's on
 * the default calendar), positive when the plan is later or longer than the baseline, so a day's
 * slip reads the same on a 24-hour calendar and a 9-to-5 one.
 */
export async function compareWithBaseline(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  baselineId: string,
): Promise<BaselineComparison> {
  const db = ctx.store.db;
  const project = projectResource(actor, await loadProjectFor(db, actor, projectId, 'project.read'));
  const baseline = await findBaselineOrThrow(db, projectId, baselineId);
  const plan = await planRepo.findPlan(db, projectId);
  if (!plan) throw new DomainError('not_found', `Project ${projectId} has no plan`, { entity: 'plan', id: projectId });
  const [tasks, saved, calendars] = await Promise.all([
    scheduledTasks(ctx, projectId),
    repo.listBaselineTasks(db, baselineId),
    calendarsRepo.listCalendars(db, projectId),
  ]);
  const work = workCalendars(calendars);
  const defaultCalendar = work(plan.default_calendar_id);
  const outline = wbsOutline(tasks.map((t) => ({ id: t.id, parentId: t.parent_id })));
  const before = new Map(saved.map((b) => [b.task_id, b]));

  const compared = tasks.map((t, i): TaskVariance => {
    const duration = taskDuration(t, outline.summary[i] === 1, defaultCalendar);
    const current = {
      taskId: t.id,
      row: i + 1,
      wbs: outline.wbs[i] as string,
      name: t.name,
      start: wireDate(t.early_start),
      finish: wireDate(t.early_finish),
      durationMinutes: duration,
    };
    const b = before.get(t.id);
    if (!b) return { ...current, ...NO_BASELINE, status: 'added' };
    const cal = work(t.calendar_id ?? plan.default_calendar_id);
    const same = b.start === t.early_start && b.finish === t.early_finish && b.duration_minutes === duration;
    return {
      ...current,
      status: same ? 'unchanged' : 'changed',
      ...baselineSide(b),
      startVarianceMinutes: slip(cal, b.start, t.early_start),
      finishVarianceMinutes: slip(cal, b.finish, t.early_finish),
      durationVarianceMinutes: difference(b.duration_minutes, duration),
    };
  });
  const present = new Set(tasks.map((t) => t.id));
  const removed = saved
    .filter((b) => !present.has(b.task_id))
    .sort((a, b) => compareWbs(a.wbs, b.wbs))
    .map(
      (b): TaskVariance => ({
        taskId: b.task_id,
        row: null,
        wbs: b.wbs,
        name: b.name,
        status: 'removed',
        ...baselineSide(b),
        start: null,
        finish: null,
        durationMinutes: null,
        startVarianceMinutes: null,
        finishVarianceMinutes: null,
        durationVarianceMinutes: null,
      }),
    );

  const span = projectSpan(plan, tasks);
  const spanLength = (s: number | null, f: number | null) =>
    s === null || f === null ? null : defaultCalendar.workBetween(s, f);
  return {
    baseline: toBaseline(actor, project, baseline),
    project: {
      baselineStart: wireDate(baseline.project_start),
      baselineFinish: wireDate(baseline.project_finish),
      start: wireDate(span.start),
      finish: wireDate(span.finish),
      startVarianceMinutes: slip(defaultCalendar, baseline.project_start, span.start),
      finishVarianceMinutes: slip(defaultCalendar, baseline.project_finish, span.finish),
      durationVarianceMinutes: difference(
        spanLength(baseline.project_start, baseline.project_finish),
        spanLength(span.start, span.finish),
      ),
    },
    tasks: [...compared, ...removed],
  };
}

const NO_BASELINE = {
  baselineStart: null,
  baselineFinish: null,
  baselineDurationMinutes: null,
  startVarianceMinutes: null,
  finishVarianceMinutes: null,
  durationVarianceMinutes: null,
} as const;

const baselineSide = (b: BaselineTaskRow) => ({
  baselineStart: wireDate(b.start),
  baselineFinish: wireDate(b.finish),
  baselineDurationMinutes: b.duration_minutes,
});

const difference = (baseline: number | null, current: number | null) =>
  baseline === null || current === null ? null : current - baseline;

/** WBS codes in outline order ("1.2" before "1.10"). */
function compareWbs(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  }
  return x.length - y.length;
}
