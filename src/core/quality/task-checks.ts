import type { ConstraintType, Task } from '../schedule/model.js';
import { type QualityCheck, shareOutcome } from './check.js';

/*
 * Checks 5-8 and 10: properties of each incomplete task (DCMA's "total tasks": not summary, not
 * level-of-effort, not a milestone, not complete). Days are working days of the task's calendar.
 */

/**
 * DCMA's hard constraints: must start/finish on and start/finish no later than. P6's "start on" and
 * "finish on" count too: like "no later than" they pin the late dates, so logic cannot push the
 * float they report (they are what turns float negative).
 */
const HARD: ReadonlySet<ConstraintType> = new Set<ConstraintType>([
  'mustStartOn',
  'mustFinishOn',
  'startNoLaterThan',
  'finishNoLaterThan',
  'startOn',
  'finishOn',
]);

const hasHardConstraint = (t: Task) =>
  (t.constraint !== undefined && HARD.has(t.constraint.type)) ||
  (t.secondaryConstraint !== undefined && HARD.has(t.secondaryConstraint.type));

/** DCMA's limit for float and duration: 44 working days, about two months. */
export const HIGH_DAYS = 44;

/** 5 Hard constraints: incomplete tasks with a must-start/finish-on or start/finish-no-later-than, <= 5 %. */
export const hardConstraintsCheck: QualityCheck = {
  id: 5,
  key: 'hardConstraints',
  name: 'Hard constraints',
  threshold: { operator: '<=', value: 5 },
  measure: (ctx) => {
    const hard = ctx.openTasks.filter((i) => hasHardConstraint(ctx.plan.tasks[i] as Task));
    return shareOutcome(hard.length, ctx.openTasks.length, hard);
  },
};

/** 6 High float: incomplete tasks with total float above 44 working days, <= 5 %. */
export const highFloatCheck: QualityCheck = {
  id: 6,
  key: 'highFloat',
  name: 'High float',
  threshold: { operator: '<=', value: 5 },
  measure: (ctx) => {
    const high = ctx.openTasks.filter(
      (i) => (ctx.result.totalFloatMinutes[i] as number) / ctx.minutesPerDay(i) > HIGH_DAYS,
    );
    return shareOutcome(high.length, ctx.openTasks.length, high);
  },
};

/** 7 Negative float: incomplete tasks with total float below zero, none allowed. */
export const negativeFloatCheck: QualityCheck = {
  id: 7,
  key: 'negativeFloat',
  name: 'Negative float',
  threshold: { operator: '<=', value: 0 },
  measure: (ctx) => {
    // Floats are minutes and may carry fractions from elapsed lags; a rounding crumb is not a delay.
    const negative = ctx.openTasks.filter((i) => (ctx.result.totalFloatMinutes[i] as number) < -1e-6);
    return shareOutcome(negative.length, ctx.openTasks.length, negative);
  },
};

/** 8 High duration: incomplete tasks whose baseline duration (current when not baselined) exceeds 44 working days, <= 5 %. */
export const highDurationCheck: QualityCheck = {
  id: 8,
  key: 'highDuration',
  name: 'High duration',
  threshold: { operator: '<=', value: 5 },
  measure: (ctx) => {
    const long = ctx.openTasks.filter((i) => {
      const t = ctx.plan.tasks[i] as Task;
      const duration = ctx.baseline?.get(t.id)?.durationMinutes ?? t.durationMinutes;
      return duration / ctx.minutesPerDay(i) > HIGH_DAYS;
    });
    return shareOutcome(long.length, ctx.openTasks.length, long);
  },
};

/** 10 Resources: incomplete tasks with a duration but no resource or cost; reported, never pass/fail. */
export const resourcesCheck: QualityCheck = {
  id: 10,
  key: 'resources',
  name: 'Resources',
  threshold: null,
  measure: (ctx) => {
    const withDuration = ctx.openTasks.filter((i) => (ctx.plan.tasks[i] as Task).durationMinutes > 0);
    const resourced = ctx.resourcedTaskIds;
    // Without resource data every task would look unresourced: say nothing rather than 100 %.
    if (resourced === null) return { count: 0, total: withDuration.length, value: null, tasks: [], pass: null };
    const bare = withDuration.filter((i) => !resourced.has((ctx.plan.tasks[i] as Task).id));
    return { ...shareOutcome(bare.length, withDuration.length, bare), pass: null };
  },
};
