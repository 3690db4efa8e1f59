import type { FileTaskRules, TaskType } from '../../core/resources/model.js';
import type { Link, Plan, ScheduleResult, Task } from '../../core/schedule/model.js';
import { baselineElements, type MspdiBaseline } from './mspdi-writer-baselines.js';
import type { PlanOutline } from './mspdi-writer-outline.js';
import {
  CONSTRAINT_TYPE_CODES,
  durationFormat,
  flag,
  LINK_TYPE_CODES,
  linkLag,
  type XmlOut,
  xmlDateTime,
  xsdDuration,
} from './mspdi-writer-values.js';

/** What the task elements need besides the plan and its schedule. */
export interface TaskContext {
  readonly plan: Plan;
  readonly result: ScheduleResult;
  readonly outline: PlanOutline;
  readonly calendarUids: ReadonlyMap<string, number>;
  readonly minutesPerDay: number;
  readonly notes?: ReadonlyMap<string, string> | undefined;
  readonly responsible?: ReadonlyMap<string, string> | undefined;
  readonly baselines?: readonly MspdiBaseline[] | undefined;
  /** Task id -> type and effort-driven flag, for tasks that are not fixed units and not effort-driven. */
  readonly taskRules?: ReadonlyMap<string, FileTaskRules> | undefined;
  /** Tasks timed on their own calendar although they have work resources (MS Project's IgnoreResourceCalendar). */
  readonly ignoreResourceCalendar?: ReadonlySet<string> | undefined;
}

/** MSPDI task Type codes. */
const TASK_TYPE_CODES: Readonly<Record<TaskType, number>> = { fixedUnits: 0, fixedDuration: 1, fixedWork: 2 };

/**
 * Where a task sits on the schedule: its early dates, except that an as-late-as-possible task
 * sits at its late dates (as MS Project shows it and the engine rolls it up). NaN when unscheduled.
 */
export function scheduledDates(plan: Plan, result: ScheduleResult, i: number): { start: number; finish: number } {
  const alap = plan.tasks[i]?.constraint?.type === 'alap' && result.summary[i] !== 1;
  return {
    start: (alap ? result.lateStart[i] : result.earlyStart[i]) as number,
    finish: (alap ? result.lateFinish[i] : result.earlyFinish[i]) as number,
  };
}

/** Floats in tenths of a minute, MSPDI's slack unit. */
const tenths = (minutes: number | undefined): number | undefined =>
  minutes === undefined || !Number.isFinite(minutes) ? undefined : Math.round(minutes * 10);

function predecessorLinks(links: readonly Link[], taskUid: ReadonlyMap<string, number>, minutesPerDay: number) {
  return links.map((l) => ({
    PredecessorUID: taskUid.get(l.predecessorId),
    Type: LINK_TYPE_CODES[l.type],
    CrossProject: 0,
    ...linkLag(l.lag, minutesPerDay),
  }));
}

/**
 * Remaining duration as the plan states it. When it is left to follow from % complete and that
 * percentage is fractional, it is written out, because MSPDI holds whole percentages.
 */
function remainingMinutes(t: Task): number | undefined {
  if (t.remainingDurationMinutes !== null && t.remainingDurationMinutes !== undefined) {
    return t.remainingDurationMinutes;
  }
  const pct = t.percentComplete ?? 0;
  return Number.isInteger(pct) ? undefined : Math.round(t.durationMinutes * (1 - pct / 100));
}

function taskElement(
  ctx: TaskContext,
  i: number,
  uid: number,
  links: readonly Link[],
  taskUid: ReadonlyMap<string, number>,
): XmlOut {
  const { plan, result, outline, minutesPerDay } = ctx;
  const t = plan.tasks[i] as Task;
  // Only a manual task with a start is manually scheduled for the engine; the reader takes a
  // manual task's Start and Finish as its manual dates.
  const manual = t.manual === true && typeof t.manualStart === 'number' && Number.isFinite(t.manualStart);
  const manualFinish = manual ? (t.manualFinish ?? t.manualStart) : undefined;
  const at = scheduledDates(plan, result, i);
  const start = manual ? t.manualStart : at.start;
  const finish = manual ? manualFinish : at.finish;
  const constraint = t.constraint;
  const hasDate = constraint !== undefined && constraint.type !== 'asap' && constraint.type !== 'alap';
  const remaining = remainingMinutes(t);
  const rules = ctx.taskRules?.get(t.id);
  return {
    UID: uid,
    ID: outline.rowOf[i],
    Name: t.name,
    Type: rules ? TASK_TYPE_CODES[rules.taskType] : undefined,
    Active: 1,
    Manual: flag(manual),
    Contact: ctx.responsible?.get(t.id),
    WBS: t.wbsCode ?? outline.outlineNumber[i],
    // The reader takes OutlineNumber as the WBS code; MS Project recomputes it from the outline.
    OutlineNumber: t.wbsCode ?? outline.outlineNumber[i],
    OutlineLevel: outline.level[i],
    Priority: t.priority === undefined ? undefined : Math.round(t.priority),
    Start: xmlDateTime(start),
    Finish: xmlDateTime(finish),
    Duration: xsdDuration(t.durationMinutes),
    ManualStart: manual ? xmlDateTime(t.manualStart) : undefined,
    ManualFinish: manual ? xmlDateTime(manualFinish) : undefined,
    ManualDuration: manual ? xsdDuration(t.durationMinutes) : undefined,
    DurationFormat: durationFormat(Math.round(t.durationMinutes), t.elapsed === true, minutesPerDay),
    EffortDriven: rules ? flag(rules.effortDriven) : undefined,
    Milestone: flag(t.milestone),
    Summary: flag(result.summary[i] === 1),
    Critical: flag(result.critical[i] === 1),
    EarlyStart: xmlDateTime(result.earlyStart[i]),
    EarlyFinish: xmlDateTime(result.earlyFinish[i]),
    LateStart: xmlDateTime(result.lateStart[i]),
    LateFinish: xmlDateTime(result.lateFinish[i]),
    FreeSlack: tenths(result.freeFloatMinutes[i]),
    TotalSlack: tenths(result.totalFloatMinutes[i]),
    PercentComplete: Math.round(t.percentComplete ?? 0),
    ActualStart: xmlDateTime(t.actualStart),
    ActualFinish: xmlDateTime(t.actualFinish),
    RemainingDuration: remaining === undefined ? undefined : xsdDuration(remaining),
    ConstraintType: CONSTRAINT_TYPE_CODES[constraint?.type ?? 'asap'],
    CalendarUID: t.calendarId == null ? -1 : (ctx.calendarUids.get(t.calendarId) ?? -1),
    ConstraintDate: hasDate ? xmlDateTime(constraint.date) : undefined,
    Deadline: xmlDateTime(t.deadline),
    IgnoreResourceCalendar: ctx.ignoreResourceCalendar?.has(t.id) ? 1 : undefined,
    Notes: ctx.notes?.get(t.id),
    PredecessorLink: links.length > 0 ? predecessorLinks(links, taskUid, minutesPerDay) : undefined,
    // MSPDI puts Baseline after PredecessorLink (and ExtendedAttribute, which we do not write).
    Baseline: baselineElements(ctx.baselines, (b) => b.tasks.get(t.id), minutesPerDay),
  };
}

/**
 * The Task elements: the project summary task (UID 0, as MS Project writes it) and then every
 * task in outline order. Task UIDs are 1..n in plan order; `taskUid` maps plan ids to them.
 */
export function taskElements(ctx: TaskContext, title: string, taskUid: ReadonlyMap<string, number>): XmlOut[] {
  const { plan, result, outline } = ctx;
  const incoming = new Map<string, Link[]>();
  for (const l of plan.links) {
    const list = incoming.get(l.successorId) ?? [];
    list.push(l);
    incoming.set(l.successorId, list);
  }
  const projectSummary: XmlOut = {
    UID: 0,
    ID: 0,
    Name: title,
    Active: 1,
    Manual: 0,
    WBS: '0',
    OutlineNumber: '0',
    OutlineLevel: 0,
    Start: xmlDateTime(result.projectStart),
    Finish: xmlDateTime(result.projectFinish),
    Summary: 1,
    ConstraintType: 0,
    CalendarUID: -1,
    Baseline: baselineElements(ctx.baselines, (b) => b.project, ctx.minutesPerDay),
  };
  return [
    projectSummary,
    ...outline.order.map((i) => {
      const id = plan.tasks[i]?.id as string;
      return taskElement(ctx, i, taskUid.get(id) as number, incoming.get(id) ?? [], taskUid);
    }),
  ];
}
