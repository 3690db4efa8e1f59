import { z } from 'zod';
import { Id } from './common.js';
import {
  ConstraintTypeEnum,
  EvMethodEnum,
  FixedCostAccrualEnum,
  LagKindEnum,
  LinkTypeEnum,
  PlanHeader,
  type PlanLink,
  type PlanLinks,
  type PlanTask,
  type PlanTasks,
  TaskTypeEnum,
} from './plan.js';
import { Flag, Minutes, minutesToLocalDateTime, type PlanFloatColumns } from './plan-float-columns.js';

/*
 * The task list in columns, for big plans (GET /tasks?format=columns): one array per field, in
 * WBS order, so a field's name is sent once, not once per task. Dates are minutes since
 * 1970-01-01T00:00 on the plan's wall clock (the numbers rows and the engine use; the zone-free
 * local date-times of PlanTask, without their text), parents are row numbers, flags 0/1, and a
 * column whose every value is its default is left out. About a fifth of the JSON list's size.
 */

/** One array per task field, each `count` long; a missing optional column holds its default throughout. */
export const PlanTaskColumnSet = z.object({
  id: z.array(Id),
  /** 1-based row of the parent, 0 for a top-level task. */
  parentRow: z.array(z.number().int().nonnegative()),
  wbs: z.array(z.string()),
  outlineLevel: z.array(z.number().int().positive()),
  name: z.array(z.string()),
  durationMinutes: z.array(z.number().int()),
  /** Default 0 (each below says its default). */
  summary: z.array(Flag).optional(),
  /** Default "". */
  notes: z.array(z.string()).optional(),
  elapsed: z.array(Flag).optional(),
  milestone: z.array(Flag).optional(),
  /** Default null: the plan's calendar. */
  calendarId: z.array(Id.nullable()).optional(),
  /** Default "asap". */
  constraintType: z.array(ConstraintTypeEnum).optional(),
  constraintDateMinutes: z.array(Minutes).optional(),
  deadlineMinutes: z.array(Minutes).optional(),
  actualStartMinutes: z.array(Minutes).optional(),
  actualFinishMinutes: z.array(Minutes).optional(),
  percentComplete: z.array(z.number()).optional(),
  remainingDurationMinutes: z.array(z.number().int().nullable()).optional(),
  /** Default null; names are in the document's `people`. */
  responsibleId: z.array(Id.nullable()).optional(),
  /** Default "fixedUnits". */
  taskType: z.array(TaskTypeEnum).optional(),
  effortDriven: z.array(Flag).optional(),
  /** Default 500. */
  priority: z.array(z.number().int()).optional(),
  levelingDelayMinutes: z.array(z.number().int()).optional(),
  fixedCostMinor: z.array(z.number().int()).optional(),
  /** Default "prorated". */
  fixedCostAccrual: z.array(FixedCostAccrualEnum).optional(),
  physicalPercentComplete: z.array(z.number()).optional(),
  /** Default null (the project's method). */
  evMethod: z.array(EvMethodEnum.nullable()).optional(),
  startMinutes: z.array(Minutes).optional(),
  finishMinutes: z.array(Minutes).optional(),
  lateStartMinutes: z.array(Minutes).optional(),
  lateFinishMinutes: z.array(Minutes).optional(),
  totalFloatMinutes: z.array(z.number().nullable()).optional(),
  freeFloatMinutes: z.array(z.number().nullable()).optional(),
  critical: z.array(Flag).optional(),
});
/** Task columns. */
export type PlanTaskColumnSet = z.infer<typeof PlanTaskColumnSet>;

/** GET /api/projects/{id}/tasks?format=columns: the header and every task, column by column. */
export const PlanTaskColumns = z
  .object({
    plan: PlanHeader,
    format: z.literal('columns'),
    count: z.number().int().nonnegative(),
    columns: PlanTaskColumnSet,
    /** Names of the people in `responsibleId`, by id. */
    people: z.record(z.string(), z.string()),
  })
  .meta({ id: 'PlanTaskColumns' });
/** The task list in columns. */
export type PlanTaskColumns = z.infer<typeof PlanTaskColumns>;

/** The task list a columns document holds, exactly as GET /tasks without the flag gives it. */
export function planTasksOfColumns(doc: PlanTaskColumns): PlanTasks {
  const c = doc.columns;
  const tasks: PlanTask[] = new Array(doc.count);
  const at = <T>(column: readonly T[] | undefined, i: number, fallback: T): T =>
    column === undefined ? fallback : (column[i] as T);
  // Eight date fields a task, mostly on a few hundred distinct minutes: each text is made once (and its
  // string shared) rather than 800,000 times for a 100,000-task plan.
  const texts = new Map<number, string>();
  const dateOf = (column: readonly (number | null)[] | undefined, i: number): string | null => {
    const m = column === undefined ? null : (column[i] ?? null);
    if (m === null) return null;
    let text = texts.get(m);
    if (text === undefined) {
      text = minutesToLocalDateTime(m) as string;
      texts.set(m, text);
    }
    return text;
  };
  for (let i = 0; i < doc.count; i++) {
    const parentRow = c.parentRow[i] as number;
    const responsibleId = at(c.responsibleId, i, null);
    tasks[i] = {
      name: c.name[i] as string,
      notes: at(c.notes, i, ''),
      durationMinutes: c.durationMinutes[i] as number,
      elapsed: at(c.elapsed, i, 0) === 1,
      milestone: at(c.milestone, i, 0) === 1,
      calendarId: at(c.calendarId, i, null),
      constraintType: at(c.constraintType, i, 'asap'),
      constraintDate: dateOf(c.constraintDateMinutes, i),
      deadline: dateOf(c.deadlineMinutes, i),
      actualStart: dateOf(c.actualStartMinutes, i),
      actualFinish: dateOf(c.actualFinishMinutes, i),
      percentComplete: at(c.percentComplete, i, 0),
      remainingDurationMinutes: at(c.remainingDurationMinutes, i, null),
      responsibleId,
      taskType: at(c.taskType, i, 'fixedUnits'),
      effortDriven: at(c.effortDriven, i, 0) === 1,
      priority: at(c.priority, i, 500),
      levelingDelayMinutes: at(c.levelingDelayMinutes, i, 0),
      fixedCostMinor: at(c.fixedCostMinor, i, 0),
      fixedCostAccrual: at(c.fixedCostAccrual, i, 'prorated'),
      physicalPercentComplete: at(c.physicalPercentComplete, i, 0),
      evMethod: at(c.evMethod, i, null),
      id: c.id[i] as string,
      parentId: parentRow === 0 ? null : (c.id[parentRow - 1] as string),
      row: i + 1,
      wbs: c.wbs[i] as string,
      outlineLevel: c.outlineLevel[i] as number,
      summary: at(c.summary, i, 0) === 1,
      responsibleName: responsibleId === null ? null : (doc.people[responsibleId] ?? null),
      start: dateOf(c.startMinutes, i),
      finish: dateOf(c.finishMinutes, i),
      lateStart: dateOf(c.lateStartMinutes, i),
      lateFinish: dateOf(c.lateFinishMinutes, i),
      totalFloatMinutes: at(c.totalFloatMinutes, i, null),
      freeFloatMinutes: at(c.freeFloatMinutes, i, null),
      critical: at(c.critical, i, 0) === 1,
    };
  }
  return { plan: doc.plan, tasks };
}

/** A task with the float-only changes of row `i` of `floats` applied. */
export function withFloats(task: PlanTask, floats: PlanFloatColumns, i: number): PlanTask {
  return {
    ...task,
    lateStart: minutesToLocalDateTime(floats.lateStartMinutes[i]),
    lateFinish: minutesToLocalDateTime(floats.lateFinishMinutes[i]),
    totalFloatMinutes: floats.totalFloatMinutes[i] ?? null,
    freeFloatMinutes: floats.freeFloatMinutes[i] ?? null,
    critical: floats.critical[i] === 1,
  };
}

/*
 * The link list in columns (GET /links?format=columns), for the same reason: a 100,000-task plan
 * has about as many links, and naming six keys per link made their JSON list 20 MB, larger than
 * the task columns. Type, lag kind and lag are left out when every link has the default.
 */

/** One array per link field, each `count` long. */
export const PlanLinkColumnSet = z.object({
  id: z.array(Id),
  predecessorId: z.array(Id),
  successorId: z.array(Id),
  /** Default "FS". */
  type: z.array(LinkTypeEnum).optional(),
  /** Default "working". */
  lagKind: z.array(LagKindEnum).optional(),
  /** Default 0. */
  lag: z.array(z.number()).optional(),
});
/** Link columns. */
export type PlanLinkColumnSet = z.infer<typeof PlanLinkColumnSet>;

/** GET /api/projects/{id}/links?format=columns: the header and every link, column by column. */
export const PlanLinkColumns = z
  .object({
    plan: PlanHeader,
    format: z.literal('columns'),
    count: z.number().int().nonnegative(),
    columns: PlanLinkColumnSet,
  })
  .meta({ id: 'PlanLinkColumns' });
/** The link list in columns. */
export type PlanLinkColumns = z.infer<typeof PlanLinkColumns>;

/** The link list a columns document holds, exactly as GET /links without the flag gives it. */
export function planLinksOfColumns(doc: PlanLinkColumns): PlanLinks {
  const c = doc.columns;
  const links: PlanLink[] = new Array(doc.count);
  for (let i = 0; i < doc.count; i++) {
    links[i] = {
      id: c.id[i] as string,
      predecessorId: c.predecessorId[i] as string,
      successorId: c.successorId[i] as string,
      type: c.type ? (c.type[i] as PlanLink['type']) : 'FS',
      lagKind: c.lagKind ? (c.lagKind[i] as PlanLink['lagKind']) : 'working',
      lag: c.lag ? (c.lag[i] as number) : 0,
    };
  }
  return { plan: doc.plan, links };
}
