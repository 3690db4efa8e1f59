import { invalidField } from '../errors.js';
import type { TaskType } from './model.js';

/*
 * MS Project's task type rules, pure. For every work assignment work = duration × units (duration
 * in working minutes on the task's calendar, units a fraction), and a task lasts as long as its
 * longest assignment (work / units). When one of the three changes, the task type says which of the
 * other two moves:
 *
 *   changed     fixed units        fixed work         fixed duration
 *   duration    work               units              work (units kept)
 *   units       duration           duration           work
 *   work        duration           duration           units
 *
 * Effort-driven tasks keep their total work when assignments are added or removed: it is shared
 * out in proportion to units, which changes the duration (fixed units, fixed work) or the units
 * (fixed duration). Work is whole minutes; the functions below round only at the end of a rule.
 */

/** The task fields the rules read: duration in working minutes. */
export interface TypedTask {
  readonly durationMinutes: number;
  readonly taskType: TaskType;
  readonly effortDriven: boolean;
}

/** An assignment as the rules see it: units a fraction, work in minutes. */
export interface UnitsWork {
  readonly units: number;
  readonly workMinutes: number;
}

/** A task's duration (minutes) and its work assignments after a rule, in the order given. */
export interface RuleResult<T extends UnitsWork> {
  readonly durationMinutes: number;
  readonly assignments: readonly T[];
}

/** Work in whole minutes of `durationMinutes` at `units`. */
export const workOf = (durationMinutes: number, units: number): number => Math.round(durationMinutes * units);

/** How long an assignment's work takes at its units, in minutes (null for 0 units: it sets no duration). */
export const spanOf = (a: UnitsWork): number | null => (a.units > 0 ? a.workMinutes / a.units : null);

/** A task's duration from its assignments (the longest span, whole minutes), or `fallback` when none sets one. */
export function durationOf(assignments: readonly UnitsWork[], fallback: number): number {
  let longest: number | null = null;
  for (const a of assignments) {
    const span = spanOf(a);
    if (span !== null && (longest === null || span > longest)) longest = span;
  }
  return longest === null ? fallback : Math.round(longest);
}

const UNITS_LIMIT = 100;

function unitsFor(workMinutes: number, durationMinutes: number, field: string): number {
  if (durationMinutes <= 0) {
    if (workMinutes === 0) return 0;
    throw invalidField(field, 'a task of zero duration cannot take work at fixed duration or fixed work');
  }
  const units = workMinutes / durationMinutes;
  if (units > UNITS_LIMIT) throw invalidField(field, 'would need more than 10000 % units over the task duration');
  return units;
}

/** The task's duration changed to `durationMinutes`: fixed work keeps work (units move), the others keep units (work moves). */
export function onDurationChange<T extends UnitsWork>(
  task: TypedTask,
  assignments: readonly T[],
  durationMinutes: number,
  field = 'durationMinutes',
): RuleResult<T> {
  const out = assignments.map((a) =>
    task.taskType === 'fixedWork'
      ? { ...a, units: unitsFor(a.workMinutes, durationMinutes, field) }
      : { ...a, workMinutes: workOf(durationMinutes, a.units) },
  );
  return { durationMinutes, assignments: out };
}

/**
 * Assignment `index` gets new units and/or work. Fixed duration keeps the duration (units give
 * work, work gives units); the others keep what was not changed and the task's duration follows.
 */
export function onAssignmentChange<T extends UnitsWork>(
  task: TypedTask,
  assignments: readonly T[],
  index: number,
  change: { readonly units?: number; readonly workMinutes?: number },
  field = 'fields',
): RuleResult<T> {
  const out = [...assignments];
  const a = out[index] as T;
  let units = change.units ?? a.units;
  let workMinutes = change.workMinutes ?? a.workMinutes;
  if (task.taskType === 'fixedDuration') {
    if (change.workMinutes === undefined) workMinutes = workOf(task.durationMinutes, units);
    else if (change.units === undefined) units = unitsFor(workMinutes, task.durationMinutes, `${field}.workMinutes`);
    out[index] = { ...a, units, workMinutes };
    return { durationMinutes: task.durationMinutes, assignments: out };
  }
  out[index] = { ...a, units, workMinutes };
  return { durationMinutes: durationOf(out, task.durationMinutes), assignments: out };
}

/** What a new assignment asks for: units and work when given. */
export interface NewUnitsWork {
  readonly units?: number;
  readonly workMinutes?: number;
}

/**
 * Assignments added to a task that has `existing` ones. A new one gets 100 % unless told (at fixed
 * duration with only work given: the units that work needs) and the work of the task's duration at
 * its units unless told. An effort-driven task that had assignments keeps its total work across all
 * of them when the new ones come without work.
 */
export function onAdd<T extends UnitsWork>(
  task: TypedTask,
  existing: readonly T[],
  added: readonly (T & { readonly asked: NewUnitsWork })[],
  field = 'assignments',
): RuleResult<T> {
  const d = task.durationMinutes;
  const fresh = added.map(({ asked, ...rest }, j) => {
    const base = rest as unknown as T;
    const units =
      asked.units ??
      (task.taskType === 'fixedDuration' && asked.workMinutes !== undefined
        ? unitsFor(asked.workMinutes, d, `${field}[${j}].workMinutes`)
        : 1);
    return { ...base, units, workMinutes: asked.workMinutes ?? workOf(d, units) };
  });
  const all = [...existing, ...fresh];
  if (task.effortDriven && existing.length > 0 && added.every((a) => a.asked.workMinutes === undefined)) {
    return shared(task, all, totalWork(existing), field);
  }
  const durationMinutes = task.taskType === 'fixedDuration' ? d : durationOf(all, d);
  return { durationMinutes, assignments: all };
}

/**
 * Assignments removed from a task, leaving `remaining`. Effort-driven: the work the task had
 * (`removedWork` plus the remaining) is shared among the rest. Otherwise the rest keep their work
 * and a task whose duration follows its assignments takes the longest left.
 */
export function onRemove<T extends UnitsWork>(
  task: TypedTask,
  remaining: readonly T[],
  removedWork: number,
  field = 'assignmentIds',
): RuleResult<T> {
  if (remaining.length === 0) return { durationMinutes: task.durationMinutes, assignments: [] };
  if (task.effortDriven) return shared(task, remaining, totalWork(remaining) + removedWork, field);
  const durationMinutes =
    task.taskType === 'fixedDuration' ? task.durationMinutes : durationOf(remaining, task.durationMinutes);
  return { durationMinutes, assignments: remaining };
}

/** Total work in minutes. */
export const totalWork = (list: readonly UnitsWork[]): number => list.reduce((sum, a) => sum + a.workMinutes, 0);

/**
 * `work` minutes shared out in proportion to units (whole minutes, the last takes the rounding).
 * Fixed duration keeps the duration and each assignment's units become what its share needs;
 * the others keep units and the duration becomes work / total units.
 */
function shared<T extends UnitsWork>(task: TypedTask, list: readonly T[], work: number, field: string): RuleResult<T> {
  const totalUnits = list.reduce((sum, a) => sum + a.units, 0);
  if (totalUnits <= 0) return { durationMinutes: task.durationMinutes, assignments: list };
  let given = 0;
  const out = list.map((a, i) => {
    const share = i === list.length - 1 ? work - given : Math.round((work * a.units) / totalUnits);
    given += share;
    return { ...a, workMinutes: share };
  });
  if (task.taskType === 'fixedDuration') {
    return {
      durationMinutes: task.durationMinutes,
      assignments: out.map((a) => ({ ...a, units: unitsFor(a.workMinutes, task.durationMinutes, field) })),
    };
  }
  // work / total units, but measured as the longest share: whole-minute shares round unevenly.
  return { durationMinutes: durationOf(out, Math.round(work / totalUnits)), assignments: out };
}

/** Actual and remaining work (minutes) of `workMinutes` at a task's percent complete: progress reduces what remains. */
export function progressOf(workMinutes: number, percentComplete: number): { actual: number; remaining: number } {
  const actual = Math.round((workMinutes * Math.min(100, Math.max(0, percentComplete))) / 100);
  return { actual, remaining: workMinutes - actual };
}
