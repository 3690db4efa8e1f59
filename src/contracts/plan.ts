import { z } from 'zod';
import { EV_METHODS } from '../core/money/percent-complete.js';
import { FIXED_COST_ACCRUALS } from '../core/money/task-cost.js';
import { MAX_PRIORITY, TASK_TYPES } from '../core/resources/model.js';
import { CONSTRAINT_TYPES } from '../core/schedule/model.js';
import { localDateTimeProblem } from '../core/schedule/time.js';
import { Id, MoneyMinor, Version } from './common.js';
import { PlanFloatColumns } from './plan-float-columns.js';

/*
 * A project's plan on the wire: tasks in WBS order, links, and the scheduled dates the engine
 * computed for them. Plan dates are local date-times without a zone ("2024-01-08T08:00"), as in
 * MS Project and P6 files and `gantry schedule --json`; durations, lags and floats are working
 * minutes on the task's calendar. Every write carries the plan's `version` and answers with the
 * tasks whose dates changed.
 */

/**
 * Adds the calendar and year rule (core's localDateTimeProblem) to a date-time pattern: the pattern
 * alone lets 2027-02-30 through, and the store would then keep no date at all.
 */
export function plannableLocalDateTime(pattern: z.ZodString) {
  return pattern.superRefine((v, ctx) => {
    const problem = localDateTimeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A local date-time without a zone, minute precision: 2024-01-08T08:00. */
export const LocalDateTime = plannableLocalDateTime(
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local date-time like 2024-01-08T08:00'),
).meta({ description: 'Local date-time without zone', example: '2024-01-08T08:00' });

export { CONSTRAINT_TYPES };
/** A constraint type. */
export const ConstraintTypeEnum = z.enum(CONSTRAINT_TYPES);

/** When a task's fixed cost is incurred. */
export const FixedCostAccrualEnum = z.enum(FIXED_COST_ACCRUALS);
/** How a task earns value (earned value's % complete methods). */
export const EvMethodEnum = z.enum(EV_METHODS);

/** MS Project's task types. */
export const TaskTypeEnum = z.enum(TASK_TYPES);

/** Link types: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export const LinkTypeEnum = z.enum(['FS', 'SS', 'FF', 'SF']);
/** Lag kinds: working minutes, wall-clock minutes, or percent of the predecessor's duration. */
export const LagKindEnum = z.enum(['working', 'elapsed', 'percent']);

/** The plan's own settings. */
export const PlanSettings = z.object({
  projectStart: LocalDateTime,
  statusDate: LocalDateTime.nullable(),
  defaultCalendarId: Id,
});

/** The fields of a task a planner edits; progress fields are also open to the responsible team member. */
export const TaskFields = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(500),
  notes: z.string().max(20000),
  durationMinutes: z.number().int().min(0, 'must not be negative').max(100_000_000),
  elapsed: z.boolean(),
  milestone: z.boolean(),
  calendarId: Id.nullable(),
  constraintType: ConstraintTypeEnum,
  constraintDate: LocalDateTime.nullable(),
  deadline: LocalDateTime.nullable(),
  actualStart: LocalDateTime.nullable(),
  actualFinish: LocalDateTime.nullable(),
  percentComplete: z.number().min(0).max(100),
  remainingDurationMinutes: z.number().int().min(0).max(100_000_000).nullable(),
  responsibleId: Id.nullable(),
  taskType: TaskTypeEnum,
  effortDriven: z.boolean(),
  priority: z.number().int().min(0).max(MAX_PRIORITY),
  levelingDelayMinutes: z.number().int().min(0, 'must not be negative').max(100_000_000),
  fixedCostMinor: MoneyMinor,
  fixedCostAccrual: FixedCostAccrualEnum,
  physicalPercentComplete: z.number().min(0).max(100),
  evMethod: EvMethodEnum.nullable(),
});
/** Task fields. */
export type TaskFields = z.infer<typeof TaskFields>;

export { PROGRESS_FIELDS } from '../core/plan/plan-op.js';

/** A task with its place in the WBS and its scheduled dates (null for a summary with no scheduled child). */
export const PlanTask = TaskFields.extend({
  id: Id,
  parentId: Id.nullable(),
  /** 1-based row number in WBS order (MS Project's ID): what predecessors like "3FS+2d" refer to. */
  row: z.number().int().positive(),
  wbs: z.string().meta({ example: '1.2.3' }),
  outlineLevel: z.number().int().positive(),
  summary: z.boolean(),
  responsibleName: z.string().nullable(),
  start: LocalDateTime.nullable(),
  finish: LocalDateTime.nullable(),
  lateStart: LocalDateTime.nullable(),
  lateFinish: LocalDateTime.nullable(),
  totalFloatMinutes: z.number().nullable(),
  freeFloatMinutes: z.number().nullable(),
  critical: z.boolean(),
}).meta({ id: 'PlanTask' });
/** A scheduled task. */
export type PlanTask = z.infer<typeof PlanTask>;

/** A dependency; `lag` is minutes (working or elapsed) or a percentage, by `lagKind`; negative is lead. */
export const PlanLink = z
  .object({
    id: Id,
    predecessorId: Id,
    successorId: Id,
    type: LinkTypeEnum,
    lagKind: LagKindEnum,
    lag: z.number(),
  })
  .meta({ id: 'PlanLink' });
/** A link. */
export type PlanLink = z.infer<typeof PlanLink>;

/** The plan header every read and write answers with. */
export const PlanHeader = PlanSettings.extend({
  projectId: Id,
  version: Version,
  projectFinish: LocalDateTime.nullable(),
  taskCount: z.number().int().nonnegative(),
  flavour: z.enum(['msproject', 'p6']),
}).meta({ id: 'PlanHeader' });
/** A plan header. */
export type PlanHeader = z.infer<typeof PlanHeader>;

/** GET /api/projects/{id}/tasks: the header and every task in WBS order. */
export const PlanTasks = z.object({ plan: PlanHeader, tasks: z.array(PlanTask) }).meta({ id: 'PlanTasks' });
/** The tasks of a plan. */
export type PlanTasks = z.infer<typeof PlanTasks>;

/** GET /api/projects/{id}/links. */
export const PlanLinks = z.object({ plan: PlanHeader, links: z.array(PlanLink) }).meta({ id: 'PlanLinks' });
/** The links of a plan. */
export type PlanLinks = z.infer<typeof PlanLinks>;

/** What a write changed: the new header, tasks created, edited or moved by rescheduling, links added or edited, and what was deleted. */
export const PlanChange = z
  .object({
    plan: PlanHeader,
    changed: z.array(PlanTask),
    deletedTaskIds: z.array(Id),
    links: z.array(PlanLink),
    deletedLinkIds: z.array(Id),
    /** True when rows or WBS codes of other tasks moved (insert, move, indent, delete): reload the list. */
    structureChanged: z.boolean(),
    /** Tasks not in `changed` whose late dates, floats or critical flag changed; absent when none. */
    floats: PlanFloatColumns.optional(),
    /** True when the write added, changed or removed assignments: reload GET /assignments. */
    assignmentsChanged: z.boolean().optional(),
  })
  .meta({ id: 'PlanChange' });
/** The answer to a plan write. */
export type PlanChange = z.infer<typeof PlanChange>;

const base = { version: Version.optional() };

/** A link to create; id may be given (undo restores the same link). */
export const NewLink = z.object({
  id: Id.optional(),
  predecessorId: Id,
  successorId: Id,
  type: LinkTypeEnum.default('FS'),
  lagKind: LagKindEnum.default('working'),
  lag: z.number().min(-100_000_000).max(100_000_000).default(0),
});
/** A link to create. */
export type NewLink = z.infer<typeof NewLink>;

/** A task to create: its parent (null: top level) and fields; id may be given (undo restores the same task). */
export const NewTask = TaskFields.partial().extend({
  id: Id.optional(),
  parentId: Id.nullable().optional(),
  name: TaskFields.shape.name,
});
/** A task to create. */
export type NewTask = z.infer<typeof NewTask>;

/** POST /tasks: tasks inserted in order before `beforeId` (absent or null: at the end), with optional links among them. */
export const CreateTasksBody = z
  .object({
    ...base,
    beforeId: Id.nullable().optional(),
    tasks: z.array(NewTask).min(1, 'must hold at least one task').max(100_000),
    links: z.array(NewLink).max(200_000).default([]),
  })
  .meta({ id: 'CreateTasksBody' });
/** Parsed task creation body. */
export type CreateTasksBody = z.infer<typeof CreateTasksBody>;

/** One task's edit inside a bulk update. */
export const TaskUpdate = TaskFields.partial().extend({ id: Id });
/** PATCH /tasks: edit many tasks at once. */
export const UpdateTasksBody = z
  .object({ ...base, tasks: z.array(TaskUpdate).min(1).max(100_000) })
  .meta({ id: 'UpdateTasksBody' });
/** Parsed bulk update body. */
export type UpdateTasksBody = z.infer<typeof UpdateTasksBody>;

/** PATCH /tasks/{taskId}: edit one task. */
export const UpdateTaskBody = TaskFields.partial().extend(base).meta({ id: 'UpdateTaskBody' });
/** Parsed single update body. */
export type UpdateTaskBody = z.infer<typeof UpdateTaskBody>;

/** POST /tasks/move: move tasks (with their subtrees) under `parentId`, before `beforeId` (absent: last child). */
export const MoveTasksBody = z
  .object({ ...base, taskIds: z.array(Id).min(1), parentId: Id.nullable(), beforeId: Id.nullable().optional() })
  .meta({ id: 'MoveTasksBody' });
/** Parsed move body. */
export type MoveTasksBody = z.infer<typeof MoveTasksBody>;

/** POST /tasks/indent, /tasks/outdent and /tasks/delete: the tasks to act on. */
export const TaskIdsBody = z.object({ ...base, taskIds: z.array(Id).min(1).max(100_000) }).meta({ id: 'TaskIdsBody' });
/** Parsed task id list. */
export type TaskIdsBody = z.infer<typeof TaskIdsBody>;

/** POST /links: create links. */
export const CreateLinksBody = z
  .object({ ...base, links: z.array(NewLink).min(1).max(200_000) })
  .meta({ id: 'CreateLinksBody' });
/** Parsed link creation body. */
export type CreateLinksBody = z.infer<typeof CreateLinksBody>;

/** PATCH /links/{linkId}: change type or lag. */
export const UpdateLinkBody = z
  .object({ ...base, type: LinkTypeEnum.optional(), lagKind: LagKindEnum.optional(), lag: z.number().optional() })
  .meta({ id: 'UpdateLinkBody' });
/** Parsed link update body. */
export type UpdateLinkBody = z.infer<typeof UpdateLinkBody>;

/** POST /links/delete: delete links. */
export const LinkIdsBody = z.object({ ...base, linkIds: z.array(Id).min(1).max(200_000) }).meta({ id: 'LinkIdsBody' });
/** Parsed link id list. */
export type LinkIdsBody = z.infer<typeof LinkIdsBody>;

/** PATCH /schedule: the plan's settings. */
export const UpdatePlanSettingsBody = PlanSettings.partial().extend(base).meta({ id: 'UpdatePlanSettingsBody' });
/** Parsed settings update. */
export type UpdatePlanSettingsBody = z.infer<typeof UpdatePlanSettingsBody>;

/** One task in GET /schedule, the shape `gantry schedule --json` prints. */
export const ScheduleJsonTask = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.boolean(),
  milestone: z.boolean(),
  earlyStart: z.string().nullable(),
  earlyFinish: z.string().nullable(),
  lateStart: z.string().nullable(),
  lateFinish: z.string().nullable(),
  totalFloatMinutes: z.number().nullable(),
  freeFloatMinutes: z.number().nullable(),
  critical: z.boolean(),
});
/** One task of a scheduled plan (dates local, with seconds; floats in working minutes). */
export type ScheduleJsonTask = z.infer<typeof ScheduleJsonTask>;

/** GET /schedule: as `gantry schedule --json` (projectFinish, tasks), plus the plan header. */
export const ScheduleDocument = z
  .object({ plan: PlanHeader, projectFinish: z.string().nullable(), tasks: z.array(ScheduleJsonTask) })
  .meta({ id: 'ScheduleDocument' });
/** The scheduled plan. */
export type ScheduleDocument = z.infer<typeof ScheduleDocument>;
