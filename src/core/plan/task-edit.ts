import { invalidField } from '../errors.js';
import { DEFAULT_PRIORITY } from '../resources/model.js';
import { type DraftTask, draftDate, type OpEnv, wireDate } from './plan-draft.js';
import type { NewTaskInput, TaskFieldValues } from './plan-op.js';

/*
 * Task fields from an op onto a draft task: the rules between fields (a dated constraint needs its
 * date, a finish needs a start) and, when an environment is given, the checks that need the plan
 * (its calendars, the project's people). `at` names the fields in errors ("fields", "tasks[2]").
 */

const UNDATED = new Set(['asap', 'alap']);

/** A task with every field at MS Project's default, before an insert's fields are applied. */
export function blankDraftTask(id: string, parentId: string | null, durationMinutes: number): DraftTask {
  return {
    id,
    parentId,
    name: '',
    notes: '',
    durationMinutes,
    elapsed: false,
    milestone: 0,
    calendarId: null,
    constraintType: 'asap',
    constraintDate: null,
    deadline: null,
    actualStart: null,
    actualFinish: null,
    percentComplete: 0,
    remainingDurationMinutes: null,
    responsibleId: null,
    taskType: 'fixedUnits',
    effortDriven: false,
    priority: DEFAULT_PRIORITY,
    levelingDelayMinutes: 0,
    fixedCostMinor: 0,
    fixedCostAccrual: 'prorated',
    physicalPercentComplete: 0,
    evMethod: null,
    earlyStart: null,
    earlyFinish: null,
  };
}

/** A new task's duration in minutes when none is given: one working day on the plan's default calendar (0 for a milestone). */
export function defaultDurationMinutes(t: NewTaskInput, defaultCalendarId: string, env: OpEnv): number {
  if (t.durationMinutes !== undefined) return t.durationMinutes;
  if (t.milestone) return 0;
  return Math.round((env.calendars.get(defaultCalendarId) ?? 8) * 60);
}

/**
 * The task with `fields` applied, checked. Without `env` only the rules between fields are
 * checked: that is how an inverse learns which values an edit will change.
 */
export function withTaskFields(task: DraftTask, fields: Partial<TaskFieldValues>, at: string, env?: OpEnv): DraftTask {
  const f = fields;
  const date = (key: 'constraintDate' | 'deadline' | 'actualStart' | 'actualFinish') =>
    draftDate(f[key] as string | null, `${at}.${key}`);
  const constraintType = f.constraintType ?? task.constraintType;
  let constraintDate = f.constraintDate !== undefined ? date('constraintDate') : task.constraintDate;
  if (UNDATED.has(constraintType)) constraintDate = null;
  else if (constraintDate === null) {
    throw invalidField(`${at}.constraintDate`, `is required for a ${constraintType} constraint`);
  }
  let actualStart = f.actualStart !== undefined ? date('actualStart') : task.actualStart;
  let actualFinish = f.actualFinish !== undefined ? date('actualFinish') : task.actualFinish;
  if (actualFinish !== null && actualStart === null) {
    throw invalidField(`${at}.actualStart`, 'is required when the task has an actual finish');
  }
  if (actualFinish !== null && actualStart !== null && actualFinish < actualStart) {
    throw invalidField(`${at}.actualFinish`, `must not be before the actual start ${wireDate(actualStart)}`);
  }
  let percentComplete = task.percentComplete;
  if (f.percentComplete !== undefined) {
    percentComplete = f.percentComplete;
    // As MS Project does: work reported on a task means it started (and at 100 %, finished) as
    // scheduled, unless actual dates are given.
    if (percentComplete > 0 && actualStart === null) actualStart = task.earlyStart;
    if (percentComplete >= 100 && actualFinish === null) actualFinish = task.earlyFinish;
  }
  if (env) checkAgainstPlan(f, at, env);
  return {
    ...task,
    name: f.name ?? task.name,
    notes: f.notes ?? task.notes,
    durationMinutes: f.durationMinutes ?? task.durationMinutes,
    elapsed: f.elapsed ?? task.elapsed,
    // Keeps a P6 finish milestone (2) a finish milestone when it is merely confirmed as one.
    milestone: f.milestone === undefined ? task.milestone : f.milestone ? task.milestone || 1 : 0,
    calendarId: f.calendarId !== undefined ? f.calendarId : task.calendarId,
    constraintType,
    constraintDate,
    deadline: f.deadline !== undefined ? date('deadline') : task.deadline,
    actualStart,
    actualFinish,
    percentComplete,
    remainingDurationMinutes:
      f.remainingDurationMinutes !== undefined ? f.remainingDurationMinutes : task.remainingDurationMinutes,
    responsibleId: f.responsibleId !== undefined ? f.responsibleId : task.responsibleId,
    taskType: f.taskType ?? task.taskType,
    effortDriven: f.effortDriven ?? task.effortDriven,
    priority: f.priority ?? task.priority,
    levelingDelayMinutes: f.levelingDelayMinutes ?? task.levelingDelayMinutes,
    fixedCostMinor: f.fixedCostMinor ?? task.fixedCostMinor,
    fixedCostAccrual: f.fixedCostAccrual ?? task.fixedCostAccrual,
    physicalPercentComplete: f.physicalPercentComplete ?? task.physicalPercentComplete,
    evMethod: f.evMethod !== undefined ? f.evMethod : task.evMethod,
  };
}

function checkAgainstPlan(f: Partial<TaskFieldValues>, at: string, env: OpEnv): void {
  if (f.calendarId != null && !env.calendars.has(f.calendarId)) {
    throw invalidField(`${at}.calendarId`, 'is not a calendar of this project or the organisation');
  }
  if (f.responsibleId != null && !env.people.has(f.responsibleId)) {
    throw invalidField(`${at}.responsibleId`, "must be the project's manager or one of its team members");
  }
}
