import { DomainError } from '../errors.js';
import { CONTINUOUS_CALENDAR, compileDayRules } from './calendar-rules.js';
import type { Constraint, ConstraintType, Plan, Task, TaskId } from './model.js';
import { WorkCalendar } from './work-calendar.js';

/** Task flag bits in Network.flags. */
export const F_MILESTONE = 1;
export const F_MANUAL = 2;
export const F_ELAPSED = 4;
export const F_STARTED = 8;
export const F_FINISHED = 16;
export const F_SUMMARY = 32;
export const F_FINISH_MILESTONE = 64;
export const F_DRIVERS = 128;
/** Task flag bits in Network.flags2. */
export const F2_LOE = 1;

/** Constraint codes in Network.cType (0 = as soon as possible). */
export const C_ASAP = 0;
export const C_ALAP = 1;
export const C_SNET = 2;
export const C_SNLT = 3;
export const C_FNET = 4;
export const C_FNLT = 5;
export const C_MSO = 6;
export const C_MFO = 7;
export const C_START_ON = 8;
export const C_FINISH_ON = 9;

const CONSTRAINT_CODES: Readonly<Record<ConstraintType, number>> = {
  asap: C_ASAP,
  alap: C_ALAP,
  startNoEarlierThan: C_SNET,
  startNoLaterThan: C_SNLT,
  finishNoEarlierThan: C_FNET,
  finishNoLaterThan: C_FNLT,
  mustStartOn: C_MSO,
  mustFinishOn: C_MFO,
  startOn: C_START_ON,
  finishOn: C_FINISH_ON,
};

/**
 * A plan compiled to flat arrays indexed like Plan.tasks: the engine's working form. Dates are
 * EpochMinute (NaN = none), durations working minutes on `durCal` (wall-clock for elapsed tasks).
 */
export interface TaskArrays {
  readonly count: number;
  readonly ids: readonly TaskId[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly calendars: readonly WorkCalendar[];
  readonly projectCal: number;
  readonly continuousCal: number;
  readonly parent: Int32Array;
  /** Children of each task in WBS order (CSR). */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  readonly flags: Uint8Array;
  readonly flags2: Uint8Array;
  /** Working calendar (lags, start normalisation). */
  readonly cal: Uint16Array;
  /** Calendar durations and floats are counted on (the continuous one for elapsed tasks). */
  readonly durCal: Uint16Array;
  readonly duration: Float64Array;
  readonly remaining: Float64Array;
  readonly cType: Uint8Array;
  readonly cDate: Float64Array;
  readonly c2Type: Uint8Array;
  readonly c2Date: Float64Array;
  readonly deadline: Float64Array;
  readonly actualStart: Float64Array;
  readonly actualFinish: Float64Array;
  readonly manualStart: Float64Array;
  readonly manualFinish: Float64Array;
  /** Resource-driven durations (CSR): calendar, duration and remaining per driver. */
  readonly drvStart: Int32Array;
  readonly drvCal: Uint16Array;
  readonly drvDuration: Float64Array;
  readonly drvRemaining: Float64Array;
}

function fail(taskIdValue: string, field: string, reason: string): DomainError {
  return new DomainError('validation_failed', `task ${taskIdValue} ${field}: ${reason}`, {
    taskId: taskIdValue,
    field,
  });
}

const isDate = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function checkMinutes(t: Task, field: string, value: number | null | undefined, allowNegative = false): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value)) throw fail(t.id, field, 'must be a finite number of minutes');
  if (!allowNegative && value < 0) throw fail(t.id, field, 'must not be negative');
}

function setConstraint(
  t: Task,
  i: number,
  field: string,
  c: Constraint,
  typeArr: Uint8Array,
  dateArr: Float64Array,
): void {
  const code = CONSTRAINT_CODES[c.type];
  if (code === undefined) throw fail(t.id, `${field}.type`, `unknown constraint type ${String(c.type)}`);
  if (code !== C_ASAP && code !== C_ALAP) {
    if (!isDate(c.date)) throw fail(t.id, `${field}.date`, `is required for ${c.type}`);
    dateArr[i] = c.date;
  }
  typeArr[i] = code;
}

/** Compiles calendars and tasks; throws a DomainError naming the task (or calendar) and field. */
export function compileTasks(plan: Plan): TaskArrays {
  const tasks = plan.tasks;
  const n = tasks.length;
  const calendarIndex = new Map<string, number>();
  const calendars: WorkCalendar[] = [];
  for (const c of plan.calendars) {
    if (calendarIndex.has(c.id)) {
      throw new DomainError('validation_failed', `calendar ${c.id}: duplicate id`, { calendarId: c.id, field: 'id' });
    }
    calendarIndex.set(c.id, calendars.length);
    calendars.push(new WorkCalendar(compileDayRules(c)));
  }
  const continuousCal = calendars.length;
  calendars.push(new WorkCalendar(compileDayRules(CONTINUOUS_CALENDAR)));
  const projectCal = calendarIndex.get(plan.defaultCalendarId);
  if (projectCal === undefined) {
    throw new DomainError('validation_failed', `defaultCalendarId: unknown calendar ${plan.defaultCalendarId}`, {
      field: 'defaultCalendarId',
    });
  }

  const indexOf = new Map<string, number>();
  const ids: TaskId[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = (tasks[i] as Task).id;
    if (indexOf.has(id)) throw fail(id, 'id', 'duplicate task id');
    indexOf.set(id, i);
    ids[i] = id;
  }

  const a = {
    parent: new Int32Array(n),
    flags: new Uint8Array(n),
    flags2: new Uint8Array(n),
    cal: new Uint16Array(n),
    durCal: new Uint16Array(n),
    duration: new Float64Array(n),
    remaining: new Float64Array(n),
    cType: new Uint8Array(n),
    cDate: new Float64Array(n).fill(Number.NaN),
    c2Type: new Uint8Array(n),
    c2Date: new Float64Array(n).fill(Number.NaN),
    deadline: new Float64Array(n).fill(Number.NaN),
    actualStart: new Float64Array(n).fill(Number.NaN),
    actualFinish: new Float64Array(n).fill(Number.NaN),
    manualStart: new Float64Array(n).fill(Number.NaN),
    manualFinish: new Float64Array(n).fill(Number.NaN),
  };
  const childCount = new Int32Array(n + 1);
  const drivers: { task: number; cal: number; duration: number; remaining: number }[] = [];

  for (let i = 0; i < n; i++) {
    const t = tasks[i] as Task;
    let parent = -1;
    if (t.parentId !== null && t.parentId !== undefined) {
      const p = indexOf.get(t.parentId);
      if (p === undefined) throw fail(t.id, 'parentId', `unknown task ${t.parentId}`);
      if (p === i) throw fail(t.id, 'parentId', 'a task cannot be its own parent');
      parent = p;
      childCount[p] = (childCount[p] as number) + 1;
    }
    a.parent[i] = parent;

    checkMinutes(t, 'durationMinutes', t.durationMinutes);
    if (typeof t.durationMinutes !== 'number') throw fail(t.id, 'durationMinutes', 'is required');
    checkMinutes(t, 'remainingDurationMinutes', t.remainingDurationMinutes);
    for (const field of ['actualStart', 'actualFinish', 'manualStart', 'manualFinish', 'deadline'] as const) {
      checkMinutes(t, field, t[field], true);
    }
    const pct = t.percentComplete ?? 0;
    if (!Number.isFinite(pct) || pct < 0 || pct > 100) throw fail(t.id, 'percentComplete', 'must be between 0 and 100');

    let calIndex = projectCal;
    if (t.calendarId !== null && t.calendarId !== undefined) {
      const c = calendarIndex.get(t.calendarId);
      if (c === undefined) throw fail(t.id, 'calendarId', `unknown calendar ${t.calendarId}`);
      calIndex = c;
    }
    a.cal[i] = calIndex;
    a.durCal[i] = t.elapsed ? continuousCal : calIndex;

    let flags = 0;
    if (t.milestone) flags |= F_MILESTONE;
    if (t.milestone && t.milestoneKind === 'finish') flags |= F_FINISH_MILESTONE;
    if (t.elapsed) flags |= F_ELAPSED;
    if (t.manual && isDate(t.manualStart)) {
      flags |= F_MANUAL;
      a.manualStart[i] = t.manualStart;
      a.manualFinish[i] = isDate(t.manualFinish) ? t.manualFinish : t.manualStart;
    }
    if (isDate(t.actualStart)) {
      flags |= F_STARTED;
      a.actualStart[i] = t.actualStart;
      if (isDate(t.actualFinish)) {
        if (t.actualFinish < t.actualStart) throw fail(t.id, 'actualFinish', 'is before actualStart');
        flags |= F_FINISHED;
        a.actualFinish[i] = t.actualFinish;
      }
    } else if (isDate(t.actualFinish)) {
      throw fail(t.id, 'actualFinish', 'given without actualStart');
    }
    if (t.durationDrivers && t.durationDrivers.length > 0) {
      flags |= F_DRIVERS;
      for (const d of t.durationDrivers) {
        const c = calendarIndex.get(d.calendarId);
        if (c === undefined) throw fail(t.id, 'durationDrivers.calendarId', `unknown calendar ${d.calendarId}`);
        if (!(d.durationMinutes >= 0) || !(d.remainingDurationMinutes >= 0)) {
          throw fail(t.id, 'durationDrivers', 'durations must be non-negative numbers');
        }
        drivers.push({ task: i, cal: c, duration: d.durationMinutes, remaining: d.remainingDurationMinutes });
      }
    }
    a.flags[i] = flags;
    if (t.levelOfEffort) a.flags2[i] = F2_LOE;

    const duration = Math.round(t.durationMinutes);
    a.duration[i] = duration;
    a.remaining[i] =
      flags & F_FINISHED
        ? 0
        : isDate(t.remainingDurationMinutes)
          ? Math.round(t.remainingDurationMinutes)
          : Math.round(duration * (1 - pct / 100));

    if (t.constraint) setConstraint(t, i, 'constraint', t.constraint, a.cType, a.cDate);
    if (t.secondaryConstraint) setConstraint(t, i, 'secondaryConstraint', t.secondaryConstraint, a.c2Type, a.c2Date);
    if (isDate(t.deadline)) a.deadline[i] = t.deadline;
  }

  // Children lists in WBS order, and summary flags; reject parent cycles.
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = (childStart[i] as number) + (childCount[i] as number);
  const fill = childStart.slice(0, n);
  const children = new Int32Array(childStart[n] as number);
  for (let i = 0; i < n; i++) {
    const p = a.parent[i] as number;
    if (p >= 0) {
      const slot = fill[p] as number;
      fill[p] = slot + 1;
      children[slot] = i;
      a.flags[p] = (a.flags[p] as number) | F_SUMMARY;
    }
  }
  const depthState = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let k = i;
    let steps = 0;
    while (k >= 0 && depthState[k] === 0) {
      if (++steps > n) throw fail(ids[i] as string, 'parentId', 'parents form a cycle');
      k = a.parent[k] as number;
    }
    for (let j = i; j >= 0 && depthState[j] === 0; j = a.parent[j] as number) depthState[j] = 1;
  }

  const drvStart = new Int32Array(n + 1);
  for (const d of drivers) drvStart[d.task + 1] = (drvStart[d.task + 1] as number) + 1;
  for (let i = 0; i < n; i++) drvStart[i + 1] = (drvStart[i + 1] as number) + (drvStart[i] as number);

  return {
    count: n,
    ids,
    indexOf,
    calendars,
    projectCal,
    continuousCal,
    childStart,
    children,
    ...a,
    drvStart,
    drvCal: Uint16Array.from(drivers, (d) => d.cal),
    drvDuration: Float64Array.from(drivers, (d) => d.duration),
    drvRemaining: Float64Array.from(drivers, (d) => d.remaining),
  };
}
