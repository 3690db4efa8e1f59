import { compileDayRules } from '../schedule/calendar-rules.js';
import type { Calendar, Plan, Task } from '../schedule/model.js';
import { schedulePlan } from '../schedule/schedule.js';
import { WorkCalendar } from '../schedule/work-calendar.js';
import type { QualityCheck } from './check.js';
import type { QualityContext } from './context.js';

/*
 * Checks 12 and 13: whether the critical path really drives the finish, and how much room it has.
 */

/** DCMA's test delay: 600 working days, far more than any float a sane plan carries. */
export const TEST_DELAY_DAYS = 600;

/**
 * The task the critical path test delays: an incomplete, automatically scheduled critical task,
 * preferring one not started (its remaining work is its duration), then the earliest early start,
 * then the least float, then plan order. -1 when there is none.
 */
export function testTask(ctx: QualityContext): number {
  let best = -1;
  const key = (i: number) => {
    const t = ctx.plan.tasks[i] as Task;
    const started = t.actualStart !== null && t.actualStart !== undefined ? 1 : 0;
    return [started, ctx.result.earlyStart[i] as number, ctx.result.totalFloatMinutes[i] as number];
  };
  for (const i of ctx.openTasks) {
    if (ctx.result.critical[i] !== 1 || (ctx.plan.tasks[i] as Task).manual) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    const a = key(i);
    const b = key(best);
    for (let k = 0; k < a.length; k++) {
      if ((a[k] as number) !== (b[k] as number)) {
        if ((a[k] as number) < (b[k] as number)) best = i;
        break;
      }
    }
  }
  return best;
}

/** Task t with `minutes` more remaining work (and duration), resource-driven work lengthened alike. */
function delayed(t: Task, minutes: number): Task {
  const remaining = t.remainingDurationMinutes ?? t.durationMinutes * (1 - (t.percentComplete ?? 0) / 100);
  return {
    ...t,
    durationMinutes: t.durationMinutes + minutes,
    remainingDurationMinutes: remaining + minutes,
    ...(t.durationDrivers
      ? {
          durationDrivers: t.durationDrivers.map((d) => ({
            ...d,
            durationMinutes: d.durationMinutes + minutes,
            remainingDurationMinutes: d.remainingDurationMinutes + minutes,
          })),
        }
      : {}),
  };
}

/**
 * The project finish with task i's remaining work `delay` minutes longer. With the incremental
 * scheduler a task not started is lengthened in place (its remaining work is its duration, so the
 * scheduler's scaling adds exactly `delay`); otherwise a copy of the plan is scheduled in full.
 */
function delayedFinish(ctx: QualityContext, i: number, delay: number): number {
  const task = ctx.plan.tasks[i] as Task;
  const remaining = task.remainingDurationMinutes ?? task.durationMinutes;
  const notStarted = (task.actualStart === null || task.actualStart === undefined) && !(task.percentComplete ?? 0);
  if (ctx.scheduler && notStarted && remaining === task.durationMinutes && !task.durationDrivers) {
    return ctx.scheduler.update([{ id: task.id, durationMinutes: task.durationMinutes + delay }]).projectFinish;
  }
  const tasks = ctx.plan.tasks.slice();
  tasks[i] = delayed(task, delay);
  return schedulePlan({ ...ctx.plan, tasks }).projectFinish;
}

function calendarOf(plan: Plan, t: Task): WorkCalendar {
  const id = t.calendarId ?? plan.defaultCalendarId;
  return new WorkCalendar(compileDayRules(plan.calendars.find((c) => c.id === id) as Calendar));
}

/** 12 Critical path test: delay a critical task by 600 working days; the project finish must move as much. */
export const criticalPathTestCheck: QualityCheck = {
  id: 12,
  key: 'criticalPathTest',
  name: 'Critical path test',
  threshold: { operator: '>=', value: 100 },
  measure: (ctx) => {
    const i = testTask(ctx);
    if (i < 0) return { count: 0, total: 0, value: null, tasks: [], pass: null };
    const plan = ctx.plan;
    const task = plan.tasks[i] as Task;
    const delay = TEST_DELAY_DAYS * ctx.minutesPerDay(i);
    const after = delayedFinish(ctx, i, delay);
    const cal = calendarOf(plan, task);
    const moved = task.elapsed ? after - ctx.result.projectFinish : cal.workBetween(ctx.result.projectFinish, after);
    // One working minute of slack, as MPXJ compares dates: calendars may place a finish a crumb apart.
    const pass = moved >= delay - 1;
    return { count: pass ? 0 : 1, total: 1, value: (100 * moved) / delay, tasks: [i], pass };
  },
};

/**
 * 13 CPLI: (critical path length + project total float) / critical path length, >= 0.95. The length
 * runs from the status date (else the project start) to the project finish in working days of the
 * default calendar; the project's float is the least total float of the unfinished tasks and
 * milestones that finish the project. Flags the critical path: incomplete critical tasks and milestones.
 */
export const cpliCheck: QualityCheck = {
  id: 13,
  key: 'cpli',
  name: 'Critical path length index',
  threshold: { operator: '>=', value: 0.95 },
  measure: (ctx) => {
    const { result } = ctx;
    const open: number[] = [];
    ctx.kinds.forEach((k, i) => {
      if ((k === 'task' || k === 'milestone') && !ctx.complete[i]) open.push(i);
    });
    const critical = open.filter((i) => result.critical[i] === 1);
    const from = ctx.statusDate ?? result.projectStart;
    const lengthDays = ctx.defaultCalendar().workBetween(from, result.projectFinish) / ctx.defaultMinutesPerDay;
    let floatDays = Number.POSITIVE_INFINITY;
    for (const i of open) {
      if ((result.earlyFinish[i] as number) < result.projectFinish) continue;
      floatDays = Math.min(floatDays, (result.totalFloatMinutes[i] as number) / ctx.minutesPerDay(i));
    }
    if (!Number.isFinite(floatDays)) floatDays = 0;
    if (!(lengthDays > 0))
      return { count: critical.length, total: open.length, value: null, tasks: critical, pass: null };
    return {
      count: critical.length,
      total: open.length,
      value: (lengthDays + floatDays) / lengthDays,
      tasks: critical,
    };
  },
};
