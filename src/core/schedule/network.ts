import { DomainError } from '../errors.js';
import { type Arena, allocateArrays } from './arena.js';
import { CONTINUOUS_CALENDAR, compileDayRules } from './calendar-rules.js';
import { IdIndex } from './id-index.js';
import type { Constraint, Plan, Task, TaskId } from './model.js';
import {
  C_ALAP,
  C_ASAP,
  CONSTRAINT_CODES,
  F_DRIVERS,
  F_ELAPSED,
  F_FINISH_MILESTONE,
  F_FINISHED,
  F_MANUAL,
  F_MILESTONE,
  F_STARTED,
  F2_DEADLINE,
  F2_DELAY,
  F2_LOE,
} from './task-codes.js';
import { buildTree } from './wbs-tree.js';
import { WorkCalendar } from './work-calendar.js';

export * from './task-codes.js';

/**
 * A plan compiled to flat arrays indexed like Plan.tasks: the engine's working form. Dates are
 * EpochMinute, durations whole working minutes on `durCal` (wall-clock for elapsed tasks). The
 * date arrays that few tasks use (constraint, deadline, actual and manual dates) are empty until a
 * task needs them and are read only where a flag or constraint type says a value is there; that
 * keeps a million-task plan small.
 */
export interface TaskArrays {
  readonly count: number;
  readonly ids: readonly TaskId[];
  readonly indexOf: IdIndex;
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
  readonly duration: Int32Array;
  readonly remaining: Int32Array;
  readonly cType: Uint8Array;
  cDate: Float64Array;
  readonly c2Type: Uint8Array;
  c2Date: Float64Array;
  deadline: Float64Array;
  actualStart: Float64Array;
  actualFinish: Float64Array;
  manualStart: Float64Array;
  manualFinish: Float64Array;
  /** Leveling delay in working minutes on `cal` (read only where F2_DELAY is set; empty when no task has one). */
  levelingDelay: Int32Array;
  /** Resource-driven durations (CSR): calendar, duration and remaining per driver. */
  readonly drvStart: Int32Array;
  readonly drvCal: Uint16Array;
  readonly drvDuration: Float64Array;
  readonly drvRemaining: Float64Array;
}

const NONE: Float64Array = new Float64Array(0);
const NO_DELAYS: Int32Array = new Int32Array(0);

/** A sparse date column, allocated (NaN-filled) on first use. */
function dated(column: Float64Array, n: number): Float64Array {
  return column.length > 0 ? column : new Float64Array(n).fill(Number.NaN);
}

function fail(taskIdValue: string, field: string, reason: string): DomainError {
  return new DomainError('validation_failed', `task ${taskIdValue} ${field}: ${reason}`, {
    taskId: taskIdValue,
    field,
  });
}

const isDate = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** A century of minutes: longer durations are input errors (and would leave the calendar range). */
export const MAX_DURATION_MINUTES = 100 * 366 * 1440;

function checkMinutes(t: Task, field: string, value: number | null | undefined, allowNegative: boolean): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw fail(t.id, field, 'must be a finite number of minutes');
  }
  if (!allowNegative && value < 0) throw fail(t.id, field, 'must not be negative');
  if (!allowNegative && value > MAX_DURATION_MINUTES) throw fail(t.id, field, 'must be less than a hundred years');
}

function constraintCode(t: Task, field: string, c: Constraint): number {
  const code = CONSTRAINT_CODES[c.type];
  if (code === undefined) throw fail(t.id, `${field}.type`, `unknown constraint type ${String(c.type)}`);
  if (code !== C_ASAP && code !== C_ALAP && !isDate(c.date))
    throw fail(t.id, `${field}.date`, `is required for ${c.type}`);
  return code;
}

/** Compiles calendars and tasks; throws a DomainError naming the task (or calendar) and field. */
export function compileTasks(plan: Plan, arena?: Arena): TaskArrays {
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

  // Ids are read and indexed in the same pass as the other fields, so each task object is read
  // once; parents found by a hint are set on the way, the others once every id is indexed.
  const ids: TaskId[] = new Array(n);
  const indexOf = new IdIndex(ids, arena, true);
  const laterParents: number[] = [];

  const a: {
    parent: Int32Array;
    flags: Uint8Array;
    flags2: Uint8Array;
    cal: Uint16Array;
    durCal: Uint16Array;
    duration: Int32Array;
    remaining: Int32Array;
    cType: Uint8Array;
    cDate: Float64Array;
    c2Type: Uint8Array;
    c2Date: Float64Array;
    deadline: Float64Array;
    actualStart: Float64Array;
    actualFinish: Float64Array;
    manualStart: Float64Array;
    manualFinish: Float64Array;
    levelingDelay: Int32Array;
  } = {
    ...allocateArrays(
      {
        parent: ['i32', n],
        flags: ['u8', n],
        flags2: ['u8', n],
        cal: ['u16', n],
        durCal: ['u16', n],
        duration: ['i32', n],
        remaining: ['i32', n],
        cType: ['u8', n],
        c2Type: ['u8', n],
      },
      arena,
    ),
    cDate: NONE,
    c2Date: NONE,
    deadline: NONE,
    actualStart: NONE,
    actualFinish: NONE,
    manualStart: NONE,
    manualFinish: NONE,
    levelingDelay: NO_DELAYS,
  };
  const tree = allocateArrays(
    {
      childCount: ['i32', n + 1],
      childStart: ['i32', n + 1],
      fill: ['i32', n],
      children: ['i32', n],
      depthState: ['u8', n],
      drvStart: ['i32', n + 1],
    },
    arena,
  );
  const childCount = tree.childCount;
  const drivers: { task: number; cal: number; duration: number; remaining: number }[] = [];
  let lastParent = -1;

  for (let i = 0; i < n; i++) {
    const t = tasks[i] as Task;
    const id = t.id;
    if (typeof id !== 'string' || id === '') throw fail(String(i), 'id', 'must be a non-empty string');
    ids[i] = id;
    indexOf.add(i);
    let parent = -1;
    const parentId = t.parentId;
    if (parentId !== null && parentId !== undefined) {
      // Siblings usually follow each other, and a first child its parent (a repeated id that
      // would make these hints ambiguous is rejected below).
      if (lastParent >= 0 && ids[lastParent] === parentId) parent = lastParent;
      else if (i > 0 && ids[i - 1] === parentId) parent = i - 1;
      else laterParents.push(i);
      if (parent >= 0) {
        lastParent = parent;
        childCount[parent] = (childCount[parent] as number) + 1;
      }
    }
    a.parent[i] = parent;

    const durationMinutes = t.durationMinutes;
    if (typeof durationMinutes !== 'number') throw fail(t.id, 'durationMinutes', 'is required');
    checkMinutes(t, 'durationMinutes', durationMinutes, false);
    checkMinutes(t, 'remainingDurationMinutes', t.remainingDurationMinutes, false);
    checkMinutes(t, 'actualStart', t.actualStart, true);
    checkMinutes(t, 'actualFinish', t.actualFinish, true);
    checkMinutes(t, 'manualStart', t.manualStart, true);
    checkMinutes(t, 'manualFinish', t.manualFinish, true);
    checkMinutes(t, 'deadline', t.deadline, true);
    const pct = t.percentComplete ?? 0;
    if (!(pct >= 0 && pct <= 100)) throw fail(t.id, 'percentComplete', 'must be between 0 and 100');

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
      a.manualStart = dated(a.manualStart, n);
      a.manualFinish = dated(a.manualFinish, n);
      a.manualStart[i] = t.manualStart;
      a.manualFinish[i] = isDate(t.manualFinish) ? t.manualFinish : t.manualStart;
    }
    if (isDate(t.actualStart)) {
      flags |= F_STARTED;
      a.actualStart = dated(a.actualStart, n);
      a.actualStart[i] = t.actualStart;
      if (isDate(t.actualFinish)) {
        if (t.actualFinish < t.actualStart) throw fail(t.id, 'actualFinish', 'is before actualStart');
        flags |= F_FINISHED;
        a.actualFinish = dated(a.actualFinish, n);
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
    let flags2 = t.levelOfEffort ? F2_LOE : 0;

    const duration = Math.round(durationMinutes);
    a.duration[i] = duration;
    a.remaining[i] =
      flags & F_FINISHED
        ? 0
        : isDate(t.remainingDurationMinutes)
          ? Math.round(t.remainingDurationMinutes)
          : Math.round(duration * (1 - pct / 100));

    const c = t.constraint;
    if (c !== undefined && c !== null) {
      const code = constraintCode(t, 'constraint', c);
      a.cType[i] = code;
      if (code !== C_ASAP && code !== C_ALAP) {
        a.cDate = dated(a.cDate, n);
        a.cDate[i] = c.date as number;
      }
    }
    const c2 = t.secondaryConstraint;
    if (c2 !== undefined && c2 !== null) {
      const code = constraintCode(t, 'secondaryConstraint', c2);
      if (code !== C_ASAP && code !== C_ALAP) {
        a.c2Type[i] = code;
        a.c2Date = dated(a.c2Date, n);
        a.c2Date[i] = c2.date as number;
      }
    }
    if (isDate(t.deadline)) {
      flags2 |= F2_DEADLINE;
      a.deadline = dated(a.deadline, n);
      a.deadline[i] = t.deadline;
    }
    const delay = t.levelingDelayMinutes;
    if (delay !== null && delay !== undefined && delay !== 0) {
      checkMinutes(t, 'levelingDelayMinutes', delay, false);
      flags2 |= F2_DELAY;
      if (a.levelingDelay.length === 0) a.levelingDelay = new Int32Array(n);
      a.levelingDelay[i] = Math.round(delay);
    }
    a.flags2[i] = flags2;
  }

  indexOf.seal();
  if (indexOf.firstDuplicate >= 0) throw fail(ids[indexOf.firstDuplicate] as string, 'id', 'duplicate task id');
  for (const i of laterParents) {
    const t = tasks[i] as Task;
    const p = indexOf.get(t.parentId as string);
    if (p < 0) throw fail(t.id, 'parentId', `unknown task ${t.parentId}`);
    if (p === i) throw fail(t.id, 'parentId', 'a task cannot be its own parent');
    a.parent[i] = p;
    childCount[p] = (childCount[p] as number) + 1;
  }

  const children = buildTree(a.parent, a.flags, tree, (i) =>
    fail(ids[i] as string, 'parentId', 'parents form a cycle'),
  );
  const childStart = tree.childStart;

  // Driver lists are read only for tasks flagged F_DRIVERS, so without drivers they stay empty.
  const drvStart = drivers.length === 0 ? new Int32Array(0) : tree.drvStart;
  if (drivers.length > 0) {
    for (const d of drivers) drvStart[d.task + 1] = (drvStart[d.task + 1] as number) + 1;
    for (let i = 0; i < n; i++) drvStart[i + 1] = (drvStart[i + 1] as number) + (drvStart[i] as number);
  }

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
