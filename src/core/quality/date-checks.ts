import type { Task } from '../schedule/model.js';
import { type QualityCheck, shareOutcome } from './check.js';
import type { QualityContext } from './context.js';

/*
 * Checks 9, 11 and 14: dates against the status date and the baseline. Without a status date none
 * applies; without a baseline 11 and 14 do not.
 */

/** 9 Invalid dates: actual dates after the status date, or unfinished work forecast before it; none allowed. */
export const invalidDatesCheck: QualityCheck = {
  id: 9,
  key: 'invalidDates',
  name: 'Invalid dates',
  threshold: { operator: '<=', value: 0 },
  measure: (ctx) => {
    const status = ctx.statusDate;
    const tasks: number[] = [];
    ctx.kinds.forEach((k, i) => {
      if (k === 'task' || k === 'milestone') tasks.push(i);
    });
    if (status === null) return { count: 0, total: tasks.length, value: null, tasks: [], pass: null };
    const invalid = tasks.filter((i) => {
      const t = ctx.plan.tasks[i] as Task;
      if ((t.actualStart ?? Number.NEGATIVE_INFINITY) > status) return true;
      if ((t.actualFinish ?? Number.NEGATIVE_INFINITY) > status) return true;
      if (ctx.complete[i]) return false;
      const started = t.actualStart !== null && t.actualStart !== undefined;
      // NaN (a date the engine could not place) compares false: not counted as invalid.
      return (
        (!started && (ctx.result.earlyStart[i] as number) < status) || (ctx.result.earlyFinish[i] as number) < status
      );
    });
    return shareOutcome(invalid.length, tasks.length, invalid);
  },
};

/** Tasks (not milestones, summaries or LOE) whose baseline finish is on or before the status date. */
function dueByBaseline(ctx: QualityContext, status: number): number[] {
  const baseline = ctx.baseline;
  if (baseline === null) return [];
  const due: number[] = [];
  ctx.kinds.forEach((k, i) => {
    if (k !== 'task') return;
    const finish = baseline.get((ctx.plan.tasks[i] as Task).id)?.finish;
    if (finish !== null && finish !== undefined && finish <= status) due.push(i);
  });
  return due;
}

/** The finish a complete task has: its actual finish, else (100 % without one) its scheduled finish. */
const finishOf = (ctx: QualityContext, i: number): number | null =>
  ctx.complete[i] ? ((ctx.plan.tasks[i] as Task).actualFinish ?? (ctx.result.earlyFinish[i] as number)) : null;

/** 11 Missed tasks: of the tasks due by their baseline finish, those finished late or not at all, <= 5 %. */
export const missedTasksCheck: QualityCheck = {
  id: 11,
  key: 'missedTasks',
  name: 'Missed tasks',
  threshold: { operator: '<=', value: 5 },
  measure: (ctx) => {
    const status = ctx.statusDate;
    if (status === null || ctx.baseline === null) return { count: 0, total: 0, value: null, tasks: [], pass: null };
    const due = dueByBaseline(ctx, status);
    const missed = due.filter((i) => {
      const finish = finishOf(ctx, i);
      const planned = ctx.baseline?.get((ctx.plan.tasks[i] as Task).id)?.finish as number;
      return finish === null || finish > planned;
    });
    return shareOutcome(missed.length, due.length, missed);
  },
};

/** 14 BEI: tasks complete / tasks due by their baseline finish at the status date, >= 0.95; flags the due tasks not complete. */
export const beiCheck: QualityCheck = {
  id: 14,
  key: 'bei',
  name: 'Baseline execution index',
  threshold: { operator: '>=', value: 0.95 },
  measure: (ctx) => {
    const status = ctx.statusDate;
    if (status === null || ctx.baseline === null) return { count: 0, total: 0, value: null, tasks: [], pass: null };
    const due = dueByBaseline(ctx, status);
    let done = 0;
    ctx.kinds.forEach((k, i) => {
      if (k === 'task' && ctx.complete[i]) done++;
    });
    return {
      count: done,
      total: due.length,
      value: due.length === 0 ? null : done / due.length,
      tasks: due.filter((i) => !ctx.complete[i]),
    };
  },
};
